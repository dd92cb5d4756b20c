export * from './i18n-label.js';
export * from './org-types.js';
export * from './service-domains.js';
export * from './resource-types.js';
export * from './credit-code.js';
export * from './money.js';
export * from './listings.js';

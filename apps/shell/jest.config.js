import preset from '../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'shell', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

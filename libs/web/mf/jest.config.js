import preset from '../../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'web-mf', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

import preset from '../../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'web-data', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

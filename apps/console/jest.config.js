import preset from '../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'console', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

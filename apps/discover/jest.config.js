import preset from '../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'discover', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

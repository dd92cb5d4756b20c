import preset from '../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'negotiate', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

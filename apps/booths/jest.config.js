import preset from '../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'booths', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

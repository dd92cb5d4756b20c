import preset from '../../jest.preset.js';

/** Unit tests, beside the code. */
export default { ...preset, rootDir: '.', displayName: 'api', testMatch: ['<rootDir>/src/**/*.spec.ts'] };

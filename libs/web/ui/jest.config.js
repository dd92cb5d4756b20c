import preset from '../../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'web-ui', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

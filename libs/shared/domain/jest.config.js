import preset from '../../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'shared-domain', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

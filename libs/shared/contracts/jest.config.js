import preset from '../../../jest.preset.js';

export default { ...preset, rootDir: '.', displayName: 'shared-contracts', testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'] };

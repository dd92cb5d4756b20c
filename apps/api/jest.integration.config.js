import preset from '../../jest.preset.js';

/** API integration tests against a real PostgreSQL (see test/support/test-app.ts). */
export default {
  ...preset,
  rootDir: '.',
  displayName: 'api-integration',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 30000,
};

/** Jest in ESM mode (Kysely and PGlite are ESM); @swc/jest strips types, `tsc --noEmit` checks them. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // the build's output (bin/atlas.js runs it when fresh); tests import the sources
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 30000,
  // Half again as many workers as cores: the suites spend part of their time waiting on PostgreSQL,
  // Chromium and the servers they spawn. On two cores, 2 workers ran the suite in 168-173 s of Jest
  // time (171-186 s of npm test), 3 workers in 153-158 s (167-173 s), runs alternated on one clone.
  maxWorkers: '150%',
};

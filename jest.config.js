/** Jest in ESM mode (Kysely and PGlite are ESM); @swc/jest strips types, `tsc --noEmit` checks them. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // the build's output (bin/atlas.js runs it when fresh); tests import the sources
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testSequencer: '<rootDir>/test/setup/slowest-first-sequencer.mjs',
  testTimeout: 30000,
  // A worker per core, not Jest's default of one fewer: the suites spend much of their time waiting on
  // PostgreSQL and child processes. On two cores this took the suite from 490 s to 304 s.
  maxWorkers: '100%',
};

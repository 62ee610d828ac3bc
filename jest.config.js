/**
 * One jest run covers every workspace. Tests sit next to the code as `*.test.ts`.
 * With TEST_DATABASE_URL / TEST_REDIS_URL set, the same suites run against real
 * PostgreSQL and Redis; otherwise against PGlite and in-process pub/sub.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/platform', '<rootDir>/schema'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 60000,
  maxWorkers: 2,
};

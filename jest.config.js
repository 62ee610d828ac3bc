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
    // openid-client and the libraries under it ship only as ES modules, which jest's module
    // registry cannot require on Node 20: compile those three to CommonJS like our own code.
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  testTimeout: 60000,
  maxWorkers: 2,
};

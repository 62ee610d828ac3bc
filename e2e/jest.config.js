/**
 * The web app's suites: `npm run test:e2e` builds the web app, then this config runs
 * e2e/*.e2e.test.ts in Chromium and e2e/*.unit.test.ts (the web app's pure logic). The root
 * jest config never picks them up: they need Chromium and a build.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.test.ts', '<rootDir>/**/*.unit.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
    // openid-client (auth's single sign-on) ships only as ES modules: see ../jest.config.js.
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  testTimeout: 180000,
  maxWorkers: 1,
};

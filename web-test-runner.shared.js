import {fixtureServer} from './test/server/fixture-server.js';

/**
 * What the Chromium and Firefox runs share: the test files, the server and the
 * framework. Each config adds its own browser (web-test-runner.config.js,
 * web-test-runner.firefox.config.js).
 */
export const shared = {
  rootDir: '.',
  files: ['.build/test/**/*.test.js', '!.build/test/node/**'],
  nodeResolve: true,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [fixtureServer()],
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {ui: 'bdd', timeout: 20000}},
};

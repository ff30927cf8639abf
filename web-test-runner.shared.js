import {existsSync} from 'node:fs';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import {fromRollup} from '@web/dev-server-rollup';
import {fixtureServer} from './test/server/fixture-server.js';

// React 19 ships CommonJS only, and reads process.env.NODE_ENV to pick its build.
// Only React's packages go through these plugins (test/frameworks/react.test.ts).
// The dev server converts one file at a time, so the commonjs plugin cannot look
// ahead at what a require() names: `requireReturnsDefault` makes require('react')
// return the converted module's default export (its module.exports), and
// `strictRequires: false` gives each converted file that default export.
const react = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

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
  plugins: [
    replace({include: react, preventAssignment: true, values: {'process.env.NODE_ENV': JSON.stringify('development')}}),
    commonjs({include: react, strictRequires: false, requireReturnsDefault: 'preferred'}),
  ],
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {config: {ui: 'bdd', timeout: 20000}},
};

/**
 * The browser at `$variable`, else the first of `places` that exists; with
 * none, one line of help (`install`) and exit 1.
 */
export function findBrowser(variable, places, install) {
  const found = [process.env[variable], ...places].filter(Boolean).find((path) => existsSync(path));
  if (found) return found;
  console.error(`${install} or set ${variable}.`);
  process.exit(1);
}

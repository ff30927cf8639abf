import {existsSync} from 'node:fs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {fixtureServer} from './test/server/fixture-server.js';

/** CHROME_PATH first, then the usual places; one line of help when none. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Root cannot use Chromium's sandbox; CI runs as root.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export default {
  rootDir: '.',
  files: ['.build/test/**/*.test.js', '!.build/test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeArgs},
    }),
  ],
  middleware: [fixtureServer()],
  testFramework: {config: {ui: 'bdd', timeout: 20000}},
};

import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {shared} from './web-test-runner.shared.js';

/** FIREFOX_PATH first, then the usual places; one line of help when none. */
function findFirefox() {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error('No Firefox found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
    process.exit(1);
  }
  return found;
}

// The same tests in Firefox, driven over WebDriver BiDi by puppeteer-core.
// This is what @web/test-runner-puppeteer's puppeteerLauncher does, minus its
// dependency on full `puppeteer`, whose install script downloads a Chrome.
export default {
  ...shared,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: findFirefox(), headless: true},
    }),
  ],
};

import puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findBrowser, shared} from './web-test-runner.shared.js';

/** FIREFOX_PATH first, then the usual places; one line of help when none. */
const findFirefox = () =>
  findBrowser(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    'No Firefox found: install it (apt-get install -y firefox-esr)',
  );

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
      // puppeteer-core 24's setViewport also sends WebDriver BiDi's
      // emulation.setScreenOrientationOverride, which Firefox ESR 140 does not
      // know ("unknown command"), so every page failed before its first test.
      // The viewport itself is set by the command sent beside it: tolerate that one error.
      async createPage({browser}) {
        const page = await browser.newPage();
        const setViewport = page.setViewport.bind(page);
        page.setViewport = async (viewport) => {
          try {
            await setViewport(viewport);
          } catch (error) {
            if (!/setScreenOrientationOverride/.test(error.message)) throw error;
          }
        };
        return page;
      },
    }),
  ],
};

import {chromeLauncher} from '@web/test-runner-chrome';
import {findBrowser, shared} from './web-test-runner.shared.js';

/** CHROME_PATH first, then the usual places; one line of help when none. */
const findChrome = () =>
  findBrowser(
    'CHROME_PATH',
    [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    'No Chromium found: install it (apt-get install -y chromium)',
  );

const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  // Root cannot use Chromium's sandbox; CI runs as root.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export default {
  ...shared,
  concurrency: 2,
  concurrentBrowsers: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeArgs},
      // Test files run in several tabs at once, and only the front tab gets
      // animation frames, so fixture() would wait forever in the others.
      // Focus emulation makes every tab visible and focused.
      async createPage({context}) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', {enabled: true});
        return page;
      },
    }),
  ],
};

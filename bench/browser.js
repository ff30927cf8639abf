// The headless Chromium every bench script launches: Debian's, as root, with nothing in the
// background and no throttling of timers or hidden pages, so figures measure our code.

/** Launches Chromium (CHROME_PATH, default /usr/bin/chromium) with the bench's flags and `extra` ones. */
export function launchChromium(puppeteer, extra = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 300000,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...extra,
      '--window-size=1280,900',
    ],
  });
}

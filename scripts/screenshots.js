// Screenshots of the demo at several widths, for looking at what we built:
//   node scripts/screenshots.js [page] [widths...]   -> screenshots/*.png
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, existsSync, statSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml'};
const root = resolve('.');
const server = createServer((request, response) => {
  let path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(root) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
  response.end(readFileSync(path));
}).listen(0);
const port = server.address().port;

const [page = 'demo/index.html', ...widthArgs] = process.argv.slice(2);
const widths = widthArgs.length ? widthArgs.map(Number) : [320, 768, 1280];
mkdirSync('screenshots', {recursive: true});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = await browser.newPage();
tab.on('console', (message) => console.log(`[${message.type()}] ${message.text()}`));
tab.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
for (const width of widths) {
  await tab.setViewport({width, height: 900});
  await tab.goto(`http://localhost:${port}/${page}`, {waitUntil: 'networkidle0'});
  await new Promise((done) => setTimeout(done, 300));
  const name = `${page.replace(/[^a-z0-9]+/gi, '-')}-${width}`;
  // CLIP: a JS expression for one element to shoot instead of the whole page.
  const clip = process.env.CLIP ? await tab.evaluateHandle(process.env.CLIP) : undefined;
  if (clip) await clip.screenshot({path: `screenshots/${name}.png`});
  else await tab.screenshot({path: `screenshots/${name}.png`, fullPage: true});
  const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${name}.png${overflow > 0 ? ` (scrolls sideways by ${overflow}px)` : ''}`);
}
await browser.close();
server.close();

// Hydration against script mode (issue 13): the PHSO microsite pre-rendered by
// `employer-widgets render` and hydrated by the script, beside the same microsite
// rendered by the script from its profile and feed. For each: the main thread's
// busy time (Chromium's TaskDuration) and the wall time from the script's arrival
// to a microsite whose every element has rendered, and the layout shift meanwhile.
//   node bench/hydration.js        (after npm run build; npm run bench runs it)
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import puppeteer from 'puppeteer-core';

const RUNS = process.env.BENCH_QUICK === '1' ? 2 : 7;
const dir = mkdtempSync(join(tmpdir(), 'employer-widgets-hydration-'));
const site = join(dir, 'site');
execFileSync('node', ['bin/employer-widgets.js', 'render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--out', site], {
  stdio: 'ignore',
});
// Script mode: the same profile and feed, fetched and rendered by the script.
copyFileSync('profiles/phso.json', join(site, 'phso.json'));
copyFileSync('demo/jobs.sample.json', join(site, 'jobs.sample.json'));
writeFileSync(
  join(site, 'script.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><script type="module" src="employer-widgets.js"></script></head>
<body><main><employer-microsite src="phso.json" heading-level="1"></employer-microsite></main></body></html>\n`,
);

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json'};
const server = createServer((request, response) => {
  try {
    const path = join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(site)) throw new Error('outside');
    const body = readFileSync(path);
    response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// In the page from its first byte: records layout shifts, and the time every custom element has rendered.
const probe = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  const check = () => {
    const listing = customElements.get('job-listing') && deep(document).find((el) => el.localName === 'job-listing');
    const custom = deep(document).filter((el) => el.localName.includes('-') && customElements.get(el.localName));
    // Pre-rendered modals and listings hydrate when someone reaches for them: reach for every one at once.
    for (const el of custom.filter((el) => !el.hasUpdated)) el.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
    const rows = listing?.shadowRoot?.querySelectorAll('[part~="row"] a').length ?? 0;
    if (listing && rows > 0 && custom.every((el) => el.hasUpdated && !el.isUpdatePending)) {
      window.__ready = performance.now();
    } else setTimeout(check, 0);
  };
  setTimeout(check, 0);
};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function measure(page) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 1280, height: 900});
  await tab.evaluateOnNewDocument(probe);
  const session = await tab.createCDPSession();
  await session.send('Performance.enable');
  await tab.goto(`${origin}/${page}`, {waitUntil: 'load'});
  await tab.waitForFunction(() => window.__ready, {timeout: 20_000});
  const {metrics} = await session.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
  const result = await tab.evaluate(() => {
    const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/employer-widgets.js'));
    return {wall: window.__ready - script.responseEnd, shift: window.__shift};
  });
  await tab.close();
  return {task, ...result};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
for (const [name, page] of [['hydrated (pre-rendered index.html)', 'index.html'], ['script mode (profile and feed fetched)', 'script.html']]) {
  const runs = [];
  await measure(page); // warm-up: the disk cache and the compiled script
  for (let i = 0; i < RUNS; i++) runs.push(await measure(page));
  results[name] = {
    task: median(runs.map((run) => run.task)),
    wall: median(runs.map((run) => run.wall)),
    shift: Math.max(...runs.map((run) => run.shift)),
  };
}
await browser.close();
server.close();
rmSync(dir, {recursive: true, force: true});

console.log(`\nHydration against script mode (PHSO microsite, 12 jobs; median of ${RUNS}):`);
for (const [name, {task, wall, shift}] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(40)} main thread ${task.toFixed(0).padStart(4)} ms, script arrival → every element rendered ${wall.toFixed(0).padStart(4)} ms, layout shift ${shift.toFixed(3)}`,
  );
}

// What a page runs on the main thread while it loads and just after: a Chromium
// performance trace (puppeteer-core, CPU slowed 4× as Lighthouse's mobile preset
// simulates), summed as long tasks and as self time by script function.
//
//   node bench/trace.js [--runs N] [--cpu 4] page.html …    (paths from the repository root)
//
// For each page: the tasks over 50 ms (start, length, blocking part), the total
// blocking time after first contentful paint, and the functions with the most self time.
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readFileSync} from 'node:fs';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import {startServer} from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const runs = Number(option('--runs', 3));
const cpu = Number(option('--cpu', 4));
const pages = args.length ? args : ['demo/static/index.html'];

const server = await startServer(root, {gzip: true});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

/** One load of `url`: its trace events, and the page's FCP. */
async function traceOnce(url) {
  const page = await browser.newPage();
  await page.setViewport({width: 412, height: 823, deviceScaleFactor: 1});
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', {rate: cpu});
  await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing']});
  await page.goto(url, {waitUntil: 'load'});
  // Quiet for 2 s after load: what hydration, idle callbacks and chunks do.
  await new Promise((done) => setTimeout(done, 3000));
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
  const buffer = await page.tracing.stop();
  await page.close();
  return {events: JSON.parse(new TextDecoder().decode(buffer)).traceEvents, fcp};
}

const maps = new Map();
/** `file:line:column` of a minified function, as the source map names it (the demo's scripts are dist/'s). */
function original(url, line, column) {
  const file = url.split('/').pop();
  if (!/^employer-widgets.*\.js$/.test(file)) return undefined;
  if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(resolve(root, 'dist', `${file}.map`), 'utf8')));
  const at = originalPositionFor(maps.get(file), {line: line + 1, column});
  return at.source ? `${at.name ?? ''} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}` : undefined;
}

/** Self time by original function. */
function named(self) {
  const merged = new Map();
  for (const [key, ms] of self) {
    const [, fn, url, line, column] = /^(.*) (\S*):(\d+):(\d+)$/.exec(key) ?? [];
    const name = (url && original(url, Number(line), Number(column))) ?? key;
    merged.set(name, (merged.get(name) ?? 0) + ms);
  }
  return merged;
}

function summarise({events, fcp}) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'TracingStartedInBrowser' || x.pid === e.pid && x.name === 'navigationStart'));
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const pid = navigation?.pid ?? main?.pid;
  const tid = navigation?.tid ?? main?.tid;
  const t0 = navigation.ts;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X' && e.dur > 50_000 && e.ts >= t0);
  let tbt = 0;
  const long = tasks.map((task) => {
    const start = (task.ts - t0) / 1000;
    const dur = task.dur / 1000;
    const after = Math.max(start, fcp);
    const blocking = start + dur > fcp ? Math.max(0, start + dur - after - 50) : 0;
    tbt += blocking;
    return `${start.toFixed(0)}+${dur.toFixed(0)}`;
  });
  // Self time by function, from the V8 CPU profile chunks, overall and within each long task.
  const nodes = new Map();
  const self = new Map();
  const inTask = tasks.map(() => new Map());
  const profile = events.find((x) => x.name === 'Profile' && x.pid === pid);
  let time = profile?.args?.data?.startTime ?? 0;
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === pid && x.id === profile?.id)) {
    const data = e.args.data.cpuProfile ?? {};
    for (const node of data.nodes ?? []) nodes.set(node.id, node.callFrame);
    const deltas = e.args.data.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      const frame = nodes.get(id);
      if (!frame) return;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url ?? ''}:${frame.lineNumber}:${frame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      const task = tasks.findIndex((t) => time >= t.ts && time <= t.ts + t.dur);
      if (task >= 0) inTask[task].set(key, (inTask[task].get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  long.forEach((label, i) => {
    const most = [...named(inTask[i])].filter(([key]) => !/^\((idle|program)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, 4);
    long[i] = `${label} [${most.map(([key, ms]) => `${key.trim()} ${ms.toFixed(0)}`).join('; ')}]`;
  });
  const top = [...named(self)].filter(([key]) => !/^\((idle|program|garbage collector)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, 15);
  return {fcp, tbt, long, top, gc: self.get([...self.keys()].find((k) => k.startsWith('(garbage collector)'))) ?? 0};
}

for (const path of pages) {
  for (let run = 0; run < runs; run++) {
    const result = summarise(await traceOnce(`${server.origin}/${path}`));
    console.log(`${path} run ${run + 1}: FCP ${result.fcp.toFixed(0)} ms, TBT after FCP ${result.tbt.toFixed(0)} ms, tasks > 50 ms:\n    ${result.long.join('\n    ') || 'none'}`);
    if (run === runs - 1) for (const [key, ms] of result.top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
}
await browser.close();
server.close();

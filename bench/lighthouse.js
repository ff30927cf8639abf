// Lighthouse 12 on the demo pages, at the mobile and desktop presets, against the
// system's Chromium (CHROME_PATH, default /usr/bin/chromium): part of `npm run bench`,
// and runnable alone while working on load performance:
//
//   node bench/lighthouse.js [--runs N] [--preset mobile|desktop] [page.html …]
//
// Each page and preset is measured `runs` times (default 3), each in a fresh browser,
// and the median run (Lighthouse's own computeMedianRun: by FCP and TTI) is reported:
// the four category scores and FCP, LCP, TBT and CLS. The pages are served gzipped
// from 127.0.0.1, as a host would serve them; the throttling is Lighthouse's
// simulated default (mobile: slow 4G and a 4× slower CPU; desktop: dense 4G).
import {fileURLToPath} from 'node:url';
import {dirname, resolve} from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {computeMedianRun} from 'lighthouse/core/lib/median-run.js';
import {startServer} from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The host pages measured: the two employers, a lone listing and a lone modal with
 * content below, and the pre-rendered site `npm run static` writes (its index and a job page).
 */
export const PAGES = [
  'demo/index.html',
  'demo/auenfeld.html',
  'demo/lone-listing.html',
  'demo/lone-modal.html',
  'demo/static/index.html',
  'demo/static/jobs/phso-0001.html',
];
export const PRESETS = ['mobile', 'desktop'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The targets of issue 12, by preset. */
export const TARGETS = {
  mobile: {performance: 95, lcp: 1800, tbt: 100, cls: 0.01},
  desktop: {performance: 100, cls: 0.01},
};

/** One Lighthouse run of `url` at `preset` in a fresh Chromium. */
async function once(url, preset, chromePath) {
  const chrome = await chromeLauncher.launch({chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  try {
    const flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES};
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * The requests that ended before the page's observed largest paint and that
 * Lighthouse's simulation (Lantern) counts for LCP but not for FCP: all but
 * those of render-blocking priority (a document, a high-priority script not
 * added by script, anything "VeryHigh") and low-priority images. Such a
 * request (Chrome's own /favicon.ico, asked for once the document is parsed)
 * puts a simulated LCP a round trip after FCP though both were one paint.
 */
function lcpOnlyRequests(lhr) {
  const observed = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const blocking = (r) => r.priority === 'VeryHigh' || (r.priority === 'High' && ['Script', 'Document'].includes(r.resourceType));
  const lowImage = (r) => r.resourceType === 'Image' && ['Low', 'VeryLow'].includes(r.priority);
  return (lhr.audits['network-requests']?.details?.items ?? [])
    .filter((r) => observed != null && r.networkEndTime <= observed && !blocking(r) && !lowImage(r))
    .map((r) => new URL(r.url).pathname.split('/').pop());
}

/** The figures of one report. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue;
  const metrics = lhr.audits.metrics?.details?.items?.[0] ?? {};
  return {
    // What the browser itself saw, unthrottled: the simulated figures above are derived from it.
    observedGap: metrics.observedLargestContentfulPaint - metrics.observedFirstContentfulPaint,
    lcpOnly: lcpOnlyRequests(lhr),
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)])),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    error: lhr.runtimeError?.message,
  };
}

/** The targets of issue 13 on the pre-rendered pages (`demo/static/`), at both presets, over those above. */
export const STATIC_TARGETS = {performance: 100, cls: 0, lcpGap: 100};

/** Whether `result` (of `page`) meets the preset's targets, and which it misses. */
export function judge(result, preset, page = '') {
  const target = {...TARGETS[preset], ...(page.startsWith('demo/static/') ? STATIC_TARGETS : {})};
  const misses = [];
  if (result.scores.performance < target.performance) misses.push(`performance ${result.scores.performance} < ${target.performance}`);
  if (target.lcp != null && !(result.lcp <= target.lcp)) misses.push(`LCP ${(result.lcp / 1000).toFixed(2)} s > ${target.lcp / 1000} s`);
  if (target.tbt != null && !(result.tbt <= target.tbt)) misses.push(`TBT ${Math.round(result.tbt)} ms > ${target.tbt} ms`);
  if (!(result.cls <= target.cls)) misses.push(`CLS ${result.cls.toFixed(3)} > ${target.cls}`);
  if (target.lcpGap != null && !(result.lcp - result.fcp <= target.lcpGap)) misses.push(`LCP ${Math.round(result.lcp - result.fcp)} ms after FCP > ${target.lcpGap} ms`);
  return misses;
}

/**
 * Measures every page at every preset against `origin` and returns the
 * median figures: `[{page, preset, runs, scores, fcp, lcp, tbt, cls, misses}]`.
 */
export async function measure(origin, {pages = PAGES, presets = PRESETS, runs = 3, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium', log = () => {}} = {}) {
  const results = [];
  for (const page of pages) {
    for (const preset of presets) {
      const reports = [];
      for (let run = 0; run < runs; run++) {
        log(`lighthouse ${page} ${preset} ${run + 1}/${runs}`);
        reports.push(await once(`${origin}/${page}`, preset, chromePath));
      }
      const valid = reports.filter((lhr) => !lhr.runtimeError);
      const median = valid.length ? computeMedianRun(valid) : reports[0];
      const result = {page, preset, runs, ...figures(median), all: reports.map(figures)};
      result.misses = result.error ? [result.error] : judge(result, preset, page);
      results.push(result);
    }
  }
  return results;
}

const pad = (text, width) => String(text).padEnd(width);
const seconds = (value) => (value == null ? '—' : `${(value / 1000).toFixed(2)} s`);

/** The report lines for `results`. */
export function report(results) {
  const lines = [`  ${pad('page', 26)}${pad('preset', 9)}${pad('perf a11y bp seo', 18)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('TBT', 9)}${pad('CLS', 8)}targets`];
  for (const r of results) {
    const s = r.scores;
    const scores = `${pad(s.performance, 5)}${pad(s.accessibility, 5)}${pad(s['best-practices'], 4)}${s.seo}`;
    lines.push(
      `  ${pad(r.page, 26)}${pad(r.preset, 9)}${pad(scores, 18)}${pad(seconds(r.fcp), 9)}${pad(seconds(r.lcp), 9)}` +
        `${pad(r.tbt == null ? '—' : `${Math.round(r.tbt)} ms`, 9)}${pad(r.cls == null ? '—' : r.cls.toFixed(3), 8)}${r.misses.length ? `FAIL: ${r.misses.join(', ')}` : 'PASS'}`,
    );
    if (r.runs > 1) {
      const spread = (key, show) => r.all.map((a) => show(a[key])).join('/');
      lines.push(`  ${pad('', 35)}runs: perf ${r.all.map((a) => a.scores.performance).join('/')}, FCP ${spread('fcp', (v) => (v / 1000).toFixed(2))}, LCP ${spread('lcp', (v) => (v / 1000).toFixed(2))}, TBT ${spread('tbt', (v) => Math.round(v))}, CLS ${spread('cls', (v) => v.toFixed(3))}`);
    }
    if (r.page.startsWith('demo/static/')) {
      const gaps = r.all.map((a) => `${Math.round(a.lcp - a.fcp)}/${Math.round(a.observedGap)}${a.lcp - a.fcp > STATIC_TARGETS.lcpGap ? ` (LCP only: ${a.lcpOnly.join(', ') || 'none'})` : ''}`);
      lines.push(`  ${pad('', 35)}LCP − FCP in ms, simulated/observed: ${gaps.join('; ')}`);
    }
  }
  return lines;
}

// Alone: serve the repository and measure the pages named (default: all).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const runs = Number(option('--runs') ?? 3);
  const preset = option('--preset');
  const pages = args.length ? args.map((page) => (page.includes('/') ? page : `demo/${page}`)) : PAGES;
  const server = await startServer(root, {gzip: true});
  try {
    const results = await measure(server.origin, {pages, runs, presets: preset ? [preset] : PRESETS, log: (line) => console.error(line)});
    console.log(report(results).join('\n'));
    if (server.missing.size) console.log(`Not found: ${[...server.missing].join(', ')}`);
  } finally {
    server.close();
  }
}

// Parse time of 10,000 jobs in each feed format, for `npm run bench`.
//
// The feeds are written by the hardening suite's writers (test/hardening/feeds.ts),
// so the bench and the fuzzers agree on each format's shape; both they and the
// parsers (src/feeds/detect.ts and what it imports) are compiled with tsc into
// .build/bench/ and imported by bench/parse.html, a blank page of the bench server. Each format's
// feed text is made once in the page, then parseFeed(text, 'auto') is timed:
// one untimed warm-up, then the median of RUNS runs, each after gc().

import {execFileSync} from 'node:child_process';

const FORMATS = ['own', 'json-ld', 'greenhouse', 'lever', 'indeed-xml', 'bullhorn', 'workable', 'ashby', 'recruitee', 'smartrecruiters', 'personio-xml'];
const JOBS = 10_000;

/** Compiles the parsers and the feed writers into .build/bench/ (tsc, as the tests are). */
function compile(root) {
  execFileSync(
    `${root}/node_modules/.bin/tsc`,
    [
      ...['--outDir', '.build/bench', '--rootDir', '.', '--target', 'ES2022', '--module', 'ES2022', '--moduleResolution', 'bundler'],
      ...['--lib', 'ES2022,DOM,DOM.Iterable', '--types', 'node', '--skipLibCheck', '--strict'],
      'src/feeds/detect.ts',
      'test/hardening/feeds.ts',
    ],
    {cwd: root, stdio: 'inherit'},
  );
}

/**
 * Times parsing 10,000 jobs of each format in `browser`, from the bench server at `origin`.
 * @returns one report line per format, and the problems met
 */
export async function measureParsing(browser, origin, root, runs) {
  compile(root);
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/parse.html`);
    const results = await page.evaluate(
      async (formats, count, runs) => {
        const {parseFeed} = await import('/.build/bench/src/feeds/detect.js');
        const {feedText} = await import('/.build/bench/test/hardening/feeds.js');
        const places = ['Manchester', 'London', 'Leeds', 'Remote', 'Birmingham; Bristol'];
        const jobs = Array.from({length: count}, (_, i) => ({
          id: `job-${i}`,
          title: `Caseworker ${i}`,
          url: `https://jobs.example.com/${i}`,
          location: places[i % places.length],
          department: ['Operations', 'Legal', 'Digital'][i % 3],
          type: ['Full-time', 'Part-time', 'Contract'][i % 3],
          description: `<p>Job ${i} at the <b>Ombudsman</b>.</p><ul><li>Hybrid</li><li>Pension</li></ul>`,
          posted: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
          salary: {min: 30000 + (i % 20) * 1000, max: 36000 + (i % 20) * 1000, currency: 'GBP'},
        }));
        const out = [];
        for (const format of formats) {
          try {
            const {text} = feedText(format, jobs);
            const times = [];
            let read = 0;
            for (let run = -1; run < runs; run++) {
              window.gc?.();
              const start = performance.now();
              read = parseFeed(text, 'auto').length;
              if (run >= 0) times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
            out.push({format, ms: times[times.length >> 1], min: times[0], max: times.at(-1), bytes: new TextEncoder().encode(text).length, read});
          } catch (error) {
            out.push({format, error: String(error?.message ?? error).split('\n')[0]});
          }
        }
        return out;
      },
      FORMATS,
      JOBS,
      runs,
    );
    const problems = [];
    const lines = results.map((result) => {
      if (result.error) {
        problems.push(`parse ${result.format}: ${result.error}`);
        return `  ${result.format.padEnd(17)}ERROR (${result.error})`;
      }
      if (result.read !== JOBS) problems.push(`parse ${result.format}: read ${result.read} of ${JOBS} jobs`);
      const ms = (value) => `${value.toFixed(1)} ms`;
      const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MiB`;
      return `  ${result.format.padEnd(17)}${ms(result.ms).padEnd(10)} (range ${ms(result.min)} – ${ms(result.max)}; ${size}; ${result.read.toLocaleString('en-GB')} jobs)`;
    });
    return {lines, problems};
  } finally {
    await page.close();
  }
}

// The profile studio with a 2 MB profile: from a key pressed in the form's
// headline field (then in the JSON editor, inside the headline's string) to the
// preview frame showing the new headline. Budget 200 ms.
// Clock: just before puppeteer's key press (CDP round trip included, so the
// figure is on the pessimistic side) until a rAF poll in the studio page finds
// the headline in the preview's shadow DOM.

const BUDGET_MS = 200;
const RUNS = 7;

/** PHSO's sections repeated, with fresh ids, until the profile is about `bytes` long. */
function bigProfile(phso, bytes) {
  const profile = structuredClone(phso);
  delete profile.layout;
  const base = phso.sections;
  for (let n = 0; JSON.stringify(profile).length < bytes; n++) {
    for (const section of base) profile.sections.push({...structuredClone(section), id: `${section.id}-${n}`});
  }
  return profile;
}

/**
 * Types "x" RUNS + 1 times where the caret is (the first is a warm-up), each
 * timed from just before the key press until the preview's headline shows it.
 */
async function typing(page, headline) {
  const samples = [];
  for (let run = 0; run <= RUNS; run++) {
    const expected = (await page.evaluate(`(${headline})()`)) + 'x';
    const waiting = page.evaluate(
      (expected, source) =>
        new Promise((done) => {
          const found = new Function(`return (${source})()`);
          const start = performance.now();
          const poll = () => (found() === expected ? done(performance.now() - start) : requestAnimationFrame(poll));
          poll();
        }),
      expected,
      String(headline),
    );
    const started = performance.now();
    await page.keyboard.type('x');
    await waiting;
    if (run > 0) samples.push(performance.now() - started);
    await new Promise((done) => setTimeout(done, 300));
  }
  return samples.sort((a, b) => a - b);
}

/** One report line: the median, the range and the verdict. */
function verdict(what, samples, budget) {
  const median = samples[Math.floor(samples.length / 2)];
  return (
    `  ${what}: ${median.toFixed(0)} ms median of ${samples.length} ` +
    `(range ${samples[0].toFixed(0)} – ${samples.at(-1).toFixed(0)})   budget ≤ ${budget} ms: ${median <= budget ? 'PASS' : 'FAIL'}`
  );
}

/** Measures typing to preview in the built studio, in the form and in the JSON editor; returns report lines. */
export async function studioTyping(browser, origin, phso, {trace} = {}) {
  const lines = [];
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 900});
    await page.goto(`${origin}/studio/`, {waitUntil: 'networkidle0'});
    const text = JSON.stringify(bigProfile(phso, 2 * 1024 * 1024), null, 2);
    await page.evaluate((text) => document.querySelector('profile-studio').openText(text, 'the bench profile'), text);
    const headline = () =>
      document
        .querySelector('iframe.preview-frame')
        ?.contentDocument?.querySelector('employer-microsite')
        ?.shadowRoot?.querySelector('employer-hero')
        ?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
    await page.waitForFunction(`(${headline})() === ${JSON.stringify(phso.hero.headline)}`, {timeout: 60_000});
    const size = `${(text.length / 1024 / 1024).toFixed(1)} MB profile`;
    if (trace) await page.tracing.start({path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'toplevel']});

    // The form: the headline field, the caret at its end.
    const input = await page.waitForSelector('[data-pointer="/hero/headline"]');
    await input.click();
    await page.keyboard.press('End');
    const form = await typing(page, headline);
    lines.push(verdict(`typing to preview (form), ${size}`, form, BUDGET_MS));

    // The JSON editor: the caret inside the headline's string, before its closing quote.
    await page.click('#tab-json');
    await page.evaluate(() => document.querySelector('profile-studio').goTo({path: '/hero/headline', message: ''}));
    await page.waitForSelector('.cm-editor .cm-content:focus');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const json = await typing(page, headline);
    lines.push(verdict(`typing to preview (JSON editor), ${size}`, json, BUDGET_MS));
    if (trace) await page.tracing.stop();
  } catch (error) {
    lines.push(`  could not be measured: ${error.message}`);
  } finally {
    await page.close();
  }
  return lines;
}

// `node bench/studio.js` (after `npm run build`): this figure alone, in its own
// Chromium launched as bench/run.js launches it. STUDIO_TRACE=file.json also
// writes a Chromium trace of the timed key presses (open it in DevTools).
if (import.meta.url === `file://${process.argv[1]}`) {
  const {readFileSync} = await import('node:fs');
  const {dirname, join, resolve} = await import('node:path');
  const {fileURLToPath} = await import('node:url');
  const {default: puppeteer} = await import('puppeteer-core');
  const {startServer} = await import('./serve.js');
  const {launchChromium} = await import('./browser.js');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const server = await startServer(root);
  const browser = await launchChromium(puppeteer);
  try {
    const phso = JSON.parse(readFileSync(join(root, 'profiles/phso.json'), 'utf8'));
    const lines = await studioTyping(browser, server.origin, phso, {trace: process.env.STUDIO_TRACE});
    console.log('Profile studio (dist/studio/)');
    console.log(lines.join('\n'));
    if (lines.some((line) => line.includes('could not be measured'))) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

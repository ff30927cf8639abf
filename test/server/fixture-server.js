// Canned HTTP answers for the browser tests, so fetch code meets real HTTP:
// slow, failing, flaky, oversized and wrong-type responses.
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {Readable} from 'node:stream';
import {atsAnswer} from './ats-routes.js';

const fixtures = resolve('test/fixtures');
const flakyCounts = new Map();
/** Bodies stored by `POST echo?key=K`, one per key (a later POST replaces it). */
const echoes = new Map();

/** The strict host page's policy (issue 7): what a locked-down host site sends. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Pre-rendered sites (dist/ssr.js's buildSite), built once each on first request. */
const sites = new Map();

/** The PHSO profile with every XSS payload as text, and jobs with every payload and dangerous URL (also test/node/ssr.test.ts's). */
export async function xssInput() {
  const {PAYLOADS, DANGEROUS_URLS} = await import(resolve('.build/test/hardening/payloads.js'));
  const profile = JSON.parse(await readFile(resolve('profiles/phso.json'), 'utf8'));
  profile.hero.intro = PAYLOADS.map((p) => p.text).join(' ');
  profile.sections[0].body.push(...PAYLOADS.map((p) => ({type: 'paragraph', text: p.text})));
  profile.modals[0].title = PAYLOADS[0].text;
  profile.modals[0].body.push(...PAYLOADS.map((p) => ({type: 'paragraph', text: p.text})));
  const jobs = PAYLOADS.map(({n, text}, i) => ({
    id: text,
    title: text,
    url: i % 3 === 0 ? 'https://jobs.example.com/apply' : DANGEROUS_URLS[i % DANGEROUS_URLS.length].url,
    location: text,
    department: text,
    type: text,
    description: `<p>${text}</p>${text}<ul><li><a href="${DANGEROUS_URLS[n % DANGEROUS_URLS.length].url}">${text}</a></li></ul>`,
    posted: '2026-01-10',
  }));
  return {profile, jobs};
}

async function siteFiles(name) {
  if (!sites.has(name)) {
    sites.set(
      name,
      (async () => {
        const {buildSite, styleHashes} = await import(resolve('dist/ssr.js'));
        const input =
          name === 'xss'
            ? await xssInput()
            : {
                profile: JSON.parse(await readFile(resolve('profiles/phso.json'), 'utf8')),
                jobs: JSON.parse(await readFile(resolve('demo/jobs.sample.json'), 'utf8')).jobs,
              };
        const files = await buildSite({...input, baseUrl: 'https://careers.example.org/', warn: () => {}});
        return {files, hashes: [...new Set([...files.values()].flatMap((text) => styleHashes(text)))]};
      })(),
    );
  }
  return sites.get(name);
}

/**
 * A page of a pre-rendered site. `noscript` leaves out the module script, so a
 * test holds the server's nodes before it adds the script itself; `sentinel`
 * loads the XSS sentinel first (calls reach the parent's `__xssCalls`); `watch`
 * loads a script first that records every CSP violation in `__violations`, from
 * the first byte on; `csp` sends the strict policy (STRICT_CSP: no
 * 'unsafe-inline'), its style-src given the hashes of the site's inline
 * <style>s as `render` prints them, and `csp=no-hashes` the same without them.
 */
async function sitePage(ctx, route) {
  const [name, ...rest] = route.split('/');
  const path = rest.join('/');
  // The entry and its chunks, as render copies them beside the pages.
  const script = /(?:^|\/)(employer-widgets(?:\.[\w-]+)?\.js)$/.exec(path)?.[1];
  if (script && !script.includes('.standalone.')) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(resolve('dist', script));
    return;
  }
  if (path === 'watch.js') {
    ctx.type = 'text/javascript';
    ctx.body = "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));";
    return;
  }
  if (path === 'sentinel.js') {
    ctx.type = 'text/javascript';
    ctx.body = 'window.__xss = (n) => (parent.__xssCalls ??= []).push(n); window.alert = window.__xss;';
    return;
  }
  const {files, hashes} = await siteFiles(name);
  let text = files.get(path);
  if (text === undefined) {
    ctx.status = 404;
    return;
  }
  if ('noscript' in ctx.query) text = text.replace(/<script type="module"[^>]*><\/script>\n/, '');
  if ('sentinel' in ctx.query) text = text.replace('<head>', `<head>\n<script src="/test-server/ssr/${name}/sentinel.js"></script>`);
  if ('watch' in ctx.query) text = text.replace('<head>', `<head>\n<script src="/test-server/ssr/${name}/watch.js"></script>`);
  if ('csp' in ctx.query) {
    const sources = ctx.query.csp === 'no-hashes' ? '' : ` ${hashes.join(' ')}`;
    ctx.set('Content-Security-Policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self'${sources}`));
  }
  ctx.type = path.endsWith('.xml') ? 'application/xml' : 'text/html';
  ctx.body = text;
}

async function fixture(name) {
  const path = resolve(fixtures, name);
  if (!path.startsWith(fixtures)) throw new Error('outside fixtures');
  return readFile(path);
}

function typeOf(name) {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.html')) return 'text/html';
  if (name.endsWith('.js')) return 'text/javascript';
  if (name.endsWith('.css')) return 'text/css';
  if (name.endsWith('.xml')) return 'application/xml';
  if (name.endsWith('.svg')) return 'image/svg+xml';
  return 'text/plain';
}

/**
 * Routes under /test-server/:
 *   slow?ms=N&file=F            waits N ms, then serves fixture F
 *   status/N                    answers status N
 *   flaky?key=K&fail=N&file=F   fails (503) the first N requests for key K, then serves F
 *   huge?bytes=N                streams N bytes of JSON-ish text without a Content-Length
 *   file?name=F&type=T          serves fixture F with content type T
 *   requests?key=K              how many requests key K has seen (for abort tests)
 *   csp/F                       serves test/fixtures/csp/F under a strict CSP header
 *                               (STRICT_CSP: no inline script or style, Trusted Types
 *                               required); csp/jobs.sample.json is the demo's sample feed,
 *                               which the PHSO profile names relative to the page;
 *                               csp/F?trusted-types=P adds the directive `trusted-types P`
 *   ats/<host>/<path>           an ATS provider's public API at that URL, with its paging
 *                               (see ats-routes.js)
 */
export function fixtureServer() {
  return async (ctx, next) => {
    // The PHSO profile names its feed relative to the host page (demo/): test
    // pages sit at the root, so answer there too.
    if (ctx.path === '/jobs.sample.json') {
      ctx.type = 'application/json';
      ctx.body = await readFile(resolve('demo/jobs.sample.json'));
      return;
    }
    if (ctx.path.startsWith('/cdn/')) return cdn(ctx);
    if (ctx.path.startsWith('/host/')) {
      const name = ctx.path.slice('/host/'.length);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = typeOf(name);
      ctx.body = name === 'jobs.sample.json' ? await readFile(resolve('demo/jobs.sample.json')) : await fixture(`host/${name}`);
      return;
    }
    if (!ctx.path.startsWith('/test-server/')) return next();
    const route = ctx.path.slice('/test-server/'.length);
    const query = ctx.query;
    ctx.set('Cache-Control', 'no-store');
    if (route === 'slow') {
      await sleep(Number(query.ms ?? 1000));
      ctx.type = typeOf(query.file);
      ctx.body = await fixture(query.file);
    } else if (route.startsWith('status/')) {
      ctx.status = Number(route.slice('status/'.length));
      ctx.body = `status ${ctx.status}`;
    } else if (route === 'flaky') {
      const seen = (flakyCounts.get(query.key) ?? 0) + 1;
      flakyCounts.set(query.key, seen);
      if (seen <= Number(query.fail ?? 1)) {
        ctx.status = 503;
        ctx.body = 'try again';
      } else {
        ctx.type = typeOf(query.file);
        ctx.body = await fixture(query.file);
      }
    } else if (route === 'huge') {
      const total = Number(query.bytes ?? 10_000_000);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
        yield Buffer.from('{"jobs": "');
        for (let sent = 0; sent < total; sent += chunk.length) {
          yield chunk;
          await sleep(1);
        }
        yield Buffer.from('"}');
        })(),
      );
    } else if (route.startsWith('ssr/')) {
      await sitePage(ctx, route.slice('ssr/'.length));
    } else if (route.startsWith('csp/')) {
      const name = route.slice('csp/'.length);
      const allowed = query['trusted-types'];
      ctx.set('Content-Security-Policy', allowed ? `${STRICT_CSP}; trusted-types ${allowed}` : STRICT_CSP);
      ctx.type = typeOf(name);
      ctx.body = name === 'jobs.sample.json' ? await readFile(resolve('demo/jobs.sample.json')) : await fixture(`csp/${name}`);
    } else if (route === 'echo' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      echoes.set(query.key, {type: query.type ?? 'text/plain', body: Buffer.concat(chunks)});
      ctx.status = 204;
    } else if (route === 'echo') {
      const stored = query.key === undefined ? {type: query.type ?? 'text/plain', body: query.body ?? ''} : echoes.get(query.key);
      if (stored) {
        ctx.type = stored.type;
        ctx.body = stored.body;
      } else {
        ctx.status = 404;
        ctx.body = 'nothing stored under that key';
      }
    } else if (route.startsWith('ats/')) {
      await atsAnswer(ctx, route.slice('ats/'.length));
    } else if (route === 'file') {
      ctx.type = query.type ?? typeOf(query.name);
      ctx.body = await fixture(query.name);
    } else {
      ctx.status = 404;
      ctx.body = 'no such test route';
    }
  };
}

const dist = resolve('dist');
const LISTING_CHUNK = 'employer-widgets.job-listing-view.js';
const JOB_CHUNK = 'employer-widgets.job-view.js';
/** The file each failing `/cdn/<kind>-…/` folder fails, and how: 404, or no answer for 15 s. */
const FAILING = {
  chunk404: [LISTING_CHUNK, 404],
  chunkhang: [LISTING_CHUNK, 'hang'],
  parser404: ['employer-widgets.greenhouse.js', 404],
  jobview404: [JOB_CHUNK, 404],
  jobviewhang: [JOB_CHUNK, 'hang'],
};

/**
 * `/cdn/<folder>/<file>`: the built files, with a failing listing chunk in
 * chunk404-… and chunkhang-… folders, a failing Greenhouse parser chunk in
 * parser404-… folders and a failing job's view in jobview404-… and
 * jobviewhang-… folders (each answered on a retry, `?retry=N`).
 */
async function cdn(ctx) {
  const [, , folder, ...rest] = ctx.path.split('/');
  const name = rest.join('/');
  const path = resolve(dist, name);
  ctx.set('Cache-Control', 'no-store');
  if (!path.startsWith(dist + '/')) {
    ctx.status = 404;
    return;
  }
  const kind = folder.split('-')[0];
  const [failing, how] = Object.hasOwn(FAILING, kind) ? FAILING[kind] : [];
  if (name === failing && ctx.query.retry === undefined) {
    if (how === 'hang') await sleep(15_000);
    else {
      ctx.status = 404;
      ctx.body = 'no such chunk';
      return;
    }
  }
  try {
    ctx.body = await readFile(path);
    ctx.type = typeOf(name);
  } catch {
    ctx.status = 404;
    ctx.body = 'not in dist/';
  }
}

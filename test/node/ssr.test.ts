// Pre-rendered pages (issue 13): `employer-widgets render` and the `employer-widgets/ssr`
// API, read as HTML and XML in Node, with no browser. Needs a build (dist/).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it, before, after} from 'node:test';
import {PAYLOADS} from '../hardening/payloads.js';
import {attr, doc, elements, flat, text, walk, withPart, type El} from './parsed-html.js';

/** What render copies beside the pages: the entry and every chunk of dist/ (with their maps), not the one-file build. */
const SCRIPT_FILES = (await readdir('dist')).filter((file) => /^employer-widgets(\.[\w-]+)?\.js(\.map)?$/.test(file) && !file.includes('.standalone.'));
assert.ok(SCRIPT_FILES.includes('employer-widgets.core.js') && SCRIPT_FILES.includes('employer-widgets.hydrate.js'), 'a build in dist/');

type Ssr = typeof import('../../src/ssr/index.js');
const ssr: Ssr = await import(new URL('../../../dist/ssr.js', import.meta.url).href);

const bin = 'bin/employer-widgets.js';

function run(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile('node', [bin, ...args], {maxBuffer: 50_000_000}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, stdout, stderr});
    });
  });
}

const temp = () => mkdtemp(join(tmpdir(), 'employer-widgets-ssr-'));

async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
}


let phso: any;
let sample: any;
let site: string;
/** What render printed for the site above. */
let printed: string;

before(async () => {
  phso = JSON.parse(await readFile('profiles/phso.json', 'utf8'));
  sample = JSON.parse(await readFile('demo/jobs.sample.json', 'utf8'));
  site = join(await temp(), 'site');
  const {code, stdout, stderr} = await run(
    'render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--out', site,
    '--base-url', 'https://careers.example.org/phso/',
  );
  assert.equal(code, 0, stderr);
  printed = stdout;
});

describe('employer-widgets render: index.html', () => {
  it('holds the whole microsite in declarative shadow DOM, with the theme and the data for hydration', async () => {
    const page = doc(await readFile(join(site, 'index.html'), 'utf8'));
    const [microsite] = elements(page, 'employer-microsite');
    assert.ok(microsite, 'an <employer-microsite>');
    const shadow = microsite.childNodes!.find((node) => node.tagName === 'template');
    assert.equal(attr(shadow!, 'shadowrootmode'), 'open');
    const all = flat(text(page));
    assert.match(all, /Opportunities with PHSO/);
    for (const section of phso.sections) assert.ok(all.includes(section.title), section.title);
    for (const modal of phso.modals) {
      assert.ok(all.includes(modal.button), `the ${modal.id} button`);
      assert.ok(all.includes(modal.title), `the ${modal.id} dialog's title`);
    }
    assert.match(all, /City Gate/, 'a modal body (Location) is in the page');
    const theme = elements(page, 'style').filter((style) => attr(style, 'data-employer-theme') !== undefined);
    assert.equal(theme.length, 1);
    assert.match(text(theme[0].childNodes![0] as El) || theme[0].childNodes![0].value!, /--employer-color-primary:#5b1f69/);
    const data = elements(page, 'script').filter((script) => attr(script, 'type') === 'application/json');
    assert.equal(data.length, 2, 'the profile and the jobs');
    assert.deepEqual(JSON.parse(data[0].childNodes![0].value!).employer, phso.employer);
    assert.equal(JSON.parse(data[1].childNodes![0].value!).length, sample.jobs.length);
  });

  it('opens each modal with invoker commands (trigger commandfor/command="show-modal", close command="close"), else as a popover', async () => {
    const page = doc(await readFile(join(site, 'index.html'), 'utf8'));
    const modals = elements(page, 'employer-modal');
    assert.equal(modals.length, phso.modals.length);
    for (const modal of modals) {
      const [trigger] = withPart(modal, 'trigger');
      const [dialog] = elements(modal, 'dialog');
      const [close] = withPart(modal, 'close-button');
      assert.equal(attr(trigger, 'command'), 'show-modal');
      assert.equal(attr(trigger, 'commandfor'), attr(dialog, 'id'));
      assert.equal(attr(close, 'command'), 'close');
      assert.equal(attr(close, 'commandfor'), attr(dialog, 'id'));
      // The fallback where there are popovers but no commands.
      assert.equal(attr(dialog, 'popover'), 'auto');
      assert.equal(attr(trigger, 'popovertarget'), attr(dialog, 'id'));
      assert.equal(attr(close, 'popovertarget'), attr(dialog, 'id'));
      assert.equal(attr(close, 'popovertargetaction'), 'hide');
      assert.ok(flat(text(dialog)).length > 20, 'the dialog holds its content');
    }
  });

  it('lists the first page of jobs, each title a real link to its page', async () => {
    const page = doc(await readFile(join(site, 'index.html'), 'utf8'));
    const rows = withPart(page, 'row');
    assert.equal(rows.length, phso.jobs.pageSize ?? 10);
    const links = withPart(page, 'job-link');
    assert.deepEqual(
      links.map((link) => flat(text(link))),
      sample.jobs.slice(0, rows.length).map((job: any) => job.title),
    );
    const files = await readdir(join(site, 'jobs'));
    for (const link of links) {
      const href = attr(link, 'href')!;
      assert.match(href, /^jobs\/[a-z0-9-]+\.html$/);
      assert.ok(files.includes(href.slice('jobs/'.length)), `${href} exists`);
    }
  });

  it('names the page and loads the copied script by a relative URL', async () => {
    const html = await readFile(join(site, 'index.html'), 'utf8');
    const page = doc(html);
    assert.match(flat(text(elements(page, 'title')[0])), /PHSO/);
    const scripts = elements(page, 'script').filter((script) => attr(script, 'src'));
    assert.deepEqual(scripts.map((script) => [attr(script, 'type'), attr(script, 'src')]), [['module', 'employer-widgets.js']]);
    assert.deepEqual(await readFile(join(site, 'employer-widgets.js')), await readFile('dist/employer-widgets.js'));
    const canonical = elements(page, 'link').find((link) => attr(link, 'rel') === 'canonical');
    assert.equal(attr(canonical!, 'href'), 'https://careers.example.org/phso/');
  });
});

describe('employer-widgets render: a page per job', () => {
  const pageOf = async (id: string) => doc(await readFile(join(site, 'jobs', `${ssr.jobFileName(id)}.html`), 'utf8'));

  it('shows the job whole: title, facts, the sanitised description, Apply and a link back', async () => {
    const job = sample.jobs[0];
    const page = await pageOf(job.id);
    const all = flat(text(page));
    assert.equal(flat(text(withPart(page, 'job-title')[0])), job.title);
    assert.match(all, /Manchester/);
    assert.match(all, /£30,000 – £34,000 a year/);
    assert.match(all, /Assess complaints and gather evidence/);
    const apply = withPart(page, 'apply-link');
    assert.ok(apply.length >= 1);
    assert.equal(attr(apply[0], 'href'), job.url);
    assert.equal(attr(withPart(page, 'back-link')[0], 'href'), '../index.html');
    const scripts = elements(page, 'script').filter((script) => attr(script, 'src'));
    assert.deepEqual(scripts.map((script) => attr(script, 'src')), ['../employer-widgets.js']);
  });

  it('has exactly one JobPosting JSON-LD, in <head>, with the properties Google requires', async () => {
    for (const job of sample.jobs) {
      const page = await pageOf(job.id);
      const all = elements(page, 'script').filter((script) => attr(script, 'type') === 'application/ld+json');
      assert.equal(all.length, 1, job.id);
      const [head] = elements(page, 'head');
      assert.equal(elements(head, 'script').filter((s) => attr(s, 'type') === 'application/ld+json').length, 1);
      assert.equal(attr(all[0], 'data-employer-widgets'), 'job-posting');
      const posting = JSON.parse(all[0].childNodes![0].value!);
      assert.equal(posting['@type'], 'JobPosting');
      assert.equal(posting.title, job.title);
      assert.ok(posting.description.length > 0);
      assert.equal(posting.datePosted, job.posted);
      assert.equal(posting.hiringOrganization.name, phso.employer.name);
      assert.ok(posting.jobLocation || posting.applicantLocationRequirements, 'a location');
      assert.equal(posting.url, `https://careers.example.org/phso/jobs/${ssr.jobFileName(job.id)}.html`);
    }
  });

  it('names the job and the employer in <title>, describes it, and links its canonical and Open Graph URL', async () => {
    const job = sample.jobs[1];
    const page = await pageOf(job.id);
    const meta = (name: string) =>
      attr(elements(page, 'meta').find((m) => attr(m, 'name') === name || attr(m, 'property') === name)!, 'content');
    const title = flat(text(elements(page, 'title')[0]));
    assert.ok(title.includes(job.title) && title.includes(phso.employer.name), title);
    assert.ok(meta('description')!.includes(job.title));
    assert.ok(meta('description')!.length <= 160);
    assert.equal(meta('og:title'), title);
    assert.equal(meta('og:description'), meta('description'));
    const url = `https://careers.example.org/phso/jobs/${ssr.jobFileName(job.id)}.html`;
    assert.equal(meta('og:url'), url);
    assert.equal(attr(elements(page, 'link').find((link) => attr(link, 'rel') === 'canonical')!, 'href'), url);
  });

  it('leaves out the canonical link and Open Graph URL without --base-url, and writes no sitemap', async () => {
    const out = join(await temp(), 'site');
    const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--out', out);
    assert.equal(code, 0, stderr);
    const page = doc(await readFile(join(out, 'jobs', 'phso-0001.html'), 'utf8'));
    assert.equal(elements(page, 'link').filter((link) => attr(link, 'rel') === 'canonical').length, 0);
    assert.deepEqual((await readdir(out)).sort(), [...SCRIPT_FILES, 'index.html', 'jobs']);
    assert.match(stderr, /sitemap/);
  });
});

describe("employer-widgets render: the style-src for a policy without 'unsafe-inline'", () => {
  /** The CSP source of each inline <style> of a page, hashed from the text the HTML parser gives it. */
  const hashesOf = (html: string) =>
    elements(doc(html), 'style').map((style) => {
      const css = (style.childNodes ?? []).map((node) => node.value ?? '').join('');
      return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    });

  it('prints the hashes of every inline style of every page, each once', async () => {
    const line = printed.split('\n').find((l) => l.includes('style-src'));
    assert.ok(line, printed);
    const sources = /style-src (.*)$/.exec(line)![1].split(' ');
    assert.equal(sources[0], "'self'");
    const pages = ['index.html', ...(await readdir(join(site, 'jobs'))).map((file) => `jobs/${file}`)];
    const expected = new Set<string>();
    for (const page of pages) {
      const hashes = hashesOf(await readFile(join(site, page), 'utf8'));
      assert.ok(hashes.length >= 3, page);
      for (const hash of hashes) expected.add(hash);
    }
    assert.deepEqual(new Set(sources.slice(1)), expected);
    assert.equal(sources.length - 1, expected.size, 'each once');
  });

  it('gives the same hashes through the API, and with --fragment on stderr', async () => {
    const index = await readFile(join(site, 'index.html'), 'utf8');
    assert.deepEqual(ssr.styleHashes(index), [...new Set(hashesOf(index))]);
    const {code, stdout, stderr} = await run('render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--fragment');
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /sha256/);
    const sources = /note: .*style-src 'self' (.*)$/m.exec(stderr)![1].split(' ');
    assert.deepEqual(sources, [...new Set(hashesOf(stdout))]);
  });
});

describe('employer-widgets render: sitemap.xml', () => {
  it('is a sitemaps.org urlset: every page once, absolute URLs, lastmod from the job date', async () => {
    const xml = await readFile(join(site, 'sitemap.xml'), 'utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
    assert.match(xml, /<\/urlset>\n$/);
    // The schema: urlset holds url elements only; each has one loc (absolute, under 2,048 characters)
    // and an optional lastmod (a W3C date); text is XML-escaped.
    const body = xml.replace(/^<\?xml[^>]*>\n<urlset[^>]*>\n/, '').replace(/<\/urlset>\n$/, '');
    const urls = body.replace(/\n$/, '').split('\n');
    for (const url of urls) {
      assert.match(url, /^ {2}<url><loc>[^<>"']+<\/loc>(<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>)?<\/url>$/, url);
      const loc = /<loc>([^<]+)<\/loc>/.exec(url)![1];
      assert.ok(new URL(loc).href === loc && loc.length < 2048 && loc.startsWith('https://careers.example.org/phso/'));
      assert.doesNotMatch(loc, /&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
    }
    const locs = urls.map((url) => /<loc>([^<]+)<\/loc>/.exec(url)![1]);
    assert.equal(new Set(locs).size, locs.length);
    assert.equal(locs[0], 'https://careers.example.org/phso/');
    assert.equal(locs.length, 1 + sample.jobs.length);
    for (const job of sample.jobs) {
      const line = urls.find((url) => url.includes(`/jobs/${ssr.jobFileName(job.id)}.html<`));
      assert.ok(line?.includes(`<lastmod>${job.posted}</lastmod>`), job.id);
    }
  });
});

describe('employer-widgets render --fragment', () => {
  it('prints only the pre-rendered <employer-microsite>, with its data', async () => {
    const {code, stdout} = await run('render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--fragment');
    assert.equal(code, 0);
    const trimmed = stdout.replace(/<!--[^>]*-->/g, '').trim();
    assert.match(trimmed, /^<employer-microsite[\s>]/);
    assert.match(trimmed, /<\/employer-microsite>$/);
    assert.doesNotMatch(stdout, /<(html|head|body)[\s>]/);
    assert.match(stdout, /shadowrootmode="open"/);
    assert.match(stdout, /Opportunities with PHSO/);
  });
});

describe('employer-widgets render on bad input', () => {
  /** An existing output folder with one file, which a failed render must leave as it was. */
  async function existing(): Promise<string> {
    const out = join(await temp(), 'site');
    await mkdir(out);
    await writeFile(join(out, 'keep.txt'), 'mine');
    return out;
  }
  const unchanged = async (out: string) => {
    assert.deepEqual(await readdir(out), ['keep.txt']);
    assert.deepEqual(await readdir(join(out, '..')), ['site'], 'no temporary folder left behind');
  };

  it('exits 1 for an invalid profile, naming each path, and writes nothing', async () => {
    const dir = await temp();
    const broken = structuredClone(phso);
    broken.modals[2].body[0] = {type: 'list', items: 'x'};
    const file = await writeJson(dir, 'broken.json', broken);
    const out = await existing();
    const {code, stderr} = await run('render', file, '--jobs', 'demo/jobs.sample.json', '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /\/modals\/2\/body\/0\/items/);
    await unchanged(out);
  });

  it('exits 1 for a profile that is missing or not JSON', async () => {
    const dir = await temp();
    const out = await existing();
    const missing = await run('render', join(dir, 'nope.json'), '--jobs', 'demo/jobs.sample.json', '--out', out);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.json: cannot read: ENOENT/);
    await writeFile(join(dir, 'bad.json'), '{"version": 1,');
    const bad = await run('render', join(dir, 'bad.json'), '--jobs', 'demo/jobs.sample.json', '--out', out);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad\.json: not valid JSON/);
    await unchanged(out);
  });

  describe('a feed that cannot be read', () => {
    let server: Server;
    let base: string;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/jobs.json') response.end(JSON.stringify(sample));
        else response.writeHead(500).end('down');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
    });
    after(() => server.close());

    for (const [name, feed, reason] of [
      ['a missing file', 'test/fixtures/feeds/nope.json', /cannot read: ENOENT/],
      ['text that is not a feed', 'test/fixtures/feeds/garbage.txt', /cannot read the feed: not JSON or XML/],
      ['JSON of no known format', 'test/fixtures/feeds/not-a-feed.json', /cannot read the feed/],
      ['a URL answering 500', '/missing.json', /cannot read the feed/],
    ] as const) {
      it(`exits 1 for ${name} and leaves the folder as it was`, async () => {
        const out = await existing();
        const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', feed.startsWith('/') ? base + feed : feed, '--out', out);
        assert.equal(code, 1, stderr);
        assert.match(stderr, reason);
        await unchanged(out);
      });
    }

    it('reads a feed from a URL', async () => {
      const out = join(await temp(), 'site');
      const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', `${base}/jobs.json`, '--out', out);
      assert.equal(code, 0, stderr);
      assert.equal((await readdir(join(out, 'jobs'))).length, sample.jobs.length);
    });
  });

  it('replaces an existing folder whole when the render succeeds', async () => {
    const out = await existing();
    const {code} = await run('render', 'profiles/phso.json', '--jobs', 'demo/jobs.sample.json', '--out', out);
    assert.equal(code, 0);
    assert.ok(!(await readdir(out)).includes('keep.txt'));
    assert.deepEqual(await readdir(join(out, '..')), ['site']);
  });

  it('gives unsafe job ids safe, distinct file names inside jobs/, and skips a job without a title', async () => {
    const dir = await temp();
    const ids = ['../x', 'a/b', 'a\\b', 'CON', 'con.txt', 'x'.repeat(300), '🚀', 'Job-A', 'job-a', '.', '..'];
    const jobs = ids.map((id, i) => ({id, title: `Job ${i}`, url: 'https://jobs.example.com/1', posted: '2026-01-10'}));
    jobs.push({id: 'untitled', title: '', url: 'https://jobs.example.com/2', posted: '2026-01-10'});
    const feed = await writeJson(dir, 'feed.json', {jobs});
    const out = join(dir, 'site');
    const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', feed, '--out', out, '--base-url', 'https://example.org/');
    assert.equal(code, 0, stderr);
    assert.match(stderr, /warning: .*(untitled|title)/);
    const files = await readdir(join(out, 'jobs'));
    assert.equal(files.length, ids.length, files.join(' '));
    assert.equal(new Set(files.map((file) => file.toLowerCase())).size, ids.length, 'distinct on a case-insensitive disk');
    for (const file of files) {
      assert.match(file, /^[a-z0-9][a-z0-9-]{0,80}\.html$/, file);
      assert.doesNotMatch(file, /^(con|prn|aux|nul|com\d|lpt\d)\./);
    }
    assert.deepEqual((await readdir(out)).sort(), [...SCRIPT_FILES, 'index.html', 'jobs', 'sitemap.xml']);
    // Each job's page shows its own title, and the index links to it.
    const index = await readFile(join(out, 'index.html'), 'utf8');
    for (const [i, id] of ids.entries()) {
      const page = doc(await readFile(join(out, 'jobs', `${ssr.jobFileName(id)}.html`), 'utf8'));
      assert.equal(flat(text(withPart(page, 'job-title')[0])), `Job ${i}`);
      if (i < 10) assert.ok(index.includes(`href="jobs/${ssr.jobFileName(id)}.html"`), id);
    }
  });

  it('exits 1 with the usage problem for missing options', async () => {
    const {code, stderr} = await run('render', 'profiles/phso.json');
    assert.equal(code, 1);
    assert.match(stderr, /--jobs and --out are required/);
  });
});

describe('employer-widgets render with the XSS corpus', () => {
  let out: string;
  before(async () => {
    const dir = await temp();
    // The same input as the browser tests' xss site: every payload as profile text and as
    // every text of a job, the dangerous URLs as the jobs' URLs and description links.
    // (A dangerous URL in the profile is refused by validation: test/profile/validate.test.ts.)
    const {xssInput} = await import(new URL('../../../test/server/fixture-server.js', import.meta.url).href);
    const {profile, jobs} = await xssInput();
    const profileFile = await writeJson(dir, 'profile.json', profile);
    const feed = await writeJson(dir, 'feed.json', {jobs});
    out = join(dir, 'site');
    const {code, stderr} = await run('render', profileFile, '--jobs', feed, '--out', out, '--base-url', 'https://example.org/');
    assert.equal(code, 0, stderr);
  });

  /** Everything in a page that could run script, load a frame or carry a dangerous URL. */
  function dangers(html: string): string[] {
    const found: string[] = [];
    for (const node of walk(doc(html))) {
      if (!node.tagName) continue;
      for (const {name, value} of node.attrs ?? []) {
        if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name) && /^\s*(javascript|data|vbscript|blob|file):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
          found.push(`${node.tagName}[${name}=${value}]`);
        }
      }
      if (['iframe', 'object', 'embed', 'svg', 'math', 'img', 'meta', 'base', 'form', 'details', 'video', 'noscript', 'textarea'].includes(node.tagName)) {
        if (!(node.tagName === 'meta' && ['charset', 'name', 'property'].some((a) => attr(node, a) !== undefined))) found.push(node.tagName);
      }
      if (node.tagName === 'script') {
        const type = attr(node, 'type');
        const ok = (type === 'module' && attr(node, 'src')) || type === 'application/json' || type === 'application/ld+json';
        if (!ok) found.push(`script[type=${type}]`);
      }
    }
    return found;
  }

  it('writes no element, attribute or URL that could run a script, in any page', async () => {
    const pages = ['index.html', ...(await readdir(join(out, 'jobs'))).map((file) => `jobs/${file}`)];
    assert.ok(pages.length > PAYLOADS.length / 2);
    for (const page of pages) assert.deepEqual(dangers(await readFile(join(out, page), 'utf8')), [], page);
  });

  it('shows each payload as text, and keeps each data script closed and parseable', async () => {
    const html = await readFile(join(out, 'index.html'), 'utf8');
    const page = doc(html);
    const all = text(page);
    for (const {text: payload} of PAYLOADS) assert.ok(all.includes(payload.replace(/\s+/g, ' ').trim()) || all.includes(payload), payload);
    for (const script of elements(page, 'script').filter((s) => attr(s, 'type')?.startsWith('application/'))) {
      assert.doesNotThrow(() => JSON.parse(script.childNodes![0].value!));
    }
    for (const file of await readdir(join(out, 'jobs'))) {
      const job = doc(await readFile(join(out, 'jobs', file), 'utf8'));
      for (const script of elements(job, 'script').filter((s) => attr(s, 'type')?.startsWith('application/'))) {
        assert.doesNotThrow(() => JSON.parse(script.childNodes![0].value!), file);
      }
      assert.equal(elements(job, 'script').filter((s) => attr(s, 'type') === 'application/ld+json').length, 1, file);
    }
  });

  it('escapes text exactly as the browser render does: the same characters, as text nodes', async () => {
    const {renderToString, renderElement, html} = ssr;
    for (const {text: payload} of PAYLOADS) {
      const out = await renderToString(renderElement(html`<p>${payload}</p>`));
      const [p] = elements(doc(out), 'p');
      assert.equal(text(p), payload);
    }
  });
});

describe('employer-widgets/ssr', () => {
  it('imports every element module on Node, where there is no DOM', async () => {
    const modules = (await readdir('src', {recursive: true}))
      .filter((file) => /^employer-|^job-listing/.test(file) && file.endsWith('.ts') && !file.endsWith('.styles.ts'))
      .map((file) => new URL(`../../src/${file.replace(/\.ts$/, '.js')}`, import.meta.url).href);
    assert.ok(modules.length >= 6);
    const script = `for (const m of ${JSON.stringify(modules)}) await import(m); console.log(typeof window, typeof document);`;
    const {code, stdout, stderr} = await new Promise<{code: number; stdout: string; stderr: string}>((resolve) =>
      execFile('node', ['--input-type=module', '-e', script], (error, out, err) =>
        resolve({code: error ? Number(error.code) : 0, stdout: out, stderr: err})),
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim(), 'undefined undefined');
  });

  it('renders one element with its own profile, or the microsite, to a string or a stream', async () => {
    const hero = await ssr.renderToString(ssr.renderElement(ssr.html`<employer-hero .profile=${phso}></employer-hero>`));
    assert.match(hero, /^(<!--[^>]*-->)*<employer-hero[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(hero, /Opportunities with PHSO/);
    assert.match(hero, /data-employer-theme/, 'an element with its own profile carries its theme');
    const chunks: string[] = [];
    for await (const chunk of ssr.renderToStream(ssr.renderMicrosite({profile: phso, jobs: sample.jobs}))) chunks.push(String(chunk));
    const streamed = chunks.join('');
    assert.ok(chunks.length > 1);
    assert.equal(streamed, await ssr.renderToString(ssr.renderMicrosite({profile: phso, jobs: sample.jobs})));
  });

  it('throws ProfileInvalidError, with the faults, for an invalid profile', () => {
    assert.throws(() => ssr.renderMicrosite({profile: {version: 1}}), (error: any) => {
      assert.equal(error.name, 'ProfileInvalidError');
      assert.ok(error.faults.length > 0);
      return true;
    });
  });

  it('serves the README recipe: a node:http handler that streams the microsite', async () => {
    // The recipe from README "Pre-rendered pages", as written there.
    const {renderMicrosite, renderToStream} = ssr;
    const profile = phso;
    const jobs = sample.jobs;
    const server = createServer((_request, response) => {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.write('<!doctype html><html lang="en-GB"><head><meta charset="utf-8">');
      response.write('<script type="module" src="/assets/employer-widgets.js"></script></head><body>');
      const page = renderToStream(renderMicrosite({profile, jobs}));
      page.on('end', () => response.end('</body></html>'));
      page.pipe(response, {end: false});
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const {port} = server.address() as {port: number};
      const html = await (await fetch(`http://127.0.0.1:${port}/careers`)).text();
      assert.match(html, /<\/body><\/html>$/);
      const page = doc(html);
      assert.equal(elements(page, 'employer-microsite').length, 1);
      assert.equal(withPart(page, 'row').length, 10);
    } finally {
      server.close();
    }
  });
});

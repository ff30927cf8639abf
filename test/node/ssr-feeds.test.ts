// `employer-widgets render` reads every feed format the browser reads (issue 13): the XML
// feeds (Indeed, Personio) through a server XML parser, and every page of a paged API
// (SmartRecruiters, Bullhorn) as <job-listing> follows them. Needs a build (dist/).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {attr, doc, flat, text, withPart} from './parsed-html.js';

type Ssr = typeof import('../../src/ssr/index.js');
const ssr: Ssr = await import(new URL('../../../dist/ssr.js', import.meta.url).href);

function run(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile('node', ['bin/employer-widgets.js', ...args], {maxBuffer: 50_000_000}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, stdout, stderr});
    });
  });
}

const temp = () => mkdtemp(join(tmpdir(), 'employer-widgets-feeds-'));


/** A rendered job page, read as HTML: its title, facts, description and Apply link. */
async function jobPage(site: string, id: string) {
  const page = doc(await readFile(join(site, 'jobs', `${ssr.jobFileName(id)}.html`), 'utf8'));
  const one = (part: string) => withPart(page, part)[0];
  const textOf = (part: string) => (one(part) ? flat(text(one(part))) : undefined);
  return {
    title: textOf('job-title'),
    facts: textOf('job-facts') ?? '',
    description: textOf('description'),
    apply: one('apply-link') && attr(one('apply-link'), 'href'),
  };
}

/** The job links of the index, as written. */
async function indexLinks(site: string): Promise<string[]> {
  const page = doc(await readFile(join(site, 'index.html'), 'utf8'));
  return withPart(page, 'job-link').map((link) => flat(text(link)));
}

/** Renders `feed` into a fresh folder; returns the folder and what the command printed. */
async function render(feed: string, ...more: string[]) {
  const site = join(await temp(), 'site');
  const result = await run('render', 'profiles/phso.json', '--jobs', feed, '--out', site, ...more);
  return {site, ...result};
}

describe('render from XML feeds', () => {
  it('reads the Indeed fixture: a page per job with its fields, CDATA read as text', async () => {
    const {site, code, stderr} = await render('test/fixtures/feeds/indeed.xml');
    assert.equal(code, 0, stderr);
    // Five <job>s; the fourth has no title and is skipped with a warning.
    assert.equal((await readdir(join(site, 'jobs'))).length, 4);
    assert.match(stderr, /warning: .*\/source\/job\/3\/title/);
    const first = await jobPage(site, 'PHSO-5001');
    assert.equal(first.title, 'Caseworker & Investigator');
    assert.match(first.facts, /Manchester, Greater Manchester, GB/);
    assert.match(first.facts, /£35,000 – £42,000 a year/);
    assert.equal(first.description, 'Investigate complaints fairly.');
    assert.equal(first.apply, 'https://jobs.example.org/phso/5001?utm_source=indeed&utm_medium=feed');
    const hourly = await jobPage(site, 'PHSO-5002');
    assert.match(hourly.facts, /£12\.50 an hour/);
    // The Analyst's javascript: URL is dropped, as in the browser.
    assert.equal((await jobPage(site, 'PHSO-5005')).apply, undefined);
    assert.deepEqual(await indexLinks(site), ['Caseworker & Investigator', 'Clinical Adviser', 'Finance Officer', 'Analyst']);
  });

  it('reads the Personio fixture: offices, schedule, headed description sections', async () => {
    const {site, code, stderr} = await render('test/fixtures/feeds/personio.xml');
    assert.equal(code, 0, stderr);
    assert.equal((await readdir(join(site, 'jobs'))).length, 3);
    const engineer = await jobPage(site, '1520934');
    assert.equal(engineer.title, 'Senior Frontend Engineer (m/w/d)');
    assert.match(engineer.facts, /München/);
    assert.match(engineer.facts, /Full-time, Permanent/);
    // The description is HTML inside CDATA: its &amp; and &ndash; are the HTML's, decoded by the sanitiser.
    assert.match(engineer.description!, /Deine Aufgaben.*Du entwickelst unsere Web-App & Komponenten/);
    assert.match(engineer.description!, /Erfahrung mit TypeScript – gern auch Lit\./);
    // An entity outside CDATA is the XML's own.
    assert.equal((await jobPage(site, '1520935')).title, 'Werkstudent People & Culture');
  });

  it('decodes the predefined entities and character references, and keeps markup in CDATA as text', async () => {
    const dir = await temp();
    const feed = join(dir, 'feed.xml');
    await writeFile(
      feed,
      `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment & <markup> the parser skips -->
<source>
  <job>
    <title>R&amp;D &lt;Lead&gt; &#233;t&#xE9; &quot;&apos;</title>
    <referencenumber>X-1</referencenumber>
    <url>https://jobs.example.org/x?a=1&amp;b=2</url>
    <city><![CDATA[Leeds]]></city>
    <description><![CDATA[<p>Plain <em>HTML</em> &amp; more, ]] and <b>bold</b></p><script>alert(1)</script>]]></description>
  </job>
</source>`,
    );
    const {site, code, stderr} = await render(feed);
    assert.equal(code, 0, stderr);
    const job = await jobPage(site, 'X-1');
    assert.equal(job.title!, `R&D <Lead> été "'`);
    assert.equal(job.apply, 'https://jobs.example.org/x?a=1&b=2');
    assert.equal(job.description!, 'Plain HTML & more, ]] and bold');
    assert.doesNotMatch(await readFile(join(site, 'jobs', `${ssr.jobFileName('X-1')}.html`), 'utf8'), /<script>alert/);
  });

  describe('malformed XML exits 1 with the reason and writes nothing', () => {
    for (const [name, xml, reason] of [
      ['a tag closed out of order', '<source><job><title>A</job></source>', /line 1, column \d+: Opening and ending tag mismatch/],
      ['an element never closed', '<source><job><title>A</title>', /not JSON or XML: /],
      ['a bare ampersand', '<source><job><title>R & D</title></job></source>', /line 1, column 23: "&" starts no entity/],
      ['an entity XML does not define', '<source><job><title>A&nbsp;B</title></job></source>', /entity not found:&nbsp;/],
      ['a control character', '<source><job><title>A\u000bB</title></job></source>', /U\+000B is not allowed in XML/],
      ['two root elements', '<source></source><source></source>', /not JSON or XML: /],
      ['an attribute without quotes', '<source><job id=1><title>A</title></job></source>', /not JSON or XML: .*attribute/],
    ] as const) {
      it(name, async () => {
        const dir = await temp();
        const feed = join(dir, 'feed.xml');
        await writeFile(feed, xml);
        const out = join(dir, 'site');
        await mkdir(out);
        await writeFile(join(out, 'keep.txt'), 'mine');
        const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', feed, '--out', out);
        assert.equal(code, 1, stderr);
        assert.match(stderr, /employer-widgets render: .*feed\.xml: cannot read the feed: not JSON or XML: /);
        assert.match(stderr, reason);
        assert.deepEqual(await readdir(out), ['keep.txt']);
        assert.deepEqual((await readdir(dir)).sort(), ['feed.xml', 'site'], 'no temporary folder left behind');
      });
    }

    it('a feed whose text is XML of no known format', async () => {
      const dir = await temp();
      const feed = join(dir, 'feed.xml');
      await writeFile(feed, '<rss version="2.0"><channel><item/></channel></rss>');
      const {code, stderr} = await run('render', 'profiles/phso.json', '--jobs', feed, '--out', join(dir, 'site'));
      assert.equal(code, 1);
      assert.match(stderr, /XML with root <rss>/);
      assert.deepEqual(await readdir(dir), ['feed.xml']);
    });
  });

  it('leaves no DOMParser behind in the process that rendered', async () => {
    const lines: string[] = [];
    const code = await ssr.renderCommand(['profiles/phso.json', '--jobs', 'test/fixtures/feeds/indeed.xml', '--fragment'], () => {}, (line) => lines.push(line));
    assert.equal(code, 0, lines.join('\n'));
    assert.equal(typeof (globalThis as {DOMParser?: unknown}).DOMParser, 'undefined');
  });
});

const smart = JSON.parse(await readFile('test/fixtures/feeds/smartrecruiters.json', 'utf8'));
const bullhorn = JSON.parse(await readFile('test/fixtures/feeds/bullhorn.json', 'utf8'));

describe('render from a paged feed reads every page', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  before(async () => {
    // SmartRecruiters' postings two a page (offset), Bullhorn's two a page (start/count),
    // as the APIs answer when asked with a small limit; /broken/ fails its third page.
    server = createServer((request, response) => {
      requests.push(request.url!);
      const url = new URL(request.url!, 'http://localhost');
      if (url.pathname === '/xml/indeed.xml') {
        void readFile('test/fixtures/feeds/indeed.xml').then((body) => response.writeHead(200, {'content-type': 'application/xml'}).end(body));
        return;
      }
      if (url.pathname.endsWith('/smartrecruiters')) {
        const offset = Number(url.searchParams.get('offset') ?? 0);
        if (url.pathname.startsWith('/broken/') && offset >= 4) return void response.writeHead(502).end('bad gateway');
        const content = smart.content.slice(offset, offset + 2);
        return void response.end(JSON.stringify({offset, limit: 2, totalFound: smart.content.length, content}));
      }
      if (url.pathname.endsWith('/bullhorn')) {
        const start = Number(url.searchParams.get('start') ?? 0);
        const data = bullhorn.data.slice(start, start + 2);
        return void response.end(JSON.stringify({total: bullhorn.data.length, start, count: data.length, data}));
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
  });
  after(() => server.close());

  it('SmartRecruiters: three pages of postings, every job in the site', async () => {
    requests.length = 0;
    const {site, code, stderr} = await render(`${base}/api/smartrecruiters`);
    assert.equal(code, 0, stderr);
    assert.deepEqual(requests, ['/api/smartrecruiters', '/api/smartrecruiters?offset=2', '/api/smartrecruiters?offset=4']);
    const titles = smart.content.map((job: {name: string}) => job.name);
    assert.equal((await readdir(join(site, 'jobs'))).length, titles.length);
    assert.deepEqual(await indexLinks(site), titles);
    assert.equal((await jobPage(site, smart.content[4].id)).title, titles[4]);
  });

  it('Bullhorn: three pages, every job in the site', async () => {
    const {site, code, stderr} = await render(`${base}/api/bullhorn`);
    assert.equal(code, 0, stderr);
    // Every open job of the three pages; the closed one (page 2) is left out, as in the browser.
    const titles = bullhorn.data.filter((job: {isOpen: boolean}) => job.isOpen).map((job: {title: string}) => job.title);
    assert.deepEqual(titles, ['Payroll Administrator', 'Interim Finance Manager', 'Forklift Driver', 'Office Manager']);
    assert.equal((await readdir(join(site, 'jobs'))).length, titles.length);
    assert.deepEqual(await indexLinks(site), titles);
  });

  it("Bullhorn's jobs, which carry no link, apply at the profile's applyUrl on their pages; without one they have no Apply link", async () => {
    const dir = await temp();
    const profile = JSON.parse(await readFile('profiles/phso.json', 'utf8'));
    profile.jobs.applyUrl = 'https://jobs.agency.example/#/jobs/{id}';
    await writeFile(join(dir, 'profile.json'), JSON.stringify(profile));
    const {code, stderr} = await run('render', join(dir, 'profile.json'), '--jobs', `${base}/api/bullhorn`, '--out', join(dir, 'site'));
    assert.equal(code, 0, stderr);
    assert.equal((await jobPage(join(dir, 'site'), '40213')).apply, 'https://jobs.agency.example/#/jobs/40213');
    assert.equal((await jobPage(join(dir, 'site'), '40217')).apply, 'https://jobs.agency.example/#/jobs/40217');
    const {site} = await render(`${base}/api/bullhorn`);
    assert.equal((await jobPage(site, '40213')).apply, undefined);
  });

  it('a later page that fails: the jobs of the pages before it, with a warning naming the page (as the browser shows them)', async () => {
    const {site, code, stderr} = await render(`${base}/broken/smartrecruiters`);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /warning: .*\/broken\/smartrecruiters: page 3 failed \(The server answered 502\.\); the site has the 4 jobs of the pages before it/);
    assert.equal((await readdir(join(site, 'jobs'))).length, 4);
    assert.deepEqual(await indexLinks(site), smart.content.slice(0, 4).map((job: {name: string}) => job.name));
  });

  it('an XML feed from a URL', async () => {
    const {site, code, stderr} = await render(`${base}/xml/indeed.xml`);
    assert.equal(code, 0, stderr);
    assert.equal((await jobPage(site, 'PHSO-5001')).title, 'Caseworker & Investigator');
  });
});

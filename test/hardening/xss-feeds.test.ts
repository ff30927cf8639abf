/**
 * The XSS corpus through `<job-listing>` in every feed format: each payload
 * is a job's title, location, department, type and description, and its URL
 * is safe or dangerous in turn. The list and every job's own view (opened
 * from its title, as a reader would) run nothing, show the payloads as text,
 * keep the description to the sanitiser's elements, give Apply a safe URL
 * only, and write a JSON-LD script that cannot close itself and still holds
 * the payload.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/job-listing/job-listing.js';
import type {JobListing} from '../../src/job-listing/job-listing.js';
import {captureErrors, sleep, until} from '../helpers.js';
import {auditTree} from './audit.js';
import {FORMATS, LINKLESS, feedData, feedText, isXml, type FormatName, type JobSpec} from './feeds.js';
import {serve} from './harness.js';
import {DANGEROUS_URLS, PAYLOADS, SAFE_URL, installSentinel} from './payloads.js';

/** The elements the description sanitiser may produce. */
const DESCRIPTION_ELEMENTS = new Set(['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'a', 'h3', 'h4', 'blockquote']);

/** Characters XML 1.0 forbids even in CDATA: a URL holding one would break the whole Indeed feed. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** One job per payload; every third has a safe URL (so Apply shows), the others a dangerous one. */
function payloadJobs(format: FormatName | '.jobs'): JobSpec[] {
  const urls = DANGEROUS_URLS.filter(({url}) => format === '.jobs' || !isXml(format) || !NOT_XML.test(url));
  return PAYLOADS.map(({n, text}, i) => ({
    // The own format carries the payload as the id too, so it travels through `?job=`.
    id: format === 'own' || format === '.jobs' ? text : `job-${n}`,
    title: text,
    url: i % 3 === 0 ? SAFE_URL : urls[i % urls.length].url,
    location: text,
    department: text,
    type: text,
    description: `<p>${text}</p>${text}<ul><li><a href="${text}">${text}</a></li></ul>`,
    posted: '2026-01-10',
    salary: {min: 30000, max: 40000, currency: 'GBP'},
  }));
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const jsonLdScripts = (el: Element) => [...el.ownerDocument.head.querySelectorAll('script[type="application/ld+json"]')];

/** A listing of `jobs` in `format`, from the test server (or `.jobs`), once its rows are shown. */
async function listingOf(format: FormatName | '.jobs', jobs: JobSpec[]): Promise<JobListing> {
  let el: JobListing;
  if (format === '.jobs') {
    const own = (feedData('own', jobs) as {jobs: unknown[]}).jobs;
    el = await fixture<JobListing>(html`<job-listing page-size="100" .jobs=${own}></job-listing>`);
  } else {
    const {text, type} = feedText(format, jobs);
    const src = await serve(text, type);
    el = await fixture<JobListing>(html`<job-listing page-size="100" format=${format} src=${src}></job-listing>`);
  }
  await until(() => $$(el, '[part~="row"]').length > 0, 5000, 'rows');
  await el.updateComplete;
  return el;
}

/** Checks one job's own view, opened from its title link. */
async function checkDetail(el: JobListing, link: HTMLAnchorElement, job: JobSpec, linkless: boolean): Promise<void> {
  const what = `job ${JSON.stringify(job.id)}`;
  link.click();
  await el.updateComplete;
  expect($(el, '[part~="job-title"]')?.textContent, what).to.equal(job.title);
  const facts = new Map($$(el, '.job-facts div').map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent]));
  expect(facts.get('Location'), what).to.equal(job.location);
  for (const element of $(el, '[part~="description"]')!.querySelectorAll('*')) {
    expect(DESCRIPTION_ELEMENTS.has(element.localName), `${what}: <${element.localName}> in the description`).to.be.true;
  }
  // Strings, not elements, go into assertions: a failure holding DOM nodes stalls the runner's report.
  const apply = ($$(el, '[part~="apply-link"]') as HTMLAnchorElement[]).map((a) => a.getAttribute('href'));
  const inert = DANGEROUS_URLS.find(({url}) => url === job.url)?.inert;
  if (linkless) expect(apply, `${what}: a format with no links has no Apply link`).to.deep.equal([]);
  else if (job.url === SAFE_URL) expect(apply, what).to.deep.equal([SAFE_URL, SAFE_URL]);
  else if (!inert) expect(apply, `${what}: Apply links for ${JSON.stringify(job.url)}`).to.deep.equal([]);
  expect(auditTree(el), what).to.deep.equal([]);

  const scripts = jsonLdScripts(el).map((script) => script.textContent!);
  expect(scripts.length, what).to.equal(1);
  const text = scripts[0];
  expect(text, what).to.not.match(/<\/script|<!--/i);
  const posting = JSON.parse(text);
  expect(posting.title, what).to.equal(job.title);
  expect(posting.identifier.value, what).to.equal(job.id);
  // The description the crawler reads is sanitised HTML: parsed inertly, it holds nothing that runs.
  expect(auditTree(new DOMParser().parseFromString(posting.description ?? '', 'text/html')), what).to.deep.equal([]);

  $<HTMLAnchorElement>(el, '[part~="back-link"]')!.click();
  await until(() => $$(el, '[part~="row"]').length > 0, 2000, 'the list again');
}

describe('hardening: XSS through the job listing and every feed format', () => {
  let errors: ReturnType<typeof captureErrors>;
  let sentinel: ReturnType<typeof installSentinel>;
  let start: string;
  beforeEach(() => {
    start = location.href;
    errors = captureErrors();
    sentinel = installSentinel();
  });
  afterEach(() => {
    errors.restore();
    sentinel.restore();
    history.replaceState(null, '', start);
  });

  for (const format of ['.jobs', ...FORMATS] as const) {
    it(`${format}: every payload reads as text in the list and in its job's view, and nothing runs`, async () => {
      const jobs = payloadJobs(format);
      const el = await listingOf(format, jobs);
      expect(auditTree(el)).to.deep.equal([]);
      const links = $$(el, '[part~="job-link"]') as HTMLAnchorElement[];
      expect(links.map((a) => a.textContent)).to.deep.equal(jobs.map((job) => job.title));
      expect($$(el, '[part~="row"]').map((row) => row.querySelector('td')!.textContent)).to.deep.equal(jobs.map((job) => job.location));
      expect(jsonLdScripts(el).length, 'JSON-LD scripts on the list').to.equal(0);

      for (const job of jobs) {
        const link = ($$(el, '[part~="job-link"]') as HTMLAnchorElement[]).find((a) => new URL(a.href).searchParams.get('job') === job.id);
        expect(!!link, `the link to ${JSON.stringify(job.id)}`).to.be.true;
        await checkDetail(el, link!, job, format !== '.jobs' && LINKLESS.has(format));
      }
      await sleep(100);
      expect(sentinel.calls, 'sentinel calls').to.deep.equal([]);
      expect(errors.calls).to.deep.equal([]);
    });
  }

  describe('Indeed XML that breaks out of its CDATA or declares entities', () => {
    const cases: Array<[string, string, string | undefined]> = [
      [
        'a CDATA closed early, then an XHTML script',
        `<source><job><title><![CDATA[Analyst]]><script xmlns="http://www.w3.org/1999/xhtml">__xss(201)</script><![CDATA[]]></title><url>${SAFE_URL}</url></job></source>`,
        'Analyst__xss(201)',
      ],
      [
        'markup hidden in a CDATA',
        `<source><job><title><![CDATA[</title><img src=x onerror=__xss(202)>]]></title><description><![CDATA[<script>__xss(203)</script><p>Fine</p>]]></description></job></source>`,
        '</title><img src=x onerror=__xss(202)>',
      ],
      [
        'an entity that expands to an XHTML image with a handler',
        `<!DOCTYPE source [<!ENTITY x "<img xmlns='http://www.w3.org/1999/xhtml' src='x' onerror='__xss(204)'/>">]><source><job><title>Analyst &x;</title></job></source>`,
        'Analyst',
      ],
      ['a bare "]]>" in text, which XML forbids', '<source><job><title>a]]>b<img src=x onerror=__xss(205)></title></job></source>', undefined],
      [
        'a billion laughs',
        `<!DOCTYPE source [<!ENTITY l0 "lol">${Array.from({length: 9}, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><source><job><title>&l9;</title></job></source>`,
        undefined,
      ],
      ['a job nested 10,000 elements deep', `<source><job><title>${'<b>'.repeat(10_000)}x${'</b>'.repeat(10_000)}</title></job></source>`, undefined],
    ];
    for (const [name, xml, title] of cases) {
      it(`${name}: ${title === undefined ? 'an error with Retry' : 'a row of text'}, nothing runs`, async () => {
        const src = await serve(xml, 'application/xml');
        const el = await fixture<JobListing>(html`<job-listing src=${src}></job-listing>`);
        await until(() => !!$(el, '[part~="row"], [part~="error"]'), 5000, 'a row or an error');
        await el.updateComplete;
        if (title === undefined) {
          expect($(el, '[part~="error"]')!.textContent).to.contain('could not be read');
          expect(!!$(el, '[part~="retry"]'), 'a Retry button').to.be.true;
          expect(errors.calls).to.have.length(1);
        } else {
          expect($(el, '[part~="job-link"]')!.textContent).to.equal(title);
          expect(errors.calls).to.deep.equal([]);
          $<HTMLAnchorElement>(el, '[part~="job-link"]')!.click();
          await el.updateComplete;
          expect($(el, '[part~="job-title"]')!.textContent).to.equal(title);
        }
        await sleep(100);
        expect(auditTree(el)).to.deep.equal([]);
        expect(sentinel.calls, 'sentinel calls').to.deep.equal([]);
      });
    }
  });

  it('Greenhouse content escaped twice stays escaped text; escaped once, it is sanitised HTML', async () => {
    const twice = '&amp;lt;img src=x onerror=__xss(206)&amp;gt;';
    const once = '&lt;p&gt;Hello &lt;img src=x onerror=__xss(207)&gt;&lt;b&gt;world&lt;/b&gt;&lt;/p&gt;';
    const feed = {
      jobs: [
        {id: 1, title: 'Twice', absolute_url: SAFE_URL, location: {name: 'Leeds'}, content: twice},
        {id: 2, title: 'Once', absolute_url: SAFE_URL, location: {name: 'York'}, content: once},
      ],
    };
    const src = await serve(JSON.stringify(feed), 'application/json');
    history.replaceState(null, '', `${location.pathname}${location.search}&job=1`);
    const el = await fixture<JobListing>(html`<job-listing src=${src}></job-listing>`);
    await until(() => !!$(el, '[part~="description"]'), 5000, 'the description');
    expect($(el, '[part~="description"]')!.textContent).to.equal('<img src=x onerror=__xss(206)>');
    $<HTMLAnchorElement>(el, '[part~="back-link"]')!.click();
    await until(() => $$(el, '[part~="job-link"]').length === 2, 2000, 'the list');
    ($$(el, '[part~="job-link"]')[1] as HTMLAnchorElement).click();
    await el.updateComplete;
    const description = $(el, '[part~="description"]')!;
    expect(description.textContent).to.equal('Hello world');
    expect(description.querySelector('strong')!.textContent).to.equal('world');
    await sleep(100);
    expect(auditTree(el)).to.deep.equal([]);
    expect(sentinel.calls, 'sentinel calls').to.deep.equal([]);
  });
});

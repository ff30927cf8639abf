/**
 * <job-listing> on the six ATS formats, from the test server's imitation of
 * each provider's public API (test/server/ats-routes.js): the `ats=`
 * shorthand and `format="auto"`, the list, a job's own view and its JSON-LD,
 * SmartRecruiters' and Bullhorn's pages, and bad shorthand.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {DEFAULT_LABELS} from '../src/profile/labels.js';
import {captureErrors, copy, loadPhso, until} from './helpers.js';

const PROXY = '/test-server/ats/';
const $ = <T extends Element = HTMLElement>(el: JobListing, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: JobListing, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: JobListing) => $$(el, '[part~="job-link"]').map((link) => link.textContent!.trim());
const postings = () => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
/** Requests this page made to the imitated providers so far. */
const atsRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(PROXY)).length;

/** A listing once it has settled: rows, the empty message or an error. */
async function settled(template: ReturnType<typeof html>): Promise<JobListing> {
  const el = await fixture<JobListing>(template);
  await until(() => $(el, 'table')?.getAttribute('aria-busy') === 'false' || !!$(el, '[part~="error"]'), 8000, 'the feed');
  await el.updateComplete;
  return el;
}

/** Each format: its shorthand, its fixture, the rows it shows, and one job's view and JSON-LD. */
const FORMATS = [
  {
    format: 'workable', ats: 'workable:northwind', file: 'workable.json',
    titles: ['Senior Caseworker', 'Data Analyst (Remote)', 'Volunteer Coordinator'],
    job: 'Senior Caseworker', facts: {Location: 'Manchester, England, United Kingdom; Leeds, England, United Kingdom', Type: 'Full-time', Department: 'Operations'},
    apply: 'https://apply.workable.com/j/7A1B2C3D4E', description: 'Casework experience', posted: '2026-01-12',
  },
  {
    format: 'ashby', ats: 'ashby:openfair', file: 'ashby.json',
    titles: ['Product Designer', 'Support Engineer', 'Head of Finance'],
    job: 'Product Designer', facts: {Location: 'London; Manchester · Hybrid', Salary: '£52,000 – £60,000 a year', Type: 'Full-time', Department: 'Design'},
    apply: 'https://jobs.ashbyhq.com/openfair/4f2a8c1e-0b7d-4e9a-a1c3-5d6e7f8a9b0c', description: 'Design services people trust — with us.', posted: '2026-01-15',
    salary: 52000,
  },
  {
    format: 'recruitee', ats: 'recruitee:gruenfeld', file: 'recruitee.json',
    titles: ['Werkstudent (m/w/d) Marketing', 'Senior Backend Engineer', 'Praktikum Vertrieb'],
    job: 'Werkstudent (m/w/d) Marketing', facts: {Location: 'Berlin, Germany; Hamburg, Germany · Hybrid', Salary: '€15.00 – €17.50 an hour', Type: 'Part-time, Temporary'},
    apply: 'https://gruenfeld.recruitee.com/o/werkstudent-in-marketing', description: 'Deutsch & Englisch', posted: '2026-01-08',
    salary: 15,
  },
  {
    format: 'smartrecruiters', ats: 'smartrecruiters:HarbourRetail', file: 'smartrecruiters.json',
    titles: ['Store Manager', 'Customer Service Adviser – Evenings', 'Warehouse Operative', 'Visual Merchandiser', 'Area Manager'],
    job: 'Warehouse Operative', facts: {Location: 'Paisley, Scotland · Hybrid', Type: 'Temporary', Department: 'Logistics'},
    // The description and postingUrl come from the posting's own request, made when the job is opened.
    apply: 'https://jobs.smartrecruiters.com/HarbourRetail/744000012345680-warehouse-operative', description: 'Pick & pack orders.', posted: '2026-01-15',
  },
  {
    format: 'bullhorn', ats: 'bullhorn:32:3xT9aQ', file: 'bullhorn.json',
    titles: ['Payroll Administrator', 'Interim Finance Manager', 'Forklift Driver', 'Office Manager'],
    job: 'Payroll Administrator', facts: {Location: 'Leeds, West Yorkshire', Salary: '32,000 a year', Type: 'Permanent', Department: 'Accountancy & Finance'},
    apply: undefined, description: 'Run payroll for 1,200 staff – Sage & Excel.', posted: '2026-01-12',
  },
  {
    format: 'personio-xml', ats: 'personio:alpenblick', file: 'personio.xml',
    titles: ['Senior Frontend Engineer (m/w/d)', 'Werkstudent People & Culture', 'Freelance Illustrator'],
    job: 'Senior Frontend Engineer (m/w/d)', facts: {Location: 'München; Berlin; Wien', Type: 'Full-time, Permanent', Department: 'Engineering'},
    apply: 'https://alpenblick.jobs.personio.de/job/1520934?language=en', description: 'Erfahrung mit TypeScript – gern auch Lit.', posted: '2026-01-07',
  },
] as const;

describe('<job-listing> on ATS feeds', () => {
  let errors: ReturnType<typeof captureErrors>;
  let start: string;
  beforeEach(() => {
    start = location.href;
    errors = captureErrors();
  });
  afterEach(() => {
    errors.restore();
    history.replaceState(null, '', start);
  });

  for (const spec of FORMATS) {
    describe(spec.format, () => {
      it(`lists the jobs of ats="${spec.ats}", in every page, with no error`, async () => {
        const el = await settled(html`<job-listing lang="en-GB" ats=${spec.ats} ats-proxy=${PROXY}></job-listing>`);
        expect(titles(el)).to.deep.equal(spec.titles);
        expect($(el, '[part~="error"]')).to.equal(null);
        expect(errors.calls).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it(`detects ${spec.file} with format="auto"`, async () => {
        const el = await settled(html`<job-listing src=${`/test/fixtures/feeds/${spec.file}`}></job-listing>`);
        // The fixture holds every job orders and postings on one page.
        expect(titles(el)).to.deep.equal(spec.titles);
      });

      it('opens a job from its title: its facts, description, Apply link and one JobPosting', async () => {
        const el = await settled(html`<job-listing lang="en-GB" ats=${spec.ats} ats-proxy=${PROXY}></job-listing>`);
        const link = $$(el, '[part~="job-link"]').find((a) => a.textContent!.trim() === spec.job)!;
        link.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect($(el, '[part~="job-title"]')!.textContent).to.equal(spec.job);
        await until(() => !!$(el, '[part~="description"]'), 5000, 'the description');
        const facts = Object.fromEntries($$(el, '.job-facts div').map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent]));
        expect(facts).to.include(spec.facts);
        expect($(el, '[part~="description"]')!.textContent).to.contain(spec.description);
        const apply = $<HTMLAnchorElement>(el, '[part~="apply-link"]');
        expect(apply?.href).to.equal(spec.apply);
        const [posting, ...more] = postings();
        expect(more).to.deep.equal([]);
        expect(posting).to.include({'@type': 'JobPosting', title: spec.job, datePosted: spec.posted});
        expect(posting.description).to.contain(spec.description.replace('&', '&#38;'));
        if ('salary' in spec) expect(posting.baseSalary.value.minValue).to.equal(spec.salary);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('reads the shorthand from the profile, with its pass-through', async () => {
    const profile: EmployerProfile = copy(await loadPhso());
    profile.jobs!.feed = {ats: 'ashby:openfair', proxy: PROXY};
    const el = await settled(html`<job-listing .profile=${profile}></job-listing>`);
    expect(titles(el)).to.deep.equal(['Product Designer', 'Support Engineer', 'Head of Finance']);
  });

  it("gives Bullhorn's jobs, which carry no link, the profile's apply address, or the listing's apply-url", async () => {
    const profile: EmployerProfile = copy(await loadPhso());
    profile.jobs!.feed = {ats: 'bullhorn:32:3xT9aQ', proxy: PROXY};
    profile.jobs!.applyUrl = 'https://jobs.agency.example/#/jobs/{id}';
    const cases: Array<[ReturnType<typeof html>, string]> = [
      [html`<job-listing lang="en-GB" .profile=${profile}></job-listing>`, 'https://jobs.agency.example/#/jobs/40213'],
      [html`<job-listing lang="en-GB" .profile=${profile} apply-url="/apply?job={id}"></job-listing>`, `${location.origin}/apply?job=40213`],
    ];
    for (const [template, href] of cases) {
      const el = await settled(template);
      let applied: CustomEvent | undefined;
      el.addEventListener('job-apply', (event) => {
        applied = event;
        event.preventDefault();
      });
      $$(el, '[part~="job-link"]').find((a) => a.textContent!.trim() === 'Payroll Administrator')!.click();
      await until(() => !!$(el, '[part~="job-title"]'), 5000, 'the job view');
      const links = $$(el, '[part~="apply-link"]') as HTMLAnchorElement[];
      expect(links.map((link) => link.href)).to.deep.equal([href, href]);
      links[0].click();
      expect(applied?.detail).to.include({id: '40213', title: 'Payroll Administrator'});
      expect(new URL(applied!.detail.url, location.href).href).to.equal(href);
      await expect(el).to.be.accessible();
      el.remove();
      expect(postings()).to.deep.equal([]);
      history.replaceState(null, '', start);
    }
    expect(errors.calls).to.deep.equal([]);
  });

  it('shows a profile whose shorthand names no feed, with the reason in place of the jobs (validateProfile still faults it)', async () => {
    const profile: EmployerProfile = copy(await loadPhso());
    profile.jobs!.feed = {ats: 'taleo:acme'};
    const el = await settled(html`<job-listing .profile=${profile}></job-listing>`);
    expect($(el, '[part~="error"]')!.textContent).to.contain('unknown provider "taleo"');
    expect(!!$(el, '[part~="retry"]'), 'no Retry: asking again changes nothing').to.equal(false);
    expect(errors.calls).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  describe('a SmartRecruiters posting opened', () => {
    /** Requests for one posting (`…/postings/<id>`) so far. */
    const postingRequests = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes(PROXY) && /\/postings\/[^/?]+$/.test(new URL(entry.name).pathname));
    const open = async (el: JobListing, title: string) => {
      $$(el, '[part~="job-link"]').find((a) => a.textContent!.trim() === title)!.click();
      await el.updateComplete;
    };

    it('shows the list at once with no posting requested, then asks for the opened one alone and shows its job ad', async () => {
      // The browser keeps 250 entries at most: start afresh.
      performance.clearResourceTimings();
      const before = postingRequests().length;
      const el = await settled(html`<job-listing lang="en-GB" ats="smartrecruiters:HarbourRetail" ats-proxy=${PROXY}></job-listing>`);
      expect(titles(el)).to.have.length(5);
      expect(postingRequests().length, 'no request per row').to.equal(before);
      await open(el, 'Warehouse Operative');
      expect($(el, '[part~="job-title"]')!.textContent, 'the view opens before the posting arrives').to.equal('Warehouse Operative');
      expect($(el, '[part~="detail"] [role="status"]')?.textContent, 'says the posting is loading').to.equal(DEFAULT_LABELS.loading);
      await expect(el).to.be.accessible();
      await until(() => !!$(el, '[part~="description"]'), 5000, 'the description');
      expect($(el, '[part~="detail"] [role="status"]'), 'the hint gives way to the description').to.equal(null);
      // The browser may record a request's timing a little after its response is read.
      await until(() => postingRequests().length > before, 5000, 'the request\'s timing');
      const requests = postingRequests().slice(before).map((entry) => new URL(entry.name).pathname);
      expect(requests).to.deep.equal([`${PROXY}api.smartrecruiters.com/v1/companies/HarbourRetail/postings/744000012345680`]);
      expect($(el, '[part~="description"] h3')!.textContent).to.equal('Company Description');
      expect(postings()[0].description).to.contain('Shifts rotate weekly.');
      // Back to the list and into the same job again: what was read is kept.
      $<HTMLAnchorElement>(el, '[part~="back-link"]')!.click();
      await until(() => titles(el).length === 5, 5000, 'the list');
      await open(el, 'Warehouse Operative');
      expect($(el, '[part~="description"]')).not.to.equal(null);
      expect(postingRequests().length - before).to.equal(1);
      expect(errors.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a hostile posting sanitised, with no unsafe link and no error', async () => {
      const el = await settled(html`<job-listing lang="en-GB" ats="smartrecruiters:Hostile" ats-proxy=${PROXY}></job-listing>`);
      await open(el, 'Cashier');
      await until(() => !!$(el, '[part~="description"]'), 5000, 'the description');
      const description = $(el, '[part~="description"]')!;
      expect(description.textContent).to.contain('Till work.');
      expect(description.querySelector('script, img, iframe, [onclick]')).to.equal(null);
      const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
      expect($<HTMLAnchorElement>(el, '[part~="apply-link"]')!.href).to.equal('https://jobs.smartrecruiters.com/Hostile/1');
      expect(errors.calls).to.deep.equal([]);
    });

    const failing: [string, string][] = [
      ['Broken', 'The server answered 500.'],
      ['Garbled', 'JSON'],
      ['Nameless', '/content/0/name: expected a string'],
    ];
    for (const [company, reason] of failing) {
      it(`keeps the job as listed when its posting fails (${company}), with one console.error and nothing thrown`, async () => {
        const el = await settled(html`<job-listing lang="en-GB" ats=${`smartrecruiters:${company}`} ats-proxy=${PROXY}></job-listing>`);
        await open(el, 'Cashier');
        await until(() => errors.calls.length > 0, 5000, 'the error');
        await el.updateComplete;
        expect(errors.calls).to.have.length(1);
        expect(String(errors.calls[0]![0])).to.contain('the posting of job 1').and.contain(reason);
        expect($(el, '[part~="job-title"]')!.textContent).to.equal('Cashier');
        expect($<HTMLAnchorElement>(el, '[part~="apply-link"]')!.href).to.equal(`https://jobs.smartrecruiters.com/${company}/1`);
        expect($(el, '[part~="description"]')).to.equal(null);
        expect(postings()).to.have.length(1);
        // Where the description would be: the reason, with Retry, instead of a silent gap.
        expect($(el, '[part~="detail"] [role="status"]')).to.equal(null);
        expect($(el, '[part~="detail"] [part~="error"][role="alert"]')!.textContent).to.contain(DEFAULT_LABELS.partFailed);
        expect($(el, '[part~="detail"] [part~="retry"]')!.textContent!.trim()).to.equal(DEFAULT_LABELS.retry);
        await expect(el).to.be.accessible();
      });
    }

    it('asks for a failed posting again on Retry, says it is loading meanwhile, and keeps focus in the view', async () => {
      const el = await settled(html`<job-listing lang="en-GB" ats="smartrecruiters:Flaky" ats-proxy=${PROXY}></job-listing>`);
      await open(el, 'Cashier');
      await until(() => !!$(el, '[part~="detail"] [part~="retry"]'), 5000, 'the Retry button');
      expect(errors.calls).to.have.length(1);
      const retry = $(el, '[part~="detail"] [part~="retry"]')!;
      retry.focus();
      retry.click();
      await el.updateComplete;
      expect($(el, '[part~="detail"] [part~="error"]'), 'the message gives way').to.equal(null);
      expect($(el, '[part~="detail"] [role="status"]')?.textContent).to.equal(DEFAULT_LABELS.loading);
      expect(el.shadowRoot!.activeElement, 'focus is on the job, not lost with the button').to.equal($(el, '#job-heading'));
      await until(() => !!$(el, '[part~="description"]'), 5000, 'the description');
      expect($(el, '[part~="description"]')!.textContent).to.contain('Till work.');
      expect($(el, '[part~="detail"] [role="status"]')).to.equal(null);
      expect(errors.calls, 'no second error').to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  it('lets src win over ats', async () => {
    const el = await settled(html`<job-listing src="/test/fixtures/feeds/recruitee.json" ats="ashby:openfair" ats-proxy=${PROXY}></job-listing>`);
    expect(titles(el)[0]).to.equal('Werkstudent (m/w/d) Marketing');
  });

  it('shows the empty message for an empty board of each provider', async () => {
    for (const ats of ['workable:empty', 'ashby:empty', 'recruitee:empty', 'smartrecruiters:empty', 'bullhorn:32:empty', 'personio:empty']) {
      const el = await settled(html`<job-listing ats=${ats} ats-proxy=${PROXY}></job-listing>`);
      expect($(el, '[part~="empty"]')?.textContent, ats).to.equal('No job found');
    }
    expect(errors.calls).to.deep.equal([]);
  });

  it('shows the pages read, under the error, when a later page fails, and logs one error', async () => {
    const el = await settled(html`<job-listing ats="smartrecruiters:failing" ats-proxy=${PROXY}></job-listing>`);
    expect(titles(el)).to.deep.equal(['Store Manager', 'Customer Service Adviser – Evenings']);
    const error = $(el, '[part~="error"]')!;
    expect(error.textContent).to.contain(DEFAULT_LABELS.feedStatus.replace('{status}', '500'));
    // The message comes before the table.
    expect(error.compareDocumentPosition($(el, 'table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(errors.calls).to.have.length(1);
    expect(String(errors.calls[0]![0])).to.contain('page 2 failed (showing the 2 jobs of the pages before it): The server answered 500.');
    await expect(el).to.be.accessible();
  });

  it('follows Bullhorn pages within the byte budget, showing the first pages when it runs out', async () => {
    const el = await settled(html`<job-listing ats="bullhorn:32:3xT9aQ" ats-proxy=${PROXY} max-bytes="1500"></job-listing>`);
    expect(titles(el).length).to.be.greaterThan(0).and.lessThan(4);
    expect($(el, '[part~="error"]')!.textContent).to.contain(DEFAULT_LABELS.feedTooLarge);
    expect(errors.calls).to.have.length(1);
  });

  const bad: [string, string][] = [
    ['taleo:acme', 'unknown provider "taleo"; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
    ['ashby:', 'expected ashby:<board>'],
    ['workable:a/b', '"a/b" may hold only letters, digits, ".", "_" and "-"; expected workable:<account>'],
    ['bullhorn:3xT9aQ', 'expected bullhorn:<cluster>:<corpToken>'],
  ];
  for (const [ats, reason] of bad) {
    it(`says what is wrong with ats="${ats}", logs one error and asks for nothing`, async () => {
      // A request of an earlier test may still be ending: count from when none has ended for a while.
      let before = atsRequests();
      for (let quiet = 0; quiet < 3; quiet = atsRequests() === before ? quiet + 1 : 0) {
        before = atsRequests();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const el = await settled(html`<job-listing ats=${ats} ats-proxy=${PROXY}></job-listing>`);
      const error = $(el, '[part~="error"]')!;
      expect(error.textContent).to.contain(`ats="${ats}": ${reason}`);
      expect(!!$(el, '[part~="retry"]'), 'no Retry: asking again changes nothing').to.equal(false);
      expect(errors.calls.map(([message]) => message)).to.deep.equal([`<job-listing>: ats="${ats}": ${reason}`]);
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.calls).to.have.length(1);
      expect(atsRequests()).to.equal(before);
      await expect(el).to.be.accessible();
    });
  }

  it('reads Greenhouse and Lever through the shorthand too', async () => {
    const greenhouse = await settled(html`<job-listing ats="greenhouse:phso" ats-proxy=${PROXY}></job-listing>`);
    expect(titles(greenhouse)).to.have.length(3);
    const lever = await settled(html`<job-listing ats="lever:phso" ats-proxy=${PROXY}></job-listing>`);
    expect(titles(lever)).to.have.length(3);
    expect(errors.calls).to.deep.equal([]);
  });
});

import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {captureErrors, copy, loadPhso, sleep, until} from './helpers.js';

const SAMPLE = '/demo/jobs.sample.json';
const $ = <T extends Element = HTMLElement>(el: JobListing, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: JobListing, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: JobListing) => $$(el, '[part~="job-link"]').map((a) => a.textContent);
const statusText = (el: JobListing) => $(el, '[part~="status"]').textContent!.trim();
const ready = (el: JobListing) => until(() => $$(el, '[part~="row"]').length > 0 || !!$(el, '[part~="empty"]'), 5000, 'rows');

/** Stores `body` on the test server under `key`: `/test-server/echo?key=<key>` answers it until the next store. */
async function store(key: string, body: string, type = 'application/json'): Promise<string> {
  await fetch(`/test-server/echo?key=${key}&type=${encodeURIComponent(type)}`, {method: 'POST', body});
  return `/test-server/echo?key=${key}`;
}

async function listing(template: ReturnType<typeof html>): Promise<JobListing> {
  const el = await fixture<JobListing>(template);
  await ready(el);
  await el.updateComplete;
  return el;
}

describe('<job-listing>', () => {
  let phso: EmployerProfile;
  let errors: ReturnType<typeof captureErrors>;
  before(async () => (phso = await loadPhso()));
  beforeEach(() => (errors = captureErrors()));
  afterEach(async () => {
    errors.restore();
    await setViewport({width: 1280, height: 800});
  });

  it('shows the profile feed as a real table with a caption, column headers and links to each job', async () => {
    // The profile's feed URL is relative to the host page: the demo's folder.
    const profile = copy(phso);
    profile.jobs!.feed = {url: SAMPLE};
    const el = await listing(html`<job-listing .profile=${profile}></job-listing>`);
    expect($(el, 'table')).to.exist;
    expect($(el, '[part~="title"]').textContent).to.equal('Latest jobs');
    expect($(el, 'caption').textContent).to.equal('Latest jobs');
    expect($$(el, 'thead th').map((th) => [th.getAttribute('scope'), th.textContent!.trim().replace(/\W+$/, '')])).to.deep.equal([
      ['col', 'Title'],
      ['col', 'Location'],
      ['col', 'Salary'],
    ]);
    expect($$(el, '[part~="row"]')).to.have.length(10);
    expect(statusText(el)).to.equal('12 jobs');
    const first = $<HTMLAnchorElement>(el, '[part~="job-link"]');
    expect(new URL(first.href).searchParams.get('job')).to.equal('phso-0001');
    expect($$(el, '[part~="row"]')[0].querySelectorAll('td')[1].textContent).to.equal('£30,000 – £34,000 a year');
    await expect(el).to.be.accessible();
  }).timeout(10000);

  it('reads every feed format, detected automatically', async () => {
    const feeds: Array<[string, number]> = [
      ['greenhouse.json', 3],
      ['lever.json', 3],
      ['json-ld-array.json', 3],
      ['json-ld-single.json', 1],
      ['indeed.xml', 5],
    ];
    for (const [file, count] of feeds) {
      const el = await listing(html`<job-listing src=${`/test/fixtures/feeds/${file}`}></job-listing>`);
      expect($$(el, '[part~="row"]').length, file).to.be.within(1, count);
      expect(titles(el).every((title) => title && !/undefined|NaN/.test(title)), file).to.be.true;
      expect(el.shadowRoot!.textContent).to.not.match(/undefined|NaN/);
    }
  });

  it('searches by keyword as the candidate types, and announces the matches', async () => {
    const el = await listing(html`<job-listing src=${SAMPLE}></job-listing>`);
    const search = $<HTMLInputElement>(el, '[part~="search"]');
    expect(el.shadowRoot!.querySelector(`label[for="${search.id}"]`)!.textContent).to.equal('Search jobs');
    search.focus();
    await sendKeys({type: 'caseworker'});
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Caseworker', 'Senior Caseworker']);
    expect(statusText(el)).to.equal('2 jobs match');
    expect($(el, '[part~="status"]').getAttribute('role')).to.equal('status');
    await sendKeys({type: ' london'});
    await el.updateComplete;
    expect($(el, '[part~="empty"]').textContent).to.equal('No job found');
    expect(statusText(el)).to.equal('0 jobs match');
    await expect(el).to.be.accessible();
  });

  it('filters by a location built from the data', async () => {
    const el = await listing(html`<job-listing src=${SAMPLE}></job-listing>`);
    const select = $<HTMLSelectElement>(el, '[part~="location-filter"]');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['All locations', 'London', 'Manchester', 'Manchester (hybrid)']);
    select.value = 'London';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part~="row"]')).to.have.length(3);
    expect($$(el, '[part~="row"]').every((row) => row.textContent!.includes('London'))).to.be.true;
    expect(statusText(el)).to.equal('3 jobs match');
  });

  it('sorts by a column from a button in its header, with aria-sort', async () => {
    const el = await listing(html`<job-listing src=${SAMPLE} page-size="20"></job-listing>`);
    const salaryHeader = $$(el, 'thead th')[2];
    salaryHeader.querySelector('button')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(salaryHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(titles(el)[0]).to.equal('Customer Service Officer');
    expect(titles(el).at(-1)).to.equal('Clinical Adviser'); // no salary: last either way
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(salaryHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(titles(el)[0]).to.equal('Assistant Ombudsman');
    expect(titles(el).at(-1)).to.equal('Clinical Adviser');
    expect($$(el, 'thead th')[0].hasAttribute('aria-sort')).to.be.false;
    const titleHeader = $$(el, 'thead th')[0];
    titleHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(titles(el).slice(0, 3)).to.deep.equal(['Assistant Ombudsman', 'Caseworker', 'Clinical Adviser']);
  });

  it('pages through the jobs with previous, next and page numbers, keeping focus', async () => {
    const el = await listing(html`<job-listing src=${SAMPLE} page-size="5"></job-listing>`);
    const nav = $(el, '[part~="pagination"]');
    expect(nav.tagName).to.equal('NAV');
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    const buttons = () => $$(el, '[part~="page-button"]') as HTMLButtonElement[];
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['Previous', '1', '2', '3', 'Next']);
    expect(buttons()[0].disabled).to.be.true;
    expect(buttons()[1].getAttribute('aria-current')).to.equal('page');
    const next = buttons()[4];
    next.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Legal Adviser');
    expect(el.shadowRoot!.activeElement).to.equal(next);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($$(el, '[part~="row"]')).to.have.length(2);
    // Next is now disabled: focus moves to the current page, not to the body.
    await until(() => el.shadowRoot!.activeElement?.getAttribute('aria-current') === 'page', 1000, 'focus on page 3');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('3');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Page 3');
    await expect(el).to.be.accessible();
  });

  it('shows cards below 600px of its own width, and fits 320px', async () => {
    await setViewport({width: 320, height: 700});
    const el = await listing(html`<job-listing src=${SAMPLE}></job-listing>`);
    const row = $$(el, '[part~="row"]')[0];
    expect(getComputedStyle(row).display).to.equal('block');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await setViewport({width: 1280, height: 800});
    await sleep(50);
    expect(getComputedStyle(row).display).to.equal('table-row');
  });

  it('passes axe and fits 320px in the loading, error, empty and stale states too', async () => {
    await setViewport({width: 320, height: 700});
    const fits = async (el: JobListing, state: string) => {
      expect(document.documentElement.scrollWidth, `${state}: page width`).to.be.at.most(320);
      expect(el.getBoundingClientRect().width, `${state}: element width`).to.be.at.most(320);
      await expect(el, state).to.be.accessible();
    };

    const loading = await fixture<JobListing>(html`<job-listing src="/test-server/slow?ms=3000&file=feeds/lever.json"></job-listing>`);
    await loading.updateComplete;
    expect($(loading, 'table').getAttribute('aria-busy')).to.equal('true');
    await fits(loading, 'loading');

    const failed = await fixture<JobListing>(html`<job-listing src="/test-server/status/500"></job-listing>`);
    await until(() => !!$(failed, '[part~="error"]'), 5000, 'the error');
    await fits(failed, 'error');

    const empty = await listing(html`<job-listing src="/test/fixtures/feeds/empty.json"></job-listing>`);
    expect($(empty, '[part~="empty"]')).to.exist;
    await fits(empty, 'empty');

    const key = `stale-${Math.random()}`;
    const feed = await store(key, await (await fetch(SAMPLE)).text());
    const stale = await listing(html`<job-listing src=${feed}></job-listing>`);
    await store(key, 'gone', 'text/plain');
    await stale.retry();
    await until(() => !!$(stale, '[part~="error"]'), 5000, 'the error');
    expect($$(stale, '[part~="row"]')).to.have.length(10);
    await fits(stale, 'error above the last good rows');
    expect(errors.calls).to.have.length(2);
  }).timeout(20000);

  it('keeps its height with a busy skeleton while loading', async () => {
    const el = await fixture<JobListing>(html`<job-listing src="/test-server/slow?ms=1000&file=feeds/lever.json"></job-listing>`);
    await el.updateComplete;
    expect($(el, 'table').getAttribute('aria-busy')).to.equal('true');
    expect($$(el, 'tbody tr[aria-hidden="true"]')).to.have.length(10);
    expect(statusText(el)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await ready(el);
    expect($(el, 'table').getAttribute('aria-busy')).to.equal('false');
  });

  const faults: Array<[string, string, string, string]> = [
    ['a 500', '/test-server/status/500', '', 'The jobs feed answered with an error (500).'],
    ['a timeout', '/test-server/slow?ms=3000&file=feeds/lever.json', '300', 'The jobs feed did not answer in time.'],
    ['text that is not JSON or XML', '/test/fixtures/feeds/garbage.txt', '', 'The jobs feed could not be read.'],
    ['JSON of no known format', '/test/fixtures/feeds/not-a-feed.json', '', 'The jobs feed could not be read.'],
    ['a network failure', 'http://127.0.0.1:9/jobs.json', '', 'The jobs feed could not be reached.'],
  ];
  for (const [name, src, timeout, message] of faults) {
    it(`shows an error with Retry for ${name}, and logs one error`, async () => {
      const el = await fixture<JobListing>(html`<job-listing src=${src} timeout=${timeout || 10000}></job-listing>`);
      await until(() => !!$(el, '[part~="error"]'), 6000, 'the error');
      expect($(el, '[part~="error"] p').textContent).to.contain(message);
      expect($(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect($(el, '[part~="retry"]').textContent).to.equal('Retry');
      expect(errors.calls).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('cuts off a response over max-bytes while streaming', async () => {
    const started = performance.now();
    const el = await fixture<JobListing>(html`<job-listing src="/test-server/huge?bytes=50000000" max-bytes="200000"></job-listing>`);
    await until(() => !!$(el, '[part~="error"]'), 8000, 'the error');
    expect($(el, '[part~="error"] p').textContent).to.equal('The jobs feed is too large to show.');
    // 50 MB trickle in 64 KB chunks would take far longer than reading 200 KB.
    expect(performance.now() - started).to.be.below(5000);
  });

  it('retries a flaky feed with the Retry button, keeping focus sensible', async () => {
    const src = `/test-server/flaky?key=${Math.random()}&fail=1&file=feeds/lever.json`;
    const el = await fixture<JobListing>(html`<job-listing src=${src}></job-listing>`);
    await until(() => !!$(el, '[part~="retry"]'), 5000, 'Retry');
    $(el, '[part~="retry"]').focus();
    await sendKeys({press: 'Enter'});
    await ready(el);
    await until(() => el.shadowRoot!.activeElement === $(el, 'table'), 2000, 'focus on the table');
    expect($(el, '[part~="error"]')).to.equal(null);
    expect($$(el, '[part~="row"]')).to.have.length(3);
  });

  it('keeps the last good rows visible under the error when a reload of the same feed fails', async () => {
    const key = `reload-${Math.random()}`;
    const feed = await store(key, await (await fetch(SAMPLE)).text());
    const el = await listing(html`<job-listing src=${feed}></job-listing>`);
    await store(key, 'gone', 'text/plain');
    await el.retry();
    await until(() => !!$(el, '[part~="error"]'), 5000, 'the error');
    expect($$(el, '[part~="row"]')).to.have.length(10);
    expect($(el, '[part~="error"] p').textContent).to.contain('could not be read');
    // A new listing of the same feed (the host re-rendered it) has the last good rows too.
    const again = await fixture<JobListing>(html`<job-listing src=${feed}></job-listing>`);
    await until(() => !!$(again, '[part~="error"]'), 5000, 'the error');
    expect($$(again, '[part~="row"]')).to.have.length(10);
  });

  it('shows no rows of the previous feed, nor its error, when src changes to another feed', async () => {
    const el = await listing(html`<job-listing src=${SAMPLE}></job-listing>`);
    el.src = '/test-server/status/503';
    await until(() => !!$(el, '[part~="error"]'), 5000, 'the error');
    expect($(el, '[part~="error"] p').textContent).to.contain('(503)');
    expect($$(el, 'tbody tr')).to.have.length(0);
    await expect(el).to.be.accessible();
    // While the next feed loads, the failed one's message goes too.
    el.src = '/test-server/slow?ms=500&file=feeds/lever.json';
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    await ready(el);
    expect($$(el, '[part~="row"]')).to.have.length(3);
    // Back to a feed read before: its own last good rows, not Lever's, while it loads again.
    el.src = SAMPLE;
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Caseworker');
  });

  it('keeps the last good rows of a few feeds only', async () => {
    const key = `bounded-${Math.random()}`;
    const first = await store(key, await (await fetch(SAMPLE)).text());
    const el = await listing(html`<job-listing src=${first}></job-listing>`);
    for (const file of ['lever.json', 'greenhouse.json', 'json-ld-array.json', 'own.json']) {
      el.src = `/test/fixtures/feeds/${file}?${key}`;
      await el.updateComplete;
      await until(() => el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy') === 'false', 5000, file);
    }
    el.remove();
    await store(key, 'gone', 'text/plain');
    const fresh = await fixture<JobListing>(html`<job-listing src=${first}></job-listing>`);
    await until(() => !!$(fresh, '[part~="error"]'), 5000, 'the error');
    expect($$(fresh, '[part~="row"]'), 'the first feed, read five feeds ago, is forgotten').to.have.length(0);
  });

  it('says "No job found" from the profile for an empty feed', async () => {
    const profile = copy(phso);
    profile.jobs!.feed = {url: '/test/fixtures/feeds/empty.json'};
    profile.jobs!.empty = 'Dim swyddi';
    const el = await listing(html`<job-listing .profile=${profile}></job-listing>`);
    expect($(el, '[part~="empty"]').textContent).to.equal('Dim swyddi');
    expect(statusText(el)).to.equal('0 jobs');
    await expect(el).to.be.accessible();
  });

  it('lets the latest src win over a slower earlier one', async () => {
    const el = await fixture<JobListing>(html`<job-listing src="/test-server/slow?ms=700&file=feeds/lever.json"></job-listing>`);
    await el.updateComplete;
    el.src = '/test/fixtures/feeds/greenhouse.json';
    await ready(el);
    const shown = titles(el);
    await sleep(1000);
    expect(titles(el)).to.deep.equal(shown);
    expect($$(el, '[part~="row"]')).to.have.length(3);
    expect(errors.calls).to.have.length(0);
  });

  it('aborts its request when removed from the page, without an error', async () => {
    const el = await fixture<JobListing>(html`<job-listing src="/test-server/slow?ms=800&file=feeds/lever.json"></job-listing>`);
    await el.updateComplete;
    el.remove();
    await sleep(1200);
    expect(errors.calls).to.have.length(0);
  });

  it('takes .jobs directly, and shows a message for a .jobs that is not a list', async () => {
    const el = await listing(html`<job-listing .jobs=${[{id: 'a', title: 'Analyst', location: 'Leeds', salary: {min: 12.5, currency: 'GBP', period: 'hour'}}]}></job-listing>`);
    expect(titles(el)).to.deep.equal(['Analyst']);
    expect($$(el, 'tbody td')[1].textContent).to.equal('£12.50 an hour');
    el.jobs = {oops: true};
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.exist;
    expect(errors.calls).to.have.length(1);
  });

  it('formats salaries in the nearest lang when it has no profile', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"><job-listing .jobs=${[{id: '1', title: 'Entwickler', salary: {min: 50000, max: 60000, currency: 'EUR', period: 'year'}}]}></job-listing></div>`);
    const el = wrapper.querySelector('job-listing')!;
    await ready(el);
    const expected = `${new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0}).format(50000)} – ${new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0}).format(60000)} a year`;
    expect($$(el, 'tbody td')[1].textContent).to.equal(expected);
  });
});

import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {captureErrors, copy, loadPhso, sleep, until} from './helpers.js';

const SAMPLE = '/demo/jobs.sample.json';
const $ = <T extends Element = HTMLElement>(el: JobListing, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: JobListing, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
// The JobPosting goes into the document's head, never the element's light DOM or a shadow root.
const jsonLd = (el: Element) => [...el.ownerDocument.head.querySelectorAll('script[type="application/ld+json"]')];
const allJsonLd = () => document.querySelectorAll('script[type="application/ld+json"]');
const posting = (el: Element) => JSON.parse(jsonLd(el)[0].textContent!);

async function listing(template: ReturnType<typeof html>, what = '[part~="row"], [part~="detail"]'): Promise<JobListing> {
  const el = await fixture<JobListing>(template);
  await until(() => !!el.shadowRoot!.querySelector(what), 5000, what);
  await el.updateComplete;
  return el;
}

describe('<job-listing> job pages', () => {
  let phso: EmployerProfile;
  let start: string;
  let errors: ReturnType<typeof captureErrors>;
  before(async () => {
    phso = copy(await loadPhso());
    phso.jobs!.feed = {url: SAMPLE};
  });
  beforeEach(() => {
    start = location.href;
    errors = captureErrors();
  });
  afterEach(async () => {
    errors.restore();
    history.replaceState(null, '', start);
    await setViewport({width: 1280, height: 800});
  });

  it('opens a job in place from its title, keeps other query parameters, and writes one JobPosting', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&agency=northgate`);
    const el = await listing(html`<job-listing .profile=${phso}></job-listing>`);
    expect(jsonLd(el)).to.have.length(0);
    const link = $$(el, '[part~="job-link"]')[1] as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.contain('agency=northgate');
    expect(link.getAttribute('href')).to.contain('job=phso-0002');
    link.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('job')).to.equal('phso-0002');
    expect(params.get('agency')).to.equal('northgate');
    expect($(el, '[part~="job-title"]').textContent).to.equal('Senior Caseworker');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="job-title"]'));
    const facts = $$(el, '.job-facts div').map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent]);
    expect(facts).to.deep.include(['Salary', '£38,000 – £43,000 a year']);
    expect(facts).to.deep.include(['Location', 'Manchester (hybrid)']);
    expect(($(el, '[part~="apply-link"]') as HTMLAnchorElement).href).to.equal('https://jobs.example.com/phso/phso-0002');
    expect(allJsonLd()).to.have.length(1);
    const data = posting(el);
    expect(data['@type']).to.equal('JobPosting');
    expect(data.title).to.equal('Senior Caseworker');
    expect(data.description).to.contain('Sample vacancy');
    expect(data.datePosted).to.match(/^\d{4}-\d{2}-\d{2}/);
    expect(data.hiringOrganization.name).to.equal('Parliamentary and Health Service Ombudsman');
    expect(data.jobLocation.address.addressLocality ?? data.jobLocation[0].address.addressLocality).to.equal('Manchester (hybrid)');
    expect(data.baseSalary.value.minValue).to.equal(38000);
    expect(data.identifier.value).to.equal('phso-0002');
    expect(data.url).to.contain('job=phso-0002');
    await expect(el).to.be.accessible();
  });

  it('goes back to the same page, search and scroll of the list, with focus on the row link', async () => {
    await setViewport({width: 1280, height: 500});
    const wrapper = await fixture(html`<div style="padding: 700px 0 3000px"><job-listing page-size="5" .profile=${phso}></job-listing></div>`);
    const el = wrapper.querySelector('job-listing')!;
    await until(() => !!el.shadowRoot!.querySelector('[part~="row"]'), 5000, 'rows');
    const search = $<HTMLInputElement>(el, '[part~="search"]');
    search.focus();
    await sendKeys({type: 'manchester'});
    await el.updateComplete;
    ($$(el, '[part~="page-button"]').find((b) => b.textContent!.trim() === '2') as HTMLButtonElement).click();
    await el.updateComplete;
    const onPage2 = $$(el, '[part~="job-link"]').map((a) => a.textContent);
    window.scrollTo(0, 900);
    const link = $$(el, '[part~="job-link"]')[1] as HTMLAnchorElement;
    link.click();
    await el.updateComplete;
    expect($(el, '[part~="detail"]')).to.exist;
    window.scrollTo(0, 0);
    ($(el, '[part~="back-link"]') as HTMLAnchorElement).click();
    await until(() => !!$(el, '[part~="row"]'), 2000, 'the list');
    await el.updateComplete;
    expect(new URLSearchParams(location.search).has('job')).to.be.false;
    expect($<HTMLInputElement>(el, '[part~="search"]').value).to.equal('manchester');
    expect($$(el, '[part~="job-link"]').map((a) => a.textContent)).to.deep.equal(onPage2);
    await until(() => el.shadowRoot!.activeElement?.textContent === link.textContent, 2000, 'focus on the row link');
    expect(window.scrollY).to.be.closeTo(900, 2);
    expect(jsonLd(el)).to.have.length(0);
  });

  it('follows the browser Back button from a job to the list', async () => {
    const el = await listing(html`<job-listing .profile=${phso}></job-listing>`);
    ($$(el, '[part~="job-link"]')[0] as HTMLAnchorElement).click();
    await el.updateComplete;
    expect($(el, '[part~="detail"]')).to.exist;
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect($(el, '[part~="detail"]')).to.equal(null);
    expect($$(el, '[part~="row"]')).to.have.length(10);
    expect(jsonLd(el)).to.have.length(0);
  });

  it('opens the job named in the address on load, replaces its JSON-LD on a change, removes it with the element', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=phso-0006`);
    const el = await listing(html`<job-listing .profile=${phso}></job-listing>`, '[part~="detail"]');
    expect($(el, '[part~="job-title"]').textContent).to.equal('Legal Adviser');
    expect(posting(el).title).to.equal('Legal Adviser');
    history.pushState(null, '', `${location.pathname}${location.search.replace('phso-0006', 'phso-0008')}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part~="job-title"]').textContent).to.equal('Software Developer');
    expect(allJsonLd()).to.have.length(1);
    expect(posting(el).title).to.equal('Software Developer');
    el.remove();
    expect(allJsonLd()).to.have.length(0);
  });

  it('says "Job not found", with a link to the list, for an id the feed does not have', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=nope`);
    const el = await listing(html`<job-listing .profile=${phso}></job-listing>`, '[part~="not-found"]');
    expect($(el, '[part~="job-title"]').textContent).to.equal('Job not found');
    const back = $(el, '[part~="back-link"]') as HTMLAnchorElement;
    expect(new URL(back.href).searchParams.has('job')).to.be.false;
    expect(jsonLd(el)).to.have.length(0);
    back.click();
    await el.updateComplete;
    expect($$(el, '[part~="row"]')).to.have.length(10);
  });

  it('renders a hostile description and title as safe text, with no script, handler or javascript: link', async () => {
    (window as any).__xss = undefined;
    history.replaceState(null, '', `${location.pathname}${location.search}&job=x1`);
    const el = await listing(html`<job-listing src="/test/fixtures/feeds/hostile.json"></job-listing>`, '[part~="detail"]');
    await sleep(100);
    expect((window as any).__xss).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('script, img, svg, iframe, [onerror], [onclick], [onload]')).to.equal(null);
    expect([...root.querySelectorAll('a')].every((a) => !/^javascript:/i.test(a.getAttribute('href') ?? ''))).to.be.true;
    expect($(el, '[part~="job-title"]').textContent).to.equal('<img src=x onerror="window.__xss=1">Analyst');
    expect($(el, '[part~="description"]').querySelector('strong')!.textContent).to.equal('bold');
    expect($(el, '[part~="description"]').textContent).to.contain('click');
    expect($(el, '[part~="apply-link"]')).to.equal(null);
    const text = jsonLd(el)[0].textContent!;
    expect(text).to.not.match(/<\/?script/i);
    expect(JSON.parse(text).description).to.not.match(/onerror|javascript:|<script/i);
  });

  it('fires a cancelable job-apply with the job when Apply is followed', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=x2`);
    const el = await listing(html`<job-listing src="/test/fixtures/feeds/hostile.json"></job-listing>`, '[part~="detail"]');
    const applied = oneEvent(el, 'job-apply');
    el.addEventListener('job-apply', (event) => event.preventDefault(), {once: true});
    const apply = $(el, '[part~="apply-link"]') as HTMLAnchorElement;
    let clickPrevented: boolean | undefined;
    document.addEventListener('click', (event) => (clickPrevented = event.defaultPrevented), {once: true});
    apply.click();
    const event = await applied;
    expect(event.detail.title).to.equal('Safe job');
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(clickPrevented).to.be.true;
    // Chromium follows a clicked link at once, Firefox a task later: give it time.
    await sleep(50);
    expect(location.hash).to.equal('');
    // Not cancelled: the link is followed (here to #applied).
    apply.click();
    await until(() => location.hash == '#applied', 3000, 'the Apply link to be followed');
  });

  it('shows only a preset slice, and keeps search and location in the address with url-state', async () => {
    const london = await listing(html`<job-listing src=${SAMPLE} location="london"></job-listing>`);
    expect($$(london, '[part~="row"]')).to.have.length(3);
    expect($(london, '[part~="status"]').textContent!.trim()).to.equal('3 jobs');
    const partTime = await listing(html`<job-listing src=${SAMPLE} type="Part-time"></job-listing>`);
    expect($$(partTime, '[part~="row"]')).to.have.length(2);

    const el = await listing(html`<job-listing src=${SAMPLE} url-state></job-listing>`);
    $<HTMLInputElement>(el, '[part~="search"]').focus();
    await sendKeys({type: 'adviser'});
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('job-search')).to.equal('adviser');
    const shared = location.href;
    el.remove();
    history.replaceState(null, '', shared);
    const again = await listing(html`<job-listing src=${SAMPLE} url-state></job-listing>`);
    expect($<HTMLInputElement>(again, '[part~="search"]').value).to.equal('adviser');
    expect($(again, '[part~="status"]').textContent!.trim()).to.equal('3 jobs match');
  });

  for (const width of [320, 1280]) {
    it(`reads like a job page at ${width}px: headings in order, no axe violations`, async () => {
      await setViewport({width, height: 800});
      history.replaceState(null, '', `${location.pathname}${location.search}&job=phso-0001`);
      const el = await listing(html`<job-listing .profile=${phso}></job-listing>`, '[part~="detail"]');
      expect($(el, 'h2')!.textContent).to.equal('Caseworker');
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      await expect(el).to.be.accessible();
    });
  }
});

import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import '../src/employer-microsite/employer-microsite.js';
import '../src/job-listing/job-listing.js';
import type {EmployerMicrosite} from '../src/employer-microsite/employer-microsite.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {copy, loadPhso, until} from './helpers.js';

const SAMPLE = '/demo/jobs.sample.json';
const PHSO = 'Parliamentary and Health Service Ombudsman';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const allJsonLd = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const ours = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-employer-widgets="job-posting"]')];
const at = (query: string) => history.replaceState(null, '', `${location.pathname}${location.search}&${query}`);

async function jobView(template: ReturnType<typeof html>): Promise<JobListing> {
  const el = await fixture<JobListing>(template);
  await until(() => !!$(el, '[part~="detail"]'), 5000, 'the job view');
  await el.updateComplete;
  return el;
}

async function popTo(query: string, el: JobListing): Promise<void> {
  history.pushState(null, '', `${location.pathname}${location.search.replace(/job=[^&]*/, query)}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await el.updateComplete;
  await el.updateComplete;
}

describe('<job-listing>: the job page in the document head', () => {
  let phso: EmployerProfile;
  let start: string;
  const title = 'Host page';
  before(async () => {
    phso = copy(await loadPhso());
    phso.jobs!.feed = {url: SAMPLE};
  });
  beforeEach(() => {
    start = location.href;
    document.title = title;
  });
  afterEach(() => {
    history.replaceState(null, '', start);
    for (const script of ours()) script.remove();
  });

  it('writes exactly one marked JobPosting into document.head, none into the element, and names the job in the title', async () => {
    at('job=phso-0002');
    const el = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    expect(allJsonLd()).to.have.length(1);
    expect(ours()).to.have.length(1);
    expect(JSON.parse(ours()[0].textContent!).title).to.equal('Senior Caseworker');
    expect(el.querySelectorAll('script')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
    expect(document.title).to.equal(`Senior Caseworker at ${PHSO}`);

    await popTo('job=phso-0006', el);
    expect(ours()).to.have.length(1);
    expect(JSON.parse(ours()[0].textContent!).title).to.equal('Legal Adviser');
    expect(document.title).to.equal(`Legal Adviser at ${PHSO}`);

    ($(el, '[part~="back-link"]') as HTMLAnchorElement).click();
    await until(() => !!$(el, '[part~="row"]'), 2000, 'the list');
    expect(allJsonLd()).to.have.length(0);
    expect(document.title).to.equal(title);
  });

  it('removes its JobPosting and gives the title back when the element goes', async () => {
    at('job=phso-0001');
    const el = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    expect(ours()).to.have.length(1);
    expect(document.title).to.equal(`Caseworker at ${PHSO}`);
    el.remove();
    expect(allJsonLd()).to.have.length(0);
    expect(document.title).to.equal(title);
  });

  it('writes nothing into the head once it has gone, though an update was still to come', async () => {
    at('job=phso-0001');
    const el = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    // A host framework removes the element while something (here, the element itself) asked for an update.
    el.requestUpdate();
    el.remove();
    await el.updateComplete;
    expect(allJsonLd()).to.have.length(0);
    expect(document.title).to.equal(title);
  });

  it('shares one JobPosting between two listings showing the same job, until the last one goes', async () => {
    at('job=phso-0002');
    const first = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    const second = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    expect(ours()).to.have.length(1);
    expect(JSON.parse(ours()[0].textContent!).title).to.equal('Senior Caseworker');
    first.remove();
    expect(ours()).to.have.length(1);
    second.remove();
    expect(allJsonLd()).to.have.length(0);
  });

  it('keeps a title the host page set while the job was shown', async () => {
    at('job=phso-0001');
    const el = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    document.title = 'Renamed by the host';
    el.remove();
    expect(document.title).to.equal('Renamed by the host');
  });

  it('leaves the title alone with no-title, and words it from the profile label', async () => {
    at('job=phso-0003');
    const quiet = await jobView(html`<job-listing no-title .profile=${phso}></job-listing>`);
    expect(ours()).to.have.length(1);
    expect(document.title).to.equal(title);
    quiet.remove();

    const german = copy(phso);
    german.labels = {...german.labels, jobPageTitle: '{job} bei {employer}'};
    const el = await jobView(html`<job-listing .profile=${german}></job-listing>`);
    expect(document.title).to.equal(`${el.shadowRoot!.querySelector('[part~="job-title"]')!.textContent} bei ${PHSO}`);
  });

  it('names only the job when no employer is known, and says once that its JobPosting lacks the hiring organisation', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      at('job=a');
      const jobs = [{id: 'a', title: 'Analyst'}, {id: 'b', title: 'Clerk'}];
      const el = await jobView(html`<job-listing .jobs=${jobs}></job-listing>`);
      expect(document.title).to.equal('Analyst');
      expect(JSON.parse(ours()[0].textContent!)).to.not.have.property('hiringOrganization');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.equal(
        '<job-listing>: the JobPosting of job "a" names no hiring organisation, which Google\'s job search requires: give the listing a profile (its .profile, or an enclosing <employer-profile>), or jobs that name theirs (hiringOrganization).',
      );
      await popTo('job=b', el);
      expect(document.title).to.equal('Clerk');
      expect(warnings, 'once per listing').to.have.length(1);
      // With an employer, no warning.
      el.remove();
      at('job=phso-0002');
      await jobView(html`<job-listing .profile=${phso}></job-listing>`);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('adopts a pre-rendered JobPosting for the same job instead of adding a second', async () => {
    const pre = document.createElement('script');
    pre.type = 'application/ld+json';
    pre.dataset.employerWidgets = 'job-posting';
    const text = JSON.stringify({'@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Caseworker', identifier: {'@type': 'PropertyValue', value: 'phso-0002'}, url: 'https://example.com/jobs/phso-0002.html'});
    pre.text = text;
    document.head.append(pre);
    at('job=phso-0002');
    const el = await jobView(html`<job-listing .profile=${phso}></job-listing>`);
    expect(allJsonLd()).to.have.length(1);
    expect(ours()[0]).to.equal(pre);
    expect(pre.text, 'as the server wrote it').to.equal(text);

    await popTo('job=phso-0006', el);
    expect(allJsonLd()).to.have.length(1);
    expect(JSON.parse(ours()[0].textContent!).title).to.equal('Legal Adviser');
    el.remove();
    expect(allJsonLd()).to.have.length(0);
  });

  it('puts the JobPosting in document.head inside <employer-microsite> too', async () => {
    at('job=phso-0002');
    const el = await fixture<EmployerMicrosite>(html`<employer-microsite></employer-microsite>`);
    const loaded = oneEvent(el, 'profile-load');
    el.src = '/profiles/phso.json';
    await loaded;
    await el.updateComplete;
    const listing = el.shadowRoot!.querySelector('job-listing')!;
    await until(() => !!$(listing, '[part~="detail"]'), 5000, 'the job view');
    await listing.updateComplete;
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(scripts[0].parentNode).to.equal(document.head);
    expect(JSON.parse(scripts[0].textContent!).title).to.equal('Senior Caseworker');
    expect(listing.querySelectorAll('script')).to.have.length(0);
    expect(document.title).to.equal(`Senior Caseworker at ${PHSO}`);
    el.remove();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    expect(document.title).to.equal(title);
  });
});

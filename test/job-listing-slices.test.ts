import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import {until} from './helpers.js';

// One slice for every feed format: each fixture spells Manchester its own way
// ("Manchester, UK", "Manchester, GB", "Manchester (hybrid)", a PostalAddress…).
const FEEDS = ['own.json', 'greenhouse.json', 'lever.json', 'indeed.xml', 'json-ld.json'].map((file) => `/test/fixtures/feeds/slices/${file}`);

const $$ = (el: JobListing, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: JobListing) => $$(el, '[part~="job-link"]').map((a) => a.textContent);

async function listing(template: ReturnType<typeof html>): Promise<JobListing> {
  const el = await fixture<JobListing>(template);
  await until(() => $$(el, '[part~="row"]').length > 0 || $$(el, '[part~="empty"]').length > 0, 5000, 'rows');
  await el.updateComplete;
  return el;
}

describe('<job-listing> preset slices across feed formats', () => {
  for (const src of FEEDS) {
    it(`location="manchester" finds every Manchester job of ${src.split('/').pop()}`, async () => {
      const el = await listing(html`<job-listing src=${src} location="manchester"></job-listing>`);
      expect(titles(el).length).to.be.at.least(2);
      expect(titles(el)).to.not.include('Policy Adviser');
      await expect(el).to.be.accessible();
    });

    it(`location, type and department slice ${src.split('/').pop()} together`, async () => {
      // JSON-LD postings carry no department.
      const department = src.endsWith('json-ld.json') ? '' : 'OPERATIONS';
      const el = await listing(html`<job-listing src=${src} location="Manchester, UK" type="full-time" department=${department}></job-listing>`);
      expect(titles(el)).to.include('Caseworker').and.not.include('Investigator').and.not.include('Policy Adviser');
    });

    it(`a slice may name several places: London|manchester in ${src.split('/').pop()}`, async () => {
      const el = await listing(html`<job-listing src=${src} location="London|manchester" page-size="20"></job-listing>`);
      expect(titles(el)).to.include('Policy Adviser').and.include('Caseworker');
    });
  }

  it('matches a place without its accents, and the country by name', async () => {
    const el = await listing(html`<job-listing src=${FEEDS[0]} location="zurich"></job-listing>`);
    expect(titles(el)).to.deep.equal(['Data Analyst']);
    const swiss = await listing(html`<job-listing src=${FEEDS[0]} location="Switzerland"></job-listing>`);
    expect(titles(swiss)).to.deep.equal(['Data Analyst']);
  });

  it('type="Vollzeit" matches FULL_TIME where the profile\'s labels say so, and shows the label', async () => {
    const profile = {
      version: 1,
      employer: {name: 'Stadtwerke Auenfeld', shortName: 'SWA'},
      locale: 'de-DE',
      hero: {headline: 'Stellen'},
      sections: [],
      modals: [],
      jobs: {title: 'Stellen', empty: 'Keine Stelle', columns: [{key: 'title', label: 'Stelle'}, {key: 'type', label: 'Art'}]},
      labels: {fullTime: 'Vollzeit', partTime: 'Teilzeit'},
    };
    const el = await listing(html`<job-listing src=${FEEDS[4]} type="vollzeit" .profile=${profile}></job-listing>`);
    expect(titles(el)).to.deep.equal(['Caseworker', 'Policy Adviser']);
    expect($$(el, '[part~="row"] td').map((cell) => cell.textContent)).to.deep.equal(['Vollzeit', 'Vollzeit']);
  });

  it('lists one Manchester in the location filter, however the feed spells it, and filters by it', async () => {
    const el = await listing(html`<job-listing src=${FEEDS[0]}></job-listing>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="location-filter"]')!;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['All locations', 'London', 'Manchester', 'Zürich']);
    select.focus();
    // Real keys: the candidate picks the option by typing its first letters.
    await sendKeys({type: 'Man'});
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select.value).to.equal('Manchester');
    expect(titles(el)).to.deep.equal(['Caseworker', 'Senior Caseworker', 'Investigator', 'Clinical Adviser']);
    await expect(el).to.be.accessible();
  });
});

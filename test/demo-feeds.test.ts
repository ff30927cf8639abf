import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import {until} from './helpers.js';

// The demo's sample feed in each format: a job from each opens at its own address.
const feeds: Array<[string, string, string]> = [
  ['/demo/jobs.sample.json', 'phso-0001', 'Caseworker'],
  ['/demo/feeds/json-ld.json', 'ld-2', 'Senior Caseworker'],
  ['/demo/feeds/greenhouse.json', '4000003', 'Clinical Adviser'],
  ['/demo/feeds/lever.json', '5ac1e3f0-0000-4000-8000-000000000003', 'Data Analyst'],
  ['/demo/feeds/indeed.xml', 'IND-005', 'HR Business Partner'],
  ['/demo/feeds/bullhorn.json', '70001', 'Senior Caseworker'],
  ['/demo/feeds/workable.json', 'PHSO0002WK', 'Clinical Adviser'],
  ['/demo/feeds/ashby.json', 'a5b70003-0000-4000-8000-000000000003', 'Data Analyst'],
  ['/demo/feeds/recruitee.json', '900004', 'HR Business Partner'],
  ['/demo/feeds/smartrecruiters.json', '744000090000005', 'Legal Adviser'],
  ['/demo/feeds/personio.xml', '1900000', 'Caseworker'],
];

describe('demo feeds: each job its own page', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  for (const [src, id, title] of feeds) {
    it(`opens ${title} from ${src} at ?job=${id} with one JobPosting`, async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&feed=x&job=${encodeURIComponent(id)}`);
      const el = await fixture<JobListing>(html`<job-listing src=${src}></job-listing>`);
      await until(() => !!el.shadowRoot!.querySelector('[part~="detail"]'), 5000, 'the job view');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="job-title"]')!.textContent).to.equal(title);
      const scripts = document.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const posting = JSON.parse(scripts[0].textContent!);
      expect(posting.title).to.equal(title);
      expect(posting.datePosted).to.be.a('string');
      expect(posting.description).to.contain('Sample vacancy');
      expect(posting.url).to.contain('feed=x');
    });
  }
});

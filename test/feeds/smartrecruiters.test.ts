import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parseSmartRecruiters} from '../../src/feeds/smartrecruiters.js';

/** A SmartRecruiters page holding `posting` with the fields a test cares about. */
const page = (posting: object) => ({offset: 0, limit: 100, totalFound: 1, content: [{id: '1', name: 'Cashier', company: {identifier: 'Acme', name: 'Acme'}, ...posting}]});

describe('parseSmartRecruiters', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseSmartRecruiters(await (await fetch('/test/fixtures/feeds/smartrecruiters.json')).json());
  });

  it('reads a posting: its page on the career site, the full location, the country code in capitals', () => {
    expect(jobs[0]).to.deep.equal({
      id: '744000012345678',
      title: 'Store Manager',
      url: 'https://jobs.smartrecruiters.com/HarbourRetail/744000012345678',
      location: 'Glasgow, Scotland, United Kingdom',
      places: [{city: 'Glasgow', region: 'Scotland', country: 'GB'}],
      department: 'Stores',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-13',
      hiringOrganization: {name: 'Harbour Retail Ltd'},
    });
  });

  it('reads remote and hybrid postings, the function for a missing department, and a job ad as headed sections', () => {
    expect(jobs[1]).to.deep.include({location: 'Edinburgh, United Kingdom; Remote', workplace: 'remote', department: 'Customer Service', employment: 'PART_TIME'});
    expect(jobs[2]).to.deep.include({
      location: 'Paisley, Scotland',
      workplace: 'hybrid',
      employment: 'TEMPORARY',
      description:
        '<h3>Company Description</h3><p>Harbour Retail runs 40 stores.</p><h3>Job Description</h3><p>Pick &amp; pack orders.</p>' +
        '<h3>Additional Information</h3><p>Shifts rotate weekly.</p>',
    });
    expect(jobs[3]).to.deep.include({location: 'Aberdeen', employment: 'CONTRACTOR'});
    expect(jobs).to.have.length(5);
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const cases: [string, object, Partial<Job>][] = [
    ['the posting\'s own postingUrl', {postingUrl: 'https://jobs.smartrecruiters.com/Acme/1-cashier'}, {url: 'https://jobs.smartrecruiters.com/Acme/1-cashier'}],
    ['no url for an identifier that would leave the path', {company: {identifier: '../evil', name: 'Acme'}}, {title: 'Cashier'}],
    ['the employment type from its id when the label says nothing', {typeOfEmployment: {id: 'intern', label: 'Stage'}}, {type: 'Stage', employment: 'INTERN'}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const [job] = parseSmartRecruiters(page(fields));
      expect(job).to.deep.include(expected);
      if (name.startsWith('no url')) expect(job).not.to.have.property('url');
    });
  }

  it('reads an empty board as no jobs, and names the path of a posting with no name', async () => {
    expect(parseSmartRecruiters(await (await fetch('/test/fixtures/feeds/smartrecruiters-empty.json')).json())).to.deep.equal([]);
    expect(failure(() => parseSmartRecruiters({content: [{id: '1'}]})).message).to.equal('/content/0/name: expected a string');
  });
});

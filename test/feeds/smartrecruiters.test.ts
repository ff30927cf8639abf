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

  it('reads remote and hybrid postings and the function for a missing department; the list carries no job ad', () => {
    expect(jobs[1]).to.deep.include({location: 'Edinburgh, United Kingdom; Remote', workplace: 'remote', department: 'Customer Service', employment: 'PART_TIME'});
    expect(jobs[2]).to.deep.include({location: 'Paisley, Scotland', workplace: 'hybrid', employment: 'TEMPORARY'});
    expect(jobs[3]).to.deep.include({location: 'Aberdeen', employment: 'CONTRACTOR'});
    expect(jobs).to.have.length(5);
    expect(jobs.some((job) => job.description)).to.equal(false);
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  it('reads a posting on its own (…/postings/<id>): the job ad as headed sections, and its postingUrl', async () => {
    const posting = await (await fetch('/test/fixtures/feeds/smartrecruiters-posting.json')).json();
    const [job] = parseSmartRecruiters({content: [posting]});
    expect(job).to.deep.include({
      id: '744000012345680',
      title: 'Warehouse Operative',
      url: 'https://jobs.smartrecruiters.com/HarbourRetail/744000012345680-warehouse-operative',
      location: 'Paisley, Scotland',
      workplace: 'hybrid',
      description:
        '<h3>Company Description</h3><p>Harbour Retail runs 40 stores.</p><h3>Job Description</h3><p>Pick &amp; pack orders.</p>' +
        '<h3>Additional Information</h3><p>Shifts rotate weekly.</p>',
    });
    expect(job).not.to.have.property('salary');
  });

  it('reads a hostile posting with no unsafe link and no throw: the built page for javascript: URLs, text headings, no section of the wrong type', async () => {
    const posting = await (await fetch('/test/fixtures/feeds/smartrecruiters-posting-hostile.json')).json();
    const [job] = parseSmartRecruiters({content: [posting]});
    expect(job!.url).to.equal('https://jobs.smartrecruiters.com/Hostile/1');
    expect(job!.description).to.contain('<h3>&#60;img src=x onerror=alert(3)&#62;</h3>');
    expect(job!.description).not.to.contain('Extra');
    for (const ad of [null, 'text', 5, {sections: 'x'}, {sections: {jobDescription: 'x'}}, {sections: {jobDescription: {text: {}}}}]) {
      expect(parseSmartRecruiters({content: [{id: '1', name: 'A', jobAd: ad}]})[0], JSON.stringify(ad)).not.to.have.property('description');
    }
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

import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parseWorkable} from '../../src/feeds/workable.js';

/** A Workable account answer holding `job` with the fields a test cares about. */
const account = (job: object) => ({name: 'Northwind', jobs: [{title: 'Caseworker', shortcode: 'AB12', ...job}]});

describe('parseWorkable', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseWorkable(await (await fetch('/test/fixtures/feeds/workable.json')).json());
  });

  it('reads a job with several locations (hidden ones left out), its sections and the account as employer', () => {
    expect(jobs[0]).to.deep.equal({
      id: '7A1B2C3D4E',
      title: 'Senior Caseworker',
      url: 'https://apply.workable.com/j/7A1B2C3D4E',
      location: 'Manchester, England, United Kingdom; Leeds, England, United Kingdom',
      places: [
        {city: 'Manchester', region: 'England', country: 'GB'},
        {city: 'Leeds', region: 'England', country: 'GB'},
      ],
      department: 'Operations',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-12',
      description:
        '<p>Resolve complaints &amp; write clear decisions.</p><h3>Requirements</h3><ul><li>Casework experience</li></ul>' +
        '<h3>Benefits</h3><ul><li>28 days&#39; holiday</li></ul>',
      hiringOrganization: {name: 'Northwind Advice Trust'},
    });
  });

  it('reads telecommuting as remote work, with a country and no city', () => {
    expect(jobs[1]).to.include({location: 'United Kingdom; Remote', workplace: 'remote', employment: 'CONTRACTOR'});
    expect(jobs[1]!.places).to.deep.equal([{country: 'GB'}]);
    expect(jobs[1]).not.to.have.property('description');
  });

  it('falls back to the form for an unsafe posting link, and to the job\'s own city without locations', () => {
    expect(jobs[2]).to.deep.equal({
      id: '1122334455',
      title: 'Volunteer Coordinator',
      url: 'https://apply.workable.com/j/1122334455/apply',
      location: 'Preston, United Kingdom',
      places: [{city: 'Preston', country: 'United Kingdom'}],
      type: 'Part-time',
      employment: 'PART_TIME',
      hiringOrganization: {name: 'Northwind Advice Trust'},
    });
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const cases: [string, object, Partial<Job>][] = [
    ['a workplace_type of hybrid', {workplace_type: 'hybrid', city: 'York'}, {workplace: 'hybrid', location: 'York'}],
    ['telecommuting over workplace_type', {telecommuting: true, workplace_type: 'on_site'}, {workplace: 'remote', location: 'Remote'}],
    ['the code when there is no shortcode', {shortcode: undefined, code: 'NAT-9'}, {id: 'NAT-9'}],
    ['created_at when there is no published_on', {created_at: '2026-02-01T10:00:00Z'}, {posted: '2026-02-01'}],
    ['a salary in the private API\'s words', {salary: {salary_from: 30000, salary_to: 35000, salary_currency: 'gbp'}}, {salary: {min: 30000, max: 35000, currency: 'GBP'}}],
    ['an employment type Google does not name', {employment_type: 'Apprenticeship'}, {type: 'Apprenticeship'}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const [job] = parseWorkable(account(fields));
      expect(job).to.deep.include(expected);
    });
  }

  it('reads an empty board as no jobs, and names the path of a job with no title', async () => {
    expect(parseWorkable(await (await fetch('/test/fixtures/feeds/workable-empty.json')).json())).to.deep.equal([]);
    expect(failure(() => parseWorkable({jobs: [{shortcode: 'X'}]})).message).to.equal('/jobs/0/title: expected a string');
    expect(failure(() => parseWorkable({name: 'x'})).message).to.equal('/jobs: expected an array, found undefined');
  });
});

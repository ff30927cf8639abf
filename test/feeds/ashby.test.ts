import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import {parseAshby} from '../../src/feeds/ashby.js';
import type {Job} from '../../src/feeds/job.js';

/** An Ashby job board holding `job` with the fields a test cares about. */
const board = (job: object) => ({apiVersion: '1', jobs: [{id: 'a1', title: 'Designer', jobUrl: 'https://jobs.ashbyhq.com/x/a1', ...job}]});
const salary = (...components: object[]) => ({compensation: {summaryComponents: components}});

describe('parseAshby', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseAshby(await (await fetch('/test/fixtures/feeds/ashby.json')).json());
  });

  it('reads a hybrid job with a secondary location and its salary components', () => {
    expect(jobs[0]).to.deep.equal({
      id: '4f2a8c1e-0b7d-4e9a-a1c3-5d6e7f8a9b0c',
      title: 'Product Designer',
      url: 'https://jobs.ashbyhq.com/openfair/4f2a8c1e-0b7d-4e9a-a1c3-5d6e7f8a9b0c',
      location: 'London; Manchester',
      places: [
        {city: 'London', region: 'England', country: 'United Kingdom'},
        {city: 'Manchester', region: 'England', country: 'United Kingdom'},
      ],
      workplace: 'hybrid',
      salary: {min: 52000, max: 60000, currency: 'GBP', period: 'year'},
      department: 'Design',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-15',
      description: '<p>Design services people trust &mdash; with us.</p><ul><li>Research</li><li>Prototype</li></ul>',
    });
  });

  it('reads isRemote, the team for a missing department, a day rate without currency and escapes plain text', () => {
    expect(jobs[1]).to.deep.equal({
      id: 'b7c8d9e0-1111-4222-8333-944455556666',
      title: 'Support Engineer',
      url: 'https://jobs.ashbyhq.com/openfair/b7c8d9e0-1111-4222-8333-944455556666',
      location: 'Remote (UK)',
      places: [{country: 'United Kingdom'}],
      workplace: 'remote',
      salary: {min: 400, max: 450, period: 'day'},
      department: 'Platform',
      type: 'Contract',
      employment: 'CONTRACTOR',
      posted: '2026-01-16',
      description: 'Keep &#60;systems&#62; &#38; people running.',
    });
  });

  it('shows no pay the employer hides, and leaves unlisted jobs out', () => {
    expect(jobs[2]).to.include({title: 'Head of Finance', workplace: 'onsite', employment: 'PART_TIME'});
    expect(jobs[2]).not.to.have.property('salary');
    expect(jobs.map((job) => job.id)).not.to.include('unlisted-0001');
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const cases: [string, object, Partial<Job>][] = [
    ['the lowest minimum and highest maximum over tiers', {compensation: {compensationTiers: [
      {components: [{compensationType: 'Salary', minValue: 50000, maxValue: 55000, currencyCode: 'USD', interval: '1 YEAR'}]},
      {components: [{compensationType: 'Salary', minValue: 45000, maxValue: 60000, currencyCode: 'USD', interval: '1 YEAR'}]},
    ]}}, {salary: {min: 45000, max: 60000, currency: 'USD', period: 'year'}}],
    ['an hourly salary', salary({compensationType: 'Salary', minValue: 20, maxValue: 25, currencyCode: 'GBP', interval: '1 HOUR'}), {salary: {min: 20, max: 25, currency: 'GBP', period: 'hour'}}],
    ['equity alone as no salary', salary({compensationType: 'EquityPercentage', minValue: 0.1, maxValue: 0.5}), {title: 'Designer'}],
    ['workplaceType over isRemote', {workplaceType: 'OnSite', isRemote: true, location: 'Leeds'}, {workplace: 'onsite', location: 'Leeds'}],
    ['an intern', {employmentType: 'Intern'}, {type: 'Internship', employment: 'INTERN'}],
    ['applyUrl for an unsafe jobUrl', {jobUrl: 'javascript:alert(1)', applyUrl: 'https://jobs.ashbyhq.com/x/a1/application'}, {url: 'https://jobs.ashbyhq.com/x/a1/application'}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const [job] = parseAshby(board(fields));
      expect(job).to.deep.include(expected);
      if (!('salary' in expected)) expect(job).not.to.have.property('salary');
    });
  }

  it('reads an empty board as no jobs, and names the path of a job with no title', async () => {
    expect(parseAshby(await (await fetch('/test/fixtures/feeds/ashby-empty.json')).json())).to.deep.equal([]);
    expect(failure(() => parseAshby({jobs: [{id: 'x'}]})).message).to.equal('/jobs/0/title: expected a string');
  });
});

import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import {parseBullhorn} from '../../src/feeds/bullhorn.js';
import type {Job} from '../../src/feeds/job.js';

/** A Bullhorn search answer holding `order` with the fields a test cares about. */
const search = (order: object) => ({total: 1, start: 0, count: 1, data: [{id: 1, title: 'Driver', isOpen: true, ...order}]});

describe('parseBullhorn', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseBullhorn(await (await fetch('/test/fixtures/feeds/bullhorn.json')).json());
  });

  it('reads a job order: epoch-millisecond date, category as department, a salary with no currency', () => {
    expect(jobs[0]).to.deep.equal({
      id: '40213',
      title: 'Payroll Administrator',
      location: 'Leeds, West Yorkshire',
      places: [{city: 'Leeds', region: 'West Yorkshire'}],
      salary: {min: 32000, max: 32000, period: 'year'},
      department: 'Accountancy & Finance',
      type: 'Permanent',
      posted: '2026-01-12',
      description: '<p>Run payroll for 1,200 staff &ndash; Sage &amp; Excel.</p><ul><li>Hybrid: 2 days in office</li></ul>',
    });
  });

  it('reads a pay rate when the salary is 0, an hourly salary, leaves closed orders out and keeps a bare one', () => {
    expect(jobs[1]).to.deep.include({salary: {min: 450, max: 450, period: 'day'}, employment: 'CONTRACTOR'});
    expect(jobs[2]).to.deep.include({salary: {min: 12.5, max: 12.5, period: 'hour'}, employment: 'TEMPORARY', location: 'Wakefield'});
    expect(jobs.map((job) => job.title)).to.deep.equal(['Payroll Administrator', 'Interim Finance Manager', 'Forklift Driver', 'Office Manager']);
    expect(jobs[3]).to.deep.equal({id: '40217', title: 'Office Manager', type: 'Contract To Hire', posted: '2026-01-15'});
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const cases: [string, object, Partial<Job> | undefined][] = [
    ['a deleted order as none', {isDeleted: true}, undefined],
    ['a private order as none', {isPublic: 0}, undefined],
    ['dateAdded when never published', {dateAdded: 1767225600000}, {posted: '2026-01-01'}],
    ['a fixed-term order', {employmentType: 'Fixed Term'}, {employment: 'TEMPORARY'}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const jobs = parseBullhorn(search(fields));
      if (expected) expect(jobs[0]).to.deep.include(expected);
      else expect(jobs).to.deep.equal([]);
    });
  }

  it('reads an empty search as no jobs, and names the path of an order with no title', async () => {
    expect(parseBullhorn(await (await fetch('/test/fixtures/feeds/bullhorn-empty.json')).json())).to.deep.equal([]);
    expect(failure(() => parseBullhorn({data: [{id: 1}]})).message).to.equal('/data/0/title: expected a string');
  });
});

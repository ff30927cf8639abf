import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import {decodeEntities, parseGreenhouse} from '../../src/feeds/greenhouse.js';
import type {Job} from '../../src/feeds/job.js';

describe('parseGreenhouse', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseGreenhouse(await (await fetch('/test/fixtures/feeds/greenhouse.json')).json());
  });

  it('reads a job board answer, decoding the escaped HTML once', () => {
    expect(jobs[0]).to.deep.equal({
      id: '4012345',
      title: 'Investigations Manager',
      url: 'https://boards.greenhouse.io/phso/jobs/4012345',
      location: 'Manchester, England',
      places: [{city: 'Manchester', region: 'England', country: 'GB'}],
      department: 'Operations',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-06',
      description:
        '<h2>About the role</h2><p>Lead a team of caseworkers &amp; investigators.</p>' +
        '<p>Salary &#163;52,000 &#x2013; &quot;Band 6&quot;</p>',
      hiringOrganization: {name: 'Parliamentary and Health Service Ombudsman'},
    });
  });

  it('falls back to updated_at and joins several departments', () => {
    expect(jobs[1]).to.deep.equal({
      id: '4012399',
      title: 'Policy Adviser',
      url: 'https://boards.greenhouse.io/phso/jobs/4012399',
      location: 'London',
      places: [{city: 'London'}],
      department: 'Strategy, Policy',
      posted: '2026-01-11',
      description: '<p>Shape our policy on <strong>NHS complaints</strong>.</p>',
    });
  });

  it('drops a data: url and an empty location', () => {
    expect(jobs[2]).to.deep.equal({id: '4012400', title: 'HR Business Partner', posted: '2026-01-12'});
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const job = (fields: object) => parseGreenhouse({jobs: [{id: 1, title: 'A', ...fields}]})[0];
  const cases: [string, object, Partial<Job>][] = [
    ['a string id', {id: ' 42 '}, {id: '42'}],
    ['a location given as text', {location: 'Leeds'}, {location: 'Leeds', places: [{city: 'Leeds'}]}],
    ['a hybrid location', {location: {name: 'Manchester, UK (hybrid)'}}, {location: 'Manchester, UK (hybrid)', places: [{city: 'Manchester', country: 'GB'}], workplace: 'hybrid'}],
    ['a remote location', {location: {name: 'Remote - Ireland'}}, {location: 'Remote - Ireland', places: [{country: 'IE'}], workplace: 'remote'}],
    ['the board name', {company_name: 'Acme Housing'}, {hiringOrganization: {name: 'Acme Housing'}}],
    ['departments as one object', {departments: {name: 'Legal'}}, {department: 'Legal'}],
    ['a multi-select type', {metadata: [{name: 'Job type', value: ['Full-time', 'Contract']}]}, {type: 'Full-time, Contract', employment: 'FULL_TIME'}],
    ['metadata of other shapes', {metadata: [null, 'x', {name: 'Employment Type', value: null}]}, {}],
    ['null content', {content: null, location: null, departments: null}, {}],
    ['a date that is not one', {updated_at: 'Tuesday'}, {}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => expect(job(fields)).to.deep.equal({id: '1', title: 'A', ...expected}));
  }

  const garbage: [string, unknown, string][] = [
    ['null', null, '/jobs: expected an array, found undefined'],
    ['a string', 'jobs', '/jobs: expected an array, found undefined'],
    ['jobs as text', {jobs: 'none'}, '/jobs: expected an array, found a string'],
    ['an array of numbers', {jobs: [1, 2]}, '/jobs/0: expected an object, found a number'],
    ['jobs without titles', {jobs: [{id: 1, absolute_url: 'https://x.test/'}]}, '/jobs/0/title: expected a string'],
  ];
  for (const [name, data, message] of garbage) {
    it(`throws a FeedFormatError for ${name}`, () => {
      expect(failure(() => parseGreenhouse(data)).message).to.equal(message);
    });
  }
});

describe('decodeEntities', () => {
  const cases: [string, string][] = [
    ['&lt;p&gt;Hi&lt;/p&gt;', '<p>Hi</p>'],
    ['&amp;lt;', '&lt;'],
    ['&quot;quoted&quot; &#39;single&#39; &apos;', '"quoted" \'single\' \''],
    ['&#163;35 &#x2013; &#X41;', '£35 – A'],
    ['&#128512;', '😀'],
    ['&LT;b&GT;', '<b>'],
    ['&#0; &#x110000; &#xZZ;', '&#0; &#x110000; &#xZZ;'],
    ['&nbsp;&copy;', '&nbsp;&copy;'],
    ['no entities', 'no entities'],
  ];
  for (const [escaped, html] of cases) {
    it(`decodes ${escaped}`, () => expect(decodeEntities(escaped)).to.equal(html));
  }
});

import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {isoDate, normaliseJobs, parseOwn, period} from '../../src/feeds/own.js';

/** Calls `read` with console.warn captured. */
function warnings<T>(read: () => T): {value: T; warned: string[]} {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warned.push(message);
  try {
    return {value: read(), warned};
  } finally {
    console.warn = original;
  }
}

const noJunk = (jobs: Job[]) => expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);

describe('parseOwn', () => {
  let jobs: Job[];
  let warned: string[];
  before(async () => {
    const data: unknown = await (await fetch('/test/fixtures/feeds/own.json')).json();
    ({value: jobs, warned} = warnings(() => parseOwn(data)));
  });

  it('reads a complete job as it is', () => {
    expect(jobs[0]).to.deep.equal({
      id: 'PHSO-1024',
      title: 'Caseworker',
      url: 'https://jobs.example.org/phso/1024',
      location: 'Manchester',
      places: [{city: 'Manchester'}],
      salary: {min: 35000, max: 42000, currency: 'GBP', period: 'year'},
      department: 'Operations',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-10',
      validThrough: '2026-02-07',
      description: '<p>Investigate complaints about the NHS in England and UK government departments.</p>',
    });
  });

  it('trims text, makes a number id a string, reads numbers in strings, orders min and max, drops a javascript: url', () => {
    expect(jobs[1]).to.deep.equal({
      id: '1025',
      title: 'Senior Caseworker',
      location: 'London',
      places: [{city: 'London'}],
      salary: {min: 42000, max: 48000, currency: 'GBP', period: 'year'},
      department: 'Operations',
      type: 'Full-time',
      employment: 'FULL_TIME',
      posted: '2026-01-12',
    });
  });

  it('gives a job without an id its url, else its index', () => {
    expect(jobs[2].id).to.equal('https://jobs.example.org/phso/clinical-adviser');
    expect(jobs[2].salary).to.deep.equal({min: 52.5, currency: 'GBP', period: 'hour'});
    expect(jobs[4]).to.deep.equal({id: 'job-6', title: 'Executive Assistant', posted: '2025-01-10'});
  });

  it('drops nulls, arrays where text belongs and dates that are not dates', () => {
    expect(jobs[3]).to.deep.equal({id: 'PHSO-1028', title: 'Data Analyst'});
  });

  it('skips the entries without a title or that are not objects, and warns once', () => {
    expect(jobs.map((job) => job.title)).to.deep.equal([
      'Caseworker',
      'Senior Caseworker',
      'Clinical Adviser (Nursing)',
      'Data Analyst',
      'Executive Assistant',
    ]);
    expect(warned).to.deep.equal(['Skipped 2 of 7 jobs; first: /jobs/3/title: expected a string']);
    noJunk(jobs);
  });

  it('reads a bare array and an empty feed', () => {
    expect(parseOwn([{id: 'a', title: 'A'}])).to.deep.equal([{id: 'a', title: 'A'}]);
    expect(parseOwn({jobs: []})).to.deep.equal([]);
    expect(parseOwn([])).to.deep.equal([]);
  });

  const garbage: [string, unknown, string][] = [
    ['null', null, 'expected an array, found null'],
    ['a string', 'jobs', 'expected an array, found a string'],
    ['a number', 42, 'expected an array, found a number'],
    ['{}', {}, '/jobs: expected an array, found undefined'],
    ['jobs as an object', {jobs: {title: 'A'}}, '/jobs: expected an array, found an object with keys: title'],
    ['an array of numbers', [1, 2, 3], '/0: expected an object, found a number'],
    ['nested arrays', {jobs: [[{title: 'A'}]]}, '/jobs/0: expected an object, found an array (first item: an object with keys: title)'],
    ['jobs without titles', {jobs: [{id: 1}, {title: '  '}]}, '/jobs/0/title: expected a string'],
    ['a title that is an object', {jobs: [{title: {en: 'A'}}]}, '/jobs/0/title: expected a string'],
  ];
  for (const [name, data, message] of garbage) {
    it(`throws a FeedFormatError for ${name}`, () => {
      expect(failure(() => parseOwn(data)).message).to.equal(message);
    });
  }
});

describe('normaliseJobs', () => {
  const one = (job: object) => normaliseJobs([job], '')[0];

  const cases: [string, object, Partial<Job>][] = [
    ['a number title', {title: 2026}, {id: 'job-0', title: '2026'}],
    ['a relative url', {title: 'A', url: '/jobs/a'}, {id: '/jobs/a', title: 'A', url: '/jobs/a'}],
    ['a data: url', {title: 'A', url: 'data:text/html,x'}, {id: 'job-0', title: 'A'}],
    ['a vbscript: url in capitals', {title: 'A', url: 'VBScript:x'}, {id: 'job-0', title: 'A'}],
    ['a salary with only a currency', {title: 'A', salary: {currency: 'GBP', period: 'year'}}, {id: 'job-0', title: 'A'}],
    ['a salary as a number', {title: 'A', salary: 35000}, {id: 'job-0', title: 'A'}],
    ['a salary from nothing', {title: 'A', salary: {min: 0, max: '20000'}}, {id: 'job-0', title: 'A', salary: {min: 0, max: 20000}}],
    ['a negative salary', {title: 'A', salary: {min: -5, max: 10}}, {id: 'job-0', title: 'A', salary: {max: 10}}],
    [
      'a currency that is no code and a period in words',
      {title: 'A', salary: {min: 1, currency: 'pounds', period: 'Annually'}},
      {id: 'job-0', title: 'A', salary: {min: 1, period: 'year'}},
    ],
    ['an unknown period', {title: 'A', salary: {min: 1, period: 'fortnight'}}, {id: 'job-0', title: 'A', salary: {min: 1}}],
    ['an impossible date', {title: 'A', posted: '2026-02-30', validThrough: '2026-13-01'}, {id: 'job-0', title: 'A'}],
    ['a date-time with an offset', {title: 'A', posted: '2026-01-10T23:30:00-05:00'}, {id: 'job-0', title: 'A', posted: '2026-01-10'}],
    ['Infinity and NaN ids', {id: Infinity, title: 'A'}, {id: 'job-0', title: 'A'}],
    ['a boolean id', {id: true, title: 'A'}, {id: 'job-0', title: 'A'}],
    [
      'a location in words',
      {title: 'A', location: 'Dublin, Ireland (hybrid)', type: 'Permanent full time'},
      {id: 'job-0', title: 'A', location: 'Dublin, Ireland (hybrid)', places: [{city: 'Dublin', country: 'IE'}], workplace: 'hybrid', type: 'Permanent full time', employment: 'FULL_TIME'},
    ],
    [
      'places, workplace, employment and employer of its own',
      {
        title: 'A',
        location: 'Manchester',
        places: [{city: ' Salford ', region: 'Greater Manchester', country: 'United Kingdom'}, {city: 'Salford'}, 'Leeds', {city: 7}],
        workplace: 'Remote',
        type: 'Vollzeit',
        employment: 'full_time',
        hiringOrganization: {name: 'Acme', sameAs: 'https://acme.example', logo: 'javascript:alert(1)'},
      },
      {
        id: 'job-0',
        title: 'A',
        location: 'Manchester',
        places: [{city: 'Salford', region: 'Greater Manchester', country: 'GB'}, {city: 'Salford'}],
        workplace: 'remote',
        type: 'Vollzeit',
        employment: 'FULL_TIME',
        hiringOrganization: {name: 'Acme', sameAs: 'https://acme.example'},
      },
    ],
    [
      'new fields that do not fit',
      {title: 'A', places: 'Leeds', workplace: 'sometimes', employment: 'FOREVER', hiringOrganization: {sameAs: 'https://x.example'}},
      {id: 'job-0', title: 'A'},
    ],
    ['an employment code alone', {title: 'A', employment: 'PART_TIME'}, {id: 'job-0', title: 'A', employment: 'PART_TIME'}],
  ];
  for (const [name, job, expected] of cases) {
    it(`reads ${name}`, () => {
      expect(one(job)).to.deep.equal(expected);
    });
  }

  it('keeps ids unique', () => {
    const jobs = normaliseJobs([{id: 'a', title: 'A'}, {id: 'a', title: 'B'}, {title: 'C', url: 'https://x.test/'}, {title: 'D', url: 'https://x.test/'}], '');
    expect(jobs.map((job) => job.id)).to.deep.equal(['a', 'a-1', 'https://x.test/', 'https://x.test/-3']);
  });

  it('names the path it was given', () => {
    expect(failure(() => normaliseJobs('x', '/jobs')).message).to.equal('/jobs: expected an array, found a string');
  });
});

describe('feed helpers', () => {
  const dates: [unknown, string | undefined][] = [
    ['2026-01-10', '2026-01-10'],
    [' 2026-01-10T08:00:00Z ', '2026-01-10'],
    ['Fri, 10 Jan 2026 12:00:00 GMT', '2026-01-10'],
    [1736510400000, '2025-01-10'],
    ['2026-02-29', undefined],
    ['5', undefined],
    ['yesterday', undefined],
    [1e20, undefined],
    [null, undefined],
    [{}, undefined],
  ];
  for (const [value, expected] of dates) {
    it(`isoDate(${JSON.stringify(value)}) is ${expected}`, () => expect(isoDate(value)).to.equal(expected));
  }

  const periods: [unknown, string | undefined][] = [
    ['year', 'year'],
    ['YEAR', 'year'],
    ['per annum', 'year'],
    ['yr', 'year'],
    ['per-month-salary', 'month'],
    ['weekly', 'week'],
    ['daily', 'day'],
    ['DAY', 'day'],
    ['per-hour-wage', 'hour'],
    ['/hr', 'hour'],
    ['three', undefined],
    ['', undefined],
    [7, undefined],
  ];
  for (const [value, expected] of periods) {
    it(`period(${JSON.stringify(value)}) is ${expected}`, () => expect(period(value)).to.equal(expected));
  }
});

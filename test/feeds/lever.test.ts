import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parseLever} from '../../src/feeds/lever.js';

/** A Lever posting with the fields a test cares about. */
const lever = (fields: object) => ({id: 'p1', text: 'Caseworker', hostedUrl: 'https://jobs.lever.co/x/p1', ...fields});

describe('parseLever', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseLever(await (await fetch('/test/fixtures/feeds/lever.json')).json());
  });

  it('reads a posting: hostedUrl as the url, department over team, lists as headed lists', () => {
    expect(jobs[0]).to.deep.equal({
      id: '5c1d7a2e-8f3b-4a8e-9d7e-3f5e2a1b0c9d',
      title: 'Caseworker',
      url: 'https://jobs.lever.co/phso/5c1d7a2e-8f3b-4a8e-9d7e-3f5e2a1b0c9d',
      location: 'Manchester',
      places: [{city: 'Manchester', country: 'GB'}],
      workplace: 'hybrid',
      salary: {min: 35000, max: 42000, currency: 'GBP', period: 'year'},
      department: 'Operations',
      type: 'Permanent',
      posted: '2025-01-10',
      description:
        "<div>Join our casework team.</div><h3>What you'll do</h3><ul><li>Investigate complaints</li><li>Write decisions</li></ul>" +
        "<h3>What you'll bring</h3><ul><li>Sound judgement</li></ul><div>We are a Disability Confident Leader.</div>",
    });
  });

  it('escapes descriptionPlain when there is no HTML description', () => {
    expect(jobs[1]).to.deep.equal({
      id: '9a8b7c6d-1111-2222-3333-444455556666',
      title: 'Clinical Adviser',
      url: 'https://jobs.lever.co/phso/9a8b7c6d-1111-2222-3333-444455556666',
      location: 'London',
      places: [{city: 'London'}],
      salary: {min: 38.5, max: 45, currency: 'GBP', period: 'hour'},
      department: 'Clinical Advice',
      type: 'Part-time',
      employment: 'PART_TIME',
      posted: '2025-01-11',
      description: 'Advise caseworkers on clinical &#60;evidence&#62; &#38; standards.',
    });
  });

  it('falls back to applyUrl and reads numbers given as strings', () => {
    expect(jobs[2]).to.deep.equal({
      id: '0f0f0f0f-aaaa-bbbb-cccc-dddddddddddd',
      title: 'Service Designer',
      url: 'https://jobs.lever.co/phso/0f0f0f0f-aaaa-bbbb-cccc-dddddddddddd/apply',
      location: 'Manchester',
      places: [{city: 'Manchester'}],
      salary: {min: 3500, currency: 'GBP', period: 'month'},
      department: 'Digital',
      type: 'Fixed term',
      employment: 'TEMPORARY',
      posted: '2025-01-12',
    });
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const intervals: [string, string | undefined][] = [
    ['per-year-salary', 'year'],
    ['per-month-salary', 'month'],
    ['per-week-salary', 'week'],
    ['per-day-salary', 'day'],
    ['per-hour-wage', 'hour'],
    ['one-time', undefined],
  ];
  for (const [interval, period] of intervals) {
    it(`reads the interval ${interval} as ${period}`, () => {
      const range = {min: 35000, max: 42000, currency: 'GBP', interval};
      const [job] = parseLever([lever({salaryRange: range})]);
      expect(job.salary).to.deep.equal({min: 35000, max: 42000, currency: 'GBP', ...(period && {period})});
    });
  }

  const cases: [string, object, Partial<Job>][] = [
    ['categories with allLocations only', {categories: {allLocations: ['Leeds', 'York']}}, {location: 'Leeds, York', places: [{city: 'Leeds'}, {city: 'York'}]}],
    [
      'a country and a workplace type',
      {categories: {location: 'Dublin'}, country: 'IE', workplaceType: 'remote'},
      {location: 'Dublin', places: [{city: 'Dublin', country: 'IE'}], workplace: 'remote'},
    ],
    ['a country alone', {country: 'GB', workplaceType: 'unspecified'}, {places: [{country: 'GB'}]}],
    ['on-site work', {categories: {location: 'Leeds (hybrid)'}, workplaceType: 'on-site'}, {location: 'Leeds (hybrid)', places: [{city: 'Leeds'}], workplace: 'onsite'}],
    ['a salaryRange that is text', {salaryRange: '£35k'}, {}],
    ['null categories and lists', {categories: null, lists: null, salaryRange: null, createdAt: null}, {}],
    ['a list without content', {lists: [{text: 'Empty'}, 'x']}, {}],
    ['a list heading with markup', {lists: [{text: '<b>Perks</b>', content: '<li>Gym</li>'}]}, {description: '<h3>&#60;b&#62;Perks&#60;/b&#62;</h3><ul><li>Gym</li></ul>'}],
    ['an unsafe hostedUrl', {hostedUrl: 'javascript:void 0'}, {}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const [job] = parseLever([lever(fields)]);
      const url = 'hostedUrl' in fields ? {} : {url: 'https://jobs.lever.co/x/p1'};
      expect(job).to.deep.equal({id: 'p1', title: 'Caseworker', ...url, ...expected});
    });
  }

  const links: [string, object, string | undefined][] = [
    ['a safe applyUrl behind an unsafe hostedUrl', {hostedUrl: 'javascript:alert(1)', applyUrl: 'https://jobs.lever.co/x/p1/apply'}, 'https://jobs.lever.co/x/p1/apply'],
    ['a safe applyUrl behind a hostedUrl that is not text', {hostedUrl: {href: 'https://jobs.lever.co/x/p1'}, applyUrl: 'https://jobs.lever.co/x/p1/apply'}, 'https://jobs.lever.co/x/p1/apply'],
    ['a safe applyUrl behind an empty hostedUrl', {hostedUrl: ' ', applyUrl: 'https://jobs.lever.co/x/p1/apply'}, 'https://jobs.lever.co/x/p1/apply'],
    ['no link when both are unsafe', {hostedUrl: 'javascript:alert(1)', applyUrl: ' JaVaScRiPt:alert(2)'}, undefined],
  ];
  for (const [name, fields, url] of links) {
    it(`reads ${name}`, () => {
      const [job] = parseLever([lever(fields)]);
      expect(job!.url).to.equal(url);
      if (!url) expect(job).not.to.have.property('url');
    });
  }

  const garbage: [string, unknown, string][] = [
    ['null', null, 'expected an array, found null'],
    ['{}', {}, 'expected an array, found an object with keys: none'],
    ['an object', {postings: []}, 'expected an array, found an object with keys: postings'],
    ['an array of numbers', [1, 2], '/0: expected an object, found a number'],
    ['postings without text', [{id: 'a', title: 'Not Lever'}], '/0/text: expected a string'],
  ];
  for (const [name, data, message] of garbage) {
    it(`throws a FeedFormatError for ${name}`, () => {
      expect(failure(() => parseLever(data)).message).to.equal(message);
    });
  }
});

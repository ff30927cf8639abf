import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parseJsonLd} from '../../src/feeds/json-ld.js';

const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/feeds/${name}`)).json();
const noJunk = (jobs: Job[]) => expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);

describe('parseJsonLd', () => {
  it('reads a single JobPosting with a QuantitativeValue range and a PropertyValue identifier', async () => {
    const jobs = parseJsonLd(await fixture('json-ld-single.json'));
    expect(jobs).to.deep.equal([
      {
        id: 'PHSO-2041',
        title: 'Senior Caseworker',
        url: 'https://jobs.example.org/phso/2041',
        location: 'Manchester, Greater Manchester',
        places: [{city: 'Manchester', region: 'Greater Manchester', country: 'GB'}],
        salary: {min: 42000, max: 48000, currency: 'GBP', period: 'year'},
        type: 'Full-time',
        employment: 'FULL_TIME',
        posted: '2026-01-14',
        validThrough: '2026-02-11',
        description: '<p>As a Senior Caseworker you will lead investigations into complex complaints.</p>',
        hiringOrganization: {
          name: 'Parliamentary and Health Service Ombudsman',
          sameAs: 'https://www.ombudsman.org.uk',
          logo: 'https://www.ombudsman.org.uk/logo.png',
        },
      },
    ]);
  });

  it('reads an array: several places, remote work, exact values, day rates, employment types', async () => {
    const jobs = parseJsonLd(await fixture('json-ld-array.json'));
    expect(jobs).to.deep.equal([
      {
        id: 'CSO-7',
        title: 'Customer Service Officer',
        url: 'https://jobs.example.org/phso/cso-7',
        location: 'Manchester, Greater Manchester; London',
        places: [{city: 'Manchester', region: 'Greater Manchester'}, {city: 'London'}],
        salary: {min: 14.25, max: 14.25, currency: 'GBP', period: 'hour'},
        type: 'Full-time, Part-time',
        employment: 'FULL_TIME',
        posted: '2026-01-08',
      },
      {
        id: 'https://jobs.example.org/phso/digital#posting',
        title: 'Digital Content Designer',
        url: 'https://jobs.example.org/phso/digital',
        // No English word in the location: the job is remote, the UK is where candidates must live.
        places: [{country: 'GB'}],
        workplace: 'remote',
        salary: {min: 450, max: 450, currency: 'GBP', period: 'day'},
        type: 'Contract',
        employment: 'CONTRACTOR',
        posted: '2026-01-09',
      },
      {
        id: 'https://jobs.example.org/phso/intern',
        title: 'Summer Intern',
        url: 'https://jobs.example.org/phso/intern',
        location: 'Millbank Tower',
        places: [{city: 'Millbank Tower'}],
        type: 'Internship',
        employment: 'INTERN',
      },
    ]);
    noJunk(jobs);
  });

  it('reads the JobPostings of a @graph, passing over other nodes and skipping one without a title', async () => {
    const jobs = parseJsonLd(await fixture('json-ld-graph.json'));
    expect(jobs).to.deep.equal([
      {
        id: 'https://jobs.example.org/phso/3001#posting',
        title: 'Head of Legal',
        url: 'https://jobs.example.org/phso/3001',
        location: 'City Gate, 51 Mosley Street, Manchester',
        places: [{city: 'Manchester'}],
        salary: {min: 78000, currency: 'GBP', period: 'year'},
        type: 'Per Diem',
        employment: 'PER_DIEM',
        posted: '2026-01-05',
        validThrough: '2026-01-31',
      },
    ]);
  });

  const posting = (fields: object) => parseJsonLd({'@type': 'JobPosting', title: 'A', ...fields})[0];
  const cases: [string, object, Partial<Job>][] = [
    ['a plain-number baseSalary', {baseSalary: 30000, salaryCurrency: 'EUR'}, {salary: {min: 30000, max: 30000, currency: 'EUR'}}],
    [
      'a MonetaryAmount with a numeric-string value',
      {baseSalary: {currency: 'USD', value: '52000', unitText: 'YEAR'}},
      {salary: {min: 52000, max: 52000, currency: 'USD', period: 'year'}},
    ],
    [
      'a QuantitativeValue with only a maximum, in months',
      {baseSalary: {currency: 'GBP', value: {maxValue: 3500, unitText: 'MONTH'}}},
      {salary: {max: 3500, currency: 'GBP', period: 'month'}},
    ],
    ['a weekly unit', {baseSalary: {currency: 'GBP', value: {value: 600, unitText: 'WEEK'}}}, {salary: {min: 600, max: 600, currency: 'GBP', period: 'week'}}],
    ['a salary that is text', {baseSalary: {currency: 'GBP', value: 'Competitive'}}, {}],
    ['a number identifier', {identifier: 42}, {id: '42'}],
    ['an identifier without a value, then @id', {identifier: {name: 'x'}, '@id': 'urn:job:7'}, {id: 'urn:job:7'}],
    ['a place and remote work', {jobLocation: {address: {addressLocality: 'London'}}, jobLocationType: 'TELECOMMUTE'}, {location: 'London', places: [{city: 'London'}], workplace: 'remote'}],
    ['a place given only a region', {jobLocation: {address: {addressRegion: 'Wales'}}}, {location: 'Wales', places: [{region: 'Wales'}]}],
    [
      'a PostalAddress in parts, the country named',
      {jobLocation: {'@type': 'Place', address: {addressLocality: 'Dublin', addressCountry: {'@type': 'Country', name: 'Ireland'}}}},
      {location: 'Dublin', places: [{city: 'Dublin', country: 'IE'}]},
    ],
    [
      'remote work for candidates in one country',
      {jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: {'@type': 'Country', name: 'DE'}},
      {places: [{country: 'DE'}], workplace: 'remote'},
    ],
    ['a hiring organisation by name', {hiringOrganization: 'Stadtwerke Auenfeld'}, {hiringOrganization: {name: 'Stadtwerke Auenfeld'}}],
    [
      'a hiring organisation with an ImageObject logo and an unsafe site',
      {hiringOrganization: {'@type': 'Organization', name: 'Acme', sameAs: 'javascript:alert(1)', logo: {'@type': 'ImageObject', url: 'https://acme.example/logo.png'}}},
      {hiringOrganization: {name: 'Acme', logo: 'https://acme.example/logo.png'}},
    ],
    ['an unknown employment type', {employmentType: 'VOLUNTEER'}, {type: 'Volunteer', employment: 'VOLUNTEER'}],
    ['an employment type in words', {employmentType: 'full-time'}, {type: 'Full-time', employment: 'FULL_TIME'}],
    ['TEMPORARY', {employmentType: 'TEMPORARY'}, {type: 'Temporary', employment: 'TEMPORARY'}],
    ['a one-word code with a non-ASCII first letter', {employmentType: 'übergangsweise'}, {type: 'Übergangsweise'}],
    [
      'an employment type in free text, kept as written',
      {employmentType: 'Vollzeit, unbefristet'},
      {type: 'Vollzeit, unbefristet', employment: 'FULL_TIME'},
    ],
    ['a title given as name', {title: undefined, name: 'Named'}, {title: 'Named'}],
    ['a date that is not one', {datePosted: '2026-13-45', validThrough: 'soon'}, {}],
    ['a javascript: url', {url: 'javascript:alert(1)'}, {}],
    ['null fields', {url: null, baseSalary: null, jobLocation: null, employmentType: null, identifier: null}, {}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      const job = posting(fields);
      expect(job).to.deep.equal({id: 'job-0', title: 'A', ...expected});
    });
  }

  it('accepts @type as an array or a full IRI', () => {
    const jobs = parseJsonLd([
      {'@type': ['JobPosting'], title: 'A'},
      {'@type': 'http://schema.org/JobPosting', title: 'B'},
    ]);
    expect(jobs.map((job) => job.title)).to.deep.equal(['A', 'B']);
  });

  it('reads an empty array as no jobs', () => {
    expect(parseJsonLd([])).to.deep.equal([]);
  });

  const garbage: [string, unknown, string][] = [
    ['null', null, 'expected a schema.org JobPosting, found @type none'],
    ['a string', 'JobPosting', 'expected a schema.org JobPosting, found @type none'],
    ['{}', {}, 'expected a schema.org JobPosting, found @type none'],
    ['an array of numbers', [1, 2], 'expected a schema.org JobPosting, found @type none'],
    ['an Organization', {'@type': 'Organization', name: 'PHSO'}, 'expected a schema.org JobPosting, found @type Organization'],
    ['a graph without postings', {'@graph': [{'@type': 'WebSite'}, {'@type': 'Organization'}]}, 'expected a schema.org JobPosting, found @type WebSite, Organization'],
    ['one posting without a title', {'@type': 'JobPosting', url: 'https://x.test/'}, '/title: expected a string'],
    ['an array of postings without titles', [{'@type': 'JobPosting'}], '/0/title: expected a string'],
    ['a graph of postings without titles', {'@graph': [{'@type': 'Thing'}, {'@type': 'JobPosting', title: Infinity}]}, '/@graph/1/title: expected a string'],
  ];
  for (const [name, data, message] of garbage) {
    it(`throws a FeedFormatError for ${name}`, () => {
      expect(failure(() => parseJsonLd(data)).message).to.equal(message);
    });
  }
});

import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import {parseIndeed, readXml, salaryText, type XmlJob} from '../../src/feeds/indeed-xml.js';
import type {Job} from '../../src/feeds/job.js';

describe('readXml', () => {
  let records: XmlJob[];
  before(async () => {
    records = readXml(await (await fetch('/test/fixtures/feeds/indeed.xml')).text());
  });

  it('returns one plain record per <job>, CDATA read as text', () => {
    expect(records).to.have.length(5);
    expect(records[0]!.title).to.equal('Caseworker & Investigator');
    expect(records[0]!.description).to.equal('<p>Investigate complaints <strong>fairly</strong>.</p>');
    expect(records[1]).to.deep.equal({
      title: 'Clinical Adviser',
      date: '2026-01-11',
      referencenumber: 'PHSO-5002',
      url: 'https://jobs.example.org/phso/5002',
      city: 'London',
      country: 'GB',
      salary: '£12.50 per hour',
      jobtype: 'parttime',
    });
  });

  it('reads <job>s under another root, with tag names in lower case', () => {
    expect(readXml('<jobs><job><Title>A</Title><URL>/a</URL></job></jobs>')).to.deep.equal([{title: 'A', url: '/a'}]);
  });

  it('reads an empty <source> as no jobs', () => {
    expect(readXml('<?xml version="1.0"?><source><publisher>X</publisher></source>')).to.deep.equal([]);
  });

  it('throws a FeedFormatError for XML that is not well-formed', () => {
    const message = failure(() => readXml('<source><job><title>A</job></source>')).message;
    // The parser's words differ by browser: "error on line 1 at column 24: …"
    // in Chromium, "XML Parsing Error: mismatched tag. … Line Number 1, Column 24" in Firefox.
    expect(message).to.match(/^not JSON or XML: .*\b(line|Line Number) 1\b/);
    // One line, without the page's URL or the source excerpt that Firefox adds.
    expect(message).to.not.match(/\n|Location|localhost|<source>/);
  });

  it('throws a FeedFormatError naming the root of XML that is no jobs feed', () => {
    expect(failure(() => readXml('<rss version="2.0"><channel><item/></channel></rss>')).message).to.equal(
      'expected a jobs feed (own, JSON-LD JobPosting, Greenhouse, Lever, Indeed XML, Bullhorn, Workable, Ashby, Recruitee, SmartRecruiters or Personio XML); found XML with root <rss>',
    );
  });
});

describe('parseIndeed', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseIndeed(readXml(await (await fetch('/test/fixtures/feeds/indeed.xml')).text()));
  });

  it('reads a complete job', () => {
    expect(jobs[0]).to.deep.equal({
      id: 'PHSO-5001',
      title: 'Caseworker & Investigator',
      url: 'https://jobs.example.org/phso/5001?utm_source=indeed&utm_medium=feed',
      location: 'Manchester, Greater Manchester, GB',
      salary: {min: 35000, max: 42000, currency: 'GBP', period: 'year'},
      department: 'Operations',
      type: 'Full-time',
      posted: '2026-01-10',
      description: '<p>Investigate complaints <strong>fairly</strong>.</p>',
    });
  });

  it('reads jobs with missing fields, skipping the one without a title', () => {
    expect(jobs.slice(1)).to.deep.equal([
      {
        id: 'PHSO-5002',
        title: 'Clinical Adviser',
        url: 'https://jobs.example.org/phso/5002',
        location: 'London, GB',
        salary: {min: 12.5, max: 12.5, currency: 'GBP', period: 'hour'},
        type: 'Part-time',
        posted: '2026-01-11',
      },
      {
        id: 'https://jobs.example.org/phso/5003',
        title: 'Finance Officer',
        url: 'https://jobs.example.org/phso/5003',
        location: 'Manchester',
        type: 'Temporary',
      },
      {
        id: 'PHSO-5005',
        title: 'Analyst',
        salary: {min: 35000, max: 42000, currency: 'GBP', period: 'year'},
        type: 'Contract',
      },
    ]);
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const garbage: [string, unknown, string][] = [
    ['null', null, '/source/job: expected an array, found null'],
    ['records without titles', [{url: 'https://x.test/'}, {title: ' '}], '/source/job/0/title: expected a string'],
  ];
  for (const [name, records, message] of garbage) {
    it(`throws a FeedFormatError for ${name}`, () => {
      expect(failure(() => parseIndeed(records as XmlJob[])).message).to.equal(message);
    });
  }
});

describe('salaryText', () => {
  const cases: [unknown, object | undefined][] = [
    ['£35,000 - £42,000 per year', {min: 35000, max: 42000, currency: 'GBP', period: 'year'}],
    ['£12.50 per hour', {min: 12.5, max: 12.5, currency: 'GBP', period: 'hour'}],
    ['35000-42000 GBP annually', {min: 35000, max: 42000, currency: 'GBP', period: 'year'}],
    ['$60k–$75k a year', {min: 60000, max: 75000, currency: 'USD', period: 'year'}],
    ['€300 daily', {min: 300, max: 300, currency: 'EUR', period: 'day'}],
    ['£2,500 per month', {min: 2500, max: 2500, currency: 'GBP', period: 'month'}],
    ['USD 900 weekly', {min: 900, max: 900, currency: 'USD', period: 'week'}],
    ['30000 PER ANNUM', {min: 30000, max: 30000, currency: undefined, period: 'year'}],
    ['£15/hr', {min: 15, max: 15, currency: 'GBP', period: 'hour'}],
    ['Competitive', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [text, salary] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => expect(salaryText(text)).to.deep.equal(salary));
  }
});

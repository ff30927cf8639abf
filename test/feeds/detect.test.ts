import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import {detectFormat, parseFeed, xmlRoot, type FeedFormat} from '../../src/feeds/detect.js';
import {FeedFormatError} from '../../src/feeds/job.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
const expected = 'expected a jobs feed (own, JSON-LD JobPosting, Greenhouse, Lever, Indeed XML, Bullhorn, Workable, Ashby, Recruitee, SmartRecruiters or Personio XML); found ';

describe('detectFormat', () => {
  const cases: [string, unknown, FeedFormat | undefined][] = [
    ['own', {jobs: [{id: 'a', title: 'A'}]}, 'own'],
    ['own, empty', {jobs: []}, 'own'],
    ['own, jobs not an array', {jobs: 'x'}, 'own'],
    ['a bare array of own jobs', [{title: 'A'}], 'own'],
    ['an empty array', [], 'own'],
    ['Greenhouse', {jobs: [{id: 1, title: 'A', absolute_url: 'https://x.test/'}], meta: {total: 1}}, 'greenhouse'],
    ['Lever with hostedUrl', [{id: 'a', text: 'A', hostedUrl: 'https://x.test/'}], 'lever'],
    ['Lever with categories', [{id: 'a', text: 'A', categories: {}}], 'lever'],
    ['one JobPosting', {'@context': 'https://schema.org', '@type': 'JobPosting', title: 'A'}, 'json-ld'],
    ['a @graph', {'@graph': []}, 'json-ld'],
    ['an array of JobPostings', [{'@type': 'JobPosting', title: 'A'}], 'json-ld'],
    ['SmartRecruiters', {offset: 0, limit: 100, totalFound: 1, content: [{id: '1', name: 'A'}]}, 'smartrecruiters'],
    ['SmartRecruiters, empty', {offset: 0, limit: 100, totalFound: 0, content: []}, 'smartrecruiters'],
    ['SmartRecruiters postings without the page numbers', {content: [{name: 'A', releasedDate: '2026-01-01'}]}, 'smartrecruiters'],
    ['Bullhorn', {total: 1, start: 0, count: 1, data: [{id: 1, title: 'A'}]}, 'bullhorn'],
    ['Bullhorn, empty', {total: 0, start: 0, count: 0, data: []}, 'bullhorn'],
    ['Bullhorn job orders without the page numbers', {data: [{id: 1, title: 'A', publishedCategory: {name: 'B'}}]}, 'bullhorn'],
    ['Recruitee', {offers: [{id: 1, title: 'A'}]}, 'recruitee'],
    ['Recruitee, empty', {offers: []}, 'recruitee'],
    ['Ashby', {apiVersion: '1', jobs: [{id: 'a', title: 'A'}]}, 'ashby'],
    ['Ashby, empty', {apiVersion: '1', jobs: []}, 'ashby'],
    ['Ashby jobs without apiVersion', {jobs: [{id: 'a', title: 'A', jobUrl: 'https://x.test/'}]}, 'ashby'],
    ['Workable', {name: 'Acme', jobs: [{title: 'A', shortcode: 'AB12'}]}, 'workable'],
    ['Workable by application_url', {jobs: [{title: 'A', application_url: 'https://x.test/'}]}, 'workable'],
    ['Workable, empty (read as an empty own feed)', {name: 'Acme', jobs: []}, 'own'],
    ['an object whose content is not a page', {content: 'x'}, undefined],
    ['an object whose data holds no job orders', {data: [{name: 'A'}]}, undefined],
    ['another object', {status: 'ok'}, undefined],
    ['an array of objects of no format', [{name: 'A'}], undefined],
    ['an array of numbers', [1, 2], undefined],
    ['a number', 5, undefined],
    ['a string', 'jobs', undefined],
    ['null', null, undefined],
  ];
  for (const [name, data, format] of cases) {
    it(`finds ${format} in ${name}`, () => expect(detectFormat(data)).to.equal(format));
  }
});

describe('parseFeed', () => {
  const fixtures: [string, number, string][] = [
    ['own.json', 5, 'PHSO-1024'],
    ['json-ld-single.json', 1, 'PHSO-2041'],
    ['json-ld-array.json', 3, 'CSO-7'],
    ['json-ld-graph.json', 1, 'https://jobs.example.org/phso/3001#posting'],
    ['greenhouse.json', 3, '4012345'],
    ['lever.json', 3, '5c1d7a2e-8f3b-4a8e-9d7e-3f5e2a1b0c9d'],
    ['indeed.xml', 4, 'PHSO-5001'],
    ['bullhorn.json', 4, '40213'],
    ['workable.json', 3, '7A1B2C3D4E'],
    ['ashby.json', 3, '4f2a8c1e-0b7d-4e9a-a1c3-5d6e7f8a9b0c'],
    ['recruitee.json', 3, '1804211'],
    ['smartrecruiters.json', 5, '744000012345678'],
    ['personio.xml', 3, '1520934'],
  ];
  for (const [name, count, id] of fixtures) {
    it(`detects and reads ${name}`, async () => {
      const jobs = parseFeed(await fixture(name));
      expect(jobs).to.have.length(count);
      expect(jobs[0]!.id).to.equal(id);
    });
  }

  const empty = ['bullhorn-empty.json', 'ashby-empty.json', 'recruitee-empty.json', 'smartrecruiters-empty.json', 'workable-empty.json', 'personio-empty.xml'];
  for (const name of empty) {
    it(`reads the empty board ${name} as no jobs`, async () => {
      expect(parseFeed(await fixture(name))).to.deep.equal([]);
    });
  }

  it('reads Personio XML by its root, and with a feed URL links each job', async () => {
    const text = await fixture('personio.xml');
    expect(parseFeed(text, 'auto', 'https://alpenblick.jobs.personio.de/xml')[0]!.url).to.equal('https://alpenblick.jobs.personio.de/job/1520934');
    expect(parseFeed(text, 'personio-xml')[0]!.title).to.equal('Senior Frontend Engineer (m/w/d)');
    const indeed = await fixture('indeed.xml');
    expect(failure(() => parseFeed(indeed, 'personio-xml')).message).to.match(/found XML with root <source>$/);
    expect(failure(() => parseFeed(text, 'indeed-xml')).message).to.match(/found XML with root <workzag-jobs>$/);
  });

  const roots: [string, string | undefined][] = [
    ['<workzag-jobs/>', 'workzag-jobs'],
    ['<?xml version="1.0"?>\n<!-- exported --><workzag-jobs>', 'workzag-jobs'],
    ['<!DOCTYPE source [<!ENTITY e "x">]><source>', 'source'],
    ['<?xml version="1.0"?><a:jobs xmlns:a="urn:x">', 'a:jobs'],
    ['{"jobs": []}', undefined],
    ['<?xml version="1.0"', undefined],
  ];
  for (const [text, root] of roots) {
    it(`finds the root ${root} in ${JSON.stringify(text)}`, () => expect(xmlRoot(text)).to.equal(root));
  }

  it('reads in the format it is told', async () => {
    const jobs = parseFeed(await fixture('greenhouse.json'), 'greenhouse');
    expect(jobs[0]!.url).to.equal('https://boards.greenhouse.io/phso/jobs/4012345');
    expect(parseFeed(await fixture('indeed.xml'), 'indeed-xml')).to.have.length(4);
  });

  it('reads a feed in the wrong format it is told as that format, failing where it must', async () => {
    const text = await fixture('lever.json');
    expect(failure(() => parseFeed(text, 'greenhouse')).message).to.equal('/jobs: expected an array, found undefined');
    expect(failure(() => parseFeed(text, 'own')).message).to.equal('/0/title: expected a string');
    expect(failure(() => parseFeed(text, 'indeed-xml')).message).to.match(/^not JSON or XML: /);
  });

  it('skips spaces and a byte order mark before the feed', () => {
    expect(parseFeed('\uFEFF \n {"jobs": [{"title": "A"}]}')).to.deep.equal([{id: 'job-0', title: 'A'}]);
    expect(parseFeed('\n  <source><job><title>A</title></job></source>')).to.deep.equal([{id: 'job-0', title: 'A'}]);
  });

  it('says "not JSON or XML" for garbage.txt', async () => {
    const text = await fixture('garbage.txt');
    // The JSON parser's own words, which differ by browser ("Unexpected token 'B', …"
    // in Chromium, "JSON.parse: unexpected character at line 1 column 1 …" in Firefox).
    let parserMessage = '';
    try {
      JSON.parse(text.trim());
    } catch (error) {
      parserMessage = (error as SyntaxError).message;
    }
    expect(parserMessage).to.not.equal('');
    expect(failure(() => parseFeed(text)).message).to.equal(`not JSON or XML: ${parserMessage}`);
  });

  it('names what it found in JSON of no known format', async () => {
    const text = await fixture('not-a-feed.json');
    expect(failure(() => parseFeed(text)).message).to.equal(`${expected}an object with keys: status, data, page`);
  });

  const garbage: [string, string][] = [
    ['', /^not JSON or XML: /.source],
    ['{"jobs": [', /^not JSON or XML: /.source],
    ['42', `^${expected.replace(/[()]/g, '\\$&')}a number$`],
    ['"jobs"', 'found a string$'],
    ['null', 'found null$'],
    ['true', 'found a boolean$'],
    ['[1, 2, 3]', 'found an array \\(first item: a number\\)$'],
    ['[{"name": "x"}]', 'found an array \\(first item: an object with keys: name\\)$'],
    ['{}', 'found an object with keys: none$'],
    ['<rss version="2.0"><channel/></rss>', 'found XML with root <rss>$'],
    ['<html><body>502 Bad Gateway</body></html>', 'found XML with root <html>$'],
    ['<html><body><p>Bad Gateway<br></body></html>', '^not JSON or XML: '],
    ['{"jobs": [{"id": 1}]}', '^/jobs/0/title: expected a string$'],
  ];
  for (const [text, pattern] of garbage) {
    it(`throws a FeedFormatError for ${JSON.stringify(text)}`, () => {
      expect(failure(() => parseFeed(text)).message).to.match(new RegExp(pattern));
    });
  }
});

describe('every parser, fed odd values in every field', () => {
  const odd: unknown[] = [null, 0, -1, 1e308, '', ' ', 'x', '<b>', 'javascript:x', true, [], [null], [[1]], {}, {name: 1}];
  const keys = [
    ...['id', 'title', 'url', 'location', 'salary', 'department', 'type', 'posted', 'validThrough', 'description'],
    ...['absolute_url', 'updated_at', 'first_published', 'content', 'departments', 'metadata'],
    ...['text', 'hostedUrl', 'applyUrl', 'categories', 'salaryRange', 'createdAt', 'descriptionPlain', 'lists', 'additional'],
    ...['@id', 'identifier', 'baseSalary', 'jobLocation', 'jobLocationType', 'employmentType', 'datePosted', 'name'],
    ...['publishedCategory', 'address', 'dateLastPublished', 'publicDescription', 'salaryUnit', 'payRate', 'isOpen', 'isPublic', 'isDeleted'],
    ...['shortcode', 'code', 'employment_type', 'telecommuting', 'shortlink', 'application_url', 'published_on', 'locations', 'city', 'state', 'country', 'requirements', 'benefits', 'workplace_type'],
    ...['jobUrl', 'descriptionHtml', 'isRemote', 'workplaceType', 'secondaryLocations', 'compensation', 'team', 'publishedAt', 'isListed', 'shouldDisplayCompensationOnJobPostings'],
    ...['careers_url', 'careers_apply_url', 'remote', 'hybrid', 'on_site', 'employment_type_code', 'published_at', 'close_at', 'company_name', 'country_code', 'state_name', 'slug'],
    ...['company', 'releasedDate', 'typeOfEmployment', 'function', 'jobAd', 'postingUrl', 'uuid'],
  ];
  const inner = [
    ...['min', 'max', 'currency', 'period', 'interval', 'value', 'minValue', 'maxValue', 'unitText', 'name', 'address', 'location', 'team', 'commitment', 'content', 'text'],
    ...['city', 'state', 'region', 'country', 'countryCode', 'postalAddress', 'addressLocality', 'summaryComponents', 'compensationTiers', 'components', 'compensationType', 'currencyCode'],
    ...['salary_from', 'salary_to', 'identifier', 'label', 'id', 'fullLocation', 'sections', 'remote', 'hybrid', 'hidden'],
  ];
  const feeds: [FeedFormat, (entry: object) => unknown][] = [
    ['own', (entry) => ({jobs: [entry]})],
    ['greenhouse', (entry) => ({jobs: [entry]})],
    ['lever', (entry) => [entry]],
    ['json-ld', (entry) => ({'@graph': [{...entry, '@type': 'JobPosting'}]})],
    ['bullhorn', (entry) => ({total: 1, start: 0, count: 1, data: [entry]})],
    ['workable', (entry) => ({name: entry, jobs: [entry]})],
    ['ashby', (entry) => ({apiVersion: '1', jobs: [entry]})],
    ['recruitee', (entry) => ({offers: [entry]})],
    ['smartrecruiters', (entry) => ({offset: 0, limit: 1, totalFound: 1, content: [entry]})],
  ];
  for (const [format, wrap] of feeds) {
    it(`${format}: a job or a FeedFormatError, never undefined or NaN`, () => {
      for (const value of odd) {
        const deep = Object.fromEntries(inner.map((key) => [key, {...Object.fromEntries(inner.map((k) => [k, value]))}]));
        for (const fields of [Object.fromEntries(keys.map((key) => [key, value])), Object.fromEntries(keys.map((key) => [key, deep]))]) {
          const text = JSON.stringify(wrap(fields));
          try {
            const jobs = parseFeed(text, format);
            expect(JSON.stringify(jobs), text).not.to.match(/undefined|NaN|null/);
            expect(jobs.every((job) => typeof job.id == 'string' && typeof job.title == 'string'), text).to.be.true;
          } catch (error) {
            expect(error, text).to.be.instanceOf(FeedFormatError);
          }
        }
      }
    });
  }

  it('personio-xml: a job or a FeedFormatError, never undefined or NaN', () => {
    const tags = ['id', 'subcompany', 'office', 'department', 'name', 'employmentType', 'schedule', 'createdAt'];
    for (const value of ['', ' ', 'x', '0', '-1', 'NaN', 'undefined', '<![CDATA[]]>', '&amp;', '1e999', 'javascript:x']) {
      const nested = `<additionalOffices><office>${value}</office></additionalOffices><jobDescriptions><jobDescription><name>${value}</name><value>${value}</value></jobDescription></jobDescriptions>`;
      const xml = `<workzag-jobs><position>${tags.map((tag) => `<${tag}>${value}</${tag}>`).join('')}${nested}</position></workzag-jobs>`;
      try {
        const jobs = parseFeed(xml, 'auto', 'https://acme.jobs.personio.de/xml');
        // The text "NaN" may be a title here: look for missing values, not words.
        expect(JSON.stringify(jobs, (_, value) => (value === undefined || value === null ? 'MISSING' : value)), xml).not.to.contain('MISSING');
        expect(jobs.every((job) => typeof job.id == 'string' && typeof job.title == 'string'), xml).to.be.true;
      } catch (error) {
        expect(error, xml).to.be.instanceOf(FeedFormatError);
      }
    }
  });

  it('indeed-xml: a job or a FeedFormatError, never undefined or NaN', () => {
    const tags = ['title', 'date', 'referencenumber', 'url', 'city', 'state', 'country', 'description', 'salary', 'jobtype', 'category'];
    for (const value of ['', ' ', 'x', '0', '-1', 'NaN', 'undefined', '<![CDATA[]]>', '&amp;', '£', '1e999', 'javascript:x']) {
      const xml = `<source><job>${tags.map((tag) => `<${tag}>${value}</${tag}>`).join('')}</job></source>`;
      try {
        const jobs = parseFeed(xml);
        expect(jobs.every((job) => typeof job.id == 'string' && typeof job.title == 'string'), xml).to.be.true;
        expect(JSON.stringify(jobs.map((job) => job.salary ?? {})), xml).not.to.match(/NaN|null/);
      } catch (error) {
        expect(error, xml).to.be.instanceOf(FeedFormatError);
      }
    }
  });
});

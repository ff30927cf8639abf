import {expect} from '@open-wc/testing';
import {FetchError} from '../../src/shared/fetch-text.js';
import {FeedFormatError} from '../../src/feeds/job.js';
import {loadFeed, MAX_PAGES, nextPage, PartialFeedError} from '../../src/feeds/pages.js';

const ATS = '/test-server/ats';
const limits = {format: 'auto', timeout: 5000, maxBytes: 5_000_000} as const;

/** The error `load` rejects with; fails the test when it resolves. */
async function rejection(load: Promise<unknown>): Promise<Error> {
  try {
    await load;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the load to fail');
}

describe('nextPage', () => {
  const cases: [string, string, string, unknown, string | undefined][] = [
    ['SmartRecruiters, first of three', 'https://api.smartrecruiters.com/v1/companies/A/postings?limit=100', 'smartrecruiters',
      {offset: 0, limit: 100, totalFound: 250, content: Array(100).fill({})}, 'https://api.smartrecruiters.com/v1/companies/A/postings?limit=100&offset=100'],
    ['SmartRecruiters, fewer than asked', '/p?offset=4&limit=100', 'smartrecruiters',
      {offset: 4, limit: 100, totalFound: 9, content: [{}, {}]}, '/p?offset=6&limit=100'],
    ['SmartRecruiters, the last page', '/p?offset=8', 'smartrecruiters', {offset: 8, totalFound: 9, content: [{}]}, undefined],
    ['SmartRecruiters, an empty page', '/p', 'smartrecruiters', {offset: 0, totalFound: 9, content: []}, undefined],
    ['SmartRecruiters, no total', '/p', 'smartrecruiters', {offset: 0, content: [{}]}, undefined],
    ['SmartRecruiters, a negative offset', '/p', 'smartrecruiters', {offset: -5, totalFound: 9, content: [{}]}, undefined],
    ['Bullhorn, first of two', '/s/JobOrder?query=x&start=0&count=100', 'bullhorn',
      {total: 150, start: 0, count: 100, data: []}, '/s/JobOrder?query=x&start=100&count=100'],
    ['Bullhorn, the last page', '/s/JobOrder?start=100', 'bullhorn', {total: 150, start: 100, count: 50, data: []}, undefined],
    ['Bullhorn, a count as text', '/s/JobOrder', 'bullhorn', {total: 150, start: 0, count: '50', data: [{}]}, '/s/JobOrder?start=1'],
    ['Ashby, which does not page', '/a', 'ashby', {apiVersion: '1', jobs: [{}], total: 10}, undefined],
  ];
  for (const [name, url, format, data, next] of cases) {
    it(`gives ${next} for ${name}`, () => expect(nextPage(url, format as 'ashby', data)).to.equal(next));
  }
});

describe('loadFeed', () => {
  it('follows SmartRecruiters pages until totalFound', async () => {
    const jobs = await loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/HarbourRetail/postings?limit=100`, limits);
    expect(jobs.map((job) => job.id)).to.deep.equal(['744000012345678', '744000012345679', '744000012345680', '744000012345681', '744000012345682']);
  });

  it('follows Bullhorn pages until total', async () => {
    const jobs = await loadFeed(`${ATS}/public-rest32.bullhornstaffing.com/rest-services/3xT9aQ/search/JobOrder?query=x&fields=id&start=0&count=100`, limits);
    expect(jobs.map((job) => job.title)).to.deep.equal(['Payroll Administrator', 'Interim Finance Manager', 'Forklift Driver', 'Office Manager']);
  });

  it('keeps the pages read when a later page fails, with the page and the cause', async () => {
    const error = await rejection(loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/failing/postings`, limits));
    expect(error).to.be.instanceOf(PartialFeedError);
    const partial = error as PartialFeedError;
    expect(partial.page).to.equal(2);
    expect(partial.jobs.map((job) => job.title)).to.deep.equal(['Store Manager', 'Customer Service Adviser – Evenings']);
    expect(partial.cause).to.be.instanceOf(FetchError);
    expect((partial.cause as FetchError).status).to.equal(500);
    expect(partial.message).to.equal('page 2 failed (showing the 2 jobs of the pages before it): The server answered 500.');
  });

  it('gives every page together one timeout', async () => {
    const error = await rejection(loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/slow/postings`, {...limits, timeout: 1000}));
    expect(error).to.be.instanceOf(PartialFeedError);
    expect(((error as PartialFeedError).cause as FetchError).kind).to.equal('timeout');
    expect((error as PartialFeedError).jobs).to.have.length(2);
  });

  it('gives every page together one byte budget', async () => {
    const first = await (await fetch(`${ATS}/api.smartrecruiters.com/v1/companies/HarbourRetail/postings`)).text();
    const error = await rejection(loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/HarbourRetail/postings`, {...limits, maxBytes: first.length + 100}));
    expect(((error as PartialFeedError).cause as FetchError).kind).to.equal('too-large');
    expect((error as PartialFeedError).jobs).to.have.length(2);
  });

  it(`stops after ${MAX_PAGES} pages of an endless feed, with one warning`, async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const jobs = await loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/endless/postings`, limits);
      expect(jobs).to.have.length(MAX_PAGES);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('throws the first page\'s own error, and reads a feed that does not page once', async () => {
    expect(await rejection(loadFeed(`${ATS}/api.smartrecruiters.com/v1/companies/nobody/postings`, limits))).to.be.instanceOf(FetchError);
    expect(await rejection(loadFeed('/test/fixtures/feeds/not-a-feed.json', limits))).to.be.instanceOf(FeedFormatError);
    expect(await loadFeed(`${ATS}/api.ashbyhq.com/posting-api/job-board/openfair?includeCompensation=true`, limits)).to.have.length(3);
  });
});

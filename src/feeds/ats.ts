import {readAtsShorthand, type AtsProvider} from './ats-shorthand.js';
import type {FeedFormat} from './detect.js';

export {ATS_PROVIDERS, AtsShorthandError} from './ats-shorthand.js';

/** A feed an `ats="<provider>:<account>"` shorthand names: its URL and format. */
export interface AtsFeed {
  readonly url: string;
  readonly format: Exclude<FeedFormat, 'auto'>;
}

/** The fields Bullhorn's career portal asks for, and the query for open, public job orders. */
const BULLHORN_QUERY = new URLSearchParams({
  query: '(isOpen:1) AND (isDeleted:0)',
  fields: 'id,title,publishedCategory(id,name),address(city,state,zip),employmentType,dateLastPublished,publicDescription,isOpen,isPublic,isDeleted,publishedZip,salary,salaryUnit',
  count: '100',
  start: '0',
  sort: '-dateLastPublished',
  showTotalMatched: 'true',
});

/** Each provider's documented public, key-less feed, from the shorthand's parts. */
const FEEDS: Readonly<Record<AtsProvider, (...parts: string[]) => AtsFeed>> = {
  ashby: (board) => ({url: `https://api.ashbyhq.com/posting-api/job-board/${board}?includeCompensation=true`, format: 'ashby'}),
  bullhorn: (cluster, token) => ({
    url: `https://public-rest${cluster}.bullhornstaffing.com/rest-services/${token}/search/JobOrder?${BULLHORN_QUERY}`,
    format: 'bullhorn',
  }),
  greenhouse: (board) => ({url: `https://boards-api.greenhouse.io/v1/boards/${board}/jobs?content=true`, format: 'greenhouse'}),
  lever: (site) => ({url: `https://api.lever.co/v0/postings/${site}?mode=json`, format: 'lever'}),
  // Personio's API description requires a language; English unless one is given.
  personio: (company, language = 'en') => ({url: `https://${company!.toLowerCase()}.jobs.personio.de/xml?language=${language}`, format: 'personio-xml'}),
  recruitee: (company) => ({url: `https://${company!.toLowerCase()}.recruitee.com/api/offers/`, format: 'recruitee'}),
  smartrecruiters: (company) => ({url: `https://api.smartrecruiters.com/v1/companies/${company}/postings?limit=100`, format: 'smartrecruiters'}),
  workable: (account) => ({url: `https://apply.workable.com/api/v1/widget/accounts/${account}?details=true`, format: 'workable'}),
};

/**
 * The public feed an ATS shorthand names (`ashby:acme`, `workable:acme`,
 * `recruitee:acme`, `smartrecruiters:Acme`, `personio:acme` (or `personio:acme:de`),
 * `greenhouse:acme`, `lever:acme`, `bullhorn:<cluster>:<corpToken>`), built
 * from each provider's documented public, key-less URL.
 *
 * With `passThrough`, the request goes to the host's own pass-through
 * instead: the provider's URL without `https://`, appended to it
 * (`/ats/` + `api.lever.co/v0/postings/acme?mode=json`), for providers
 * that answer browsers only from the employer's own site.
 *
 * @example
 * ```ts
 * atsFeed('ashby:acme');
 * // {url: 'https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true', format: 'ashby'}
 * atsFeed('lever:acme', '/ats/').url; // '/ats/api.lever.co/v0/postings/acme?mode=json'
 * ```
 * @throws AtsShorthandError as `readAtsShorthand` does.
 */
export function atsFeed(shorthand: string, passThrough = ''): AtsFeed {
  const {provider, parts} = readAtsShorthand(shorthand);
  const feed = FEEDS[provider](...parts);
  return passThrough ? {...feed, url: passThrough + feed.url.slice('https://'.length)} : feed;
}

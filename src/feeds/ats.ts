import type {FeedFormat} from './detect.js';

/** A feed an `ats="<provider>:<account>"` shorthand names: its URL and format. */
export interface AtsFeed {
  readonly url: string;
  readonly format: Exclude<FeedFormat, 'auto'>;
}

/** A path segment an account may be: letters, digits, `.`, `_`, `-`. */
const SEGMENT = /^[A-Za-z0-9][\w.-]{0,99}$/;
/** A DNS label, for accounts that are a subdomain (Recruitee, Personio). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** The fields Bullhorn's career portal asks for, and the query for open, public job orders. */
const BULLHORN_QUERY = new URLSearchParams({
  query: '(isOpen:1) AND (isDeleted:0)',
  fields: 'id,title,publishedCategory(id,name),address(city,state,zip),employmentType,dateLastPublished,publicDescription,isOpen,isPublic,isDeleted,publishedZip,salary,salaryUnit',
  count: '100',
  start: '0',
  sort: '-dateLastPublished',
  showTotalMatched: 'true',
});

interface Provider {
  /** How the shorthand is written, for messages. */
  readonly form: string;
  /** What each part after the provider must be, and how it is described. */
  readonly parts: readonly (readonly [pattern: RegExp, what: string])[];
  /** How many of `parts` must be given (default: all). */
  readonly required?: number;
  readonly feed: (...parts: string[]) => AtsFeed;
}

const ACCOUNT = [SEGMENT, 'letters, digits, ".", "_" and "-"'] as const;
const SUBDOMAIN = [LABEL, 'letters, digits and "-" (a subdomain)'] as const;

const PROVIDERS: Readonly<Record<string, Provider>> = {
  ashby: {
    form: 'ashby:<board>',
    parts: [ACCOUNT],
    feed: (board) => ({url: `https://api.ashbyhq.com/posting-api/job-board/${board}?includeCompensation=true`, format: 'ashby'}),
  },
  bullhorn: {
    form: 'bullhorn:<cluster>:<corpToken>',
    parts: [
      [/^[a-z0-9-]{1,12}$/i, 'letters, digits and "-" (the number in public-rest<cluster>)'],
      [/^[A-Za-z0-9]{1,64}$/, 'letters and digits'],
    ],
    feed: (cluster, token) => ({
      url: `https://public-rest${cluster}.bullhornstaffing.com/rest-services/${token}/search/JobOrder?${BULLHORN_QUERY}`,
      format: 'bullhorn',
    }),
  },
  greenhouse: {
    form: 'greenhouse:<board>',
    parts: [ACCOUNT],
    feed: (board) => ({url: `https://boards-api.greenhouse.io/v1/boards/${board}/jobs?content=true`, format: 'greenhouse'}),
  },
  lever: {
    form: 'lever:<site>',
    parts: [ACCOUNT],
    feed: (site) => ({url: `https://api.lever.co/v0/postings/${site}?mode=json`, format: 'lever'}),
  },
  personio: {
    form: 'personio:<company>[:<language>]',
    parts: [SUBDOMAIN, [/^(?:de|en|fr|es|nl|it|pt)$/, 'one of de, en, fr, es, nl, it, pt']],
    required: 1,
    // Personio's API description requires a language; English unless one is given.
    feed: (company, language = 'en') => ({url: `https://${company.toLowerCase()}.jobs.personio.de/xml?language=${language}`, format: 'personio-xml'}),
  },
  recruitee: {
    form: 'recruitee:<company>',
    parts: [SUBDOMAIN],
    feed: (company) => ({url: `https://${company.toLowerCase()}.recruitee.com/api/offers/`, format: 'recruitee'}),
  },
  smartrecruiters: {
    form: 'smartrecruiters:<company>',
    parts: [ACCOUNT],
    feed: (company) => ({url: `https://api.smartrecruiters.com/v1/companies/${company}/postings?limit=100`, format: 'smartrecruiters'}),
  },
  workable: {
    form: 'workable:<account>',
    parts: [ACCOUNT],
    feed: (account) => ({url: `https://apply.workable.com/api/v1/widget/accounts/${account}?details=true`, format: 'workable'}),
  },
};

/** The providers the shorthand knows, in the order messages list them. */
export const ATS_PROVIDERS = Object.keys(PROVIDERS);

/** A shorthand that names no feed, with the reason in words. */
export class AtsShorthandError extends Error {
  override readonly name = 'AtsShorthandError';
  constructor(
    shorthand: string,
    /** What is wrong, without the shorthand. */
    readonly reason: string,
  ) {
    super(`ats="${shorthand}": ${reason}`);
  }
}

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
 * @throws AtsShorthandError naming the fault: an unknown provider, a missing,
 * empty or malformed account, or parts left over.
 */
export function atsFeed(shorthand: string, passThrough = ''): AtsFeed {
  const fault = (reason: string) => new AtsShorthandError(shorthand, reason);
  const [name = '', ...parts] = shorthand.trim().split(':');
  const provider = Object.hasOwn(PROVIDERS, name.toLowerCase()) ? PROVIDERS[name.toLowerCase()]! : undefined;
  if (!provider) {
    throw fault(`${name ? `unknown provider "${name}"` : 'no provider'}; expected one of ${ATS_PROVIDERS.join(', ')}`);
  }
  if (parts.length < (provider.required ?? provider.parts.length) || parts.length > provider.parts.length || parts.some((part) => !part)) {
    throw fault(`expected ${provider.form}`);
  }
  parts.forEach((part, i) => {
    const [pattern, what] = provider.parts[i]!;
    if (!pattern.test(part)) throw fault(`"${part}" may hold only ${what}; expected ${provider.form}`);
  });
  const feed = provider.feed(...parts);
  return passThrough ? {...feed, url: passThrough + feed.url.slice('https://'.length)} : feed;
}

/**
 * The one-click feed check: fetches the profile's feed and reads it exactly
 * as `<job-listing>` does, with the listing's own parser and messages.
 */
import {parseFeed, type FeedFormat} from '../../src/feeds/detect.js';
import type {FeedProblem} from '../../src/feeds/feed-controller.js';
import {FeedFormatError} from '../../src/feeds/job.js';
import {describeProblem} from '../../src/job-listing/job-table.js';
import type {Labels} from '../../src/profile/profile.js';
import {FetchError, fetchText} from '../../src/shared/fetch-text.js';

/** What the check found. */
export type FeedCheck = {readonly ok: true; readonly count: number} | {readonly ok: false; readonly message: string};

/** The listing's defaults: `<job-listing>`'s `timeout` and `max-bytes`. */
const LIMITS = {timeout: 10_000, maxBytes: 5_000_000};

/** Fetches `url` (relative to the studio page) and parses it as `format`. */
export async function checkFeed(url: string, format: FeedFormat, labels: Labels): Promise<FeedCheck> {
  try {
    const {text} = await fetchText(url, LIMITS);
    return {ok: true, count: parseFeed(text, format).length};
  } catch (error) {
    return {ok: false, message: describeProblem(problemOf(error), labels)};
  }
}

function problemOf(error: unknown): FeedProblem {
  if (error instanceof FetchError) {
    if (error.kind === 'status') return {kind: 'status', status: error.status ?? 0};
    if (error.kind === 'timeout' || error.kind === 'too-large') return {kind: error.kind};
    return {kind: 'network'};
  }
  return {kind: 'unreadable', detail: error instanceof FeedFormatError ? error.message : String(error)};
}

/** Public feed URLs of the ATS whose format the listing reads, from `provider:account`. */
const ATS_URLS: Record<string, (account: string) => string> = {
  greenhouse: (account) => `https://boards-api.greenhouse.io/v1/boards/${account}/jobs?content=true`,
  lever: (account) => `https://api.lever.co/v0/postings/${account}?mode=json`,
};

/** The ATS providers the form offers. */
export const ATS_PROVIDERS = Object.keys(ATS_URLS);

/**
 * The feed for an ATS shorthand such as `greenhouse:acme`, or `undefined`
 * when the provider is unknown or the account is not a plain name.
 */
export function atsFeed(shorthand: string): {url: string; format: FeedFormat} | undefined {
  const [provider = '', account = ''] = shorthand.trim().split(':');
  const build = ATS_URLS[provider.toLowerCase()];
  if (!build || !/^[A-Za-z0-9_.-]+$/.test(account)) return undefined;
  return {url: build(encodeURIComponent(account)), format: provider.toLowerCase() as FeedFormat};
}

/**
 * The one-click feed check: fetches the profile's feed and reads it exactly
 * as `<job-listing>` does, with the listing's own parser and messages.
 */
import {ATS_PROVIDERS, atsFeed as providerFeed} from '../../src/feeds/ats.js';
import {parseFeed, type FeedFormat} from '../../src/feeds/detect.js';
import type {FeedProblem} from '../../src/feeds/feed-controller.js';
import {FeedFormatError} from '../../src/feeds/job.js';
import {describeProblem} from '../../src/job-listing/job-table.js';
import type {Labels} from '../../src/profile/profile.js';
import {FetchError, fetchText} from '../../src/shared/fetch-text.js';

/** What the check found: how many jobs, and how many of them have no link of their own (Bullhorn's never do). */
export type FeedCheck = {readonly ok: true; readonly count: number; readonly unlinked: number} | {readonly ok: false; readonly message: string};

/** The listing's defaults: `<job-listing>`'s `timeout` and `max-bytes`. */
const LIMITS = {timeout: 10_000, maxBytes: 5_000_000};

/** Fetches `url` (relative to the studio page) and parses it as `format`. */
export async function checkFeed(url: string, format: FeedFormat, labels: Labels): Promise<FeedCheck> {
  try {
    const {text} = await fetchText(url, LIMITS);
    const jobs = parseFeed(text, format);
    return {ok: true, count: jobs.length, unlinked: jobs.filter((job) => !job.url).length};
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

/** The ATS providers the form offers: every one the listing's `ats=` shorthand knows. */
export {ATS_PROVIDERS};

/**
 * The feed for an ATS shorthand such as `greenhouse:acme` or
 * `bullhorn:32:3xT9aQ`, built by the listing's own shorthand reader, or
 * `undefined` when the provider is unknown or the account is malformed.
 */
export function atsFeed(shorthand: string): {url: string; format: FeedFormat} | undefined {
  try {
    return providerFeed(shorthand);
  } catch {
    return undefined;
  }
}

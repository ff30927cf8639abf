import {FetchError, fetchText} from '../shared/fetch-text.js';
import type {FeedFormat} from './feed-format.js';
import {readFeedLazily} from './parser-chunks.js';
import type {Job} from './job.js';

/** The most pages of a paged API the listing reads (SmartRecruiters answers 100 postings a page: 2,000 jobs). */
export const MAX_PAGES = 20;

/** Limits for reading a feed, all its pages together. */
export interface FeedLimits {
  readonly format: FeedFormat;
  /** Milliseconds for every page together. */
  readonly timeout: number;
  /** Bytes for every page together. */
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

/** A later page failed: the jobs of the pages before it, and why. */
export class PartialFeedError extends Error {
  override readonly name = 'PartialFeedError';
  constructor(
    /** The jobs read before the failing page. */
    readonly jobs: readonly Job[],
    /** The failing page, counted from 1. */
    readonly page: number,
    /** Why it failed (a `FetchError` or `FeedFormatError`). */
    override readonly cause: Error,
  ) {
    super(`page ${page} failed (showing the ${jobs.length} jobs of the pages before it): ${cause.message}`);
  }
}

const count = (value: unknown) => (typeof value == 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/**
 * The URL of the page after the one `data` is, for the APIs that page:
 * SmartRecruiters (`offset` + the postings on this page, while below
 * `totalFound`) and Bullhorn (`start` + `count`, while below `total`). The
 * page's own numbers are used, not the ones asked for, as an API may answer
 * with fewer than asked. `undefined` on the last page, for an empty page and
 * for every other format.
 */
export function nextPage(url: string, format: FeedFormat, data: unknown): string | undefined {
  const page = data as any;
  const [at, key, seen, total] =
    format == 'smartrecruiters'
      ? [count(page?.offset), 'offset', Array.isArray(page?.content) ? page.content.length : 0, count(page?.totalFound)]
      : format == 'bullhorn'
        ? [count(page?.start), 'start', count(page?.count) ?? (Array.isArray(page?.data) ? page.data.length : 0), count(page?.total)]
        : [];
  if (at === undefined || !seen || total === undefined || at + seen >= total) return undefined;
  const next = new URL(url, 'http://relative.invalid/');
  next.searchParams.set(key!, String(at + seen));
  return next.origin == 'http://relative.invalid' ? next.href.slice(next.origin.length) : next.href;
}

/**
 * Fetches and reads a jobs feed, following the pages of SmartRecruiters'
 * and Bullhorn's APIs up to {@link MAX_PAGES}, all within one timeout and one
 * byte budget (past the last page allowed, one `console.warn`). A job already
 * read on an earlier page (a posting that moved between requests) is kept
 * once, and a page with no new job ends the paging.
 *
 * @throws FetchError or FeedFormatError when the first page fails;
 * PartialFeedError, holding the jobs read so far, when a later one does.
 */
export async function loadFeed(url: string, limits: FeedLimits): Promise<Job[]> {
  const deadline = performance.now() + limits.timeout;
  let bytes = limits.maxBytes;
  let format = limits.format;
  const jobs: Job[] = [];
  const ids = new Set<string>();
  let next: string | undefined = url;
  for (let page = 1; next && page <= MAX_PAGES; page++) {
    try {
      const timeout = Math.max(0, deadline - performance.now());
      if (page > 1 && !timeout) throw new FetchError('timeout', `No answer within ${limits.timeout} ms.`);
      const {text} = await fetchText(next, {timeout, maxBytes: bytes, signal: limits.signal});
      bytes -= new TextEncoder().encode(text).length;
      const read = await readFeedLazily(text, format, next);
      format = read.format;
      const before = jobs.length;
      for (const job of read.jobs) {
        if (ids.has(job.id)) continue;
        ids.add(job.id);
        jobs.push(job);
      }
      // A later page with nothing new: a server that ignores the offset would otherwise answer the same page to the cap.
      next = page > 1 && jobs.length == before ? undefined : nextPage(next, format, read.data);
    } catch (error) {
      if (page == 1 || limits.signal?.aborted) throw error;
      throw new PartialFeedError(jobs, page, error as Error);
    }
  }
  if (next) console.warn(`Read the first ${MAX_PAGES} pages of the jobs feed ${url}; the rest are left out.`);
  return jobs;
}

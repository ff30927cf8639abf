import type {JobsSettings} from '../profile/profile.js';
import {atsFeed} from './ats.js';
import type {FeedFormat} from './feed-format.js';

/** What a listing's own attributes say of its feed. */
export interface FeedAttributes {
  /** `src`: a feed URL. */
  readonly src: string;
  /** `format`: the format of `src` (and of the profile's URL, where it names none). */
  readonly format: FeedFormat;
  /** `ats`: an ATS's shorthand, `<provider>:<account>`. */
  readonly ats: string;
  /** `ats-proxy`: the host's pass-through for a shorthand's feed. */
  readonly atsProxy: string;
}

/** The feed a listing reads (an empty `url`: none), or why none can be asked for. */
export type FeedSource = {readonly url: string; readonly format: FeedFormat} | {readonly error: string};

/**
 * The feed a listing reads: its `src`, in its `format`; else its `ats`
 * shorthand's; else the profile's `jobs.feed`: its `url`, in its `format`
 * (else the listing's), or its `ats`. A shorthand's feed goes through the
 * listing's `atsProxy`, else the profile's `proxy`. A shorthand that names
 * no feed gives its message instead; no feed at all, an empty `url`.
 *
 * @example
 * ```ts
 * feedSource({src: '', format: 'auto', ats: 'lever:acme', atsProxy: '/ats/'}, undefined);
 * // {url: '/ats/api.lever.co/v0/postings/acme?mode=json', format: 'lever'}
 * ```
 */
export function feedSource(listing: FeedAttributes, feed: JobsSettings['feed']): FeedSource {
  const ats = listing.src ? '' : listing.ats || (feed?.url ? '' : (feed?.ats ?? ''));
  if (!ats) return {url: listing.src || feed?.url || '', format: listing.src ? listing.format : (feed?.format ?? listing.format)};
  try {
    return atsFeed(ats, listing.atsProxy || feed?.proxy || '');
  } catch (error) {
    return {error: (error as Error).message};
  }
}

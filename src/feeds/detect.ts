/**
 * Every feed parser, read at once: the synchronous `readFeed`/`parseFeed`
 * for servers, the command line and tests. The listing in a browser loads
 * only the parser of the format it finds (`parser-chunks.ts`).
 */
import {parseAshby} from './ashby.js';
import {parseBullhorn} from './bullhorn.js';
import {findFormat, type FeedFormat, type KnownFormat} from './feed-format.js';
import {parseGreenhouse} from './greenhouse.js';
import {parseIndeed, readXml} from './indeed-xml.js';
import type {Job} from './job.js';
import {parseJsonLd} from './json-ld.js';
import {parseLever} from './lever.js';
import {parseOwn} from './own.js';
import {parsePersonio, readPersonio} from './personio-xml.js';
import {parseRecruitee} from './recruitee.js';
import {parseSmartRecruiters} from './smartrecruiters.js';
import {parseWorkable} from './workable.js';

export {detectFormat, findFormat, xmlRoot, type FeedFormat, type FoundFeed, type JsonFormat, type KnownFormat} from './feed-format.js';

/** Reads the jobs of a feed whose format is found: its parsed JSON, or its XML text. */
export type FeedParser = (data: unknown, feedUrl?: string) => Job[];

/** Each format's parser. */
export const PARSERS: Readonly<Record<KnownFormat, FeedParser>> = {
  own: parseOwn,
  'json-ld': parseJsonLd,
  greenhouse: parseGreenhouse,
  lever: parseLever,
  bullhorn: parseBullhorn,
  workable: parseWorkable,
  ashby: parseAshby,
  recruitee: parseRecruitee,
  smartrecruiters: parseSmartRecruiters,
  'indeed-xml': (xml) => parseIndeed(readXml(xml as string)),
  'personio-xml': (xml, feedUrl) => parsePersonio(readPersonio(xml as string), feedUrl),
};

/** A feed read: its jobs, the format they were read in and, for JSON, the data (for paging; for XML, its text). */
export interface FeedRead {
  readonly jobs: Job[];
  readonly format: KnownFormat;
  readonly data?: unknown;
}

/**
 * Reads a jobs feed from its text, as {@link parseFeed} does, and says which
 * format it was read in and what data it held, for the listing to follow the
 * pages of a paged API.
 *
 * @throws FeedFormatError as {@link parseFeed} does.
 */
export function readFeed(text: string, format: FeedFormat = 'auto', feedUrl?: string): FeedRead {
  const found = findFormat(text, format);
  return {jobs: PARSERS[found.format](found.data, feedUrl), format: found.format, data: found.data};
}

/**
 * Reads a jobs feed from its text. Text that starts with `<` (after spaces) is
 * read as XML: Personio's when its root is `<workzag-jobs>` or `format` says
 * so, else Indeed's. JSON is read in the format given, or the one detected
 * when `format` is `auto`. `feedUrl`, where given, lets a format whose jobs
 * carry no link build one (Personio).
 *
 * @example
 * ```ts
 * parseFeed(await response.text()); // Job[]
 * ```
 * @throws FeedFormatError for text that is neither JSON nor XML, a feed of no
 * known format (naming what it found) and a feed with no readable job.
 */
export const parseFeed = (text: string, format: FeedFormat = 'auto', feedUrl?: string): Job[] => readFeed(text, format, feedUrl).jobs;

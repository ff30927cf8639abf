import {parseGreenhouse} from './greenhouse.js';
import {parseIndeed, readXml} from './indeed-xml.js';
import {FeedFormatError, type Job} from './job.js';
import {parseJsonLd} from './json-ld.js';
import {parseLever} from './lever.js';
import {kind, notAFeed, parseOwn} from './own.js';
import type {FEED_FORMATS} from '../profile/schema.js';

/** A jobs feed format, as the profile schema lists them; `auto` detects it. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

const parsers = {own: parseOwn, 'json-ld': parseJsonLd, greenhouse: parseGreenhouse, lever: parseLever};

/**
 * The format of a parsed JSON feed, from its shape (the first entry stands for all):
 * - `@context`, `@type` or `@graph` (on the object or the first entry): `json-ld`;
 * - an object whose `jobs` is an array whose first entry has `absolute_url`: `greenhouse`;
 * - any other object with `jobs`: `own`;
 * - an array whose first entry has `text` and `hostedUrl`, `applyUrl` or `categories`: `lever`;
 * - an array whose first entry has `title`, or an empty array: `own`.
 *
 * @returns `undefined` when the data is none of these.
 */
export function detectFormat(data: unknown): Exclude<FeedFormat, 'auto' | 'indeed-xml'> | undefined {
  const list = Array.isArray(data);
  const first: any = list ? data[0] : data;
  if (first && typeof first == 'object' && ['@context', '@type', '@graph'].some((key) => key in first)) return 'json-ld';
  if (list) {
    if (!data.length) return 'own';
    if (first?.text && (first.hostedUrl || first.applyUrl || first.categories)) return 'lever';
    if (first?.title) return 'own';
  } else if (first && typeof first == 'object' && 'jobs' in first) {
    return first.jobs?.[0]?.absolute_url ? 'greenhouse' : 'own';
  }
  return undefined;
}

/**
 * Reads a jobs feed from its text. Text that starts with `<` (after spaces) is
 * read as Indeed XML whatever `format` says, the one XML format there is; JSON
 * is read in the format given, or the one detected when `format` is `auto`.
 *
 * @example
 * ```ts
 * parseFeed(await response.text()); // Job[]
 * ```
 * @throws FeedFormatError for text that is neither JSON nor XML, a feed of no
 * known format (naming what it found) and a feed with no readable job.
 */
export function parseFeed(text: string, format: FeedFormat = 'auto'): Job[] {
  const source = text.trim();
  if (source[0] == '<' || format == 'indeed-xml') return parseIndeed(readXml(source));
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new FeedFormatError(`not JSON or XML: ${(error as Error).message}`);
  }
  const found = format == 'auto' ? detectFormat(data) : format;
  if (!found) throw notAFeed(kind(data));
  return parsers[found as keyof typeof parsers](data);
}

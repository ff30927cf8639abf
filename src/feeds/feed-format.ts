/**
 * A jobs feed's format, found from its text, without any parser: the
 * listing loads only the parser of the format it finds (`parser-chunks.ts`).
 */
import {FeedFormatError} from './job.js';
import {kind, notAFeed} from './own.js';
import type {FEED_FORMATS} from '../profile/schema.js';

/** A jobs feed format, as the profile schema lists them; `auto` detects it. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The formats read from XML. */
export type XmlFormat = 'indeed-xml' | 'personio-xml';

/** A format read from JSON. */
export type JsonFormat = Exclude<FeedFormat, 'auto' | XmlFormat>;

/** A format a feed is read in (`auto` found). */
export type KnownFormat = Exclude<FeedFormat, 'auto'>;

const isObject = (value: unknown): value is Record<string, any> => !!value && typeof value == 'object' && !Array.isArray(value);
const has = (value: unknown, keys: readonly string[]) => isObject(value) && keys.some((key) => key in value);

/**
 * The format of a parsed JSON feed, from its shape (the first entry stands for all):
 * - `@context`, `@type` or `@graph` (on the object or the first entry): `json-ld`;
 * - an object whose `content` is an array, with `totalFound` or a first entry
 *   with `releasedDate` or `typeOfEmployment`: `smartrecruiters`;
 * - an object whose `data` is an array, with `total`, `start` or `count` or a
 *   first entry with `publishedCategory`, `dateLastPublished` or
 *   `publicDescription`: `bullhorn`;
 * - an object whose `offers` is an array: `recruitee`;
 * - an object with `jobs` and `apiVersion`, or whose first job has `jobUrl`,
 *   `descriptionHtml` or `workplaceType`: `ashby`;
 * - an object whose first job has `shortcode` or `application_url`: `workable`;
 * - an object whose first job has `absolute_url`: `greenhouse`;
 * - any other object with `jobs`: `own`;
 * - an array whose first entry has `text` and `hostedUrl`, `applyUrl` or `categories`: `lever`;
 * - an array whose first entry has `title`, or an empty array: `own`.
 *
 * So an empty board reads as an empty board of its provider where the
 * answer's own keys say which (`{"totalFound": 0, "content": []}`), else as
 * an empty own feed.
 *
 * @returns `undefined` when the data is none of these.
 */
export function detectFormat(data: unknown): JsonFormat | undefined {
  const list = Array.isArray(data);
  const first: any = list ? data[0] : data;
  if (has(first, ['@context', '@type', '@graph'])) return 'json-ld';
  if (list) {
    if (!data.length) return 'own';
    if (first?.text && (first.hostedUrl || first.applyUrl || first.categories)) return 'lever';
    if (first?.title) return 'own';
    return undefined;
  }
  if (!isObject(data)) return undefined;
  if (Array.isArray(data.content) && (has(data, ['totalFound']) || has(data.content[0], ['releasedDate', 'typeOfEmployment']))) return 'smartrecruiters';
  if (Array.isArray(data.data) && (has(data, ['total', 'start', 'count']) || has(data.data[0], ['publishedCategory', 'dateLastPublished', 'publicDescription']))) {
    return 'bullhorn';
  }
  if (Array.isArray(data.offers)) return 'recruitee';
  if (!('jobs' in data)) return undefined;
  const job = Array.isArray(data.jobs) ? data.jobs[0] : undefined;
  if ('apiVersion' in data || has(job, ['jobUrl', 'descriptionHtml', 'workplaceType'])) return 'ashby';
  if (has(job, ['shortcode', 'application_url'])) return 'workable';
  return job?.absolute_url ? 'greenhouse' : 'own';
}

/**
 * The name of an XML document's root element, past the declaration,
 * comments, processing instructions and a DOCTYPE; `undefined` when the text
 * does not start like XML.
 */
export const xmlRoot = (xml: string): string | undefined =>
  /^(?:\s|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE(?:[^[>]|\[[^]*?\])*>)*<([\w:.-]+)/.exec(xml)?.[1];

/** A feed's text with its format found: for JSON the parsed data, for XML the text. */
export interface FoundFeed {
  readonly format: KnownFormat;
  readonly data: unknown;
}

/**
 * Finds the format of a jobs feed's text. Text that starts with `<` (after
 * spaces) is XML: Personio's when its root is `<workzag-jobs>` or `format`
 * says so, else Indeed's. JSON is in the format given, or the one detected
 * when `format` is `auto`.
 *
 * @throws FeedFormatError for text that is neither JSON nor XML, and JSON of
 * no known format (naming what it found).
 */
export function findFormat(text: string, format: FeedFormat = 'auto'): FoundFeed {
  const source = text.trim();
  if (source[0] == '<' || format == 'indeed-xml' || format == 'personio-xml') {
    const personio = format == 'personio-xml' || (format == 'auto' && xmlRoot(source) == 'workzag-jobs');
    return {format: personio ? 'personio-xml' : 'indeed-xml', data: source};
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new FeedFormatError(`not JSON or XML: ${(error as Error).message}`);
  }
  const found = format == 'auto' ? detectFormat(data) : format;
  if (!found) throw notAFeed(kind(data));
  return {format: found, data};
}

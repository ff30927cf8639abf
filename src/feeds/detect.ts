import {parseAshby} from './ashby.js';
import {parseBullhorn} from './bullhorn.js';
import {parseGreenhouse} from './greenhouse.js';
import {parseIndeed, readXml} from './indeed-xml.js';
import {FeedFormatError, type Job} from './job.js';
import {parseJsonLd} from './json-ld.js';
import {parseLever} from './lever.js';
import {kind, notAFeed, parseOwn} from './own.js';
import {parsePersonio, readPersonio} from './personio-xml.js';
import {parseRecruitee} from './recruitee.js';
import {parseSmartRecruiters} from './smartrecruiters.js';
import {parseWorkable} from './workable.js';
import type {FEED_FORMATS} from '../profile/schema.js';

/** A jobs feed format, as the profile schema lists them; `auto` detects it. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The formats read from XML. */
type XmlFormat = 'indeed-xml' | 'personio-xml';

/** A format read from JSON. */
export type JsonFormat = Exclude<FeedFormat, 'auto' | XmlFormat>;

const parsers: Record<JsonFormat, (data: unknown) => Job[]> = {
  own: parseOwn,
  'json-ld': parseJsonLd,
  greenhouse: parseGreenhouse,
  lever: parseLever,
  bullhorn: parseBullhorn,
  workable: parseWorkable,
  ashby: parseAshby,
  recruitee: parseRecruitee,
  smartrecruiters: parseSmartRecruiters,
};

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

/** A feed read: its jobs, the format they were read in and, for JSON, the data (for paging). */
export interface FeedRead {
  readonly jobs: Job[];
  readonly format: Exclude<FeedFormat, 'auto'>;
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
  const source = text.trim();
  if (source[0] == '<' || format == 'indeed-xml' || format == 'personio-xml') {
    const personio = format == 'personio-xml' || (format == 'auto' && xmlRoot(source) == 'workzag-jobs');
    return personio
      ? {jobs: parsePersonio(readPersonio(source), feedUrl), format: 'personio-xml'}
      : {jobs: parseIndeed(readXml(source)), format: 'indeed-xml'};
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new FeedFormatError(`not JSON or XML: ${(error as Error).message}`);
  }
  const found = format == 'auto' ? detectFormat(data) : format;
  if (!found) throw notAFeed(kind(data));
  return {jobs: parsers[found](data), format: found, data};
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

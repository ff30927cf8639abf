import {safeUrl} from '../shared/safe-url.js';
import {FeedFormatError, type Job, type Salary, type SalaryPeriod} from './job.js';

/**
 * A job as a feed format reads it, before the checks every format shares:
 * each field may be anything the feed held, {@link toJobs} makes it a {@link Job}.
 */
export interface Draft {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly url?: unknown;
  readonly location?: unknown;
  readonly salary?: {readonly [K in keyof Salary]?: unknown};
  readonly department?: unknown;
  readonly type?: unknown;
  readonly posted?: unknown;
  readonly validThrough?: unknown;
  readonly description?: unknown;
}

/** A feed entry with its JSON pointer (`/jobs/3`), for messages. */
export type Entry = readonly [entry: unknown, path: string];

/** A trimmed, non-empty string from a string or a finite number, else `undefined`. */
export const text = (value: unknown): string | undefined =>
  typeof value == 'string' ? value.trim() || undefined : Number.isFinite(value) ? String(value) : undefined;

/** A non-negative number from a number or a numeric string (`"35,000"`), else `undefined`. */
export function num(value: unknown): number | undefined {
  const n = typeof value == 'string' && value.trim() ? +value.replace(/,/g, '') : value;
  return typeof n == 'number' && n >= 0 && n < Infinity ? n : undefined;
}

/** `value` as a list: an array as is, nothing as `[]`, anything else as `[value]`. */
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** The distinct texts among `values`, joined; `undefined` when there are none. */
export const joined = (values: unknown[], separator = ', '): string | undefined =>
  [...new Set(values.map(text).filter(Boolean))].join(separator) || undefined;

/**
 * A calendar date (`YYYY-MM-DD`) from an ISO date or date-time (its date as
 * written), an RFC 2822 date (`Fri, 10 Jan 2026 12:00:00 GMT`, in UTC) or a
 * millisecond epoch; anything else, including `2026-02-30`, is `undefined`.
 */
export function isoDate(value: unknown): string | undefined {
  const s = typeof value == 'string' ? value.trim() : '';
  const head = /^\d{4}-\d\d-\d\d/.exec(s)?.[0];
  // Chromium reads almost anything as a date ("5" is May 2001): ask for a year.
  const date = new Date(head ?? (typeof value == 'number' ? value : /\d{4}/.test(s) ? s : NaN));
  const iso = date.getTime() ? date.toISOString().slice(0, 10) : '';
  return /^\d{4}-/.test(iso) && (!head || iso == head) ? iso : undefined;
}

/**
 * The period a salary is paid for, from the words feeds use: `year`, `YEAR`,
 * `per-year-salary`, `annually`, `per annum`, `yr`, `monthly`, `daily`,
 * `per-hour-wage`, `hourly`, `hr`…
 */
export function period(value: unknown): SalaryPeriod | undefined {
  const match = /\b(?:(y(?:ea)?r|annu)|(month)|(week)|(da(?:y|ily))|(h(?:ou)?r))/i.exec(text(value) ?? '');
  return match ? (['year', 'month', 'week', 'day', 'hour'] as const)[match.slice(1).findIndex(Boolean)] : undefined;
}

/**
 * An employment type in words, from schema.org's and Indeed's codes:
 * `FULL_TIME`/`fulltime` → `Full-time`, `PART_TIME` → `Part-time`,
 * `CONTRACTOR` → `Contract`, `INTERN` → `Internship`; other one-word codes
 * title-cased (`TEMPORARY` → `Temporary`, `PER_DIEM` → `Per Diem`,
 * `übergangsweise` → `Übergangsweise`). Free text (`Vollzeit, unbefristet`)
 * is kept as written.
 */
export function employment(value: unknown): string | undefined {
  const code = text(value);
  if (!code) return undefined;
  // Every key of Object.prototype has a lower-case letter, so no code can reach one.
  const known = ({FULLTIME: 'Full-time', PARTTIME: 'Part-time', CONTRACTOR: 'Contract', INTERN: 'Internship'} as Record<string, string>)[
    code.toUpperCase().replace(/[\s_-]/g, '')
  ];
  if (known) return known;
  if (!/^[\p{L}\p{N}_-]+$/u.test(code)) return code;
  return code.toLowerCase().replace(/[_-]+/g, ' ').replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * How a value looks, for messages: `null`, `a string`, `an object with keys: foo, bar`.
 * Nested arrays are described two levels down, so a hostile nest 10,000 deep
 * neither overflows the stack nor makes a message of half a megabyte.
 */
export function kind(value: unknown, depth = 0): string {
  if (value == null) return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return 'an empty array';
    return depth < 2 ? `an array (first item: ${kind(value[0], depth + 1)})` : 'an array';
  }
  return typeof value == 'object' ? `an object with keys: ${Object.keys(value).slice(0, 8).join(', ') || 'none'}` : `a ${typeof value}`;
}

/** The error for a feed of no known format, naming what was `found`. */
export const notAFeed = (found: string): FeedFormatError =>
  new FeedFormatError(
    `expected a jobs feed (own, JSON-LD JobPosting, Greenhouse, Lever, Indeed XML, Bullhorn, Workable, Ashby, Recruitee, SmartRecruiters or Personio XML); found ${found}`,
  );

/**
 * The entries of the array `list`, each with its path.
 *
 * @throws FeedFormatError when `list` is not an array.
 */
export function entries(list: unknown, path: string): Entry[] {
  if (!Array.isArray(list)) throw new FeedFormatError(`expected an array, found ${kind(list)}`, path);
  return list.map((entry, i) => [entry, `${path}/${i}`]);
}

/** Drops the `undefined` fields, so a job holds only what its feed said. */
function clean<T extends object>(value: T): T {
  for (const key in value) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Reads feed entries into jobs: `map` renames a format's fields (it gets only
 * objects), then every format gets the same checks. Text is trimmed, a number id
 * becomes a string, an unsafe `url` is dropped, dates become `YYYY-MM-DD`, a
 * salary needs a number. An entry that is not an object or has no title is
 * skipped (one `console.warn` names the first); a job without an id gets its
 * url, else `job-<index>`, and a repeated id gets a suffix.
 *
 * @param titleKey The format's name for the title, for the message.
 * @throws FeedFormatError naming the first fault when there are entries but none is a job.
 */
export function toJobs(list: Entry[], map: (entry: any) => Draft, titleKey = 'title'): Job[] {
  const jobs: Job[] = [];
  const ids = new Set<string>();
  let fault: FeedFormatError | undefined;
  let skipped = 0;
  list.forEach(([entry, path], i) => {
    const draft = entry && typeof entry == 'object' && !Array.isArray(entry) ? map(entry) : undefined;
    const title = text(draft?.title);
    if (!draft || !title) {
      fault ??= new FeedFormatError(
        draft ? 'expected a string' : `expected an object, found ${kind(entry)}`,
        draft ? `${path}/${titleKey}` : path,
      );
      skipped++;
      return;
    }
    const url = safeUrl(text(draft.url));
    let id = text(draft.id) ?? url ?? `job-${i}`;
    while (ids.has(id)) id += `-${i}`;
    ids.add(id);
    const s = draft.salary;
    let [min, max] = [num(s?.min), num(s?.max)];
    if (min! > max!) [min, max] = [max, min];
    const currency = text(s?.currency)?.toUpperCase();
    jobs.push(
      clean({
        id,
        title,
        url,
        location: text(draft.location),
        salary:
          (min ?? max) != null
            ? clean({min, max, currency: /^[A-Z]{3}$/.test(currency!) ? currency : undefined, period: period(s?.period)})
            : undefined,
        department: text(draft.department),
        type: text(draft.type),
        posted: isoDate(draft.posted),
        validThrough: isoDate(draft.validThrough),
        description: text(draft.description),
      }),
    );
  });
  if (fault && !jobs.length) throw fault;
  if (fault) console.warn(`Skipped ${skipped} of ${list.length} jobs; first: ${fault.message}`);
  return jobs;
}

/**
 * Reads a list of jobs in the own format (see {@link Job}): the `jobs` of an
 * own feed, or an array set as `<job-listing>`'s `.jobs`.
 *
 * @param path JSON pointer of `list`, for messages (`/jobs`).
 * @throws FeedFormatError when `list` is not an array, or none of its entries is a job.
 */
export const normaliseJobs = (list: unknown, path: string): Job[] => toJobs(entries(list, path), (job) => job);

/**
 * Reads the own feed format, `{"jobs": [...]}` or a bare array of jobs.
 *
 * @throws FeedFormatError naming the path of the fault.
 */
export function parseOwn(data: unknown): Job[] {
  const wrapped = !!data && typeof data == 'object' && !Array.isArray(data);
  return normaliseJobs(wrapped ? (data as {jobs?: unknown}).jobs : data, wrapped ? '/jobs' : '');
}

import {employmentTypes, employmentWord} from '../feeds/employment.js';
import type {EmploymentType, Job} from '../feeds/job.js';
import {fold, placeNames, readLocation} from '../feeds/place.js';
import {locales} from '../feeds/salary.js';
import {DEFAULT_LABELS} from '../profile/labels.js';
import type {Labels} from '../profile/profile.js';
import {EMPLOYMENT_LABELS, WORKPLACE_LABELS, locationText, typeText} from './job-words.js';

/** A column jobs can be sorted by. */
export type JobSortKey = 'title' | 'location' | 'salary' | 'department' | 'type' | 'posted';

/** The fields jobs can be filtered by. */
export type JobFilterKey = 'location' | 'department' | 'type';

/** What to show of a list of jobs: a search, filters, an order and a page. */
export interface JobQuery {
  /** Words that must all occur in the title, location, department or type. */
  search?: string;
  /** Places, `|`-separated (see {@link jobFilter}). */
  location?: string;
  /** Departments, `|`-separated. */
  department?: string;
  /** Employment types, `|`-separated. */
  type?: string;
  sort?: {key: JobSortKey; direction: 'ascending' | 'descending'};
  /** 1-based; clamped to the pages there are. */
  page?: number;
  /** Jobs per page; 20 unless given. */
  pageSize?: number;
}

/** One page of the jobs a query matched. */
export interface JobPage {
  items: Job[];
  /** How many jobs matched, on every page. */
  total: number;
  /** The page shown, 1-based. */
  page: number;
  /** How many pages there are (at least 1). */
  pages: number;
}

/** The separator between the values of one preset or filter: `location="Manchester|Leeds"` (commas belong to places). */
const PRESET_SEPARATOR = '|';

/** Each job's folded search text, made once per job object (and labels) rather than per keystroke. */
const searchText = new WeakMap<Job, {labels: Labels; text: string}>();

const collators = new Map<string, Intl.Collator>();
/** One collator per locale: making one is slow (tens of ms the first time on a phone), using one is not. */
const collator = (locale: string) => {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locales(locale), {numeric: true, sensitivity: 'base'})));
  return found;
};

/** Makes `locale`'s collator ready ahead of the first sort. */
export function prepareCollator(locale: string): void {
  collator(locale);
}

const regionNames = new Map<string, Intl.DisplayNames | undefined>();

/**
 * A country's name in `locale` (`IE` → "Irland" in German), as a candidate
 * would type it. The names are made on the first call, not before: making
 * them loads a locale's region data (over 100 ms on a phone), which a feed
 * whose every place names a town never needs.
 */
function countryName(locale: string): (code: string) => string | undefined {
  return (code) => {
    if (!/^[A-Z]{2}$/.test(code)) return undefined;
    if (!regionNames.has(locale)) {
      let names: Intl.DisplayNames | undefined;
      try {
        names = new Intl.DisplayNames(locales(locale), {type: 'region', fallback: 'none'});
      } catch {
        names = undefined;
      }
      regionNames.set(locale, names);
    }
    try {
      return regionNames.get(locale)?.of(code);
    } catch {
      return undefined;
    }
  };
}

/** The values of a preset or filter, split at {@link PRESET_SEPARATOR}. */
const valuesOf = (value: string | undefined) => (value ?? '').split(PRESET_SEPARATOR).map((part) => part.trim()).filter(Boolean);

/** Whether `job` is at the place `value` names (see {@link jobFilter}). */
function atPlace(job: Job, value: string, labels: Labels, locale: string): boolean {
  const folded = fold(value);
  for (const workplace of ['remote', 'hybrid'] as const) {
    if (folded === workplace || folded === fold(labels[WORKPLACE_LABELS[workplace]!])) return job.workplace === workplace;
  }
  const name = countryName(locale);
  const places = job.places ?? [];
  if (!places.length) return fold(job.location ?? '') === folded;
  // "Manchester, UK": every part it names, in one place (a place that names no country may be anywhere).
  const wanted = value.includes(',') ? readLocation(value).places[0] : undefined;
  if (wanted) {
    return places.some(
      (place) =>
        (!wanted.city || placeNames(place, wanted.city, name)) &&
        (!wanted.region || placeNames(place, wanted.region, name)) &&
        (!wanted.country || !place.country || place.country === wanted.country),
    );
  }
  return places.some((place) => placeNames(place, value, name));
}

/** The employment type a preset word names: a code or words for one, or the profile's label for one. */
function employmentNamed(value: string, labels: Labels): EmploymentType | undefined {
  return (
    employmentWord(value) ??
    (Object.keys(EMPLOYMENT_LABELS) as EmploymentType[]).find((code) => fold(labels[EMPLOYMENT_LABELS[code]]) === fold(value))
  );
}

/** `text` or one of its comma-separated parts is `value`, case and accents aside. */
const named = (text: string | undefined, value: string) =>
  !!text && [text, ...text.split(/\s*,\s*/)].some((part) => fold(part) === fold(value));

/**
 * The test of a preset slice or filter, alike for every feed format. Each may
 * name several values, separated by `|`; a job matches when it matches one
 * value of each filter given, case and accents aside:
 * - `location`: any part (city, region, country by code or name, in English,
 *   the country's own language or `locale`'s) of any of the job's places;
 *   "Manchester, UK" asks for both parts in one place; "remote" or "hybrid"
 *   (or the profile's word for it) asks for that kind of work.
 * - `department`: the department or one of its comma-separated parts.
 * - `type`: an employment type by code, words or the profile's label
 *   (`full-time`, `FULL_TIME`, "Vollzeit" all match a job whose type reads
 *   FULL_TIME), or the feed's own words.
 *
 * @example
 * ```ts
 * jobs.filter(jobFilter({location: 'zurich|Manchester, UK', type: 'full-time'}, labels, 'de-CH'));
 * ```
 */
export function jobFilter(filters: Pick<JobQuery, JobFilterKey>, labels: Labels = DEFAULT_LABELS, locale = 'en'): (job: Job) => boolean {
  const locations = valuesOf(filters.location);
  const departments = valuesOf(filters.department);
  const types = valuesOf(filters.type).map((value) => [value, employmentNamed(value, labels)] as const);
  return (job) =>
    (!locations.length || locations.some((value) => atPlace(job, value, labels, locale))) &&
    (!departments.length || departments.some((value) => named(job.department, value))) &&
    (!types.length ||
      types.some(
        ([value, code]) => (code && (job.employment === code || employmentTypes(job.type).includes(code))) || named(job.type, value),
      ));
}

/**
 * Searches, filters, sorts and pages `jobs`; `jobs` itself is left as it is.
 * Every word of `search` must occur (case and accents aside) in the title,
 * location, department or type as the listing shows them (in `labels`' words);
 * the filters work as {@link jobFilter} says. Sorting uses `locale`'s collation
 * (numbers in text by value); the salary sorts by its maximum, else its
 * minimum; jobs without the value come last in either direction.
 *
 * @example
 * ```ts
 * queryJobs(jobs, {search: 'case', location: 'Manchester', page: 2, pageSize: 10}, 'en-GB');
 * // {items: [...], total: 14, page: 2, pages: 2}
 * ```
 */
export function queryJobs(jobs: readonly Job[], query: JobQuery, locale: string, labels: Labels = DEFAULT_LABELS): JobPage {
  const words = fold(query.search ?? '').split(/\s+/).filter(Boolean);
  const filter = jobFilter(query, labels, locale);
  const items = jobs.filter((job) => {
    let haystack = searchText.get(job);
    if (haystack?.labels !== labels) {
      const text = fold([job.title, locationText(job, labels), job.department, typeText(job, labels), job.type].join('\n'));
      searchText.set(job, (haystack = {labels, text}));
    }
    return words.every((word) => haystack.text.includes(word)) && filter(job);
  });
  const sort = query.sort;
  if (sort) {
    const compare = collator(locale).compare;
    const order = sort.direction == 'descending' ? -1 : 1;
    const value = (job: Job) => (sort.key == 'salary' ? job.salary?.max ?? job.salary?.min : job[sort.key]);
    items.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return x == null ? +(y != null) : y == null ? -1 : order * (typeof x == 'number' ? x - (y as number) : compare(x, y as string));
    });
  }
  const size = query.pageSize! >= 1 ? Math.floor(query.pageSize!) : 20;
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(pages, Math.max(1, Math.floor(query.page!) || 1));
  return {items: items.slice((page - 1) * size, page * size), total: items.length, page, pages};
}

/**
 * The places of `jobs` as a candidate thinks of them, for the location
 * filter: each town once, however the feeds spell it ("Manchester",
 * "Manchester, UK", "Manchester (hybrid)" are one "Manchester", as first
 * written); a region or country (named in `locale`) where a place has no
 * town; and the profile's word for remote work if any job is remote. In
 * `locale`'s order. Each option, chosen as the `location` filter, matches the
 * jobs it stands for.
 */
export function placeOptions(jobs: readonly Job[], labels: Labels = DEFAULT_LABELS, locale = 'en'): string[] {
  const name = countryName(locale);
  const options = new Map<string, string>();
  const add = (option: string | undefined) => option && !options.has(fold(option)) && options.set(fold(option), option);
  for (const job of jobs) {
    if (job.workplace === 'remote') add(labels.remote);
    for (const place of job.places ?? []) {
      add(place.city ?? place.region ?? (job.workplace === 'remote' ? undefined : place.country && (name(place.country) ?? place.country)));
    }
    if (!job.places?.length && job.workplace !== 'remote') add(job.location);
  }
  return [...options.values()].sort(collator(locale).compare);
}

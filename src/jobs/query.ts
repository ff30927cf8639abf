import type {Job} from '../feeds/job.js';
import {locales} from '../feeds/salary.js';

/** A column jobs can be sorted by. */
export type JobSortKey = 'title' | 'location' | 'salary' | 'department' | 'type' | 'posted';

/** The fields jobs can be filtered by. */
export type JobFilterKey = 'location' | 'department' | 'type';

/** What to show of a list of jobs: a search, filters, an order and a page. */
export interface JobQuery {
  /** Words that must all occur in the title, location, department or type. */
  search?: string;
  location?: string;
  department?: string;
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

/** Lower case without accents, so "Café" and "cafe" meet. */
const fold = (value: string) => value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Each job's folded search text, made once per job object rather than per keystroke. */
const searchText = new WeakMap<Job, string>();

const collators = new Map<string, Intl.Collator>();
/** One collator per locale: making one is slow (tens of ms the first time on a phone), using one is not. */
const collator = (locale: string) => {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locales(locale), {numeric: true, sensitivity: 'base'})));
  return found;
};

/**
 * Searches, filters, sorts and pages `jobs`; `jobs` itself is left as it is.
 * Every word of `search` must occur (case and accents aside) in the title,
 * location, department or type; the filters match a whole field, case aside.
 * Sorting uses `locale`'s collation (numbers in text by value); the salary
 * sorts by its maximum, else its minimum; jobs without the value come last in
 * either direction.
 *
 * @example
 * ```ts
 * queryJobs(jobs, {search: 'case', location: 'Manchester', page: 2, pageSize: 10}, 'en-GB');
 * // {items: [...], total: 14, page: 2, pages: 2}
 * ```
 */
export function queryJobs(jobs: readonly Job[], query: JobQuery, locale: string): JobPage {
  const words = fold(query.search ?? '').split(/\s+/).filter(Boolean);
  const filters = (['location', 'department', 'type'] as const).filter((key) => query[key]);
  const items = jobs.filter((job) => {
    let haystack = searchText.get(job);
    if (haystack == null) {
      searchText.set(job, (haystack = fold([job.title, job.location, job.department, job.type].join('\n'))));
    }
    return (
      words.every((word) => haystack.includes(word)) &&
      filters.every((key) => job[key]?.toLowerCase() == query[key]!.toLowerCase())
    );
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
 * The different values of one field among `jobs`, in `locale`'s order: the
 * options of a filter.
 */
export function distinct(jobs: readonly Job[], key: JobFilterKey, locale?: string): string[] {
  return [...new Set(jobs.map((job) => job[key]!).filter(Boolean))].sort(collator(locale!).compare);
}

import type {Labels} from '../profile/profile.js';
import type {Salary} from './job.js';

/** Words for each salary period ("a year", "an hour"). */
export type PeriodLabels = Pick<Labels, 'perYear' | 'perMonth' | 'perWeek' | 'perDay' | 'perHour'>;

/**
 * `locale` as a list `Intl` accepts: an invalid tag (`en_GB`, `""`) becomes
 * `[]`, the browser's default, rather than a RangeError.
 */
export function locales(locale: string | undefined): string[] {
  try {
    return Intl.getCanonicalLocales(locale);
  } catch {
    return [];
  }
}

/** Formats made once per key: making one costs tens of times more than using it. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/**
 * A salary in words for `locale`: `£35,000 – £42,000 a year`, `£12.50 an hour`.
 * One number when there is one (or both are equal); whole amounts without
 * decimals; plain numbers when the currency is missing or unknown to `Intl`;
 * `""` when there is no number.
 *
 * @example
 * ```ts
 * formatSalary({min: 35000, max: 42000, currency: 'GBP', period: 'year'}, 'en-GB', DEFAULT_LABELS);
 * // '£35,000 – £42,000 a year'
 * ```
 */
export function formatSalary(salary: Salary | undefined, locale: string, labels: PeriodLabels): string {
  const values = [...new Set([salary?.min, salary?.max].filter(Number.isFinite) as number[])].sort((a, b) => a - b);
  if (!values.length) return '';
  const digits = values.every(Number.isInteger) ? 0 : 2;
  const options = {minimumFractionDigits: digits, maximumFractionDigits: digits};
  const tags = locales(locale);
  const currency = salary!.currency;
  let format: Intl.NumberFormat;
  try {
    format = cached(`${tags} ${currency} ${digits}`, () => new Intl.NumberFormat(tags, {...options, style: 'currency', currency}));
  } catch {
    format = cached(`${tags} ${digits}`, () => new Intl.NumberFormat(tags, options));
  }
  const label = labels[`per${String(salary!.period).replace(/^./, (c) => c.toUpperCase())}` as keyof PeriodLabels];
  return [values.map((value) => format.format(value)).join(' – '), label].filter(Boolean).join(' ');
}

/** An ISO date as `locale` writes it (`10 Jan 2026`), read in UTC; `""` when it is not a date. */
export function formatPostedDate(iso: string, locale: string): string {
  try {
    const tags = locales(locale);
    return cached(`${tags} date`, () => new Intl.DateTimeFormat(tags, {dateStyle: 'medium', timeZone: 'UTC'})).format(new Date(iso));
  } catch {
    return '';
  }
}

/**
 * Makes `locale`'s number formats ready (a currency format, which loads the
 * locale's number data) ahead of the first salary, so that the first row
 * does not pay for it.
 */
export function prepareNumberFormats(locale: string): void {
  const tags = locales(locale);
  cached(`${tags} EUR 0`, () => new Intl.NumberFormat(tags, {minimumFractionDigits: 0, maximumFractionDigits: 0, style: 'currency', currency: 'EUR'}));
}

/** Makes `locale`'s date format ready ahead of the first posted date. */
export function prepareDateFormat(locale: string): void {
  formatPostedDate('2000-01-01', locale);
}

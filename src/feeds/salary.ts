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
  const format = numberFormat(locale, salary!.currency, digits);
  const label = labels[`per${String(salary!.period).replace(/^./, (c) => c.toUpperCase())}` as keyof PeriodLabels];
  return [values.map((value) => format.format(value)).join(' – '), label].filter(Boolean).join(' ');
}

/** Formats made so far, by locale and options: a table formats the same way row after row, and making one costs far more than using it. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | null>();

/** Amounts in `currency` (plain numbers when it is missing or unknown to `Intl`) with `digits` decimals. */
function numberFormat(locale: string, currency: string | undefined, digits: number): Intl.NumberFormat {
  const key = `n|${locale}|${currency}|${digits}`;
  let format = formats.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    const options = {minimumFractionDigits: digits, maximumFractionDigits: digits};
    const tags = locales(locale);
    try {
      format = new Intl.NumberFormat(tags, {...options, style: 'currency', currency});
    } catch {
      format = new Intl.NumberFormat(tags, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** An ISO date as `locale` writes it (`10 Jan 2026`), read in UTC; `""` when it is not a date. */
export function formatPostedDate(iso: string, locale: string): string {
  const key = `d|${locale}`;
  if (!formats.has(key)) {
    let format: Intl.DateTimeFormat | null;
    try {
      format = new Intl.DateTimeFormat(locales(locale), {dateStyle: 'medium', timeZone: 'UTC'});
    } catch {
      format = null;
    }
    formats.set(key, format);
  }
  try {
    return (formats.get(key) as Intl.DateTimeFormat | null)?.format(new Date(iso)) ?? '';
  } catch {
    return '';
  }
}

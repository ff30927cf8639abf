/**
 * The first `Intl` object of a locale costs tens of milliseconds on a phone
 * (its data is loaded then); the listing's first rows need three (a
 * collator, a number format, a date format). Made while the feed is on its
 * way, each in a task of its own, they stay out of the task that renders the
 * rows, which would otherwise keep the page from answering input.
 */
import {prepareDateFormat, prepareNumberFormats} from '../feeds/salary.js';
import {prepareCollator} from './query.js';

const warmed = new Set<string>();

/** Makes `locale`'s collator, number and date formats, one a task, once per locale. */
export function warmIntl(locale: string): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const steps = [prepareCollator, prepareNumberFormats, prepareDateFormat];
  const next = () => {
    steps.shift()?.(locale);
    if (steps.length) setTimeout(next);
  };
  setTimeout(next);
}

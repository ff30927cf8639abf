import {FeedFormatError, type Job, type Salary} from './job.js';
import {parseInert} from '../shared/trusted-types.js';
import {employment, entries, joined, notAFeed, period, text, toJobs} from './own.js';

/** One `<job>` of an XML feed: the text of each child element, by lower-case tag name. */
export type XmlJob = Readonly<Record<string, string>>;

/**
 * Parses an XML feed and returns its `<job>` elements as plain records (CDATA
 * read as text). The only code that needs the DOM (`DOMParser`).
 *
 * @throws FeedFormatError when the text is not well-formed XML, or holds no
 * `<job>` and its root is not `<source>`.
 */
export function readXml(xml: string): XmlJob[] {
  const doc = parseInert(xml, 'application/xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new FeedFormatError(`not JSON or XML: ${parserMessage(error)}`);
  const jobs = [...doc.getElementsByTagName('job')];
  const root = doc.documentElement.localName;
  if (!jobs.length && root != 'source') throw notAFeed(`XML with root <${root}>`);
  return jobs.map((job) => Object.fromEntries([...job.children].map((child) => [child.localName.toLowerCase(), child.textContent!])));
}

/**
 * The XML parser's own message on one line. Chromium puts it in a `<div>`;
 * Firefox in the element's own text, with a `Location:` line (the host page's
 * URL) and the source excerpt in `<sourcetext>`, both left out here.
 */
export function parserMessage(error: Element): string {
  const div = error.querySelector('div');
  const text = div ? div.textContent! : [...error.childNodes].filter((node) => node.nodeType == Node.TEXT_NODE).map((node) => node.textContent).join('');
  return text
    .split('\n')
    .filter((line) => !line.startsWith('Location:'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
}

/**
 * A salary from free text: the first two numbers (`35,000`, `12.50`, `35k`),
 * the currency from `£ $ €` or an ISO code, the period from words
 * ("per year", "annually", "hourly"…). `undefined` when there is no number.
 *
 * @example
 * ```ts
 * salaryText('£35,000 - £42,000 per year'); // {min: 35000, max: 42000, currency: 'GBP', period: 'year'}
 * ```
 */
export function salaryText(from: unknown): Salary | undefined {
  const value = text(from) ?? '';
  const numbers = value.match(/\d[\d,]*(\.\d+)?k?/gi)?.map((n) => parseFloat(n.replace(/,/g, '')) * (/k/i.test(n) ? 1e3 : 1));
  const symbol = '£$€'.indexOf(/[£$€]/.exec(value)?.[0]!);
  return numbers
    ? {
        min: numbers[0],
        max: numbers[1] ?? numbers[0],
        currency: ['GBP', 'USD', 'EUR'][symbol] ?? value.match(/\b[A-Z]{3}\b/g)?.find((code) => Intl.supportedValuesOf?.('currency').includes(code)),
        period: period(value),
      }
    : undefined;
}

/**
 * Reads the records of an Indeed-style XML feed (`<source><job><title/><date/>
 * <referencenumber/><url/><city/><state/><country/><description/><salary/>
 * <jobtype/><category/></job></source>`). The id is `referencenumber`, else the url.
 *
 * @throws FeedFormatError when no record is a job.
 */
export const parseIndeed = (records: XmlJob[]): Job[] =>
  toJobs(entries(records, '/source/job'), (job) => ({
    id: job.referencenumber,
    title: job.title,
    url: job.url,
    location: joined([job.city, job.state, job.country]),
    salary: salaryText(job.salary),
    department: job.category,
    type: employment(job.jobtype),
    posted: job.date,
    validThrough: job.expirationdate,
    description: job.description,
  }));

/**
 * 1,000 mutated feeds of each format (see mutate.ts; the XML through its
 * records and its text) through the pure `parseFeed`: each gives well-formed
 * jobs or throws a FeedFormatError, never anything else, and quickly. Then
 * 100 of each through a reused `<job-listing>` from the test server (and the
 * own ones as `.jobs` too): none throws to the page; each shows its rows, the
 * empty message, or an error naming the fault, with exactly one
 * console.error per feed that cannot be read.
 *
 * Replay: a failure names `fuzz seed S case N`. Set SEED to S and ONLY to N
 * to run just that case of each format; each case has its own seed.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {parseFeed, type FeedFormat} from '../../src/feeds/detect.js';
import {FeedFormatError, type Job} from '../../src/feeds/job.js';
import {normaliseJobs} from '../../src/feeds/own.js';
import '../../src/job-listing/job-listing.js';
import type {JobListing} from '../../src/job-listing/job-listing.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import {captureErrors, until} from '../helpers.js';
import {auditTree, urlFault} from './audit.js';
import {FORMATS, XML_TAGS, feedData, isXml, xmlFeed, xmlRecords, type FormatName, type JobSpec, type XmlFormatName, type XmlRecord} from './feeds.js';
import {captureThrows, overTheWire, serve} from './harness.js';
import {AWKWARD, deepNest, mutate, mutateText, toJson} from './mutate.js';
import {caseSeed, prng, type Random} from './prng.js';

const SEED = 20260519;
const CASES = 1000;
/** How many of each format's cases also go through `<job-listing>`: every tenth. */
const ELEMENT_EVERY = 10;
/** A case index to run alone, for replaying a failure. */
const ONLY: number | undefined = undefined;
/** A parse slower than this is a failure: hostile input must stay cheap. */
const PARSE_BUDGET_MS = 1000;
/** `<job-listing>`'s default `max-bytes`: a larger feed is cut off with an error. */
const MAX_BYTES = 5_000_000;

const BASE_JOBS: JobSpec[] = [
  ['pso-1', 'Senior Caseworker', 'Manchester', 'Operations', 'Full-time', 38000, 43000],
  ['pso-2', 'Legal Adviser', 'London', 'Legal', 'Part-time', 52000, 58000],
  ['pso-3', 'Data Analyst', 'Remote', 'Insight', 'Contract', 41000, 41000],
  ['pso-4', 'HR Business Partner', 'Manchester; London', 'People', 'Full-time', 45000, 50000],
].map(([id, title, location, department, type, min, max], i) => ({
  id: id as string,
  title: title as string,
  url: `https://jobs.example.com/${id}`,
  location: location as string,
  department: department as string,
  type: type as string,
  description: `<p>${title} at the <b>Ombudsman</b>.</p><ul><li>Hybrid</li><li><a href="https://example.com/${i}">More</a></li></ul>`,
  posted: `2026-01-1${i}`,
  salary: {min: min as number, max: max as number, currency: 'GBP'},
}));

/** Damage to one `<job>` record: a child dropped, renamed, emptied, grown, or given text XML forbids or cannot hold. */
function mutateRecords(records: XmlRecord[], random: Random): {records: XmlRecord[]; log: string[]} {
  const copy = records.map((record) => record.map(([tag, text]) => [tag, text] as [string, string]));
  const log: string[] = [];
  for (let n = 1 + random.int(3); n > 0; n--) {
    const job = random.int(copy.length);
    const record = copy[job];
    const child = random.int(record.length);
    const [tag, text] = record[child] ?? ['title', ''];
    switch (random.int(7)) {
      case 0:
        record.splice(child, 1);
        log.push(`job ${job}: <${tag}> dropped`);
        break;
      case 1:
        record[child] = [random.pick(['Title', 'x', 'job', 'source', 'referenceNumber', 'a:title']), text];
        log.push(`job ${job}: <${tag}> renamed`);
        break;
      case 2:
        record[child] = [tag, random.pick(['', ' ', 'a'.repeat(100_000), '£'.repeat(50_000)])];
        log.push(`job ${job}: <${tag}> emptied or grown`);
        break;
      case 3: {
        const inserted = random.pick([...AWKWARD, ']]>', '<![CDATA[', '&', '&amp;', '</job>', '<job>']);
        record[child] = [tag, text + inserted];
        log.push(`job ${job}: <${tag}> gets ${JSON.stringify(inserted)}`);
        break;
      }
      case 4:
        copy.splice(job, 1);
        log.push(`job ${job} dropped`);
        break;
      case 5: {
        // Many copies of a small record; one holding a grown text only once, so the feed stays under a few MB.
        const times = record.some(([, value]) => value.length > 10_000) ? 1 : random.pick([1, 50, 500]);
        copy.push(...Array.from({length: times}, () => record.map(([name, value]) => [name, value] as [string, string])));
        log.push(`job ${job} repeated ${times} times`);
        break;
      }
      default:
        record.push([tag, text]);
        log.push(`job ${job}: <${tag}> twice`);
    }
  }
  return {records: copy, log};
}

/** Raw XML damage that records cannot express: a deep nest, an entity, a wrong root, a DOCTYPE. */
function xmlDamage(format: XmlFormatName, xml: string, random: Random): {text: string; log: string} {
  const {root, job, title} = XML_TAGS[format];
  switch (random.int(5)) {
    case 0:
      return {text: xml.replace(`<${title}>`, `<${title}>${'<b>'.repeat(10_000)}`).replace(`</${title}>`, `${'</b>'.repeat(10_000)}</${title}>`), log: 'a title nested 10,000 deep'};
    case 1:
      return {text: xml.replace(`<${title}>`, `<${title}>&undefined;`), log: 'an undefined entity'};
    case 2:
      return {text: xml.replace(new RegExp(`${root}>`, 'g'), 'feed>'), log: 'root <feed>'};
    case 3:
      return {text: xml.replace(`<${root}>`, `<!DOCTYPE ${root} [<!ENTITY e "Entity text">]><${root}>`).replace(`<${title}>`, `<${title}>&e;`), log: 'an internal entity'};
    default:
      return {text: xml.replace(new RegExp(`<${job}>`, 'g'), `<${job} xmlns="urn:x">`), log: 'jobs in a namespace'};
  }
}

/** Feed `i` of `format`: the base feed with its data mutated, and sometimes its text damaged. */
function fuzzedFeed(format: FormatName, i: number): {text: string; log: string} {
  const random = prng(caseSeed(SEED, i * 16 + FORMATS.indexOf(format)));
  let text: string;
  const log: string[] = [];
  if (isXml(format)) {
    const mutated = mutateRecords(xmlRecords(format, BASE_JOBS), random);
    log.push(...mutated.log);
    text = xmlFeed(format, mutated.records);
    if (random.chance(0.3)) {
      const damaged = xmlDamage(format, text, random);
      text = damaged.text;
      log.push(damaged.log);
    }
  } else {
    const mutated = mutate(feedData(format, BASE_JOBS), random);
    log.push(...mutated.log);
    text = toJson(mutated.value);
    // A feed that is nothing but a deep nest, which no mutation of the base makes.
    if (random.chance(0.02)) {
      text = toJson(deepNest(random));
      log.push(`the whole feed nested 10,000 deep: ${text.slice(0, 30)}…`);
    }
  }
  if (random.chance(0.2)) {
    const damaged = mutateText(text, random);
    text = damaged.text;
    log.push(damaged.log);
  }
  return {text, log: log.join('; ')};
}

const JOB_KEYS = new Set([
  ...['id', 'title', 'url', 'location', 'salary', 'department', 'type', 'posted', 'validThrough', 'description'],
  ...['places', 'workplace', 'employment', 'hiringOrganization'],
]);
const WORKPLACES = new Set(['onsite', 'hybrid', 'remote']);
const EMPLOYMENT_TYPES = new Set(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']);
const PERIODS = new Set(['year', 'month', 'week', 'day', 'hour']);
const trimmed = (value: unknown) => typeof value === 'string' && value !== '' && value === value.trim();

/** What is wrong with `jobs` as the parsers promise them (see src/feeds/job.ts), or nothing. */
function jobFaults(jobs: readonly Job[]): string[] {
  const faults: string[] = [];
  const ids = new Set<string>();
  jobs.forEach((job, i) => {
    const at = `job ${i}`;
    for (const key of Object.keys(job)) if (!JOB_KEYS.has(key)) faults.push(`${at}: key ${key}`);
    for (const [key, value] of Object.entries(job)) if (value === undefined) faults.push(`${at}: ${key} undefined`);
    if (!trimmed(job.id)) faults.push(`${at}: id ${JSON.stringify(job.id)}`);
    if (ids.has(job.id)) faults.push(`${at}: id ${job.id} repeated`);
    ids.add(job.id);
    for (const key of ['title', 'location', 'department', 'type', 'description'] as const) {
      if ((key === 'title' || job[key] !== undefined) && !trimmed(job[key])) faults.push(`${at}: ${key} ${JSON.stringify(job[key])?.slice(0, 40)}`);
    }
    if (job.url !== undefined && (typeof job.url !== 'string' || urlFault(job.url) || /[\s\u0000-\u001f]/.test(job.url))) {
      faults.push(`${at}: url ${JSON.stringify(job.url)}`);
    }
    for (const key of ['posted', 'validThrough'] as const) {
      const date = job[key];
      if (date !== undefined && !(/^\d{4}-\d\d-\d\d$/.test(date) && new Date(date).toISOString().startsWith(date))) faults.push(`${at}: ${key} ${date}`);
    }
    for (const [i, place] of (job.places ?? []).entries()) {
      const parts = Object.entries(place);
      if (!parts.length || parts.some(([key, part]) => !['city', 'region', 'country'].includes(key) || !trimmed(part))) faults.push(`${at}: place ${i} ${JSON.stringify(place)}`);
    }
    if (job.places && !job.places.length) faults.push(`${at}: no places`);
    if (job.workplace !== undefined && !WORKPLACES.has(job.workplace)) faults.push(`${at}: workplace ${job.workplace}`);
    if (job.employment !== undefined && !EMPLOYMENT_TYPES.has(job.employment)) faults.push(`${at}: employment ${job.employment}`);
    const organization = job.hiringOrganization;
    if (organization && (!trimmed(organization.name) || [organization.sameAs, organization.logo].some((url) => url !== undefined && !/^https?:\/\/\S+$/i.test(url)))) {
      faults.push(`${at}: hiringOrganization ${JSON.stringify(organization).slice(0, 80)}`);
    }
    const salary = job.salary;
    if (salary) {
      const numbers = [salary.min, salary.max].filter((n) => n !== undefined);
      if (!numbers.length || numbers.some((n) => !(Number.isFinite(n) && n! >= 0))) faults.push(`${at}: salary numbers ${JSON.stringify(salary)}`);
      if (salary.min !== undefined && salary.max !== undefined && salary.min > salary.max) faults.push(`${at}: salary min above max`);
      if (salary.currency !== undefined && !/^[A-Z]{3}$/.test(salary.currency)) faults.push(`${at}: currency ${salary.currency}`);
      if (salary.period !== undefined && !PERIODS.has(salary.period)) faults.push(`${at}: period ${salary.period}`);
    }
  });
  return faults;
}

/** What parsing `text` gives: the jobs, or the error; an error other than FeedFormatError, or a slow parse, is a fault. */
function parse(text: string, format: FeedFormat): {jobs?: Job[]; error?: Error; faults: string[]} {
  const start = performance.now();
  let outcome: {jobs?: Job[]; error?: Error; faults: string[]};
  try {
    const jobs = parseFeed(text, format);
    outcome = {jobs, faults: jobFaults(jobs)};
  } catch (error) {
    outcome = {error: error as Error, faults: error instanceof FeedFormatError ? [] : [`threw ${String(error).slice(0, 200)}`]};
  }
  const took = performance.now() - start;
  if (took > PARSE_BUDGET_MS) outcome.faults.push(`took ${Math.round(took)} ms`);
  return outcome;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** What `el` shows against what the parser made of its feed: rows, the empty message, or the error. */
function shownFaults(el: JobListing, expected: {jobs?: Job[]; error?: Error}, errors: unknown[][], bytes = 0): string[] {
  const faults: string[] = [];
  const rows = $$(el, '[part~="row"]').length;
  const error = $(el, '[part~="error"]');
  if (bytes > MAX_BYTES) {
    if (!error?.textContent!.includes(DEFAULT_LABELS.feedTooLarge)) faults.push(`no "too large" error for ${bytes} bytes`);
    if (errors.length !== 1) faults.push(`${errors.length} console.error calls for a feed too large (expected 1)`);
  } else if (expected.jobs) {
    if (error) faults.push(`an error for a readable feed: ${error.textContent!.trim().slice(0, 200)}`);
    const want = Math.min(expected.jobs.length, 10);
    if (rows !== want) faults.push(`${rows} rows, expected ${want}`);
    if (!expected.jobs.length && !$(el, '[part~="empty"]')) faults.push('no empty message');
    if (errors.length) faults.push(`${errors.length} console.error calls for a readable feed: ${String(errors[0][0]).slice(0, 200)}`);
  } else {
    if (!error) faults.push(`no error shown for ${expected.error!.message.slice(0, 100)}`);
    else if (!error.textContent!.includes(expected.error!.message)) faults.push(`the error does not say ${expected.error!.message.slice(0, 100)}`);
    if (errors.length !== 1) faults.push(`${errors.length} console.error calls for an unreadable feed (expected 1)`);
  }
  const unsafe = auditTree(el);
  if (unsafe.length) faults.push(`unsafe markup: ${unsafe.slice(0, 3).join('; ')}`);
  return faults;
}

describe('hardening: fuzzed feeds', () => {
  let errors: ReturnType<typeof captureErrors>;
  let throws: ReturnType<typeof captureThrows>;
  let warn: typeof console.warn;
  beforeEach(() => {
    errors = captureErrors();
    throws = captureThrows();
    // Feeds with some broken entries warn once each: thousands of lines nobody reads.
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    errors.restore();
    throws.restore();
    console.warn = warn;
  });

  const indices = () => (ONLY === undefined ? Array.from({length: CASES}, (_, i) => i) : [ONLY]);

  for (const format of FORMATS) {
    it(`${format}: ${CASES} mutated feeds give well-formed jobs or a FeedFormatError, quickly`, function () {
      this.timeout(60_000);
      const failures: string[] = [];
      const counts = {jobs: 0, errors: 0};
      for (const i of indices()) {
        const {text, log} = fuzzedFeed(format, i);
        // Half the time the format is detected, as `format="auto"` does.
        const given: FeedFormat = i % 2 ? format : 'auto';
        const outcome = parse(text, given);
        if (outcome.jobs) counts.jobs++;
        if (outcome.error) counts.errors++;
        if (outcome.faults.length) failures.push(`fuzz seed ${SEED} case ${i} (${format} as ${given}; ${log}): ${outcome.faults.slice(0, 3).join(' | ')}`);
      }
      expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);
      if (ONLY === undefined) {
        expect(counts.jobs, 'readable feeds').to.be.greaterThan(100);
        expect(counts.errors, 'unreadable feeds').to.be.greaterThan(50);
      }
    });
  }

  for (const format of FORMATS) {
    it(`${format}: every ${ELEMENT_EVERY}th feed through a reused <job-listing> shows rows, the empty message or the error`, async function () {
      this.timeout(120_000);
      const el = await fixture<JobListing>(html`<job-listing format=${listingFormat(format)}></job-listing>`);
      const failures: string[] = [];
      const key = `fuzz-${format}`;
      let version = 0;
      for (const i of indices().filter((index) => ONLY !== undefined || index % ELEMENT_EVERY === 0)) {
        const {text, log} = fuzzedFeed(format, i);
        errors.calls.length = 0;
        throws.thrown.length = 0;
        const label = `fuzz seed ${SEED} case ${i} (${format}; ${log})`;
        const expected = parse(overTheWire(text), listingFormat(format));
        // Two URLs in turn: the listing reloads when its src changes.
        el.src = await serve(text, isXml(format) ? 'application/xml' : 'application/json', key, version++ % 2);
        try {
          await el.updateComplete;
          await until(() => $(el, 'table')?.getAttribute('aria-busy') === 'false', 10_000, 'the feed');
          await el.updateComplete;
        } catch (error) {
          failures.push(`${label}: ${error}`);
          continue;
        }
        const bytes = new TextEncoder().encode(text).length;
        const faults = [...shownFaults(el, expected, errors.calls, bytes), ...throws.thrown];
        if (faults.length) failures.push(`${label}: ${faults.join(' | ')}`);
      }
      expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);
    });
  }

  it(`own: every ${ELEMENT_EVERY}th mutated list of jobs as .jobs shows rows or the error`, async function () {
    this.timeout(60_000);
    const el = await fixture<JobListing>(html`<job-listing></job-listing>`);
    const failures: string[] = [];
    for (const i of indices().filter((index) => ONLY !== undefined || index % ELEMENT_EVERY === 0)) {
      const random = prng(caseSeed(SEED, i * 16 + 15));
      const {value, log} = mutate((feedData('own', BASE_JOBS) as {jobs: unknown[]}).jobs, random, false);
      errors.calls.length = 0;
      throws.thrown.length = 0;
      let expected: {jobs?: Job[]; error?: Error};
      try {
        expected = {jobs: normaliseJobs(value, '.jobs')};
      } catch (error) {
        expected = {error: error as Error};
      }
      el.jobs = value;
      try {
        await el.updateComplete;
      } catch (error) {
        failures.push(`fuzz seed ${SEED} case ${i} (.jobs; ${log.join('; ')}): ${error}`);
        continue;
      }
      const faults = [...shownFaults(el, expected, errors.calls), ...throws.thrown];
      if (faults.length) failures.push(`fuzz seed ${SEED} case ${i} (.jobs; ${log.join('; ')}): ${faults.join(' | ')}`);
    }
    expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);
  });
});

/** The listing's `format` for a fuzzed feed: named for half the formats, detected for the rest. */
function listingFormat(format: FormatName): FeedFormat {
  return ['lever', 'indeed-xml', 'bullhorn', 'recruitee', 'personio-xml'].includes(format) ? format : 'auto';
}

/**
 * What the six ATS formats (Bullhorn, Workable, Ashby, Recruitee,
 * SmartRecruiters, Personio) share beyond `toJobs`: the job's places in
 * parts, remote or hybrid work, employment in Google's vocabulary and the
 * hiring organisation, each checked the same way for every format.
 */
import {safeUrl} from '../shared/safe-url.js';
import type {EmploymentType, HiringOrganization, Job, JobPlace, Workplace} from './job.js';
import {arr, text, toJobs, type Draft, type Entry} from './own.js';

/** A draft with the fields `toJobs` does not read yet; each may be anything the feed held. */
export interface AtsDraft extends Draft {
  /** Places as `{city, region, country}` of anything; empty ones are dropped. */
  readonly places?: readonly {readonly city?: unknown; readonly region?: unknown; readonly country?: unknown}[];
  readonly workplace?: Workplace;
  readonly employment?: EmploymentType;
  readonly hiringOrganization?: {readonly name?: unknown; readonly sameAs?: unknown; readonly logo?: unknown};
}

/** A country as a feed gives it: a two-letter code in upper case (`gb` → `GB`), else the feed's word. */
const country = (value: unknown) => {
  const word = text(value);
  return word && /^[a-z]{2}$/i.test(word) ? word.toUpperCase() : word;
};

/** The places with at least one part, each part trimmed, repeats dropped. */
function places(list: AtsDraft['places']): JobPlace[] | undefined {
  const seen = new Set<string>();
  const kept: JobPlace[] = [];
  for (const place of arr(list) as NonNullable<AtsDraft['places']>) {
    const [city, region, land] = [text(place?.city), text(place?.region), country(place?.country)];
    const key = `${city}\u0000${region}\u0000${land}`;
    if ((city ?? region ?? land) === undefined || seen.has(key)) continue;
    seen.add(key);
    kept.push({...(city && {city}), ...(region && {region}), ...(land && {country: land})});
  }
  return kept.length ? kept : undefined;
}

/** The first of `values` that passes `safeUrl` (a posting's page, else its form), so one unsafe link does not hide a safe one. */
export const firstUrl = (...values: unknown[]): string | undefined => values.map((value) => safeUrl(text(value))).find(Boolean);

/** An http(s) URL that passes `safeUrl`. */
const webUrl = (value: unknown) => {
  const url = safeUrl(text(value));
  return url && /^https?:\/\//i.test(url) ? url : undefined;
};

function organization(value: AtsDraft['hiringOrganization']): HiringOrganization | undefined {
  const name = text(value?.name);
  if (!name) return undefined;
  const [sameAs, logo] = [webUrl(value?.sameAs), webUrl(value?.logo)];
  return {name, ...(sameAs && {sameAs}), ...(logo && {logo})};
}

/**
 * Reads feed entries into jobs as {@link toJobs} does, then adds the places,
 * workplace, employment and hiring organisation `map` found. `toJobs` keeps
 * exactly the entries whose draft has a title, in order, so the extras are
 * matched to the jobs by position.
 *
 * @throws FeedFormatError as `toJobs` does.
 */
export function toAtsJobs(list: Entry[], map: (entry: any) => AtsDraft, titleKey?: string): Job[] {
  const drafts: AtsDraft[] = [];
  const jobs = toJobs(
    list,
    (entry) => {
      const draft = map(entry);
      if (text(draft.title)) drafts.push(draft);
      return draft;
    },
    titleKey,
  );
  // toJobs made each job afresh: the extras are added to it in place.
  jobs.forEach((job: {-readonly [K in keyof Job]: Job[K]}, i) => {
    const draft = drafts[i]!;
    const [where, hiring] = [places(draft.places), organization(draft.hiringOrganization)];
    if (where) job.places = where;
    if (draft.workplace) job.workplace = draft.workplace;
    if (draft.employment) job.employment = draft.employment;
    if (hiring) job.hiringOrganization = hiring;
  });
  return jobs;
}

/** Google's employment types, keyed by the words feeds use in upper case without spaces, hyphens or underscores. */
const EMPLOYMENT: Readonly<Record<string, EmploymentType>> = {
  FULLTIME: 'FULL_TIME', PARTTIME: 'PART_TIME',
  CONTRACT: 'CONTRACTOR', CONTRACTOR: 'CONTRACTOR', FREELANCE: 'CONTRACTOR', FREELANCER: 'CONTRACTOR',
  TEMPORARY: 'TEMPORARY', TEMP: 'TEMPORARY', FIXEDTERM: 'TEMPORARY',
  INTERN: 'INTERN', INTERNSHIP: 'INTERN', TRAINEE: 'INTERN', TRAINEESHIP: 'INTERN', WORKINGSTUDENT: 'INTERN',
  VOLUNTEER: 'VOLUNTEER', PERDIEM: 'PER_DIEM',
};

/**
 * An employment type in Google's vocabulary from a feed's word for it
 * (`Full-time`, `FullTime`, `full_time`, `Contract`, `freelance`,
 * `working_student`…); `undefined` for words with no match (`Permanent`
 * says nothing of the hours).
 */
export function googleEmployment(value: unknown): EmploymentType | undefined {
  const word = text(value)?.toUpperCase().replace(/[\s_-]/g, '');
  return word && Object.hasOwn(EMPLOYMENT, word) ? EMPLOYMENT[word] : undefined;
}

/** Remote, hybrid or on-site from a feed's word for it (`Remote`, `Hybrid`, `OnSite`, `on_site`), else `undefined`. */
export function workplace(value: unknown): Workplace | undefined {
  const word = text(value)?.toLowerCase().replace(/[\s_-]/g, '');
  return word == 'remote' ? 'remote' : word == 'hybrid' ? 'hybrid' : word == 'onsite' || word == 'office' ? 'onsite' : undefined;
}

/** Plain text made safe to put in HTML. */
export const escapeHtml = (value: unknown): string =>
  (text(value) ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Headed HTML sections (`<h3>Requirements</h3>…`), the ones without a body
 * left out; a section without a heading is its body alone.
 */
export const sections = (list: readonly (readonly [heading: unknown, body: unknown])[]): string =>
  list
    .filter(([, body]) => text(body))
    .map(([heading, body]) => (text(heading) ? `<h3>${escapeHtml(heading)}</h3>` : '') + text(body))
    .join('');

/**
 * The location in words from the job's places (`Munich, Bavaria, Germany;
 * Berlin`), with "Remote" added for remote work the words do not mention.
 */
export function placeWords(parts: readonly (readonly unknown[])[], remote: boolean): string | undefined {
  const words = [...new Set(parts.map((place) => place.map(text).filter(Boolean).join(', ')).filter(Boolean))];
  if (remote && !words.some((word) => /remote/i.test(word))) words.push('Remote');
  return words.join('; ') || undefined;
}

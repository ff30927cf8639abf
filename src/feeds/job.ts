/** How often a salary is paid. */
export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

/** A salary or range; any part may be unknown. */
export interface Salary {
  readonly min?: number;
  readonly max?: number;
  /** ISO 4217 code, such as `GBP`. */
  readonly currency?: string;
  readonly period?: SalaryPeriod;
}

/**
 * One place a job is at, in parts, as far as the feed says. A preset slice
 * (`location="Manchester"`) matches a job when any part of any of its places
 * names that place.
 */
export interface JobPlace {
  readonly city?: string;
  /** County, state or region. */
  readonly region?: string;
  /** ISO 3166-1 alpha-2 code (`GB`) where the feed gives or implies one, else the feed's word. */
  readonly country?: string;
}

/** Where the work is done: at the place, partly remote, or fully remote. */
export type Workplace = 'onsite' | 'hybrid' | 'remote';

/**
 * Employment types in Google's job-posting vocabulary; the elements print
 * each through the profile's labels.
 */
export type EmploymentType =
  | 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'VOLUNTEER' | 'PER_DIEM' | 'OTHER';

/** The organisation that hires, as the feed itself names it. */
export interface HiringOrganization {
  readonly name: string;
  /** Its web site (a safe http(s) URL). */
  readonly sameAs?: string;
  /** Its logo (a safe http(s) URL). */
  readonly logo?: string;
}

/**
 * One job, the model every feed format is read into: the spec's own JSON
 * feed format (`{"jobs": [Job, ...]}`) and the `.jobs` property take it as is.
 */
export interface Job {
  /** The feed's id, unique within the feed; the job's page is `?job=<id>`. */
  readonly id: string;
  readonly title: string;
  /** Where the candidate reads more and applies (a safe URL, else absent). */
  readonly url?: string;
  /** Where the job is, as the feed words it ("Manchester, UK; Leeds"), for display and search. */
  readonly location?: string;
  /** The parts of each of the job's places, for preset slices, the location filter and JSON-LD. */
  readonly places?: readonly JobPlace[];
  /** Remote or hybrid work, where the feed says. */
  readonly workplace?: Workplace;
  readonly salary?: Salary;
  readonly department?: string;
  /** Employment type as the feed words it ("Full-time", "Contract"). */
  readonly type?: string;
  /** `type` in Google's vocabulary, where it maps to one (`FULL_TIME`). */
  readonly employment?: EmploymentType;
  /** ISO date (`YYYY-MM-DD`) the job was posted. */
  readonly posted?: string;
  /** ISO date the job closes, where the feed says. */
  readonly validThrough?: string;
  /** The feed's description: HTML, sanitised before it is shown. */
  readonly description?: string;
  /** The employer the feed names for this job (JSON-LD's `hiringOrganization`, Indeed's `company`, a board's name). */
  readonly hiringOrganization?: HiringOrganization;
}

/** A feed that cannot be read, with the path of the fault where there is one. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  constructor(
    message: string,
    /** JSON pointer (or XML path) of the fault; "" for the whole feed. */
    readonly path = '',
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

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
 * One job, the model every feed format is read into: the spec's own JSON
 * feed format (`{"jobs": [Job, ...]}`) and the `.jobs` property take it as is.
 */
export interface Job {
  /** The feed's id, unique within the feed; the job's page is `?job=<id>`. */
  readonly id: string;
  readonly title: string;
  /** Where the candidate reads more and applies (a safe URL, else absent). */
  readonly url?: string;
  readonly location?: string;
  readonly salary?: Salary;
  readonly department?: string;
  /** Employment type as the feed words it ("Full-time", "Contract"). */
  readonly type?: string;
  /** ISO date (`YYYY-MM-DD`) the job was posted. */
  readonly posted?: string;
  /** ISO date the job closes, where the feed says. */
  readonly validThrough?: string;
  /** The feed's description: HTML, sanitised before it is shown. */
  readonly description?: string;
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

/**
 * Where a candidate applies for a job whose feed gives no link: Bullhorn's
 * public API, for one, names no job or apply address, so an agency gives
 * its own (its Bullhorn career portal's `https://jobs.agency.example/#/jobs/{id}`)
 * as the profile's `jobs.applyUrl` or a listing's `apply-url`.
 */
import type {Job} from '../feeds/job.js';
import {safeUrl} from '../shared/safe-url.js';

/** What stands for the job's id in an apply address. */
export const JOB_ID = '{id}';

/**
 * `jobs`, with each job that has no link of its own given `template`'s
 * address, `{id}` replaced by its id (URL-encoded); the jobs that have one
 * keep it. Without a template, or with an unsafe one, `jobs` as they are.
 *
 * @example
 * ```ts
 * withApplyUrls([{id: '7 a', title: 'Nurse'}], 'https://jobs.example/#/jobs/{id}');
 * // [{id: '7 a', title: 'Nurse', url: 'https://jobs.example/#/jobs/7%20a'}]
 * ```
 */
export function withApplyUrls(jobs: readonly Job[], template: string | undefined): readonly Job[] {
  if (!template?.includes(JOB_ID) || !jobs.some((job) => !job.url)) return jobs;
  return jobs.map((job) => {
    const url = job.url ? undefined : safeUrl(template.replaceAll(JOB_ID, encodeURIComponent(job.id)));
    return url ? {...job, url} : job;
  });
}

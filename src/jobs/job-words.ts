/**
 * What the elements print of a job's type and location: the feed's words,
 * with every code and every word the elements add taken from the profile's
 * labels, so a German page shows "Vollzeit", never "FULL_TIME" or "Full-time".
 */
import {employmentWord} from '../feeds/employment.js';
import type {EmploymentType, Job, Workplace} from '../feeds/job.js';
import {workplaceIn} from '../feeds/place.js';
import type {Labels} from '../profile/profile.js';

/** The label of each employment type. */
export const EMPLOYMENT_LABELS: Readonly<Record<EmploymentType, keyof Labels>> = {
  FULL_TIME: 'fullTime',
  PART_TIME: 'partTime',
  CONTRACTOR: 'contractor',
  TEMPORARY: 'temporary',
  INTERN: 'intern',
  VOLUNTEER: 'volunteer',
  PER_DIEM: 'perDiem',
  OTHER: 'otherEmployment',
};

/** The label of remote and hybrid work; on-site work needs no word. */
export const WORKPLACE_LABELS: Readonly<Partial<Record<Workplace, keyof Labels>>> = {remote: 'remote', hybrid: 'hybrid'};

/**
 * The job's type in the profile's words: each comma-separated part that is
 * nothing but an employment type ("Full-time", "FULL_TIME", "Vollzeit") is
 * its label; free text ("Permanent full time") stays as the feed wrote it.
 * A job with a type code and no words gets the code's label.
 *
 * @example
 * ```ts
 * typeText({id: '1', title: 'A', type: 'Full-time, Contract'}, germanLabels); // 'Vollzeit, Freie Mitarbeit'
 * ```
 */
export function typeText(job: Job, labels: Labels): string | undefined {
  if (!job.type) return job.employment && labels[EMPLOYMENT_LABELS[job.employment]];
  const parts = job.type.split(/\s*,\s*/).map((part) => {
    const code = employmentWord(part);
    return code ? labels[EMPLOYMENT_LABELS[code]] : part;
  });
  return [...new Set(parts)].join(', ');
}

/**
 * The job's location as the feed words it, with the profile's word for remote
 * or hybrid work when the feed gave that apart from the words (JSON-LD's
 * `TELECOMMUTE`, Lever's `workplaceType`): "Auenfeld · Hybrides Arbeiten",
 * or the word alone for a remote job with no place.
 */
export function locationText(job: Job, labels: Labels): string | undefined {
  const label = job.workplace && WORKPLACE_LABELS[job.workplace];
  const said = job.location;
  if (!label || workplaceIn(said)) return said;
  return said ? `${said} · ${labels[label]}` : labels[label];
}

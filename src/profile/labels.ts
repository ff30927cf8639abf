import type {EmployerProfile, Labels} from './profile.js';

/** English wording for every label a profile leaves out. */
export const DEFAULT_LABELS: Labels = {
  menu: 'Menu',
  close: 'Close',
  map: 'View on a map',
  loading: 'Loading…',
  retry: 'Retry',
  search: 'Search jobs',
  location: 'Location',
  allLocations: 'All locations',
  department: 'Department',
  type: 'Type',
  posted: 'Posted',
  salary: 'Salary',
  jobsCountOne: '1 job',
  jobsCountOther: '{count} jobs',
  jobsMatchOne: '1 job matches',
  jobsMatchOther: '{count} jobs match',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {page}',
  pages: 'Pages',
  perYear: 'a year',
  perMonth: 'a month',
  perWeek: 'a week',
  perDay: 'a day',
  perHour: 'an hour',
  apply: 'Apply',
  backToJobs: 'Back to all jobs',
  jobNotFound: 'Job not found',
  jobPageTitle: '{job} at {employer}',
  feedTimeout: 'The jobs feed did not answer in time.',
  feedStatus: 'The jobs feed answered with an error ({status}).',
  feedUnreadable: 'The jobs feed could not be read. ({detail})',
  feedTooLarge: 'The jobs feed is too large to show.',
  feedNetwork: 'The jobs feed could not be reached.',
  profileError: 'This employer profile could not be shown',
  fullTime: 'Full-time',
  partTime: 'Part-time',
  contractor: 'Contract',
  temporary: 'Temporary',
  intern: 'Internship',
  volunteer: 'Volunteer',
  perDiem: 'Per diem',
  otherEmployment: 'Other',
  remote: 'Remote',
  hybrid: 'Hybrid',
  partFailed: 'This part of the page could not be loaded.',
};

const merged = new WeakMap<EmployerProfile, Labels>();

/**
 * The profile's labels over the English defaults: the same object for the
 * same profile, so what is worked out from them (the listing's slice, its
 * search text) can be kept while they stay.
 */
export function labelsOf(profile: EmployerProfile | undefined): Labels {
  if (!profile?.labels) return DEFAULT_LABELS;
  let labels = merged.get(profile);
  if (!labels) merged.set(profile, (labels = {...DEFAULT_LABELS, ...profile.labels}));
  return labels;
}

/**
 * Fills `{name}` placeholders in a label.
 *
 * @example
 * ```ts
 * fill('Page {page}', {page: 2}); // 'Page 2'
 * ```
 */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

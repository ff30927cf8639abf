import type {Job} from './job.js';
import {escapeHtml, firstUrl, googleEmployment, placeWords, toAtsJobs, workplace} from './ats-fields.js';
import {arr, entries, text} from './own.js';

/** Ashby's employment types in words. */
const TYPES: Readonly<Record<string, string>> = {
  FullTime: 'Full-time', PartTime: 'Part-time', Intern: 'Internship', Contract: 'Contract', Temporary: 'Temporary',
};

/**
 * The salary of an Ashby `compensation`: the lowest `minValue` and highest
 * `maxValue` of its `Salary` components (summary components first, else
 * every tier's), with their currency and interval (`1 YEAR`).
 */
function salaryOf(compensation: any) {
  const summary = arr(compensation?.summaryComponents);
  const components = (summary.length ? summary : arr(compensation?.compensationTiers).flatMap((tier: any) => arr(tier?.components))).filter(
    (part: any) => part && /^salary$/i.test(text(part.compensationType) ?? ''),
  ) as any[];
  const numbers = (key: string) => components.map((part) => part[key]).filter((n) => typeof n == 'number' && n >= 0) as number[];
  const [mins, maxes] = [numbers('minValue'), numbers('maxValue')];
  if (!mins.length && !maxes.length) return undefined;
  return {
    min: mins.length ? Math.min(...mins) : undefined,
    max: maxes.length ? Math.max(...maxes) : undefined,
    currency: components.find((part) => text(part.currencyCode))?.currencyCode,
    period: components.find((part) => text(part.interval))?.interval,
  };
}

/** The parts of an Ashby `address.postalAddress`. */
const postal = (address: any) => {
  const parts = address?.postalAddress;
  return {city: parts?.addressLocality, region: parts?.addressRegion, country: parts?.addressCountry};
};

/**
 * Reads Ashby's public job-board posting API
 * (`api.ashbyhq.com/posting-api/job-board/<board>?includeCompensation=true`):
 * `{apiVersion, jobs: [{id, title, department, team, employmentType,
 * location, secondaryLocations: [{location, address}], address: {postalAddress:
 * {addressLocality, addressRegion, addressCountry}}, isRemote, workplaceType,
 * publishedAt, isListed, jobUrl, applyUrl, descriptionHtml, descriptionPlain,
 * shouldDisplayCompensationOnJobPostings, compensation}]}`.
 *
 * The url is `jobUrl` (the posting), else `applyUrl`; the location is the
 * primary `location` and every secondary one; `workplaceType` (`OnSite`,
 * `Hybrid`, `Remote`) wins over `isRemote`; the department is `department`,
 * else `team`. The salary comes from the `Salary` components of
 * `compensation`, unless the employer chose not to show pay. Unlisted jobs
 * (`isListed: false`) are left out.
 *
 * @throws FeedFormatError when `jobs` is not an array or none of its listed entries is a job.
 */
export function parseAshby(data: unknown): Job[] {
  const listed = entries((data as any)?.jobs, '/jobs').filter(([job]) => (job as any)?.isListed !== false);
  return toAtsJobs(listed, (job) => {
    const secondary = arr(job.secondaryLocations) as any[];
    const work = workplace(job.workplaceType) ?? (job.isRemote === true ? 'remote' : undefined);
    const type = text(job.employmentType);
    return {
      id: job.id,
      title: job.title,
      url: firstUrl(job.jobUrl, job.applyUrl),
      location: placeWords([[job.location], ...secondary.map((place) => [place?.location])], work == 'remote'),
      places: [postal(job.address), ...secondary.map((place) => postal(place?.address))],
      workplace: work,
      salary: job.shouldDisplayCompensationOnJobPostings === false ? undefined : salaryOf(job.compensation),
      department: job.department ?? job.team,
      type: type && Object.hasOwn(TYPES, type) ? TYPES[type] : type,
      employment: googleEmployment(type),
      posted: job.publishedAt,
      description: text(job.descriptionHtml) ?? escapeHtml(job.descriptionPlain),
    };
  });
}

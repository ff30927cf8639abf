import type {Job} from './job.js';
import {googleEmployment, placeWords, toAtsJobs} from './ats-fields.js';
import {entries, num} from './own.js';

/**
 * Reads Bullhorn's public REST job search, the answer Bullhorn's open-source
 * career portal reads with a corporation token
 * (`public-rest<cluster>.bullhornstaffing.com/rest-services/<corpToken>/search/JobOrder?…`),
 * one page of it: `{total, start, count, data: [{id, title, publishedCategory:
 * {id, name}, address: {city, state, zip, countryCode}, employmentType,
 * dateLastPublished, publicDescription, isOpen, isPublic, isDeleted,
 * salary, salaryUnit}]}`.
 *
 * `dateLastPublished` is epoch milliseconds; the department is the
 * published category; the salary is `salary` per `salaryUnit` ("Per Year",
 * "Per Hour"), else `payRate` (per `salaryUnit`, else per hour), and Bullhorn names no currency
 * (nor counts 0 as pay). Job orders marked closed, private or deleted are
 * left out. Bullhorn links to no posting page: the job's own view shows it,
 * with no Apply link. (Bullhorn's career portal shows a job at its own,
 * self-hosted address, `<careersUrl>/#/jobs/<id>`, and applies by posting
 * the CV to `…/apply/<id>/raw`; neither is in the answer.) Paging (`start`
 * up to `total`) is the listing's work.
 *
 * @throws FeedFormatError when `data` is not an array or none of its open entries is a job.
 */
export function parseBullhorn(data: unknown): Job[] {
  const open = entries((data as any)?.data, '/data').filter(
    ([job]: any) => !(job?.isOpen === false || job?.isOpen === 0 || job?.isPublic === false || job?.isPublic === 0 || job?.isDeleted === true),
  );
  return toAtsJobs(open, (job) => {
    const address = job.address;
    const [salary, rate] = [num(job.salary), num(job.payRate)];
    const pay = salary ? {min: salary, max: salary, period: job.salaryUnit} : rate ? {min: rate, max: rate, period: job.salaryUnit ?? 'hour'} : undefined;
    return {
      id: job.id,
      title: job.title,
      location: placeWords([[address?.city, address?.state]], false),
      places: [{city: address?.city, region: address?.state, country: address?.countryCode ?? address?.countryName}],
      salary: pay,
      department: job.publishedCategory?.name,
      type: job.employmentType,
      employment: googleEmployment(job.employmentType),
      posted: job.dateLastPublished ?? job.dateAdded,
      description: job.publicDescription,
    };
  });
}

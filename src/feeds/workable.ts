import type {Job} from './job.js';
import {firstUrl, googleEmployment, placeWords, sections, toAtsJobs, workplace} from './ats-fields.js';
import {arr, entries, num, text} from './own.js';

/**
 * Reads Workable's public account API, the one its careers widget reads
 * (`apply.workable.com/api/v1/widget/accounts/<account>?details=true`):
 * `{name, description, jobs: [{title, shortcode, code, employment_type,
 * telecommuting, department, url, shortlink, application_url, published_on,
 * created_at, country, city, state, locations: [{country, countryCode, city,
 * region, hidden}], description, requirements, benefits}]}`.
 *
 * The id is `shortcode`; the url is the posting (`url`, else `shortlink`,
 * else `application_url`). Every location the account shows is a place
 * (hidden ones are left out), else the job's own `city`/`state`/`country`;
 * `telecommuting: true` (or a `workplace`/`workplace_type` of remote or
 * hybrid) is remote work. The account's `name` is the hiring organisation.
 * Workable's widget publishes no salary; a `salary: {salary_from, salary_to,
 * salary_currency}` as its private API writes it is read where present.
 *
 * @throws FeedFormatError when `jobs` is not an array or none of its entries is a job.
 */
export function parseWorkable(data: unknown): Job[] {
  const account = (data as any)?.name;
  return toAtsJobs(entries((data as any)?.jobs, '/jobs'), (job) => {
    const shown = arr(job.locations).filter((place: any) => place && typeof place == 'object' && place.hidden !== true) as any[];
    const where = shown.length ? shown.map((place) => [place.city, place.region, place.country, place.countryCode]) : [[job.city, job.state, job.country]];
    const work = job.telecommuting === true ? 'remote' : workplace(job.workplace_type ?? job.workplace);
    const salary = job.salary;
    return {
      id: job.shortcode ?? job.code ?? job.id,
      title: job.title,
      url: firstUrl(job.url, job.shortlink, job.application_url),
      location: placeWords(where.map(([city, region, country, code]) => [city, region, country ?? code]), work == 'remote'),
      places: where.map(([city, region, country, code]) => ({city, region, country: code ?? country})),
      workplace: work,
      salary: salary && {min: num(salary.salary_from), max: num(salary.salary_to), currency: salary.salary_currency, period: salary.salary_period},
      department: job.department,
      type: job.employment_type,
      employment: googleEmployment(job.employment_type),
      posted: job.published_on ?? job.created_at,
      description: sections([
        ['', job.description],
        ['Requirements', job.requirements],
        ['Benefits', job.benefits],
      ]),
      hiringOrganization: {name: text(account)},
    };
  });
}

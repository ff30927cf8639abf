import type {Job} from './job.js';
import {firstUrl, googleEmployment, placeWords, sections, toAtsJobs} from './ats-fields.js';
import {arr, entries, text} from './own.js';

/** The words of Recruitee's `employment_type_code` parts (`fulltime_permanent` → "Full-time, Permanent"). */
const WORDS: Readonly<Record<string, string>> = {
  fulltime: 'Full-time', parttime: 'Part-time', permanent: 'Permanent', fixed: 'Fixed term', term: '',
  contract: 'Contract', freelance: 'Freelance', internship: 'Internship', traineeship: 'Traineeship',
  temporary: 'Temporary', volunteer: 'Volunteer', apprenticeship: 'Apprenticeship',
};

/** An employment type in words from Recruitee's code; a code of unknown parts as written. */
function typeWords(code: string | undefined): string | undefined {
  const parts = code?.toLowerCase().split('_');
  if (!parts?.every((part) => Object.hasOwn(WORDS, part))) return code;
  return parts.map((part) => WORDS[part]).filter(Boolean).join(', ') || undefined;
}

/**
 * Reads Recruitee's public careers-site offers API
 * (`<company>.recruitee.com/api/offers/`): `{offers: [{id, slug, title,
 * description, requirements, location, city, state_name, country,
 * country_code, locations: [{city, state, country, country_code}], remote,
 * hybrid, on_site, careers_url, careers_apply_url, department,
 * employment_type_code, published_at, close_at, salary: {min, max, currency,
 * period}, company_name}]}`.
 *
 * The url is the offer's page (`careers_url`), else its form
 * (`careers_apply_url`); every entry of `locations` is a place, else the
 * offer's own city, state and country; `remote`, `hybrid` and `on_site` set
 * the workplace; `employment_type_code` (`fulltime_permanent`) becomes words
 * and Google's type from its first part; `close_at` is the closing date;
 * the description is `description` then `requirements`.
 *
 * @throws FeedFormatError when `offers` is not an array or none of its entries is a job.
 */
export function parseRecruitee(data: unknown): Job[] {
  return toAtsJobs(entries((data as any)?.offers, '/offers'), (offer) => {
    const listed = arr(offer.locations).filter((place) => place && typeof place == 'object') as any[];
    const where = listed.length
      ? listed.map((place) => [place.city, place.state ?? place.state_name, place.country, place.country_code])
      : [[offer.city, offer.state_name ?? offer.state, offer.country, offer.country_code]];
    const work = offer.remote === true ? 'remote' : offer.hybrid === true ? 'hybrid' : offer.on_site === true ? 'onsite' : undefined;
    const code = text(offer.employment_type_code);
    const salary = offer.salary;
    return {
      id: offer.id ?? offer.slug,
      title: offer.title,
      url: firstUrl(offer.careers_url, offer.careers_apply_url),
      location: placeWords(listed.length ? where.map(([city, , country]) => [city, country]) : [[text(offer.location) ?? offer.city]], work == 'remote'),
      places: where.map(([city, region, country, countryCode]) => ({city, region, country: countryCode ?? country})),
      workplace: work,
      salary: salary && {min: salary.min, max: salary.max, currency: salary.currency, period: salary.period},
      department: offer.department,
      type: typeWords(code),
      employment: googleEmployment(code?.split('_')[0]),
      posted: offer.published_at ?? offer.created_at,
      validThrough: offer.close_at,
      description: sections([
        ['', offer.description],
        ['Requirements', offer.requirements],
      ]),
      hiringOrganization: {name: offer.company_name},
    };
  });
}

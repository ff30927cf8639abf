/**
 * A job as schema.org `JobPosting` JSON-LD, for Google's job search: the
 * detail view writes exactly one into the host page.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
import {employmentTypes} from '../feeds/employment.js';
import type {Job} from '../feeds/job.js';
import {readLocation} from '../feeds/place.js';
import type {EmployerProfile} from '../profile/profile.js';

/** `url` made absolute against `base`, when it is an http(s) URL. */
function absolute(url: string | undefined, base: string): string | undefined {
  try {
    const href = url && new URL(url, base).href;
    return href && /^https?:/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** `value` without unknown parts: no `undefined`, `null`, `""` or `NaN`, and no object left with only `@` keys. */
function prune(value: unknown): unknown {
  if (value == null || value === '' || Number.isNaN(value)) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value != 'object') return value;
  const entries = Object.entries(value).flatMap(([key, item]) => {
    const kept = prune(item);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  return entries.some(([key]) => key[0] != '@') ? Object.fromEntries(entries) : undefined;
}

/**
 * The schema.org `JobPosting` for `job`, with every property Google's job
 * posting guidance requires or recommends that the data has, and only those.
 *
 * - `description`: pass the sanitised HTML,
 *   `descriptionHtml(parseDescription(job.description))`; this function stays
 *   pure and never reads the feed's own markup.
 * - `hiringOrganization` (name, `sameAs`, `logo`) and the identifier's `name`
 *   come from `profile.employer`, else from the feed's own employer
 *   (`job.hiringOrganization`); site and logo as absolute http(s) URLs.
 * - `jobLocation`: one `Place` with a `PostalAddress` per place of the job,
 *   each part in its own property (`addressLocality`, `addressRegion`,
 *   `addressCountry` as an ISO code); a place that names no country gets the
 *   region of the profile's locale (`en-GB` → `GB`).
 * - A remote job (`workplace: 'remote'`) is `jobLocationType: 'TELECOMMUTE'`
 *   with `applicantLocationRequirements`: the countries of its places, else
 *   the locale's; its places with a town or region stay as `jobLocation`.
 *   Hybrid work is not TELECOMMUTE: Google keeps that for jobs done fully at home.
 * - `employmentType`: Google's values from `type` and `employment`.
 * - `url` is `pageUrl`, the job's own address on the host page; `directApply`
 *   is `false` because the apply link leads to the feed's site.
 *
 * @example
 * ```ts
 * jobPosting(job, {profile, pageUrl: location.href, description: descriptionHtml(parseDescription(job.description ?? ''))});
 * ```
 */
export function jobPosting(
  job: Job,
  options: {profile?: EmployerProfile; pageUrl: string; description?: string},
): Record<string, unknown> {
  const {profile, pageUrl} = options;
  const employer = profile?.employer;
  const organisation = employer
    ? {name: employer.name, sameAs: employer.site, logo: employer.logo?.src}
    : job.hiringOrganization;
  const localeCountry = /-([a-z]{2})(?:-|$)/i.exec(profile?.locale ?? '')?.[1]?.toUpperCase();
  const code = (country?: string) => (country && /^[A-Z]{2}$/.test(country) ? country : undefined);
  const read = job.places && job.workplace ? undefined : readLocation(job.location);
  const places = job.places ?? read!.places;
  const remote = (job.workplace ?? read?.workplace) === 'remote';
  const locations = places
    .filter((place) => place.city || place.region || !remote)
    .map((place) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: place.city,
        addressRegion: place.region,
        addressCountry: code(place.country) ?? localeCountry,
      },
    }));
  const countries = [...new Set(places.map((place) => code(place.country)).filter(Boolean))];
  const applicants = (countries.length ? countries : [localeCountry]).map((name) => name && {'@type': 'Country', name});
  const types = [...new Set([...employmentTypes(job.type), job.employment])].filter(Boolean);
  const {min, max, currency, period} = job.salary ?? {};
  const amounts = [...new Set([min, max].filter(Number.isFinite) as number[])].sort((a, b) => a - b);
  const date = (value?: string) => (value && !Number.isNaN(Date.parse(value)) ? value : undefined);
  return prune({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: options.description,
    datePosted: date(job.posted),
    validThrough: date(job.validThrough),
    employmentType: types.length > 1 ? types : types[0],
    hiringOrganization: organisation && {
      '@type': 'Organization',
      name: organisation.name,
      sameAs: absolute(organisation.sameAs, pageUrl),
      logo: absolute(organisation.logo, pageUrl),
    },
    jobLocation: locations.length > 1 ? locations : locations[0],
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote ? (applicants.length > 1 ? applicants : applicants[0]) : undefined,
    baseSalary: amounts.length
      ? {
          '@type': 'MonetaryAmount',
          currency,
          value: {
            '@type': 'QuantitativeValue',
            ...(amounts.length > 1 ? {minValue: amounts[0], maxValue: amounts[1]} : {value: amounts[0]}),
            unitText: period?.toUpperCase(),
          },
        }
      : undefined,
    directApply: false,
    identifier: {'@type': 'PropertyValue', name: organisation?.name, value: job.id},
    url: pageUrl,
  }) as Record<string, unknown>;
}

/**
 * `data` as the text of a `<script type="application/ld+json">`: JSON with
 * every `<` written `\u003c`, so no string in it can close the element.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

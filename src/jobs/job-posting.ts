/**
 * A job as schema.org `JobPosting` JSON-LD, for Google's job search: the
 * detail view writes exactly one into the host page.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
import type {Job} from '../feeds/job.js';
import type {EmployerProfile} from '../profile/profile.js';

/** Google accepts only its own employment types; the words feeds use, in upper case without punctuation. */
const EMPLOYMENT: Record<string, string> = {
  FULLTIME: 'FULL_TIME', PARTTIME: 'PART_TIME', CONTRACT: 'CONTRACTOR', CONTRACTOR: 'CONTRACTOR',
  TEMPORARY: 'TEMPORARY', FIXEDTERM: 'TEMPORARY', INTERNSHIP: 'INTERN', INTERN: 'INTERN',
  VOLUNTEER: 'VOLUNTEER', PERDIEM: 'PER_DIEM',
};

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
 * The schema.org `JobPosting` for `job`, with only the fields that are known.
 *
 * - `description`: pass the sanitised HTML,
 *   `descriptionHtml(parseDescription(job.description))`; this function stays
 *   pure and never reads the feed's own markup.
 * - `hiringOrganization` and the identifier's `name` come from
 *   `profile.employer`; without a profile they are left out (Google then
 *   reports the posting as missing its organisation).
 * - `jobLocation`: one `Place` per location (feeds join several with "; ");
 *   a location starting "Remote" sets `jobLocationType: 'TELECOMMUTE'` instead.
 *   The region of the profile's locale (`en-GB` → `GB`) becomes the
 *   `addressCountry`, and the country a remote candidate must live in.
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
  const country = /-([a-z]{2})(?:-|$)/i.exec(profile?.locale ?? '')?.[1]?.toUpperCase();
  const places = (job.location ?? '').split(';').map((place) => place.trim()).filter(Boolean);
  const isRemote = (place: string) => /^remote\b/i.test(place);
  const remote = places.some(isRemote);
  const locations = places
    .filter((place) => !isRemote(place))
    .map((place) => ({'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: place, addressCountry: country}}));
  const types = [
    ...new Set(
      (job.type ?? '')
        .split(/[,;/]/)
        .map((type) => type.toUpperCase().replace(/[^A-Z]/g, ''))
        .filter((key) => Object.hasOwn(EMPLOYMENT, key))
        .map((key) => EMPLOYMENT[key]),
    ),
  ];
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
    hiringOrganization: {
      '@type': 'Organization',
      name: employer?.name,
      sameAs: absolute(employer?.site, pageUrl),
      logo: absolute(employer?.logo?.src, pageUrl),
    },
    jobLocation: locations.length > 1 ? locations : locations[0],
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote ? {'@type': 'Country', name: country} : undefined,
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
    identifier: {'@type': 'PropertyValue', name: employer?.name, value: job.id},
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

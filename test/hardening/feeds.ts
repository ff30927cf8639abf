/**
 * Feeds in every format from one list of jobs, as each source really writes
 * them, for the XSS and fuzz tests: the same job reaches `<job-listing>`
 * through each parser.
 */

export type FormatName = 'own' | 'json-ld' | 'greenhouse' | 'lever' | 'indeed-xml';

export const FORMATS: readonly FormatName[] = ['own', 'json-ld', 'greenhouse', 'lever', 'indeed-xml'];

/** One job, before a format writes it. */
export interface JobSpec {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly location: string;
  readonly department: string;
  readonly type: string;
  /** HTML, as feeds carry it. */
  readonly description: string;
  readonly posted: string;
  readonly salary: {readonly min: number; readonly max: number; readonly currency: string};
}

/** HTML-escaped text, as Greenhouse writes its `content`. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/** Text as one CDATA section: a `]]>` inside is split across two sections, as XML writers do. */
export const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** The JSON of a feed in `format` (not Indeed XML). */
export function feedData(format: Exclude<FormatName, 'indeed-xml'>, jobs: readonly JobSpec[]): unknown {
  switch (format) {
    case 'own':
      return {
        jobs: jobs.map((job) => ({
          id: job.id,
          title: job.title,
          url: job.url,
          location: job.location,
          department: job.department,
          type: job.type,
          posted: job.posted,
          description: job.description,
          salary: {...job.salary, period: 'year'},
        })),
      };
    case 'json-ld':
      return {
        '@context': 'https://schema.org',
        '@graph': jobs.map((job) => ({
          '@type': 'JobPosting',
          identifier: {'@type': 'PropertyValue', value: job.id},
          title: job.title,
          url: job.url,
          description: job.description,
          datePosted: job.posted,
          employmentType: job.type,
          hiringOrganization: {'@type': 'Organization', name: job.department},
          jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: job.location}},
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: job.salary.currency,
            value: {'@type': 'QuantitativeValue', minValue: job.salary.min, maxValue: job.salary.max, unitText: 'YEAR'},
          },
        })),
      };
    case 'greenhouse':
      return {
        jobs: jobs.map((job) => ({
          id: job.id,
          internal_job_id: 1,
          title: job.title,
          absolute_url: job.url,
          location: {name: job.location},
          updated_at: `${job.posted}T09:00:00-05:00`,
          first_published: `${job.posted}T09:00:00-05:00`,
          content: escapeHtml(job.description),
          departments: [{id: 1, name: job.department, child_ids: [], parent_id: null}],
          metadata: [{id: 2, name: 'Employment Type', value: job.type, value_type: 'single_select'}],
        })),
        meta: {total: jobs.length},
      };
    case 'lever':
      return jobs.map((job) => ({
        id: job.id,
        text: job.title,
        hostedUrl: job.url,
        applyUrl: `${job.url}/apply`,
        categories: {location: job.location, team: job.department, commitment: job.type},
        createdAt: Date.parse(job.posted),
        description: job.description,
        descriptionPlain: job.description,
        lists: [{text: job.title, content: `<li>${job.description}</li>`}],
        additional: job.description,
        salaryRange: {...job.salary, interval: 'per-year-salary'},
      }));
  }
}

/** One `<job>` of an Indeed feed: tag and text, each child written as CDATA. */
export type XmlRecord = Array<[tag: string, text: string]>;

/** The `<job>` records of an Indeed feed of `jobs`. */
export const indeedRecords = (jobs: readonly JobSpec[]): XmlRecord[] =>
  jobs.map((job) => [
    ['title', job.title],
    ['date', job.posted],
    ['referencenumber', job.id],
    ['url', job.url],
    ['city', job.location],
    ['description', job.description],
    ['salary', `£${job.salary.min} - £${job.salary.max} per year`],
    ['jobtype', job.type],
    ['category', job.department],
  ]);

/** An Indeed XML feed of `records`. */
export const indeedXml = (records: readonly XmlRecord[]) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<source><publisher>Hardening</publisher>${records
    .map((record) => `<job>${record.map(([tag, text]) => `<${tag}>${cdata(text)}</${tag}>`).join('')}</job>`)
    .join('\n')}</source>`;

/** A feed of `jobs` in `format`, as text with its content type. */
export function feedText(format: FormatName, jobs: readonly JobSpec[]): {text: string; type: string} {
  return format === 'indeed-xml'
    ? {text: indeedXml(indeedRecords(jobs)), type: 'application/xml'}
    : {text: JSON.stringify(feedData(format, jobs)), type: 'application/json'};
}

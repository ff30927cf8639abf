/**
 * Feeds in every format from one list of jobs, as each source really writes
 * them, for the XSS and fuzz tests: the same job reaches `<job-listing>`
 * through each parser.
 */

export type FormatName =
  | 'own' | 'json-ld' | 'greenhouse' | 'lever' | 'indeed-xml'
  | 'bullhorn' | 'workable' | 'ashby' | 'recruitee' | 'smartrecruiters' | 'personio-xml';

export const FORMATS: readonly FormatName[] = [
  'own', 'json-ld', 'greenhouse', 'lever', 'indeed-xml',
  'bullhorn', 'workable', 'ashby', 'recruitee', 'smartrecruiters', 'personio-xml',
];

/** The formats read from XML: each job is a record of tags, written by {@link xmlFeed}. */
export type XmlFormatName = 'indeed-xml' | 'personio-xml';
export const isXml = (format: FormatName): format is XmlFormatName => format === 'indeed-xml' || format === 'personio-xml';

/** Formats whose jobs carry no link of their own: Bullhorn's job orders, and Personio's positions (linked only from a personio.de feed URL). */
export const LINKLESS: ReadonlySet<FormatName> = new Set(['bullhorn', 'personio-xml']);

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

/** The JSON of a feed in `format` (not an XML one). */
export function feedData(format: Exclude<FormatName, XmlFormatName>, jobs: readonly JobSpec[]): unknown {
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
    case 'bullhorn':
      return {
        total: jobs.length,
        start: 0,
        count: jobs.length,
        data: jobs.map((job) => ({
          id: job.id,
          title: job.title,
          publishedCategory: {id: 1, name: job.department},
          address: {city: job.location},
          employmentType: job.type,
          dateLastPublished: Date.parse(job.posted),
          publicDescription: job.description,
          isOpen: true,
          isPublic: 1,
          isDeleted: false,
          salary: job.salary.min,
          salaryUnit: 'Per Year',
        })),
      };
    case 'workable':
      return {
        name: jobs[0]?.department,
        jobs: jobs.map((job) => ({
          title: job.title,
          shortcode: job.id,
          employment_type: job.type,
          telecommuting: false,
          department: job.department,
          url: job.url,
          published_on: job.posted,
          locations: [{city: job.location, hidden: false}],
          description: job.description,
        })),
      };
    case 'ashby':
      return {
        apiVersion: '1',
        jobs: jobs.map((job) => ({
          id: job.id,
          title: job.title,
          department: job.department,
          employmentType: job.type,
          location: job.location,
          secondaryLocations: [],
          address: {postalAddress: {addressLocality: job.location}},
          publishedAt: `${job.posted}T09:00:00.000+00:00`,
          isListed: true,
          isRemote: false,
          jobUrl: job.url,
          descriptionHtml: job.description,
          compensation: {summaryComponents: [{compensationType: 'Salary', interval: '1 YEAR', currencyCode: job.salary.currency, minValue: job.salary.min, maxValue: job.salary.max}]},
        })),
      };
    case 'recruitee':
      return {
        offers: jobs.map((job) => ({
          id: job.id,
          title: job.title,
          department: job.department,
          employment_type_code: job.type,
          city: job.location,
          careers_url: job.url,
          published_at: `${job.posted} 09:00:00 UTC`,
          salary: {...job.salary, period: 'year'},
          description: job.description,
          company_name: job.department,
        })),
      };
    case 'smartrecruiters':
      return {
        offset: 0,
        limit: 100,
        totalFound: jobs.length,
        content: jobs.map((job) => ({
          id: job.id,
          name: job.title,
          postingUrl: job.url,
          // An identifier no career-site link can be built from, so the posting's own URL is the only link.
          company: {identifier: 'Hardening Ltd', name: job.department},
          releasedDate: `${job.posted}T09:00:00.000Z`,
          location: {city: job.location, fullLocation: job.location},
          department: {label: job.department},
          typeOfEmployment: {label: job.type},
          jobAd: {sections: {jobDescription: {title: '', text: job.description}}},
        })),
      };
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

/** The `<position>` records of a Personio feed of `jobs` (its nested offices and descriptions written by {@link xmlFeed}). */
export const personioRecords = (jobs: readonly JobSpec[]): XmlRecord[] =>
  jobs.map((job) => [
    ['id', job.id],
    ['subcompany', job.department],
    ['office', job.location],
    ['department', job.department],
    ['name', job.title],
    ['jobDescription', job.description],
    ['employmentType', 'permanent'],
    ['schedule', job.type],
    ['createdAt', `${job.posted}T09:00:00+00:00`],
  ]);

/** One record's children: a `jobDescription` as Personio nests it, every other tag as one CDATA child. */
const xmlChildren = (record: XmlRecord) =>
  record
    .map(([tag, text]) =>
      tag === 'jobDescription'
        ? `<jobDescriptions><jobDescription><name>Details</name><value>${cdata(text)}</value></jobDescription></jobDescriptions>`
        : `<${tag}>${cdata(text)}</${tag}>`,
    )
    .join('');

/** The tags each XML format writes around its records. */
export const XML_TAGS = {
  'indeed-xml': {root: 'source', job: 'job', title: 'title'},
  'personio-xml': {root: 'workzag-jobs', job: 'position', title: 'name'},
} as const;

/** An XML feed of `records` in `format`. */
export const xmlFeed = (format: XmlFormatName, records: readonly XmlRecord[]) => {
  const {root, job} = XML_TAGS[format];
  const head = format === 'indeed-xml' ? '<publisher>Hardening</publisher>' : '';
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${head}${records.map((record) => `<${job}>${xmlChildren(record)}</${job}>`).join('\n')}</${root}>`;
};

/** An Indeed XML feed of `records`. */
export const indeedXml = (records: readonly XmlRecord[]) => xmlFeed('indeed-xml', records);

/** The records of an XML feed of `jobs` in `format`. */
export const xmlRecords = (format: XmlFormatName, jobs: readonly JobSpec[]) => (format === 'indeed-xml' ? indeedRecords(jobs) : personioRecords(jobs));

/** A feed of `jobs` in `format`, as text with its content type. */
export function feedText(format: FormatName, jobs: readonly JobSpec[]): {text: string; type: string} {
  return isXml(format)
    ? {text: xmlFeed(format, xmlRecords(format, jobs)), type: 'application/xml'}
    : {text: JSON.stringify(feedData(format, jobs)), type: 'application/json'};
}

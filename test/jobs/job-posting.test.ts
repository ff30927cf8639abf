import {expect} from '@open-wc/testing';
import Validator from '@adobe/structured-data-validator';
import {parseFeed, type FeedFormat} from '../../src/feeds/detect.js';
import type {Job, Salary} from '../../src/feeds/job.js';
import {jobPosting, jsonLdText} from '../../src/jobs/job-posting.js';
import type {EmployerProfile} from '../../src/profile/profile.js';

const profile = (locale = 'en-GB', employer: Partial<EmployerProfile['employer']> = {}): EmployerProfile => ({
  version: 1,
  employer: {
    name: 'Parliamentary and Health Service Ombudsman',
    shortName: 'PHSO',
    site: 'https://www.ombudsman.org.uk',
    logo: {src: '/images/phso.svg', alt: 'PHSO'},
    ...employer,
  },
  locale,
  hero: {headline: 'Opportunities with PHSO'},
  sections: [],
  modals: [],
});

const pageUrl = 'https://agency.example/phso/careers?job=2041';
const job: Job = {
  id: '2041',
  title: 'Senior Caseworker',
  url: 'https://jobs.example.org/phso/2041',
  location: 'Manchester',
  salary: {min: 42000, max: 48000, currency: 'GBP', period: 'year'},
  department: 'Casework',
  type: 'Full-time',
  posted: '2026-01-14',
  validThrough: '2026-02-11',
  description: '<p>Lead <b>investigations</b>.</p>',
};
const description = '<p>Lead <strong>investigations</strong>.</p>';

const posting = (changes: Partial<Job>, options: Partial<Parameters<typeof jobPosting>[1]> = {}) =>
  jobPosting({...job, ...changes}, {profile: profile(), pageUrl, description, ...options});

describe('jobPosting', () => {
  it('gives Google every required and recommended field the job has', () => {
    expect(jobPosting(job, {profile: profile(), pageUrl, description})).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Senior Caseworker',
      description,
      datePosted: '2026-01-14',
      validThrough: '2026-02-11',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Parliamentary and Health Service Ombudsman',
        sameAs: 'https://www.ombudsman.org.uk/',
        logo: 'https://agency.example/images/phso.svg',
      },
      jobLocation: {
        '@type': 'Place',
        address: {'@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB'},
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'GBP',
        value: {'@type': 'QuantitativeValue', minValue: 42000, maxValue: 48000, unitText: 'YEAR'},
      },
      directApply: false,
      identifier: {'@type': 'PropertyValue', name: 'Parliamentary and Health Service Ombudsman', value: '2041'},
      url: pageUrl,
    });
  });

  it('omits what is unknown, with no undefined or empty values', () => {
    const data = jobPosting({id: '7', title: 'Analyst', location: '', type: '', posted: ''}, {pageUrl});
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Analyst',
      directApply: false,
      identifier: {'@type': 'PropertyValue', value: '7'},
      url: pageUrl,
    });
    expect(JSON.stringify(data)).not.to.match(/undefined|null|""/);
  });

  it('leaves out the organisation without a profile, and its logo and site where the profile has none', () => {
    expect(posting({}, {profile: undefined})).not.to.have.keys('hiringOrganization');
    const bare = posting({}, {profile: profile('en-GB', {site: undefined, logo: undefined})});
    expect(bare.hiringOrganization).to.deep.equal({'@type': 'Organization', name: 'Parliamentary and Health Service Ombudsman'});
  });

  it('gives the site and logo as absolute http(s) URLs only', () => {
    const data = posting({}, {profile: profile('en-GB', {site: 'mailto:jobs@phso.example', logo: {src: 'logo.png', alt: ''}})});
    expect(data.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Parliamentary and Health Service Ombudsman',
      logo: 'https://agency.example/phso/logo.png',
    });
  });

  const types: Array<[string | undefined, unknown]> = [
    ['Full-time', 'FULL_TIME'],
    ['full time', 'FULL_TIME'],
    ['Part-time', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'],
    ['Temporary', 'TEMPORARY'],
    ['Fixed-term', 'TEMPORARY'],
    ['Internship', 'INTERN'],
    ['Full-time, Part-time', ['FULL_TIME', 'PART_TIME']],
    ['Permanent, Full-time', 'FULL_TIME'],
    ['Permanent', undefined],
    ['constructor', undefined],
    [undefined, undefined],
  ];
  for (const [type, expected] of types) {
    it(`maps the employment type ${JSON.stringify(type)} to ${JSON.stringify(expected)}`, () => {
      expect(posting({type}).employmentType).to.deep.equal(expected);
    });
  }

  const salaries: Array<[string, Salary | undefined, unknown]> = [
    ['a range', {min: 35000, max: 42000, currency: 'GBP', period: 'year'}, {'@type': 'MonetaryAmount', currency: 'GBP', value: {'@type': 'QuantitativeValue', minValue: 35000, maxValue: 42000, unitText: 'YEAR'}}],
    ['a single amount', {min: 450, max: 450, currency: 'GBP', period: 'day'}, {'@type': 'MonetaryAmount', currency: 'GBP', value: {'@type': 'QuantitativeValue', value: 450, unitText: 'DAY'}}],
    ['an hourly rate', {min: 12.5, currency: 'GBP', period: 'hour'}, {'@type': 'MonetaryAmount', currency: 'GBP', value: {'@type': 'QuantitativeValue', value: 12.5, unitText: 'HOUR'}}],
    ['a maximum with no currency or period', {max: 30000}, {'@type': 'MonetaryAmount', value: {'@type': 'QuantitativeValue', value: 30000}}],
    ['a currency with no number', {currency: 'GBP', period: 'year'}, undefined],
    ['no salary', undefined, undefined],
  ];
  for (const [what, salary, expected] of salaries) {
    it(`gives ${what} as baseSalary ${expected ? '' : 'nothing'}`, () => {
      expect(posting({salary}).baseSalary).to.deep.equal(expected);
    });
  }

  it('marks a Remote job as TELECOMMUTE, with the country candidates must live in', () => {
    const data = posting({location: 'Remote'});
    expect(data).not.to.have.property('jobLocation');
    expect(data.jobLocationType).to.equal('TELECOMMUTE');
    expect(data.applicantLocationRequirements).to.deep.equal({'@type': 'Country', name: 'GB'});
  });

  it('gives a place for each location, beside remote work', () => {
    expect(posting({location: 'Manchester; London'}).jobLocation).to.deep.equal(
      ['Manchester', 'London'].map((town) => ({
        '@type': 'Place',
        address: {'@type': 'PostalAddress', addressLocality: town, addressCountry: 'GB'},
      })),
    );
    const hybrid = posting({location: 'Manchester; Remote'});
    expect(hybrid.jobLocation).to.deep.equal({
      '@type': 'Place',
      address: {'@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB'},
    });
    expect(hybrid.jobLocationType).to.equal('TELECOMMUTE');
  });

  it('takes the country from the region of the locale, if it has one', () => {
    const country = (locale: string) =>
      (posting({}, {profile: profile(locale)}).jobLocation as {address: {addressCountry?: string}}).address.addressCountry;
    expect(country('zh-Hant-TW')).to.equal('TW');
    expect(country('en')).to.equal(undefined);
    expect(posting({location: 'Remote'}, {profile: profile('en')})).not.to.have.property('applicantLocationRequirements');
  });

  it('omits dates that are not dates', () => {
    const data = posting({posted: 'yesterday', validThrough: 'soon'});
    expect(data).not.to.have.property('datePosted');
    expect(data).not.to.have.property('validThrough');
  });

  it('omits the description when none is given, never reading the feed markup', () => {
    expect(posting({description: '<script>alert(1)</script>'}, {description: undefined})).not.to.have.property('description');
  });
});

describe('jobPosting from places, workplace, employment and the feed\'s employer', () => {
  it('puts each part of a place in its own property', () => {
    const data = posting({location: 'Dublin, Ireland', places: [{city: 'Dublin', region: 'Leinster', country: 'IE'}]});
    expect(data.jobLocation).to.deep.equal({
      '@type': 'Place',
      address: {'@type': 'PostalAddress', addressLocality: 'Dublin', addressRegion: 'Leinster', addressCountry: 'IE'},
    });
  });

  it('reads the parts from the location when the job has none', () => {
    expect(posting({location: 'Manchester, UK', places: undefined}).jobLocation).to.deep.equal({
      '@type': 'Place',
      address: {'@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB'},
    });
  });

  it('gives a remote job TELECOMMUTE and the countries of its places as the applicants\' location', () => {
    const data = posting({location: undefined, places: [{country: 'IE'}, {country: 'GB'}], workplace: 'remote'});
    expect(data).not.to.have.property('jobLocation');
    expect(data.jobLocationType).to.equal('TELECOMMUTE');
    expect(data.applicantLocationRequirements).to.deep.equal([
      {'@type': 'Country', name: 'IE'},
      {'@type': 'Country', name: 'GB'},
    ]);
  });

  it('keeps hybrid work at its place, with no TELECOMMUTE', () => {
    const data = posting({location: 'Manchester (hybrid)', places: [{city: 'Manchester'}], workplace: 'hybrid'});
    expect(data).not.to.have.property('jobLocationType');
    expect((data.jobLocation as {address: object}).address).to.deep.equal({'@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB'});
  });

  it('takes the employment type from the job\'s code where its words say none', () => {
    expect(posting({type: 'Vollzeit, unbefristet', employment: 'FULL_TIME'}).employmentType).to.equal('FULL_TIME');
    expect(posting({type: undefined, employment: 'INTERN'}).employmentType).to.equal('INTERN');
  });

  it('names the feed\'s own employer when there is no profile, and the profile\'s over it', () => {
    const hiringOrganization = {name: 'Stadtwerke Auenfeld GmbH', sameAs: 'https://swa.example/', logo: 'https://swa.example/logo.png'};
    const bare = posting({hiringOrganization}, {profile: undefined});
    expect(bare.hiringOrganization).to.deep.equal({'@type': 'Organization', ...hiringOrganization});
    expect(bare.identifier).to.deep.equal({'@type': 'PropertyValue', name: 'Stadtwerke Auenfeld GmbH', value: '2041'});
    expect((posting({hiringOrganization}).hiringOrganization as {name: string}).name).to.equal('Parliamentary and Health Service Ombudsman');
  });
});

describe('jobPosting for a job of every feed format, read by an independent validator', () => {
  // One job from each format, as its feed gives it: places, employer, type and dates in the format's own words.
  const feeds: Array<[FeedFormat, string]> = [
    [
      'own',
      JSON.stringify({
        jobs: [{id: 'o1', title: 'Caseworker', url: 'https://jobs.example/o1', location: 'Dublin, Ireland', type: 'Full-time', posted: '2026-01-10', validThrough: '2026-02-10', description: '<p>Casework.</p>', salary: {min: 35000, max: 42000, currency: 'EUR', period: 'year'}, hiringOrganization: {name: 'Office of the Ombudsman', sameAs: 'https://ombudsman.example'}}],
      }),
    ],
    [
      'json-ld',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        identifier: {'@type': 'PropertyValue', value: 'j1'},
        title: 'Softwareentwicklerin (m/w/d)',
        description: '<p>Beispiel.</p>',
        datePosted: '2026-01-20',
        validThrough: '2026-03-31',
        employmentType: 'FULL_TIME',
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: {'@type': 'Country', name: 'DE'},
        hiringOrganization: {'@type': 'Organization', name: 'Stadtwerke Auenfeld GmbH', sameAs: 'https://swa.example', logo: 'https://swa.example/logo.png'},
      }),
    ],
    [
      'greenhouse',
      JSON.stringify({
        jobs: [{id: 4001, title: 'Investigations Manager', absolute_url: 'https://boards.greenhouse.io/acme/jobs/4001', location: {name: 'Manchester, UK (hybrid)'}, first_published: '2026-01-06T09:00:00-05:00', content: '&lt;p&gt;Lead.&lt;/p&gt;', company_name: 'Acme Housing', metadata: [{name: 'Employment Type', value: 'Part-time'}]}],
      }),
    ],
    [
      'lever',
      JSON.stringify([
        {id: 'l1', text: 'Service Designer', hostedUrl: 'https://jobs.lever.co/acme/l1', categories: {location: 'London', commitment: 'Contract'}, country: 'GB', workplaceType: 'on-site', createdAt: 1736510400000, description: '<div>Design.</div>', salaryRange: {min: 450, max: 450, currency: 'GBP', interval: 'per-day-salary'}},
      ]),
    ],
    [
      'indeed-xml',
      '<source><job><title>Finance Officer</title><date>Fri, 10 Jan 2026 12:00:00 GMT</date><referencenumber>i1</referencenumber><url>https://jobs.example/i1</url><company>Acme Housing</company><city>Austin</city><state>TX</state><country>US</country><description>&lt;p&gt;Numbers.&lt;/p&gt;</description><salary>$20 per hour</salary><jobtype>fulltime</jobtype><expirationdate>2026-02-28</expirationdate></job></source>',
    ],
  ];
  const expected: Record<string, Record<string, unknown>> = {
    own: {
      jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: 'Dublin', addressCountry: 'IE'}},
      employmentType: 'FULL_TIME',
      hiringOrganization: {'@type': 'Organization', name: 'Office of the Ombudsman', sameAs: 'https://ombudsman.example/'},
    },
    'json-ld': {
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: {'@type': 'Country', name: 'DE'},
      employmentType: 'FULL_TIME',
      hiringOrganization: {'@type': 'Organization', name: 'Stadtwerke Auenfeld GmbH', sameAs: 'https://swa.example/', logo: 'https://swa.example/logo.png'},
    },
    greenhouse: {
      jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB'}},
      employmentType: 'PART_TIME',
      hiringOrganization: {'@type': 'Organization', name: 'Acme Housing'},
    },
    lever: {
      jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: 'London', addressCountry: 'GB'}},
      employmentType: 'CONTRACTOR',
      hiringOrganization: {'@type': 'Organization', name: 'Parliamentary and Health Service Ombudsman', sameAs: 'https://www.ombudsman.org.uk/', logo: 'https://agency.example/images/phso.svg'},
    },
    'indeed-xml': {
      jobLocation: {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US'}},
      employmentType: 'FULL_TIME',
      hiringOrganization: {'@type': 'Organization', name: 'Acme Housing'},
    },
  };

  for (const [format, text] of feeds) {
    it(`fills Google's properties for a ${format} job, and the validator finds no error`, async () => {
      const [job] = parseFeed(text, format);
      // Lever's postings name no employer: that job needs the profile's.
      const data = jobPosting(job!, {profile: format === 'lever' ? profile() : undefined, pageUrl, description: '<p>The job.</p>'});
      for (const [key, value] of Object.entries(expected[format]!)) expect(data[key], `${format} ${key}`).to.deep.equal(value);
      for (const key of ['title', 'description', 'datePosted', 'identifier', 'directApply']) expect(data, `${format} ${key}`).to.have.property(key);
      if (format !== 'greenhouse' && format !== 'lever') expect(data).to.have.property('validThrough');
      if (format === 'own' || format === 'lever' || format === 'indeed-xml') expect(data).to.have.property('baseSalary');
      const issues = await new Validator().validate({jsonld: {JobPosting: [structuredClone(data)]}});
      expect(issues.filter((issue) => issue.severity === 'ERROR'), JSON.stringify(issues)).to.deep.equal([]);
    });
  }

  it('is an error to the validator without an employer or a country, so the checks above can fail', async () => {
    const [job] = parseFeed(feeds[3]![1], 'lever');
    const data = jobPosting({...job!, places: [{city: 'London'}]}, {pageUrl, description: '<p>The job.</p>'});
    const issues = await new Validator().validate({jsonld: {JobPosting: [data]}});
    expect(issues.filter((issue) => issue.severity === 'ERROR').map((issue) => issue.fieldNames[0])).to.have.members([
      'hiringOrganization',
      'jobLocation.address.addressCountry',
    ]);
  });
});

describe('jsonLdText', () => {
  it('can never close its script element, and round-trips', () => {
    const data = posting({title: 'Caseworker</script><script>alert(1)</script><!--'});
    const text = jsonLdText(data);
    expect(text).not.to.match(/<\/script/i);
    expect(text).not.to.contain('<');
    expect(JSON.parse(text)).to.deep.equal(data);
    // Parsed as a page would parse it: one script element, holding all of the JSON.
    const doc = new DOMParser().parseFromString(`<script type="application/ld+json">${text}</script>`, 'text/html');
    expect(doc.scripts).to.have.length(1);
    expect(JSON.parse(doc.scripts[0].text).title).to.equal('Caseworker</script><script>alert(1)</script><!--');
  });
});

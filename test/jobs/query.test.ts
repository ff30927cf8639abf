import {expect} from '@open-wc/testing';
import type {Job} from '../../src/feeds/job.js';
import {parseGreenhouse} from '../../src/feeds/greenhouse.js';
import {parseIndeed, readXml} from '../../src/feeds/indeed-xml.js';
import {parseJsonLd} from '../../src/feeds/json-ld.js';
import {parseLever} from '../../src/feeds/lever.js';
import {normaliseJobs} from '../../src/feeds/own.js';
import {jobFilter, placeOptions, queryJobs, type JobQuery} from '../../src/jobs/query.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import type {Labels} from '../../src/profile/profile.js';

const jobs: readonly Job[] = [
  {id: '1', title: 'Caseworker', location: 'Manchester', department: 'Operations', type: 'Full-time', salary: {min: 35000, max: 42000}, posted: '2026-01-10'},
  {id: '2', title: 'Senior Caseworker', location: 'London', department: 'Operations', type: 'Full-time', salary: {min: 48000}, posted: '2026-01-12'},
  {id: '3', title: 'Café Manager', location: 'Manchester', department: 'Facilities', type: 'Part-time', posted: '2025-12-01'},
  {id: '4', title: 'Clinical Adviser', location: 'Leeds', department: 'Clinical Advice', type: 'Part-time', salary: {max: 52000}},
  {id: '5', title: 'Data Analyst 10', location: 'Köln', department: 'Insight', type: 'Contract', salary: {min: 40000, max: 45000}, posted: '2026-01-01'},
  {id: '6', title: 'Data Analyst 9', department: 'Insight', type: 'Contract'},
];

const ids = (query: JobQuery, list = jobs) => queryJobs(list, query, 'en-GB').items.map((job) => job.id);

describe('queryJobs', () => {
  const searches: [string, string[]][] = [
    ['case', ['1', '2']],
    ['CASEWORKER senior', ['2']],
    ['  senior   caseworker ', ['2']],
    ['cafe', ['3']],
    ['CAFÉ', ['3']],
    ['koln', ['5']],
    ['insight', ['5', '6']],
    ['part-time', ['3', '4']],
    ['case london', ['2']],
    ['case leeds', []],
    ['analyst 9', ['6']],
    ['undefined', []],
    ['', ['1', '2', '3', '4', '5', '6']],
    ['   ', ['1', '2', '3', '4', '5', '6']],
  ];
  for (const [search, expected] of searches) {
    it(`searches for ${JSON.stringify(search)}`, () => expect(ids({search})).to.deep.equal(expected));
  }

  it('searches a job by its own text, even one equal to another', () => {
    const renamed = {...jobs[0]!, title: 'Gardener'};
    expect(ids({search: 'gardener'}, [jobs[0]!, renamed])).to.deep.equal(['1']);
    expect(queryJobs([jobs[0]!, renamed], {search: 'gardener'}, 'en-GB').items[0]).to.equal(renamed);
  });

  const filters: [JobQuery, string[]][] = [
    [{location: 'manchester'}, ['1', '3']],
    [{location: 'Manch'}, []],
    [{department: 'OPERATIONS'}, ['1', '2']],
    [{type: 'contract'}, ['5', '6']],
    [{location: 'Manchester', type: 'Part-time'}, ['3']],
    [{search: 'case', location: 'London'}, ['2']],
    [{location: ''}, ['1', '2', '3', '4', '5', '6']],
  ];
  for (const [query, expected] of filters) {
    it(`filters by ${JSON.stringify(query)}`, () => expect(ids(query)).to.deep.equal(expected));
  }

  const sorts: [JobQuery['sort'], string[]][] = [
    [{key: 'title', direction: 'ascending'}, ['3', '1', '4', '6', '5', '2']],
    [{key: 'title', direction: 'descending'}, ['2', '5', '6', '4', '1', '3']],
    [{key: 'salary', direction: 'ascending'}, ['1', '5', '2', '4', '3', '6']],
    [{key: 'salary', direction: 'descending'}, ['4', '2', '5', '1', '3', '6']],
    [{key: 'posted', direction: 'ascending'}, ['3', '5', '1', '2', '4', '6']],
    [{key: 'posted', direction: 'descending'}, ['2', '1', '5', '3', '4', '6']],
    [{key: 'location', direction: 'ascending'}, ['5', '4', '2', '1', '3', '6']],
    [{key: 'location', direction: 'descending'}, ['1', '3', '2', '4', '5', '6']],
    [{key: 'department', direction: 'ascending'}, ['4', '3', '5', '6', '1', '2']],
    [{key: 'type', direction: 'descending'}, ['3', '4', '1', '2', '5', '6']],
  ];
  for (const [sort, expected] of sorts) {
    it(`sorts by ${sort!.key}, ${sort!.direction}, missing values last`, () => expect(ids({sort})).to.deep.equal(expected));
  }

  it('leaves the list it was given in its order', () => {
    const list = [...jobs];
    queryJobs(list, {sort: {key: 'title', direction: 'descending'}}, 'en-GB');
    expect(list.map((job) => job.id)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
  });

  const pages: [JobQuery, {ids: string[]; total: number; page: number; pages: number}][] = [
    [{pageSize: 4}, {ids: ['1', '2', '3', '4'], total: 6, page: 1, pages: 2}],
    [{pageSize: 4, page: 2}, {ids: ['5', '6'], total: 6, page: 2, pages: 2}],
    [{pageSize: 4, page: 9}, {ids: ['5', '6'], total: 6, page: 2, pages: 2}],
    [{pageSize: 4, page: 0}, {ids: ['1', '2', '3', '4'], total: 6, page: 1, pages: 2}],
    [{pageSize: 4, page: -3}, {ids: ['1', '2', '3', '4'], total: 6, page: 1, pages: 2}],
    [{pageSize: 4, page: NaN}, {ids: ['1', '2', '3', '4'], total: 6, page: 1, pages: 2}],
    [{pageSize: 4, page: 1.7}, {ids: ['1', '2', '3', '4'], total: 6, page: 1, pages: 2}],
    [{pageSize: 2, page: 3, search: 'a'}, {ids: ['5', '6'], total: 6, page: 3, pages: 3}],
    [{pageSize: 2, page: 2, search: 'case'}, {ids: ['1', '2'], total: 2, page: 1, pages: 1}],
    [{pageSize: 2, search: 'nothing'}, {ids: [], total: 0, page: 1, pages: 1}],
    [{pageSize: 0}, {ids: ['1', '2', '3', '4', '5', '6'], total: 6, page: 1, pages: 1}],
    [{}, {ids: ['1', '2', '3', '4', '5', '6'], total: 6, page: 1, pages: 1}],
  ];
  for (const [query, expected] of pages) {
    it(`pages ${JSON.stringify(query)}`, () => {
      const result = queryJobs(jobs, query, 'en-GB');
      expect({ids: result.items.map((job) => job.id), total: result.total, page: result.page, pages: result.pages}).to.deep.equal(expected);
    });
  }

  it('sorts the matches, then pages them', () => {
    const result = queryJobs(jobs, {sort: {key: 'salary', direction: 'descending'}, pageSize: 2, page: 2}, 'en-GB');
    expect(result.items.map((job) => job.id)).to.deep.equal(['5', '1']);
  });

  it('does not throw for an invalid locale', () => {
    expect(queryJobs(jobs, {sort: {key: 'title', direction: 'ascending'}}, 'en_GB').items).to.have.length(6);
  });

  // The time a keystroke takes is measured by `npm run bench`, not here.
  it('searches 10,000 jobs keystroke after keystroke, accents and case folded', () => {
    const places = ['Manchester', 'London', 'Leeds', 'Café Quarter', 'Birmingham'];
    const many: Job[] = Array.from({length: 10_000}, (_, i) => ({
      id: String(i),
      title: `${i % 3 ? 'Caseworker' : 'Analyst'} ${i}`,
      location: places[i % 5],
      department: `Department ${i % 40}`,
      type: i % 2 ? 'Full-time' : 'Part-time',
    }));
    const query = (search: string) => queryJobs(many, {search, pageSize: 20}, 'en-GB');
    let result = query('');
    for (const search of ['c', 'ca', 'cas', 'case', 'case manc', 'case manchester', 'cafe']) {
      result = query(search);
      if (search == 'case manchester') expect(result.total).to.equal(1333);
    }
    expect(result.total).to.equal(2000);
  });
});

/** One Manchester job (and one elsewhere) from each feed format, each spelling the place its own way. */
function manchesterJobs(): Job[] {
  return [
    ...normaliseJobs([{id: 'own', title: 'A', location: 'Manchester, UK', type: 'Full-time', department: 'Operations'}, {id: 'own-leeds', title: 'B', location: 'Leeds'}], ''),
    ...parseGreenhouse({jobs: [{id: 'gh', title: 'A', location: {name: 'Manchester (hybrid)'}, metadata: [{name: 'Employment Type', value: 'full_time'}], departments: [{name: 'Legal'}, {name: 'Operations'}]}]}),
    ...parseLever([{id: 'lever', text: 'A', categories: {location: 'Manchester, GB', commitment: 'Permanent full time', team: 'operations'}}]),
    ...parseIndeed(readXml('<source><job><title>A</title><referencenumber>indeed</referencenumber><city>Manchester</city><country>GB</country><jobtype>fulltime</jobtype></job></source>')),
    ...parseJsonLd([
      {'@type': 'JobPosting', identifier: 'json-ld', title: 'A', employmentType: 'FULL_TIME', jobLocation: {address: {addressLocality: 'Manchester', addressCountry: 'GB'}}},
      {'@type': 'JobPosting', identifier: 'zurich', title: 'B', employmentType: 'Vollzeit', jobLocation: {address: {addressLocality: 'Zürich', addressCountry: 'CH'}}},
      {'@type': 'JobPosting', identifier: 'remote', title: 'C', employmentType: 'PART_TIME', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: {'@type': 'Country', name: 'IE'}},
    ]),
  ];
}

describe('jobFilter: one preset for every feed format', () => {
  const german: Labels = {...DEFAULT_LABELS, fullTime: 'Vollzeit', partTime: 'Teilzeit', remote: 'Ortsunabhängig'};
  const all = manchesterJobs();
  const manchester = ['own', 'gh', 'lever', 'indeed', 'json-ld'];
  const cases: Array<[Pick<JobQuery, 'location' | 'department' | 'type'>, string[], Labels?, string?]> = [
    [{location: 'Manchester'}, manchester],
    [{location: 'manchester'}, manchester],
    [{location: 'MANCHESTER, UK'}, manchester],
    // Greenhouse's "Manchester (hybrid)" names no country: it may be in any.
    [{location: 'Manchester, Ireland'}, ['gh']],
    [{location: 'UK'}, ['own', 'lever', 'indeed', 'json-ld']],
    [{location: 'United Kingdom'}, ['own', 'lever', 'indeed', 'json-ld']],
    [{location: 'zurich'}, ['zurich']],
    [{location: 'Schweiz'}, ['zurich']],
    [{location: 'Switzerland'}, ['zurich']],
    [{location: 'Irland'}, ['remote'], DEFAULT_LABELS, 'de-DE'],
    [{location: 'Leeds|Zürich'}, ['own-leeds', 'zurich']],
    [{location: ' Leeds | | '}, ['own-leeds']],
    [{location: 'remote'}, ['remote']],
    [{location: 'Ortsunabhängig'}, ['remote'], german],
    [{location: 'hybrid'}, ['gh']],
    [{location: 'Manch'}, []],
    [{department: 'operations'}, ['own', 'gh', 'lever']],
    [{department: 'Legal|Nothing'}, ['gh']],
    [{type: 'full-time'}, [...manchester, 'zurich']],
    [{type: 'FULL_TIME'}, [...manchester, 'zurich']],
    [{type: 'Vollzeit'}, [...manchester, 'zurich'], german],
    [{type: 'Teilzeit|contract'}, ['remote'], german],
    // Free text is matched as written.
    [{type: 'permanent full time'}, ['lever']],
    [{location: 'Manchester', type: 'full-time', department: 'operations'}, ['own', 'gh', 'lever']],
    [{}, [...manchester.slice(0, 1), 'own-leeds', ...manchester.slice(1), 'zurich', 'remote']],
  ];
  for (const [filters, expected, labels, locale] of cases) {
    it(`slices ${JSON.stringify(filters)}${locale ? ` in ${locale}` : ''}`, () => {
      expect(all.filter(jobFilter(filters, labels ?? DEFAULT_LABELS, locale ?? 'en-GB')).map((job) => job.id)).to.have.members(expected);
    });
  }

  it('filters the list by a place option in queryJobs as well', () => {
    expect(queryJobs(all, {location: 'Manchester'}, 'en-GB').items.map((job) => job.id)).to.deep.equal(manchester);
  });

  it('searches the words the page shows, in the profile\'s language', () => {
    const german2: Labels = {...german};
    // Lever's "Permanent full time" is shown as written, so "vollzeit" does not find it.
    expect(queryJobs(all, {search: 'vollzeit'}, 'de-DE', german2).items.map((job) => job.id)).to.have.members(['own', 'gh', 'indeed', 'json-ld', 'zurich']);
    expect(queryJobs(all, {search: 'ortsunabhangig'}, 'de-DE', german2).items.map((job) => job.id)).to.deep.equal(['remote']);
  });
});

describe('placeOptions', () => {
  it('lists each town once however the feeds spell it, and remote work in the profile\'s word', () => {
    expect(placeOptions(manchesterJobs(), DEFAULT_LABELS, 'en-GB')).to.deep.equal(['Leeds', 'Manchester', 'Remote', 'Zürich']);
    expect(placeOptions(manchesterJobs(), {...DEFAULT_LABELS, remote: 'Ortsunabhängig'}, 'de-DE')).to.deep.equal([
      'Leeds',
      'Manchester',
      'Ortsunabhängig',
      'Zürich',
    ]);
  });

  it('names a place with no town by its region, else its country in the page\'s language', () => {
    const jobs = normaliseJobs([{title: 'A', location: 'Wales'}, {title: 'B', location: 'Ireland'}, {title: 'C', location: 'Cardiff, Wales'}], '');
    expect(placeOptions(jobs, DEFAULT_LABELS, 'de-DE')).to.deep.equal(['Cardiff', 'Irland', 'Wales']);
  });

  it('orders by the locale given', () => {
    const cities = ['Zürich', 'Örebro', 'Malmö'].map((location, i) => ({id: String(i), title: 'A', location, places: [{city: location}]}));
    expect(placeOptions(cities, DEFAULT_LABELS, 'de')).to.deep.equal(['Malmö', 'Örebro', 'Zürich']);
    expect(placeOptions(cities, DEFAULT_LABELS, 'sv')).to.deep.equal(['Malmö', 'Zürich', 'Örebro']);
  });

  it('lists a location it cannot read as written, and nothing for no jobs', () => {
    expect(placeOptions([{id: '1', title: 'A', location: 'Somewhere'}], DEFAULT_LABELS, 'en-GB')).to.deep.equal(['Somewhere']);
    expect(placeOptions([], DEFAULT_LABELS, 'en-GB')).to.deep.equal([]);
  });
});

import {expect} from '@open-wc/testing';
import type {Job} from '../../src/feeds/job.js';
import {distinct, queryJobs, type JobQuery} from '../../src/jobs/query.js';

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

describe('distinct', () => {
  it('lists the values of a field once each, in collation order', () => {
    expect(distinct(jobs, 'location', 'en-GB')).to.deep.equal(['Köln', 'Leeds', 'London', 'Manchester']);
    expect(distinct(jobs, 'type', 'en-GB')).to.deep.equal(['Contract', 'Full-time', 'Part-time']);
    expect(distinct(jobs, 'department')).to.deep.equal(['Clinical Advice', 'Facilities', 'Insight', 'Operations']);
  });

  it('orders by the locale given', () => {
    const cities = ['Zürich', 'Örebro', 'Malmö'].map((location, i) => ({id: String(i), title: 'A', location}));
    expect(distinct(cities, 'location', 'de')).to.deep.equal(['Malmö', 'Örebro', 'Zürich']);
    expect(distinct(cities, 'location', 'sv')).to.deep.equal(['Malmö', 'Zürich', 'Örebro']);
  });

  it('lists nothing for no jobs', () => {
    expect(distinct([], 'location', 'en-GB')).to.deep.equal([]);
  });
});

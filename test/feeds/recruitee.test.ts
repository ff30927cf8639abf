import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parseRecruitee} from '../../src/feeds/recruitee.js';

/** A Recruitee offers answer holding `offer` with the fields a test cares about. */
const offers = (offer: object) => ({offers: [{id: 7, title: 'Engineer', careers_url: 'https://x.recruitee.com/o/engineer', ...offer}]});

describe('parseRecruitee', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parseRecruitee(await (await fetch('/test/fixtures/feeds/recruitee.json')).json());
  });

  it('reads an offer with two locations, a salary given as strings, its closing date and the company', () => {
    expect(jobs[0]).to.deep.equal({
      id: '1804211',
      title: 'Werkstudent (m/w/d) Marketing',
      url: 'https://gruenfeld.recruitee.com/o/werkstudent-in-marketing',
      location: 'Berlin, Germany; Hamburg, Germany',
      places: [
        {city: 'Berlin', region: 'Berlin', country: 'DE'},
        {city: 'Hamburg', region: 'Hamburg', country: 'DE'},
      ],
      workplace: 'hybrid',
      salary: {min: 15, max: 17.5, currency: 'EUR', period: 'hour'},
      department: 'Marketing',
      type: 'Part-time, Fixed term',
      employment: 'PART_TIME',
      posted: '2026-01-08',
      validThrough: '2026-03-31',
      description:
        '<p>Du unterstützt unser Team bei Kampagnen für <strong>Ökostrom</strong> &amp; Wärme.</p>' +
        '<h3>Requirements</h3><ul><li>Studium im Bereich Marketing</li><li>Deutsch &amp; Englisch</li></ul>',
      hiringOrganization: {name: 'Grünfeld Energie GmbH'},
    });
  });

  it('reads a remote offer with a salary without currency and no closing date', () => {
    expect(jobs[1]).to.deep.include({
      location: 'Remote job',
      places: [{country: 'DE'}],
      workplace: 'remote',
      salary: {min: 70000, max: 85000, period: 'year'},
      type: 'Full-time, Permanent',
      employment: 'FULL_TIME',
    });
    expect(jobs[1]).not.to.have.property('validThrough');
  });

  it('reads an internship with only the form, an on-site flag and an empty salary', () => {
    expect(jobs[2]).to.deep.equal({
      id: '1804213',
      title: 'Praktikum Vertrieb',
      url: 'https://gruenfeld.recruitee.com/o/praktikum-vertrieb/c/new',
      location: 'München',
      places: [{city: 'München', country: 'DE'}],
      workplace: 'onsite',
      type: 'Internship',
      employment: 'INTERN',
      posted: '2026-01-11',
    });
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const cases: [string, object, Partial<Job>][] = [
    ['a freelance code', {employment_type_code: 'freelance'}, {type: 'Freelance', employment: 'CONTRACTOR'}],
    ['a code of unknown parts as written', {employment_type_code: 'seasonal_work'}, {type: 'seasonal_work'}],
    ['the slug when there is no id', {id: undefined, slug: 'engineer'}, {id: 'engineer'}],
    ['the country name when there is no code', {city: 'Utrecht', country: 'Netherlands'}, {places: [{city: 'Utrecht', country: 'Netherlands'}]}],
    ['a monthly salary', {salary: {min: 3000, max: 3500, currency: 'eur', period: 'month'}}, {salary: {min: 3000, max: 3500, currency: 'EUR', period: 'month'}}],
  ];
  for (const [name, fields, expected] of cases) {
    it(`reads ${name}`, () => {
      expect(parseRecruitee(offers(fields))[0]).to.deep.include(expected);
    });
  }

  it('reads an empty board as no jobs, and names the path of an offer with no title', async () => {
    expect(parseRecruitee(await (await fetch('/test/fixtures/feeds/recruitee-empty.json')).json())).to.deep.equal([]);
    expect(failure(() => parseRecruitee({offers: [{id: 1}]})).message).to.equal('/offers/0/title: expected a string');
  });
});

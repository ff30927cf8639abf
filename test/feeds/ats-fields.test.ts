import {expect} from '@open-wc/testing';
import {googleEmployment, placeWords, sections, toAtsJobs, workplace} from '../../src/feeds/ats-fields.js';
import type {EmploymentType, Workplace} from '../../src/feeds/job.js';
import {entries} from '../../src/feeds/own.js';

describe('googleEmployment', () => {
  const cases: [unknown, EmploymentType | undefined][] = [
    ['Full-time', 'FULL_TIME'], ['FullTime', 'FULL_TIME'], ['full_time', 'FULL_TIME'], ['PART TIME', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'], ['freelance', 'CONTRACTOR'], ['Temp', 'TEMPORARY'], ['Fixed Term', 'TEMPORARY'],
    ['Intern', 'INTERN'], ['working_student', 'INTERN'], ['Volunteer', 'VOLUNTEER'], ['per-diem', 'PER_DIEM'],
    ['Permanent', undefined], ['Contract To Hire', undefined], ['', undefined], [null, undefined], [42, undefined],
    ['constructor', undefined], ['__proto__', undefined],
  ];
  for (const [word, type] of cases) it(`reads ${JSON.stringify(word)} as ${type}`, () => expect(googleEmployment(word)).to.equal(type));
});

describe('workplace', () => {
  const cases: [unknown, Workplace | undefined][] = [
    ['Remote', 'remote'], ['HYBRID', 'hybrid'], ['OnSite', 'onsite'], ['on_site', 'onsite'], ['on-site', 'onsite'],
    ['Anywhere', undefined], [true, undefined], [undefined, undefined],
  ];
  for (const [word, place] of cases) it(`reads ${JSON.stringify(word)} as ${place}`, () => expect(workplace(word)).to.equal(place));
});

describe('placeWords and sections', () => {
  it('joins places, drops empty and repeated ones, adds Remote once', () => {
    expect(placeWords([['Leeds', '', 'UK'], ['Leeds', undefined, 'UK'], [null], ['York']], true)).to.equal('Leeds, UK; York; Remote');
    expect(placeWords([['Remote - EU']], true)).to.equal('Remote - EU');
    expect(placeWords([[{}], []], false)).to.equal(undefined);
  });

  it('heads each section with its escaped name and leaves empty ones out', () => {
    expect(sections([['', '<p>a</p>'], ['<b>Perks</b> & more', '<ul><li>b</li></ul>'], ['Empty', ' '], ['None', null]])).to.equal(
      '<p>a</p><h3>&#60;b&#62;Perks&#60;/b&#62; &#38; more</h3><ul><li>b</li></ul>',
    );
  });
});

describe('toAtsJobs', () => {
  it('matches the extras to the jobs kept, past skipped entries, and checks each one', () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const jobs = toAtsJobs(entries([{t: 'A', c: 'gb'}, 'x', {c: 'fr'}, {t: 'B', c: 'de', org: 'Acme', site: 'javascript:x', logo: 'https://x.test/l.png'}], ''), (entry) => ({
        title: entry.t,
        places: [{country: entry.c}, {city: ' ', region: null}],
        hiringOrganization: {name: entry.org, sameAs: entry.site, logo: entry.logo},
      }));
      expect(jobs).to.deep.equal([
        {id: 'job-0', title: 'A', places: [{country: 'GB'}]},
        {id: 'job-3', title: 'B', places: [{country: 'DE'}], hiringOrganization: {name: 'Acme', logo: 'https://x.test/l.png'}},
      ]);
    } finally {
      console.warn = warn;
    }
  });
});

import {expect} from '@open-wc/testing';
import type {Job} from '../../src/feeds/job.js';
import {locationText, typeText} from '../../src/jobs/job-words.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import type {Labels} from '../../src/profile/profile.js';

const german: Labels = {
  ...DEFAULT_LABELS,
  fullTime: 'Vollzeit',
  partTime: 'Teilzeit',
  contractor: 'Freie Mitarbeit',
  temporary: 'Befristet',
  remote: 'Ortsunabhängig',
  hybrid: 'Hybrides Arbeiten',
};
const job = (fields: Partial<Job>): Job => ({id: '1', title: 'A', ...fields});

describe('typeText', () => {
  const cases: Array<[Partial<Job>, Labels, string | undefined]> = [
    [{type: 'Full-time'}, german, 'Vollzeit'],
    [{type: 'FULL_TIME'}, german, 'Vollzeit'],
    [{type: 'fulltime'}, DEFAULT_LABELS, 'Full-time'],
    [{type: 'Full-time, Contract'}, german, 'Vollzeit, Freie Mitarbeit'],
    [{type: 'Full-time, Vollzeit'}, german, 'Vollzeit'],
    [{type: 'Vollzeit'}, DEFAULT_LABELS, 'Full-time'],
    [{type: 'Permanent full time', employment: 'FULL_TIME'}, german, 'Permanent full time'],
    [{type: 'Ausbildung'}, DEFAULT_LABELS, 'Ausbildung'],
    [{employment: 'PART_TIME'}, german, 'Teilzeit'],
    [{}, german, undefined],
  ];
  for (const [fields, labels, expected] of cases) {
    it(`shows ${JSON.stringify(fields)} as ${JSON.stringify(expected)}`, () => expect(typeText(job(fields), labels)).to.equal(expected));
  }
});

describe('locationText', () => {
  const cases: Array<[Partial<Job>, Labels, string | undefined]> = [
    [{location: 'Manchester'}, german, 'Manchester'],
    [{location: 'Manchester (hybrid)', workplace: 'hybrid'}, german, 'Manchester (hybrid)'],
    [{location: 'Auenfeld', workplace: 'hybrid'}, german, 'Auenfeld · Hybrides Arbeiten'],
    [{location: 'Auenfeld', workplace: 'onsite'}, german, 'Auenfeld'],
    [{workplace: 'remote', places: [{country: 'DE'}]}, german, 'Ortsunabhängig'],
    [{workplace: 'remote'}, DEFAULT_LABELS, 'Remote'],
    [{}, german, undefined],
  ];
  for (const [fields, labels, expected] of cases) {
    it(`shows ${JSON.stringify(fields)} as ${JSON.stringify(expected)}`, () => expect(locationText(job(fields), labels)).to.equal(expected));
  }
});

import {expect} from '@open-wc/testing';
import {employmentTypes, employmentWord} from '../../src/feeds/employment.js';
import type {EmploymentType} from '../../src/feeds/job.js';

describe('employmentTypes', () => {
  const cases: Array<[string | undefined, EmploymentType[]]> = [
    ['Full-time', ['FULL_TIME']],
    ['full_time', ['FULL_TIME']],
    ['FULL_TIME', ['FULL_TIME']],
    ['fulltime', ['FULL_TIME']],
    ['Permanent full time', ['FULL_TIME']],
    ['Vollzeit, unbefristet', ['FULL_TIME']],
    ['Part-time, fixed term', ['PART_TIME', 'TEMPORARY']],
    ['Teilzeit', ['PART_TIME']],
    ['Befristet', ['TEMPORARY']],
    ['Contract', ['CONTRACTOR']],
    ['CONTRACTOR', ['CONTRACTOR']],
    ['Internship', ['INTERN']],
    ['Praktikum', ['INTERN']],
    ['Volunteer', ['VOLUNTEER']],
    ['PER_DIEM', ['PER_DIEM']],
    ['Temporary', ['TEMPORARY']],
    ['Full-time / Full-time', ['FULL_TIME']],
    ['Permanent', []],
    ['Ausbildung', []],
    ['International', []],
    ['constructor', []],
    ['', []],
    [undefined, []],
  ];
  for (const [text, codes] of cases) it(`${JSON.stringify(text)} → ${codes.join(', ') || 'none'}`, () => expect(employmentTypes(text)).to.deep.equal(codes));
});

describe('employmentWord', () => {
  const cases: Array<[string, EmploymentType | undefined]> = [
    ['Full-time', 'FULL_TIME'],
    ['FULL_TIME', 'FULL_TIME'],
    [' fulltime ', 'FULL_TIME'],
    ['Vollzeit', 'FULL_TIME'],
    ['part time', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'],
    ['Permanent full time', undefined],
    ['Vollzeit, unbefristet', undefined],
    ['Ausbildung', undefined],
  ];
  for (const [word, code] of cases) it(`${JSON.stringify(word)} → ${code}`, () => expect(employmentWord(word)).to.equal(code));
});

import {expect} from '@open-wc/testing';
import {deeplyFrozen} from '../../src/profile/frozen-memo.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {validateProfile} from '../../src/profile/validate.js';
import {copy, loadPhso} from '../helpers.js';

/** Freezes `value` and everything in it. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

/** `profile` with a new headline: a new root and hero, every other part the same object. */
const withHeadline = (profile: EmployerProfile, headline: string): EmployerProfile =>
  freeze({...profile, hero: {...profile.hero, headline}});

function valid(profile: unknown): EmployerProfile {
  const result = validateProfile(profile);
  if (!result.ok) throw new Error(`not valid: ${JSON.stringify(result.faults)}`);
  return result.profile;
}

describe('deeplyFrozen', () => {
  it('is true only when the value and everything in it are frozen', () => {
    expect(deeplyFrozen('text')).to.equal(true);
    expect(deeplyFrozen({a: [1]})).to.equal(false);
    expect(deeplyFrozen(Object.freeze({a: [1]}))).to.equal(false);
    expect(deeplyFrozen(freeze({a: [1, {b: 'c'}]}))).to.equal(true);
  });

  it('walks a cycle and a deep nest without overflowing', () => {
    const cycle: {self?: unknown} = {};
    cycle.self = cycle;
    expect(deeplyFrozen(Object.freeze(cycle))).to.equal(true);
    let nest: unknown = Object.freeze({});
    for (let i = 0; i < 20_000; i++) nest = Object.freeze({nest});
    expect(deeplyFrozen(nest)).to.equal(true);
  });
});

describe('validateProfile of a frozen profile', () => {
  let phso: EmployerProfile;
  before(async () => (phso = await loadPhso()));

  it('gives every unchanged frozen part back as the same object, and the changed one new', () => {
    const first = freeze(copy(phso));
    const before = valid(first);
    const after = valid(withHeadline(first, 'New headline'));
    expect(after).not.to.equal(before);
    expect(after.hero).not.to.equal(before.hero);
    expect(after.hero.headline).to.equal('New headline');
    after.sections.forEach((section, i) => expect(section).to.equal(before.sections[i]));
    after.modals.forEach((modal, i) => expect(modal).to.equal(before.modals[i]));
    for (const key of ['employer', 'theme', 'nav', 'jobs', 'labels'] as const) expect(after[key], key).to.equal(before[key]);

    // One section changed: that section alone is new.
    const sections = [...first.sections];
    sections[1] = {...sections[1]!, title: 'Changed'};
    const third = valid(freeze({...first, sections}));
    expect(third.sections[1]!.title).to.equal('Changed');
    expect(third.sections[1]).not.to.equal(before.sections[1]);
    expect(third.sections[0]).to.equal(before.sections[0]);
  });

  it('still finds the faults of a frozen part every time', () => {
    const broken = freeze({...copy(phso), sections: [{id: 'about-us', title: '', body: []}]});
    for (let i = 0; i < 2; i++) {
      const result = validateProfile(broken);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.faults.map((fault) => fault.path)).to.include('/sections/0/title');
    }
  });

  it('checks again, and copies again, anything that is not frozen all through', () => {
    // Not frozen: a change made in place after a check is seen by the next check.
    const open = copy(phso);
    const first = valid(open);
    open.sections[0]!.title = 'Changed in place';
    const second = valid(open);
    expect(second.sections[0]!.title).to.equal('Changed in place');
    expect(second.sections[0]).not.to.equal(first.sections[0]);

    // Frozen on top but not inside: the inside may change, so it is not remembered.
    const shallow = copy(phso);
    Object.freeze(shallow.sections[0]);
    valid(shallow);
    (shallow.sections[0]!.body as unknown[]).push({type: 'list', items: 'not a list'});
    const result = validateProfile(shallow);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.faults.map((fault) => fault.path)).to.include(`/sections/0/body/${shallow.sections[0]!.body.length - 1}/items`);
  });
});

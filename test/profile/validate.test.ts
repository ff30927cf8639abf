import {expect} from '@open-wc/testing';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {formatFaults, validateProfile} from '../../src/profile/validate.js';
import {copy, loadPhso} from '../helpers.js';

/** The one-line faults of `profile`, or [] when it is valid. */
function faultsOf(profile: unknown): string[] {
  const result = validateProfile(profile);
  return result.ok ? [] : formatFaults(result.faults).split('\n');
}

describe('validateProfile', () => {
  let phso: EmployerProfile;
  before(async () => {
    phso = await loadPhso();
  });

  it('accepts the PHSO profile', () => {
    const result = validateProfile(phso);
    expect(faultsOf(phso)).to.deep.equal([]);
    expect(result.ok && result.profile.employer.shortName).to.equal('PHSO');
  });

  const cases: Array<[string, (p: any) => void, string]> = [
    [
      'a wrong type',
      (p) => (p.modals[2].body[0] = {type: 'list', items: 'Pension'}),
      '/modals/2/body/0/items: expected an array, got a string',
    ],
    ['a missing required field', (p) => delete p.employer.name, '/employer/name: missing: required key "name"'],
    [
      'an unknown block type',
      (p) => (p.sections[0].body[1] = {type: 'video', src: 'x.mp4'}),
      '/sections/0/body/1/type: expected one of heading, paragraph, list, cards, address, link, facts, image',
    ],
    [
      'an unsafe URL',
      (p) => (p.nav.items[0].href = 'javascript:alert(1)'),
      '/nav/items/0/href: expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces',
    ],
    [
      'an unsafe URL hidden by whitespace',
      (p) => (p.hero.actions[0].href = ' java\tscript:alert(1)'),
      '/hero/actions/0/href: expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces',
    ],
    ['a bad version', (p) => (p.version = 2), '/version: expected 1 (this format is version 1)'],
    ['a misspelt key', (p) => (p.employer.shortname = 'PHSO'), '/employer/shortname: unknown key "shortname": check its spelling'],
    ['an image without alt', (p) => (p.modals[0].body[0] = {type: 'image', src: 'map.png'}), '/modals/0/body/0/alt: missing: required key "alt"'],
    ['a heading level out of range', (p) => (p.sections[0].body[0] = {type: 'heading', text: 'Pay', level: 5}), '/sections/0/body/0/level: expected 1 (below the title), 2, 3 or 4'],
    ['null where text belongs', (p) => (p.hero.headline = null), '/hero/headline: expected a string, got null'],
    ['a bad date', (p) => (p.modals[2].body.find((b: any) => b.type === 'cards').items[0].date = '5th October 2021'), ''],
    ['a duplicate id', (p) => (p.modals[1].id = p.modals[0].id), `/modals/1/id: duplicate modal id "${'location'}"`],
    ['a layout naming no section', (p) => p.layout.push('section:careers'), ''],
  ];

  for (const [name, breakIt, expected] of cases) {
    it(`names the path of ${name}`, () => {
      const broken = copy(phso);
      breakIt(broken);
      const faults = faultsOf(broken);
      expect(faults).to.have.length(1);
      if (expected) expect(faults[0]).to.equal(expected);
    });
  }

  it('names the card date and the layout entry exactly', () => {
    const broken = copy(phso) as any;
    const cardsAt = broken.modals[2].body.findIndex((b: any) => b.type === 'cards');
    broken.modals[2].body[cardsAt].items[0].date = '5th October 2021';
    expect(faultsOf(broken)).to.deep.equal([`/modals/2/body/${cardsAt}/items/0/date: expected a date as YYYY-MM-DD`]);
    const layout = copy(phso) as any;
    layout.layout.push('section:careers');
    expect(faultsOf(layout)).to.deep.equal([
      `/layout/${phso.layout!.length}: expected the id of a section; there is no section "careers"`,
    ]);
  });

  it('reports every fault, not only the first', () => {
    const broken = copy(phso) as any;
    broken.version = 3;
    delete broken.hero.headline;
    broken.sections[0].body[0] = {type: 'paragraph', text: 12};
    broken.jobs.columns[1].key = 'town';
    const faults = faultsOf(broken);
    expect(faults).to.have.length(4);
    expect(faults.map((line) => line.split(':')[0])).to.have.members([
      '/version',
      '/hero/headline',
      '/sections/0/body/0/text',
      '/jobs/columns/1/key',
    ]);
  });

  it('rejects what is not a profile object', () => {
    expect(faultsOf(null)).to.deep.equal(['/: expected a profile object, got null']);
    expect(faultsOf([])).to.deep.equal(['/: expected a profile object, got an array']);
    expect(faultsOf('{"version":1}')).to.deep.equal(['/: expected a profile object, got a string']);
    expect(faultsOf({})).to.include('/version: missing: required key "version"');
  });

  it('escapes "/" and "~" in a path, as JSON pointers do', () => {
    const broken = copy(phso) as any;
    broken.labels = {'a/b~c': 'x'};
    expect(faultsOf(broken)).to.deep.equal(['/labels/a~1b~0c: unknown key "a/b~c": check its spelling']);
  });
});

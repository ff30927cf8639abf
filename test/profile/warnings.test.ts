import {expect} from '@open-wc/testing';
import {formatFaults, validateProfile} from '../../src/profile/validate.js';
import {profileWarnings} from '../../src/profile/warnings.js';
import {copy, loadPhso} from '../helpers.js';

/** A small valid profile that draws no warning; each case changes one thing. */
const base = (): any => ({
  version: 1,
  employer: {name: 'Acme Housing Trust', shortName: 'Acme'},
  locale: 'en-GB',
  hero: {headline: 'Work with us'},
  sections: [{id: 'about', title: 'About us', body: [] as unknown[]}],
  modals: [{id: 'benefits', button: 'Benefits', title: 'Our benefits', body: [] as unknown[]}],
});
type Profile = any;

const link = (text: string) => ({type: 'paragraph', text: ['See ', {text, href: 'https://example.org/'}]});
const paths = (profile: unknown) => profileWarnings(profile).map((warning) => warning.path);

describe('profileWarnings', () => {
  it('finds nothing in a plain profile, nor in the PHSO and Auenfeld profiles', async () => {
    expect(profileWarnings(base())).to.deep.equal([]);
    expect(formatFaults(profileWarnings(await loadPhso()))).to.equal('');
    const auenfeld = await (await fetch('/profiles/auenfeld.json')).json();
    expect(formatFaults(profileWarnings(auenfeld))).to.equal('');
  });

  describe('link text that does not say where it leads', () => {
    const vague = ['here', 'Here.', 'click here', 'Click HERE!', 'read more', 'Read More Here', 'more', 'this link', 'link',
      'learn more', 'find out more', 'hier', 'Mehr', 'weiterlesen', 'hier klicken', 'mehr erfahren'];
    for (const text of vague) {
      it(`warns about "${text}"`, () => {
        const profile: Profile = base();
        profile.modals[0]!.body.push(link(text));
        const [warning] = profileWarnings(profile);
        expect(warning?.path).to.equal('/modals/0/body/0/text/1/text');
        expect(warning?.message).to.contain(`link text "${text}" does not say where it leads`);
      });
    }
    const descriptive = ['the Disability Confident scheme', 'all our most recent casework', 'Read more of our casework',
      'See the latest jobs', 'Zu den offenen Stellen', 'How to apply', 'Mehr über die Stadtwerke'];
    for (const text of descriptive) {
      it(`accepts "${text}"`, () => {
        const profile: Profile = base();
        profile.modals[0]!.body.push(link(text));
        expect(profileWarnings(profile)).to.deep.equal([]);
      });
    }

    const places: Array<[string, (p: Profile) => void, string]> = [
      ['a link block', (p) => p.sections[0]!.body.push({type: 'link', text: 'Read more', href: '/x'}), '/sections/0/body/0/text'],
      ['a list item', (p) => p.sections[0]!.body.push({type: 'list', items: ['a', ['b', {text: 'here', href: '/x'}]]}), '/sections/0/body/0/items/1/1/text'],
      ['a fact', (p) => p.sections[0]!.body.push({type: 'facts', items: [{label: 'Map', value: [{text: 'here', href: '/x'}]}]}), '/sections/0/body/0/items/0/value/0/text'],
      ['a card link', (p) => p.sections[0]!.body.push({type: 'cards', items: [{title: 'T', link: {text: 'More', href: '/x'}}]}), '/sections/0/body/0/items/0/link/text'],
      ['a card summary', (p) => p.sections[0]!.body.push({type: 'cards', items: [{title: 'T', summary: [{text: 'here', href: '/x'}]}]}), '/sections/0/body/0/items/0/summary/0/text'],
      ['a card body', (p) => p.sections[0]!.body.push({type: 'cards', items: [{title: 'T', body: [link('here')]}]}), '/sections/0/body/0/items/0/body/0/text/1/text'],
      ['the hero intro', (p) => (p.hero = {...p.hero, intro: [{text: 'click here', href: '/x'}]}), '/hero/intro/0/text'],
      ['a hero action', (p) => (p.hero = {...p.hero, actions: [{text: 'Start', href: '#jobs'}]}), '/hero/actions/0/text'],
      ['a nav item', (p) => (p.nav = {label: 'Sections', items: [{text: 'More', href: '#about'}]}), '/nav/items/0/text'],
    ];
    for (const [where, change, path] of places) {
      it(`looks in ${where}`, () => {
        const profile = base() as Profile;
        change(profile);
        expect(paths(profile)).to.deep.equal([path]);
      });
    }

    it('leaves emphasis without a link alone', () => {
      const profile: Profile = base();
      profile.sections[0]!.body.push({type: 'paragraph', text: [{text: 'here', em: true}]});
      expect(profileWarnings(profile)).to.deep.equal([]);
    });
  });

  describe('images', () => {
    const image = (alt: string, extra = {}) => ({type: 'image', src: 'img/team-photo.jpg', alt, width: 800, height: 600, ...extra});
    const cases: Array<[string, unknown, string | undefined]> = [
      ['a description', image('Five colleagues at a whiteboard'), undefined],
      ['an empty alt', image(''), 'empty alt'],
      ['a blank alt', image('  '), 'empty alt'],
      ['a file name', image('DSC_0042.JPG'), 'does not describe the image'],
      ['the image file name', image('team photo'), 'does not describe the image'],
      ['"image"', image('Image'), 'does not describe the image'],
      ['"picture"', image('picture'), 'does not describe the image'],
      ['"logo"', image('Logo'), 'does not describe the image'],
      ['"Bild"', image('Bild'), 'does not describe the image'],
      ['no width and height', image('Our office', {width: undefined}), 'no width and height'],
    ];
    for (const [what, block, message] of cases) {
      it(`${message ? 'warns about' : 'accepts'} ${what}`, () => {
        const profile: Profile = base();
        profile.sections[0]!.body.push(JSON.parse(JSON.stringify(block)));
        const warnings = profileWarnings(profile);
        expect(warnings).to.have.length(message ? 1 : 0);
        if (!message) return;
        expect(warnings[0]!.message).to.contain(message);
        expect(warnings[0]!.path).to.equal(message === 'no width and height' ? '/sections/0/body/0' : '/sections/0/body/0/alt');
      });
    }

    it('checks the hero image and the logo, whose empty alt shows the employer name', () => {
      const profile: Profile = base();
      profile.hero = {...profile.hero, image: {src: 'hero.jpg', alt: '', width: 1200, height: 800}} as never;
      profile.employer = {...profile.employer, logo: {src: 'logo.svg', alt: ''}} as never;
      expect(formatFaults(profileWarnings(profile)).split('\n')).to.deep.equal([
        '/employer/logo: no width and height: the page shifts when the image loads; give its size in pixels',
        '/hero/image/alt: empty alt: screen readers skip the image; describe what it shows, unless it is only decoration',
      ]);
      profile.employer.logo = {src: 'logo.svg', alt: 'logo.svg', width: 180, height: 48} as never;
      expect(paths(profile)).to.deep.equal(['/employer/logo/alt', '/hero/image/alt']);
    });
  });

  describe('headings', () => {
    const headings = (...levels: Array<number | undefined>) =>
      levels.map((level, i) => ({type: 'heading', text: `Heading ${i}`, ...(level ? {level} : {})}));
    const cases: Array<[Array<number | undefined>, string[]]> = [
      [[undefined, undefined], []],
      [[1, 2, 3, 2, 1, 2], []],
      [[1, 2, 4], ['/modals/0/body/2/level: heading skips a level: level 4 after a level-2 heading; use level 3']],
      [[2], ['/modals/0/body/0/level: heading skips a level: level 2 after the title; use level 1']],
      [[1, 3, 1, 4], ['/modals/0/body/1/level', '/modals/0/body/3/level']],
    ];
    for (const [levels, expected] of cases) {
      it(`levels ${levels.map((l) => l ?? '(1)').join(', ')}: ${expected.length ? 'warns' : 'fine'}`, () => {
        const profile: Profile = base();
        profile.modals[0]!.body.push(...headings(...levels));
        const lines = formatFaults(profileWarnings(profile)).split('\n').filter(Boolean);
        expect(expected[0]?.includes(':') ? lines : lines.map((line) => line.split(':')[0])).to.deep.equal(expected);
      });
    }

    it('counts levels per section or modal, each from its own title', () => {
      const profile: Profile = base();
      profile.sections[0]!.body.push(...headings(1, 2));
      profile.modals[0]!.body.push(...headings(2));
      expect(paths(profile)).to.deep.equal(['/modals/0/body/0/level']);
    });
  });

  describe('theme contrast (WCAG AA, 4.5:1)', () => {
    const cases: Array<[string, Record<string, string>, string[]]> = [
      ['a dark brand with white text', {primary: '#5b1f69', onPrimary: '#ffffff'}, []],
      ['grey text on white', {text: '#777777'}, [
        '/theme/colors/text: text "#777777" on background (default) has a contrast of 4.47:1; WCAG AA asks for at least 4.5:1',
        '/theme/colors/text: text "#777777" on surface (default) has a contrast of 4.06:1; WCAG AA asks for at least 4.5:1',
      ]],
      ['#767676 text on white (just passes)', {text: '#767676', surface: '#ffffff'}, []],
      ['white on a light brand', {primary: '#7fb8e6'}, ['/theme/colors/primary', '/theme/colors/primary']],
      ['text on its surface', {surface: '#3a3a3a'}, ['/theme/colors/surface']],
      ['muted text', {muted: 'silver'}, ['/theme/colors/muted']],
      ['a light text colour on a dark background', {text: 'rgb(240, 240, 240)', background: 'hsl(0 0% 10%)', surface: '#222', muted: '#bbb', primary: '#9cf', onPrimary: '#000'}, []],
      ['a colour it cannot judge', {text: 'oklch(70% 0.1 200)'}, []],
    ];
    for (const [what, colors, expected] of cases) {
      it(`${expected.length ? 'warns about' : 'accepts'} ${what}`, () => {
        const profile: Profile = {...base(), theme: {colors}};
        const lines = formatFaults(profileWarnings(profile)).split('\n').filter(Boolean);
        expect(expected[0]?.includes(' ') ? lines : lines.map((line) => line.split(':')[0])).to.deep.equal(expected);
      });
    }

    it('checks a dark palette over the computed one, and says when it is not used', () => {
      const profile: Profile = {...base(), theme: {colorScheme: 'light dark', dark: {colors: {text: '#555555'}}}};
      expect(formatFaults(profileWarnings(profile)).split('\n')).to.deep.equal([
        '/theme/dark/colors/text: in dark mode, text "#555555" on background (default) has a contrast of 2.44:1; WCAG AA asks for at least 4.5:1',
        '/theme/dark/colors/text: in dark mode, text "#555555" on surface (default) has a contrast of 2.16:1; WCAG AA asks for at least 4.5:1',
      ]);
      profile.theme = {colorScheme: 'light dark', dark: {colors: {background: '#dddddd'}}};
      expect(paths(profile)).to.include('/theme/dark/colors/background');
      profile.theme = {dark: {colors: {text: '#eeeeee'}}};
      expect(formatFaults(profileWarnings(profile))).to.equal(
        '/theme/dark: not used: the dark palette applies only with "colorScheme": "light dark"',
      );
    });
  });
});

describe('validateProfile warnings', () => {
  it('come with a valid profile and with a faulty one, and never make it invalid', async () => {
    const phso = copy(await loadPhso()) as any;
    expect(validateProfile(phso).warnings).to.deep.equal([]);
    phso.modals[1].body.push({type: 'link', text: 'click here', href: 'https://www.gov.uk/'});
    const valid = validateProfile(phso);
    expect(valid.ok).to.be.true;
    expect(valid.warnings.map((w) => w.path)).to.deep.equal([`/modals/1/body/${phso.modals[1].body.length - 1}/text`]);
    phso.version = 2;
    const invalid = validateProfile(phso);
    expect(invalid.ok).to.be.false;
    expect(invalid.warnings).to.deep.equal(valid.warnings);
  });

  it('are empty for what is not a profile at all', () => {
    for (const input of [null, [], 'text', 12, {sections: 'x', modals: [null, 3], theme: {colors: 5, dark: null}}]) {
      expect(validateProfile(input).warnings).to.deep.equal([]);
    }
  });
});

import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/employer-microsite/employer-microsite.js';
import type {EmployerMicrosite} from '../src/employer-microsite/employer-microsite.js';
import type {EmployerModal} from '../src/employer-modal/employer-modal.js';
import {captureErrors, expectAccessibleWithEachModal, skipColorSchemeInFirefox, until} from './helpers.js';

const root = (el: EmployerMicrosite) => el.shadowRoot!;
const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function loadedMicrosite(src = '/profiles/phso.json'): Promise<EmployerMicrosite> {
  const el = await fixture<EmployerMicrosite>(html`<employer-microsite></employer-microsite>`);
  const loaded = oneEvent(el, 'profile-load');
  el.src = src;
  await loaded;
  await el.updateComplete;
  for (const child of root(el).querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('*')) {
    await child.updateComplete;
  }
  return el;
}

describe('<employer-microsite>', () => {
  afterEach(async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    await setViewport({width: 1280, height: 800});
  });

  it('shows every piece of the PHSO page from one tag, in the profile layout order', async () => {
    const el = await loadedMicrosite();
    const pieces = [...root(el).querySelector('[part~="base"]')!.children].map((child) =>
      child.localName === 'employer-section' ? `section:${child.getAttribute('section')}` : child.localName,
    );
    expect(pieces).to.deep.equal([
      'employer-hero',
      'section:about-us',
      'section:opportunities',
      'ul',
      'section:how-to-apply',
      'job-listing',
    ]);
    const hero = root(el).querySelector('employer-hero')!;
    expect(inner(hero, '[part="headline"]').textContent).to.equal('Opportunities with PHSO');
    const buttons = [...root(el).querySelectorAll('employer-modal')].map((modal) => inner(modal, '[part~="trigger"]').textContent);
    expect(buttons).to.deep.equal(['Our location', 'Diversity and inclusion', 'Our casework', 'What the PHSO do', 'Benefits', 'Our values']);
    expect(root(el).querySelector('job-listing')!.id).to.equal('jobs');
  });

  it('renders the hero in the task that has the profile, and each piece below it in a later task, top to bottom', async () => {
    await import('../src/below-the-hero.js');
    const profile = await (await fetch('/profiles/phso.json')).json();
    const el = document.createElement('employer-microsite') as EmployerMicrosite;
    type Piece = HTMLElement & {hasUpdated: boolean};
    const pieces = () => [...root(el).querySelectorAll<Piece>('employer-hero, employer-section, employer-modal, job-listing')];
    // A piece of the layout (an element, or the row of modal buttons) added below one that has not
    // rendered yet would move when that one renders.
    const early: string[] = [];
    const watch = new MutationObserver(() => {
      const column = [...(root(el).querySelector('[part~="base"]')?.children ?? [])];
      const rendered = (child: Element) => [child, ...child.querySelectorAll('employer-modal')].every((piece) => !('hasUpdated' in piece) || (piece as Piece).hasUpdated);
      const waiting = column.findIndex((child) => !rendered(child));
      if (waiting >= 0 && waiting < column.length - 1) early.push(`${column.length - 1 - waiting} after ${column[waiting].localName}`);
    });
    el.profile = profile;
    document.body.append(el);
    try {
      watch.observe(root(el), {childList: true, subtree: true});
      // Only microtasks: still the task that gave the profile.
      for (let i = 0; i < 100; i++) await Promise.resolve();
      const hero = root(el).querySelector('employer-hero')!;
      expect(inner(hero, '[part="headline"]').textContent).to.equal('Opportunities with PHSO');
      expect(pieces().filter((piece) => piece !== hero && piece.hasUpdated).map((piece) => piece.localName)).to.deep.equal([]);
      // Meanwhile the column keeps a viewport's height, so what follows it stays out of view.
      expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight);
      await el.updateComplete;
      expect(pieces().length).to.equal(11);
      expect(pieces().every((piece) => piece.hasUpdated)).to.equal(true);
      expect(inner(pieces()[1], 'h2').textContent).to.equal('About us');
      expect(early, 'pieces added below one still to render').to.deep.equal([]);
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('keeps roughly its final height while the profile loads', async () => {
    const el = await fixture<EmployerMicrosite>(html`<employer-microsite src="/test-server/slow?ms=800&file=profiles/small.json"></employer-microsite>`);
    const skeleton = root(el).querySelector('[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(600);
    await expect(el).to.be.accessible();
    // The profile may have come while axe ran (a busy machine): wait for the state, not the event.
    await until(() => el.status === 'ready', 5000, 'the profile');
  });

  for (const width of [320, 1280]) {
    it(`passes axe at ${width}px, with each modal open too, and never scrolls sideways`, async () => {
      await setViewport({width, height: 800});
      const el = await loadedMicrosite();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      await expectAccessibleWithEachModal(el);
    });
  }

  it('follows a link to a section inside its shadow root, and a deep link on load', async () => {
    const el = await loadedMicrosite();
    const hero = root(el).querySelector('employer-hero')!;
    const link = [...hero.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="nav-list"] a')].find(
      (a) => a.getAttribute('href') === '#how-to-apply',
    )!;
    link.click();
    const section = inner(root(el).querySelector('employer-section[section="how-to-apply"]')!, 'section');
    await until(() => section.getRootNode() instanceof ShadowRoot && (section.getRootNode() as ShadowRoot).activeElement === section, 2000, 'focus on the section');
    expect(location.hash).to.equal('#how-to-apply');

    history.replaceState(null, '', `${location.pathname}${location.search}#benefits`);
    const second = await loadedMicrosite();
    const benefits = root(second).querySelector<EmployerModal>('employer-modal[modal="benefits"]')!;
    await until(() => benefits.open, 2000, 'the deep-linked modal');
    benefits.close();
    await oneEvent(benefits, 'employer-modal-close');
  });

  it("lets the host page style the pieces' parts through the one tag: ::part(hero__headline)", async () => {
    const el = await loadedMicrosite();
    const hero = root(el).querySelector('employer-hero')!;
    const modal = root(el).querySelector('employer-modal')!;
    const listing = root(el).querySelector('job-listing')!;
    await until(() => !!listing.shadowRoot!.querySelector('[part~="row"]'), 5000, 'rows');
    const style = document.createElement('style');
    style.textContent = `
      employer-microsite::part(hero__headline) { color: rgb(1, 2, 3); }
      employer-microsite::part(modal__trigger) { border-color: rgb(4, 5, 6); }
      employer-microsite::part(jobs__row) { background-color: rgb(7, 8, 9); }
      employer-microsite::part(section__base) { padding-top: 41px; }`;
    document.head.append(style);
    try {
      expect(getComputedStyle(inner(hero, '[part~="headline"]')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner(modal, '[part~="trigger"]')).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(inner(listing, '[part~="row"]')).backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(inner(root(el).querySelector('employer-section')!, '[part~="base"]')).paddingTop).to.equal('41px');
    } finally {
      style.remove();
    }
  });

  it('re-exports every part each piece documents in custom-elements.json', async () => {
    const el = await loadedMicrosite();
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = (tag: string): string[] => {
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName === tag) return declaration.cssParts.map((part: {name: string}) => part.name).sort();
        }
      }
      throw new Error(`no ${tag} in the manifest`);
    };
    const exported = (selector: string, prefix: string) =>
      root(el)
        .querySelector(selector)!
        .getAttribute('exportparts')!
        .split(',')
        .map((pair) => {
          const [from, to] = pair.trim().split(':');
          expect(to).to.equal(`${prefix}__${from}`);
          return from;
        })
        .sort();
    expect(exported('employer-hero', 'hero')).to.include.members(documented('employer-hero'));
    expect(exported('employer-section', 'section')).to.include.members(documented('employer-section'));
    expect(exported('employer-modal', 'modal')).to.include.members(documented('employer-modal'));
    expect(exported('job-listing', 'jobs')).to.include.members(documented('job-listing'));
  });

  it('takes the theme from the profile, and the host page overrides it on the element', async () => {
    const el = await loadedMicrosite();
    const hero = root(el).querySelector('employer-hero')!;
    const base = inner(hero, '[part~="base"]');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(91, 31, 105)');
    const style = document.createElement('style');
    style.textContent = 'employer-microsite { --employer-color-primary: rgb(0, 80, 60); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(0, 80, 60)');
    } finally {
      style.remove();
    }
  });

  it('follows the reader\'s dark mode only where the profile theme allows it', async function () {
    skipColorSchemeInFirefox(this);
    await emulateMedia({colorScheme: 'dark'});
    try {
      const light = await loadedMicrosite();
      const lightSection = inner(root(light).querySelector('employer-section')!, 'section');
      expect(getComputedStyle(lightSection).color).to.equal('rgb(29, 29, 27)');
      const response = await fetch('/profiles/phso.json');
      const profile = await response.json();
      profile.theme.colorScheme = 'light dark';
      const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${profile}></employer-microsite>`);
      await until(() => !!root(el).querySelector('employer-section')?.shadowRoot?.querySelector('section'), 3000, 'a section');
      const section = inner(root(el).querySelector('employer-section')!, 'section');
      expect(getComputedStyle(section).color).to.equal('rgb(243, 239, 245)');
      expect(getComputedStyle(inner(el, '[part~="base"]')).backgroundColor).to.equal('rgb(23, 20, 26)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('uses the profile\'s own dark palette under dark mode, the computed one for the colours it leaves out', async function () {
    skipColorSchemeInFirefox(this);
    const profile = await (await fetch('/profiles/phso.json')).json();
    profile.theme.colorScheme = 'light dark';
    profile.theme.dark = {colors: {background: '#101820', text: '#fefefe', primary: '#f2aa4c'}};
    const shown = async () => {
      const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${profile}></employer-microsite>`);
      await until(() => !!root(el).querySelector('employer-section')?.shadowRoot?.querySelector('section'), 3000, 'a section');
      return el;
    };
    const light = await shown();
    expect(getComputedStyle(inner(light, '[part~="base"]')).backgroundColor, 'light by default').to.equal('rgb(255, 255, 255)');
    await emulateMedia({colorScheme: 'dark'});
    try {
      const el = await shown();
      expect(getComputedStyle(inner(el, '[part~="base"]')).backgroundColor).to.equal('rgb(16, 24, 32)');
      const section = inner(root(el).querySelector('employer-section')!, 'section');
      expect(getComputedStyle(section).color).to.equal('rgb(254, 254, 254)');
      const hero = inner(root(el).querySelector('employer-hero')!, '[part~="base"]');
      expect(getComputedStyle(hero).backgroundColor).to.equal('rgb(242, 170, 76)');
      // Not in the profile's dark palette: the computed dark colour.
      expect(getComputedStyle(hero).color).to.equal('rgb(23, 20, 26)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('survives hostile host CSS and leaks no styles out', async () => {
    const style = document.createElement('style');
    style.textContent = `div, button, dialog, section, ul, p, a { display: none !important; }
      * { all: unset; } body * { color: red !important; }`;
    document.head.append(style);
    const el = document.createElement('employer-microsite');
    try {
      const loaded = oneEvent(el, 'profile-load');
      el.src = '/profiles/phso.json';
      document.body.append(el);
      await loaded;
      const hero = await until(() => !!root(el).querySelector('employer-hero')?.shadowRoot?.querySelector('[part="headline"]'), 3000, 'the hero').then(
        () => root(el).querySelector('employer-hero')!,
      );
      const headline = inner(hero, '[part="headline"]');
      expect(headline.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(getComputedStyle(headline).color).to.equal('rgb(255, 255, 255)');
      // The pieces below the hero come one by one.
      await (el as EmployerMicrosite).updateComplete;
      const modal = root(el).querySelector<EmployerModal>('employer-modal')!;
      await modal.updateComplete;
      expect(inner(modal, '[part~="trigger"]').getBoundingClientRect().height).to.be.at.least(44);
      modal.show();
      await oneEvent(modal, 'employer-modal-open');
      expect(inner(modal, 'dialog').getBoundingClientRect().height).to.be.greaterThan(100);
      modal.close();
      await oneEvent(modal, 'employer-modal-close');
    } finally {
      style.remove();
      el.remove();
    }
    const outside = await fixture<HTMLParagraphElement>(html`<p>outside</p>`);
    await loadedMicrosite();
    expect(getComputedStyle(outside).fontFamily).to.not.contain('system-ui');
    expect(getComputedStyle(outside).color).to.equal('rgb(0, 0, 0)');
  });

  it('shows the profile message and logs one error for a broken profile', async () => {
    const errors = captureErrors();
    try {
      const el = await fixture<EmployerMicrosite>(html`<employer-microsite></employer-microsite>`);
      const failed = oneEvent(el, 'profile-error');
      el.src = '/test/fixtures/profiles/invalid.json';
      await failed;
      await el.updateComplete;
      expect(inner(el, '[part="error"]').textContent).to.contain('/sections/0/body/0/items: expected an array, got a string');
      expect(root(el).querySelector('employer-hero')).to.equal(null);
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });
});

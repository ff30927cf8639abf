import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/employer-hero/employer-hero.js';
import type {EmployerHero} from '../src/employer-hero/employer-hero.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {captureErrors, copy, loadPhso, until} from './helpers.js';

const part = (el: EmployerHero, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const visible = (element: Element) => getComputedStyle(element).display !== 'none';

describe('<employer-hero>', () => {
  let phso: EmployerProfile;
  before(async () => (phso = await loadPhso()));
  afterEach(() => setViewport({width: 1280, height: 800}));

  it('shows the name, headline, intro, calls to action and section links', async () => {
    const el = await fixture<EmployerHero>(html`<employer-hero .profile=${phso}></employer-hero>`);
    expect(el.shadowRoot!.querySelector('.full-name')!.textContent).to.equal('Parliamentary and Health Service Ombudsman');
    expect(part(el, 'headline').tagName).to.equal('H2');
    expect(part(el, 'headline').textContent).to.equal('Opportunities with PHSO');
    expect(part(el, 'intro').textContent!.length).to.be.greaterThan(20);
    const actions = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="action"]')];
    expect(actions.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['See the latest jobs', '#jobs'],
      ['How to apply', '#how-to-apply'],
    ]);
    expect(actions[0].part.contains('primary')).to.be.true;
    const nav = part(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('Page sections');
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#about-us',
      '#opportunities',
      '#how-to-apply',
      '#jobs',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the nav inline and no menu button when 768px or wider', async () => {
    const el = await fixture<EmployerHero>(html`<employer-hero style="width: 900px" .profile=${phso}></employer-hero>`);
    expect(visible(part(el, 'menu-button'))).to.be.false;
    expect(visible(part(el, 'nav-list'))).to.be.true;
  });

  it('folds the nav behind a menu button below 768px of its own width, even on a wide screen', async () => {
    await setViewport({width: 1280, height: 800});
    const el = await fixture<EmployerHero>(html`<employer-hero style="width: 500px" .profile=${phso}></employer-hero>`);
    const button = part(el, 'menu-button');
    const list = part(el, 'nav-list');
    expect(visible(button)).to.be.true;
    expect(visible(list)).to.be.false;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(list.id);
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(list)).to.be.true;
    await expect(el).to.be.accessible();
    // Into the links, then Escape closes and focus returns to the button.
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('About us');
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(list)).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('works at 320px: menu, no sideways scrolling, no axe violations', async () => {
    await setViewport({width: 320, height: 640});
    const el = await fixture<EmployerHero>(html`<employer-hero .profile=${phso}></employer-hero>`);
    expect(visible(part(el, 'menu-button'))).to.be.true;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    part(el, 'menu-button').click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('closes the menu when a link is followed', async () => {
    const el = await fixture<EmployerHero>(html`<employer-hero style="width: 400px" .profile=${phso}></employer-hero>`);
    part(el, 'menu-button').click();
    await el.updateComplete;
    const link = part(el, 'nav-list').querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    await el.updateComplete;
    expect(part(el, 'menu-button').getAttribute('aria-expanded')).to.equal('false');
  });

  it('takes its colours from the profile theme, and the host page can override them', async () => {
    const el = await fixture<EmployerHero>(html`<employer-hero .profile=${phso}></employer-hero>`);
    const base = part(el, 'base');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(91, 31, 105)');
    el.style.setProperty('--employer-color-primary', '#004d40');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(0, 77, 64)');
  });

  it('shows a logo when the profile has one, with its alt text', async () => {
    const profile = copy(phso);
    profile.employer.logo = {src: '/test/fixtures/images/logo.svg', alt: 'PHSO logo', width: 10, height: 10};
    const el = await fixture<EmployerHero>(html`<employer-hero .profile=${profile}></employer-hero>`);
    const logo = part(el, 'logo') as HTMLImageElement;
    expect(logo.alt).to.equal('PHSO logo');
  });

  it('shows the short name below 768px of its width, the full name above, and screen readers always get the full name', async () => {
    const narrow = await fixture<EmployerHero>(html`<employer-hero style="width: 500px" .profile=${phso}></employer-hero>`);
    const short = narrow.shadowRoot!.querySelector<HTMLElement>('.short-name')!;
    const full = narrow.shadowRoot!.querySelector<HTMLElement>('.full-name')!;
    expect(visible(short)).to.be.true;
    expect(short.textContent).to.equal('PHSO');
    expect(short.getAttribute('aria-hidden')).to.equal('true');
    expect(full.textContent).to.equal('Parliamentary and Health Service Ombudsman');
    expect(visible(full), 'kept in the accessibility tree').to.be.true;
    expect(full.getBoundingClientRect().width).to.be.at.most(1);
    await expect(narrow).to.be.accessible();
    const wide = await fixture<EmployerHero>(html`<employer-hero style="width: 900px" .profile=${phso}></employer-hero>`);
    const wideFull = wide.shadowRoot!.querySelector<HTMLElement>('.full-name')!;
    expect(getComputedStyle(wideFull).position).to.equal('static');
    expect(wideFull.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(visible(wide.shadowRoot!.querySelector('.short-name')!)).to.be.false;
  });

  it('shows the name once when the short name is the same', async () => {
    const profile = copy(phso);
    profile.employer = {name: 'Acme', shortName: 'Acme'};
    const el = await fixture<EmployerHero>(html`<employer-hero style="width: 400px" .profile=${profile}></employer-hero>`);
    expect(part(el, 'brand').textContent!.trim()).to.equal('Acme');
  });

  describe('hero image', () => {
    const withImage = (src: string) => {
      const profile = copy(phso);
      profile.hero.image = {src, alt: 'Colleagues at City Gate, Manchester', width: 1200, height: 600};
      return profile;
    };
    const slowImage = () => `/test-server/slow?ms=600&file=images/hero.svg&n=${Math.random()}`;

    it('keeps its space while it loads, so nothing below it moves', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px">
        <employer-hero .profile=${withImage(slowImage())}></employer-hero>
        <p id="after">After the hero</p>
      </div>`);
      const el = wrapper.querySelector<EmployerHero>('employer-hero')!;
      await el.updateComplete;
      const image = part(el, 'image') as HTMLImageElement;
      expect(image.complete, 'still loading').to.be.false;
      expect(image.getAttribute('width')).to.equal('1200');
      expect(image.getAttribute('height')).to.equal('600');
      const before = image.getBoundingClientRect();
      expect(before.height).to.be.closeTo(before.width / 2, 1);
      const after = wrapper.querySelector('#after')!.getBoundingClientRect().top;
      await until(() => image.complete && image.naturalWidth > 0, 5000, 'the hero image');
      expect(image.getBoundingClientRect().height).to.equal(before.height);
      expect(wrapper.querySelector('#after')!.getBoundingClientRect().top).to.equal(after);
    });

    it('shows the image with its alt beside the headline when wide, below it when narrow, never wider than the hero', async () => {
      const profile = withImage('/test/fixtures/images/hero.svg');
      const wide = await fixture<EmployerHero>(html`<employer-hero style="width: 1000px" .profile=${profile}></employer-hero>`);
      const image = part(wide, 'image') as HTMLImageElement;
      expect(image.alt).to.equal('Colleagues at City Gate, Manchester');
      const headline = part(wide, 'headline').getBoundingClientRect();
      expect(image.getBoundingClientRect().left).to.be.greaterThan(headline.left + 300);
      await expect(wide).to.be.accessible();
      wide.remove();
      await setViewport({width: 320, height: 640});
      const narrow = await fixture<EmployerHero>(html`<employer-hero .profile=${profile}></employer-hero>`);
      const small = part(narrow, 'image').getBoundingClientRect();
      expect(small.top).to.be.greaterThan(part(narrow, 'headline').getBoundingClientRect().bottom);
      expect(small.right).to.be.at.most(part(narrow, 'base').getBoundingClientRect().right);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(narrow).to.be.accessible();
    });

    it('shows no image, and no hole, without one in the profile', async () => {
      const el = await fixture<EmployerHero>(html`<employer-hero .profile=${phso}></employer-hero>`);
      expect(el.shadowRoot!.querySelector('[part~="image"]')).to.be.null;
    });
  });

  it('re-renders when the profile changes', async () => {
    const el = await fixture<EmployerHero>(html`<employer-hero .profile=${phso}></employer-hero>`);
    const changed = copy(phso);
    changed.hero.headline = 'Join PHSO';
    el.profile = changed;
    await el.updateComplete;
    expect(part(el, 'headline').textContent).to.equal('Join PHSO');
  });

  it('shows a message and logs one error for an invalid profile', async () => {
    const errors = captureErrors();
    try {
      const broken = copy(phso) as any;
      broken.hero.actions = 'none';
      const el = await fixture<EmployerHero>(html`<employer-hero .profile=${broken}></employer-hero>`);
      expect(part(el, 'error').textContent).to.contain('/hero/actions: expected an array, got a string');
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });
});

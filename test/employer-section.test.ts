import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {setViewport} from '@web/test-runner-commands';
import '../src/employer-profile/employer-profile.js';
import '../src/employer-section/employer-section.js';
import type {EmployerSection} from '../src/employer-section/employer-section.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {captureErrors, copy, loadPhso, until} from './helpers.js';

const base = (el: EmployerSection) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('<employer-section>', () => {
  let phso: EmployerProfile;
  before(async () => (phso = await loadPhso()));

  it('renders a profile section with its id, heading and every paragraph', async () => {
    const el = await fixture<EmployerSection>(html`<employer-section section="about-us" .profile=${phso}></employer-section>`);
    const section = base(el);
    expect(section.tagName).to.equal('SECTION');
    expect(section.id).to.equal('about-us');
    expect(section.querySelector('h2')!.textContent).to.equal('About us');
    expect(section.getAttribute('aria-labelledby')).to.equal(section.querySelector('h2')!.id);
    expect(section.querySelectorAll('p')).to.have.length(5);
    expect(section.textContent).to.contain('They do this fairly and without taking sides. Their service is free.');
    await expect(el).to.be.accessible();
  });

  it('puts headings at the level asked for', async () => {
    const el = await fixture<EmployerSection>(
      html`<employer-section section="how-to-apply" heading-level="3" .profile=${phso}></employer-section>`,
    );
    expect(base(el).querySelector('h3')!.textContent).to.equal('How to apply');
  });

  it('reads the profile from an enclosing <employer-profile>', async () => {
    const provider = await fixture(html`<employer-profile src="/profiles/phso.json">
      <employer-section section="opportunities"></employer-section>
    </employer-profile>`);
    const el = provider.querySelector('employer-section')!;
    await until(() => !!el.shadowRoot!.querySelector('h2'), 5000, 'the section');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Opportunities with PHSO');
  });

  it('shows a message and logs one error for an unknown section id', async () => {
    const errors = captureErrors();
    try {
      const el = await fixture<EmployerSection>(html`<employer-section section="careers" .profile=${phso}></employer-section>`);
      const message = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(message.textContent).to.equal('No section "careers" in the profile.');
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('scrolls to and focuses itself when the page address names it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#how-to-apply`);
    try {
      const el = await fixture<EmployerSection>(html`<div style="height: 3000px"></div>
        <employer-section section="how-to-apply" .profile=${phso}></employer-section>`);
      const section = document.querySelector('employer-section')!;
      await (section as EmployerSection).updateComplete;
      expect(section.shadowRoot!.activeElement).to.equal(base(section as EmployerSection));
      expect(el).to.exist;
      expect(window.scrollY).to.be.greaterThan(1000);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      window.scrollTo(0, 0);
    }
  });

  it('has no horizontal overflow at 320px', async () => {
    await setViewport({width: 320, height: 640});
    const profile = copy(phso);
    const el = await fixture<EmployerSection>(html`<employer-section section="about-us" .profile=${profile}></employer-section>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await setViewport({width: 1280, height: 800});
  });
});

// The bundle beside another copy of Lit: this file's own `lit` and `@lit/context`
// (from node_modules, as a host app would have them) are module instances apart
// from the ones inside dist/employer-widgets.js, and so is src's <employer-profile>.
import {ContextConsumer, ContextProvider, createContext} from '@lit/context';
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';
import {EmployerProfileElement as SourceProfileElement} from '../src/employer-profile/employer-profile.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import type {ProfileState} from '../src/profile/profile-context.js';
import {loadPhso, until} from './helpers.js';

/** The host app's own element, on the host's Lit. */
class HostGreeting extends LitElement {
  @property() name = 'world';
  override render() {
    return html`<p>Hello ${this.name}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

/** The host's own context object: a separate `createContext` call with the same string key. */
const hostProfileContext = createContext<ProfileState>('employer-profile');

/** A provider the host wrote with its own `@lit/context`. */
class HostProvider extends LitElement {
  readonly provider = new ContextProvider(this, {context: hostProfileContext});
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('host-provider', HostProvider);

/** A consumer the host wrote with its own `@lit/context`: shows the headline it gets. */
class HostProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, {context: hostProfileContext, subscribe: true});
  override render() {
    return html`<p>${this.consumer.value?.profile?.hero.headline ?? '(none)'}</p>`;
  }
}
customElements.define('host-probe', HostProbe);

type Bundle = typeof import('../src/index.js');

const inner = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (el: Element | null) => el?.textContent?.trim();

describe('dist/employer-widgets.js beside another copy of Lit', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let bundle: Bundle;
  let greeting: HostGreeting;
  let phso: EmployerProfile;

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    phso = await loadPhso();
    // The host's element is on the page and rendered before the bundle arrives.
    greeting = await fixture<HostGreeting>(html`<host-greeting></host-greeting>`);
    // A query string makes a module instance of its own, apart from any other test file's.
    bundle = (await import('/dist/employer-widgets.js?copy=lit' as string)) as Bundle;
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => expect(errors).to.deep.equal([]));

  it('loads without a throw; the tags are the bundle\'s except the one the page had already', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('employer-profile')).to.equal(SourceProfileElement);
    for (const tag of ['employer-hero', 'employer-section', 'employer-modal', 'job-listing', 'employer-microsite']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect(customElements.get('employer-microsite')).to.equal(bundle.EmployerMicrosite);
    expect(bundle.EmployerMicrosite.prototype).to.not.be.instanceOf(SourceProfileElement);
  });

  it('leaves the host\'s own Lit element rendering and updating, and one defined afterwards works too', async () => {
    expect(text(inner(greeting, 'p'))).to.equal('Hello world');
    greeting.name = 'PHSO';
    await greeting.updateComplete;
    expect(text(inner(greeting, 'p'))).to.equal('Hello PHSO');

    class HostLater extends LitElement {
      @property({type: Number}) count = 1;
      override render() {
        return html`<output>${this.count}</output>`;
      }
    }
    customElements.define('host-later', HostLater);
    const later = await fixture<HostLater>(html`<host-later count="2"></host-later>`);
    expect(text(inner(later, 'output'))).to.equal('2');
    later.count = 3;
    await later.updateComplete;
    expect(text(inner(later, 'output'))).to.equal('3');
  });

  it('renders a whole <employer-microsite> from the bundle', async () => {
    const el = document.createElement('employer-microsite');
    const loaded = oneEvent(el, 'profile-load');
    el.setAttribute('src', '/profiles/phso.json');
    document.body.append(el);
    try {
      await loaded;
      const listing = () => inner(el, 'job-listing');
      await until(() => !!inner(inner(el, 'employer-hero'), '[part="headline"]'), 5000, 'the hero');
      await until(() => (listing()?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0, 5000, 'the job rows');
      expect(text(inner(inner(el, 'employer-hero'), '[part="headline"]'))).to.equal('Opportunities with PHSO');
      const sections = [...el.shadowRoot!.querySelectorAll('employer-section')];
      expect(sections.map((section) => text(inner(section, 'h2')))).to.have.length(3).and.not.include(undefined);
      const modal = el.shadowRoot!.querySelector<InstanceType<Bundle['EmployerModal']>>('employer-modal[modal="benefits"]')!;
      await modal.updateComplete;
      modal.show();
      await oneEvent(modal, 'employer-modal-open');
      expect(text(inner(modal, '[part~="title"]'))).to.equal('PHSO Benefits');
      modal.close();
      await oneEvent(modal, 'employer-modal-close');
    } finally {
      el.remove();
    }
  });

  it('gives a hero from the bundle the profile of <employer-profile> from another copy (src)', async () => {
    const el = await fixture<SourceProfileElement>(html`<employer-profile><employer-hero></employer-hero></employer-profile>`);
    expect(el).to.be.instanceOf(SourceProfileElement);
    const loaded = oneEvent(el, 'profile-load');
    el.src = '/profiles/phso.json';
    await loaded;
    const hero = el.querySelector('employer-hero')!;
    expect(hero).to.be.instanceOf(bundle.EmployerHero);
    await until(() => !!inner(hero, '[part="headline"]'), 5000, 'the hero headline');
    expect(text(inner(hero, '[part="headline"]'))).to.equal('Opportunities with PHSO');
  });

  it('gives a section from the bundle the profile of a provider the host wrote with its own @lit/context', async () => {
    const el = await fixture<HostProvider>(html`<host-provider><employer-section section="about-us"></employer-section></host-provider>`);
    el.provider.setValue({status: 'ready', profile: phso});
    const section = el.querySelector('employer-section')!;
    await until(() => !!inner(section, 'h2'), 5000, 'the section heading');
    expect(text(inner(section, 'h2'))).to.equal(phso.sections.find((s) => s.id === 'about-us')!.title);
  });

  it('gives a consumer the host wrote the profile of the bundle\'s <employer-profile> class', async () => {
    // The tag is src's on this page, so register the bundle's class under another name.
    customElements.define('bundle-profile', class extends bundle.EmployerProfileElement {});
    const el = await fixture(html`<bundle-profile><host-probe></host-probe></bundle-profile>`);
    const probe = el.querySelector<HostProbe>('host-probe')!;
    expect(text(inner(probe, 'p'))).to.equal('(none)');
    const loaded = oneEvent(el, 'profile-load');
    el.setAttribute('src', '/profiles/phso.json');
    await loaded;
    await probe.updateComplete;
    expect(text(inner(probe, 'p'))).to.equal('Opportunities with PHSO');
  });
});

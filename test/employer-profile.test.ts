import {consume} from '@lit/context';
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {state} from 'lit/decorators.js';
import '../src/employer-profile/employer-profile.js';
import type {EmployerProfileElement} from '../src/employer-profile/employer-profile.js';
import {profileContext, type ProfileState} from '../src/profile/profile-context.js';
import {captureErrors, copy, loadPhso, sleep, until} from './helpers.js';

/** A consumer that shows the headline it receives through context. */
class ProfileProbe extends LitElement {
  @consume({context: profileContext, subscribe: true})
  @state()
  provided?: ProfileState;
  override render() {
    return html`<p>${this.provided?.profile?.hero.headline ?? `(${this.provided?.status ?? 'none'})`}</p>`;
  }
}
customElements.define('profile-probe', ProfileProbe);

const probeText = (el: Element) => el.querySelector('profile-probe')!.shadowRoot!.textContent!.trim();
const errorPart = (el: EmployerProfileElement) => el.shadowRoot!.querySelector('[part="error"]');

describe('<employer-profile>', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => (errors = captureErrors()));
  afterEach(() => errors.restore());

  it('loads a profile from src, provides it and fires profile-load', async () => {
    const el = await fixture<EmployerProfileElement>(html`<employer-profile><profile-probe></profile-probe></employer-profile>`);
    const loaded = oneEvent(el, 'profile-load');
    el.src = '/profiles/phso.json';
    const event = await loaded;
    expect(event.detail.profile.employer.shortName).to.equal('PHSO');
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(probeText(el)).to.equal('Opportunities with PHSO');
    expect(el.status).to.equal('ready');
    expect(errorPart(el)).to.equal(null);
    expect(errors.calls).to.have.length(0);
  });

  it('takes .profile, over src', async () => {
    const phso = await loadPhso();
    const el = await fixture<EmployerProfileElement>(
      html`<employer-profile src="/test/fixtures/profiles/small.json" .profile=${phso}><profile-probe></profile-probe></employer-profile>`,
    );
    await sleep(200);
    await el.updateComplete;
    expect(probeText(el)).to.equal('Opportunities with PHSO');
  });

  it('takes a child <script type="application/json">, and follows its changes', async () => {
    const el = await fixture<EmployerProfileElement>(html`<employer-profile>
      <script type="application/json">
        {"version": 1, "employer": {"name": "Script Employer", "shortName": "SE"}, "locale": "en-GB",
         "hero": {"headline": "From a script"}, "sections": [], "modals": []}
      </script>
      <profile-probe></profile-probe>
    </employer-profile>`);
    await el.updateComplete;
    expect(probeText(el)).to.equal('From a script');
    const script = el.querySelector('script')!;
    script.textContent = script.textContent!.replace('From a script', 'Changed');
    await until(() => probeText(el) === 'Changed', 2000, 'the new headline');
  });

  it('applies the profile theme as --employer-* custom properties, which the host can override', async () => {
    const el = await fixture<EmployerProfileElement>(
      html`<employer-profile src="/test/fixtures/profiles/small.json"><div>child</div></employer-profile>`,
    );
    await oneEvent(el, 'profile-load');
    const child = el.querySelector('div')!;
    expect(getComputedStyle(child).getPropertyValue('--employer-color-primary').trim()).to.equal('#0b5394');
    expect(getComputedStyle(child).getPropertyValue('--employer-radius').trim()).to.equal('8px');
    el.style.setProperty('--employer-color-primary', 'rgb(1, 2, 3)');
    expect(getComputedStyle(child).getPropertyValue('--employer-color-primary').trim()).to.equal('rgb(1, 2, 3)');
  });

  const failures: Array<[string, string, RegExp]> = [
    ['fails validation', '/test/fixtures/profiles/invalid.json', /\/sections\/0\/body\/0\/items: expected an array, got a string/],
    ['is missing (404)', '/test-server/status/404', /Could not load the profile: The server answered 404/],
    ['cannot be reached', 'http://127.0.0.1:9/profile.json', /Could not load the profile: The request failed/],
    ['is not JSON', '/test/fixtures/profiles/truncated.json', /not valid JSON/],
    ['is not an object', '/test/fixtures/profiles/array.json', /\/: expected a profile object, got an array/],
  ];
  for (const [name, src, message] of failures) {
    it(`shows a message and logs one error when the profile ${name}`, async () => {
      const el = await fixture<EmployerProfileElement>(html`<employer-profile><profile-probe></profile-probe></employer-profile>`);
      const failed = oneEvent(el, 'profile-error');
      el.src = src;
      const event = await failed;
      expect(event.detail.message).to.match(message);
      expect(event.detail.source).to.equal(src);
      await el.updateComplete;
      const shown = errorPart(el)!;
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(shown.textContent).to.contain('This employer profile could not be shown');
      expect(shown.textContent!.replace(/\s+/g, ' ')).to.match(message);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0][0])).to.match(message);
      expect(probeText(el)).to.equal('(error)');
      await expect(el).to.be.accessible();
    });
  }

  it('times out after `timeout` ms', async () => {
    const el = await fixture<EmployerProfileElement>(html`<employer-profile timeout="300"></employer-profile>`);
    const failed = oneEvent(el, 'profile-error');
    el.src = '/test-server/slow?ms=3000&file=profiles/small.json';
    const event = await failed;
    expect(event.detail.message).to.contain('No answer within 300 ms');
    expect(errors.calls).to.have.length(1);
  });

  it('lists each validation fault with its path in the message', async () => {
    const phso = copy(await loadPhso()) as any;
    phso.version = 9;
    phso.modals[2].body[0] = {type: 'list', items: {}};
    const el = await fixture<EmployerProfileElement>(html`<employer-profile .profile=${phso}></employer-profile>`);
    const items = [...errorPart(el)!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['/version: expected 1 (this format is version 1)', '/modals/2/body/0/items: expected an array, got an object']);
    expect(errors.calls).to.have.length(1);
  });

  it("heads the fault list in the profile's own language, falling back to English", async () => {
    const german = copy(await loadPhso()) as any;
    german.labels = {...german.labels, profileError: 'Dieses Arbeitgeberprofil kann nicht angezeigt werden'};
    german.version = 9;
    const el = await fixture<EmployerProfileElement>(html`<employer-profile .profile=${german}></employer-profile>`);
    expect(errorPart(el)!.querySelector('strong')!.textContent).to.equal('Dieses Arbeitgeberprofil kann nicht angezeigt werden');
    german.labels.profileError = 42;
    el.profile = copy(german);
    await el.updateComplete;
    expect(errorPart(el)!.querySelector('strong')!.textContent).to.equal('This employer profile could not be shown');
  });

  it('replaces the message when a valid profile follows', async () => {
    const el = await fixture<EmployerProfileElement>(
      html`<employer-profile src="/test/fixtures/profiles/invalid.json"><profile-probe></profile-probe></employer-profile>`,
    );
    await until(() => el.status === 'error', 5000, 'the error');
    const loaded = oneEvent(el, 'profile-load');
    el.src = '/test/fixtures/profiles/small.json';
    await loaded;
    await el.updateComplete;
    expect(errorPart(el)).to.equal(null);
    expect(probeText(el)).to.equal('Work with STE');
  });

  it('lets the latest src win over a slower earlier one', async () => {
    const el = await fixture<EmployerProfileElement>(html`<employer-profile><profile-probe></profile-probe></employer-profile>`);
    const seen: string[] = [];
    el.addEventListener('profile-load', (event) => seen.push(event.detail.profile.employer.shortName));
    el.src = '/test-server/slow?ms=600&file=profiles/invalid.json';
    await el.updateComplete;
    el.src = '/test/fixtures/profiles/small.json';
    await until(() => seen.length > 0, 3000, 'the load');
    await sleep(900);
    expect(seen).to.deep.equal(['STE']);
    expect(probeText(el)).to.equal('Work with STE');
    expect(errors.calls).to.have.length(0);
  });

  it('never throws to the host page when given nonsense', async () => {
    const el = await fixture<EmployerProfileElement>(html`<employer-profile></employer-profile>`);
    for (const value of [null, 42, 'text', [], {version: 1}, {toString: 1}]) {
      el.profile = value;
      await el.updateComplete;
      expect(errorPart(el)).to.not.equal(null);
    }
    expect(errors.calls).to.have.length(6);
  });
});

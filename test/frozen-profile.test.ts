/**
 * A frozen profile given again with one part changed (as the profile studio
 * does on each key press): the microsite shows the change, and only the
 * pieces whose part changed render again.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../src/employer-microsite/employer-microsite.js';
import '../src/below-the-hero.js';
import type {EmployerMicrosite} from '../src/employer-microsite/employer-microsite.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {copy, loadPhso, until} from './helpers.js';

type Rendering = HTMLElement & {updateComplete: Promise<unknown>; section?: string; modal?: string};

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Counts the calls of `renderProfile` of the elements named `tag`, by their section or modal id. */
function countRenders(tag: string): {calls: string[]; restore: () => void} {
  const proto = customElements.get(tag)!.prototype as {renderProfile: (profile: EmployerProfile) => unknown};
  const original = proto.renderProfile;
  const calls: string[] = [];
  proto.renderProfile = function (this: Rendering, profile: EmployerProfile) {
    calls.push(this.section ?? this.modal ?? this.localName);
    return original.call(this, profile);
  };
  return {calls, restore: () => void (proto.renderProfile = original)};
}

async function settled(el: EmployerMicrosite): Promise<void> {
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<Rendering>('*')) await child.updateComplete;
}

const headline = (el: EmployerMicrosite) =>
  el.shadowRoot!.querySelector('employer-hero')!.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim();
const sectionTitle = (el: EmployerMicrosite, id: string) =>
  el.shadowRoot!.querySelector(`employer-section[section="${id}"]`)!.shadowRoot!.querySelector('h2')!.textContent!.trim();

describe('a frozen profile changed in one part', () => {
  let phso: EmployerProfile;
  before(async () => (phso = await loadPhso()));

  it('renders again only the pieces whose part changed', async () => {
    const first = freeze(copy(phso));
    const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${first}></employer-microsite>`);
    await until(() => el.shadowRoot!.querySelectorAll('employer-section').length === 3, 5000, 'the sections');
    await settled(el);
    const sections = countRenders('employer-section');
    const modals = countRenders('employer-modal');
    try {
      el.profile = freeze({...first, hero: {...first.hero, headline: 'Work with us'}});
      await settled(el);
      expect(headline(el)).to.equal('Work with us');
      expect(sections.calls).to.deep.equal([]);
      expect(modals.calls).to.deep.equal([]);

      const changed = freeze({...first, sections: first.sections.map((s) => (s.id === 'opportunities' ? {...s, title: 'Roles'} : s))});
      el.profile = changed;
      await settled(el);
      expect(sectionTitle(el, 'opportunities')).to.equal('Roles');
      expect(sections.calls).to.deep.equal(['opportunities']);
      expect(modals.calls).to.deep.equal([]);

      // New labels reach every piece.
      sections.calls.length = 0;
      el.profile = freeze({...changed, labels: {...changed.labels, close: 'Schließen'}});
      await settled(el);
      expect([...sections.calls].sort()).to.deep.equal(['about-us', 'how-to-apply', 'opportunities']);
      expect(modals.calls).to.have.length(phso.modals.length);
    } finally {
      sections.restore();
      modals.restore();
    }
  });

  it('renders everything again for a profile that is not frozen, which may have changed anywhere', async () => {
    const open = copy(phso);
    const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${open}></employer-microsite>`);
    await until(() => el.shadowRoot!.querySelectorAll('employer-section').length === 3, 5000, 'the sections');
    await settled(el);
    const sections = countRenders('employer-section');
    try {
      open.sections[0]!.title = 'Changed in place';
      el.profile = {...open};
      await settled(el);
      expect(sectionTitle(el, 'about-us')).to.equal('Changed in place');
      expect([...sections.calls].sort()).to.deep.equal(['about-us', 'how-to-apply', 'opportunities']);
    } finally {
      sections.restore();
    }
  });
});

import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import '../src/employer-modal/employer-modal.js';
import type {EmployerModal} from '../src/employer-modal/employer-modal.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {captureErrors, copy, loadPhso, sleep, until} from './helpers.js';

const part = (el: EmployerModal, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const dialogOf = (el: EmployerModal) => el.shadowRoot!.querySelector('dialog')!;
const cleanUrl = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

async function openWithKeyboard(el: EmployerModal): Promise<void> {
  part(el, 'trigger').focus();
  const opened = oneEvent(el, 'employer-modal-open');
  await sendKeys({press: 'Enter'});
  await opened;
}

describe('<employer-modal>', () => {
  let phso: EmployerProfile;
  before(async () => (phso = await loadPhso()));
  afterEach(async () => {
    cleanUrl();
    await setViewport({width: 1280, height: 800});
  });

  it('opens a native modal dialog from its trigger, with the content and focus inside', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="benefits" .profile=${phso}></employer-modal>`);
    expect(part(el, 'trigger').textContent).to.equal('Benefits');
    await openWithKeyboard(el);
    const dialog = dialogOf(el);
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(part(el, 'title').textContent).to.equal('PHSO Benefits');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.be.true;
    const cards = [...dialog.querySelectorAll('.card h3')].map((h) => h.textContent);
    expect(cards).to.have.length(12);
    expect(part(el, 'close-button').getAttribute('aria-label')).to.equal('Close');
    await expect(el).to.be.accessible();
  });

  it('builds its dialog\'s content only on the first opening, and keeps it after closing', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="benefits" .profile=${phso}></employer-modal>`);
    expect(part(el, 'trigger').textContent).to.equal('Benefits');
    expect(dialogOf(el).childElementCount, 'the closed dialog before any opening').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="body"]')).to.equal(null);
    await openWithKeyboard(el);
    expect(part(el, 'body').querySelectorAll('.card')).to.have.length(12);
    el.close();
    await oneEvent(el, 'employer-modal-close');
    expect(part(el, 'body').querySelectorAll('.card')).to.have.length(12);
  });

  it('opens with its content when the page is loaded at its #id, though nothing was built before', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#benefits`);
    const el = await fixture<EmployerModal>(html`<employer-modal modal="benefits" .profile=${phso}></employer-modal>`);
    await until(() => el.open && dialogOf(el).open, 2000, 'the deep-linked modal');
    expect(part(el, 'title').textContent).to.equal('PHSO Benefits');
    expect(part(el, 'body').querySelectorAll('.card')).to.have.length(12);
    expect(dialogOf(el).contains(el.shadowRoot!.activeElement)).to.be.true;
    el.close();
    await oneEvent(el, 'employer-modal-close');
  });

  it('closes on Escape and returns focus to its trigger', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
    await openWithKeyboard(el);
    const closed = oneEvent(el, 'employer-modal-close');
    await sendKeys({press: 'Escape'});
    const event = await closed;
    expect(event.detail).to.deep.equal({modal: 'values'});
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.open).to.be.false;
    expect(dialogOf(el).open).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'trigger'));
    await expect(el).to.be.accessible();
  });

  it('closes from its close button and on a backdrop click, not on a click inside', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="location" .profile=${phso}></employer-modal>`);
    await openWithKeyboard(el);
    const closeButton = part(el, 'close-button');
    expect(el.shadowRoot!.activeElement).to.equal(closeButton);
    let closed = oneEvent(el, 'employer-modal-close');
    await sendKeys({press: 'Enter'});
    await closed;
    expect(el.open).to.be.false;

    el.show();
    await oneEvent(el, 'employer-modal-open');
    const body = part(el, 'body').getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(body.left + 20), Math.round(body.top + 20)]});
    await el.updateComplete;
    expect(el.open, 'a click inside keeps it open').to.be.true;
    closed = oneEvent(el, 'employer-modal-close');
    await sendMouse({type: 'click', position: [5, 5]});
    await closed;
    expect(el.open).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'trigger'));
  });

  it('locks page scrolling while open and restores the page styles exactly', async () => {
    document.documentElement.style.setProperty('overflow', 'clip auto');
    try {
      const el = await fixture<EmployerModal>(html`<employer-modal modal="casework" .profile=${phso}></employer-modal>`);
      el.show();
      await oneEvent(el, 'employer-modal-open');
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      el.close();
      await oneEvent(el, 'employer-modal-close');
      expect(document.documentElement.style.overflow).to.equal('clip auto');
    } finally {
      document.documentElement.removeAttribute('style');
    }
  });

  it('puts #id in the address while open, without adding history, and restores it', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#top`);
    const length = history.length;
    const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
    el.show();
    await oneEvent(el, 'employer-modal-open');
    expect(location.hash).to.equal('#values');
    el.close();
    await oneEvent(el, 'employer-modal-close');
    expect(location.hash).to.equal('#top');
    expect(history.length).to.equal(length);
  });

  it('opens when the page is loaded at #<modal-id>, and on a later hash change', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#diversity`);
    const el = await fixture<EmployerModal>(html`<employer-modal modal="diversity" .profile=${phso}></employer-modal>`);
    await until(() => el.open && dialogOf(el).open, 2000, 'the deep-linked modal');
    el.close();
    await oneEvent(el, 'employer-modal-close');
    expect(location.hash).to.equal('');
    const other = await fixture<EmployerModal>(html`<employer-modal modal="what-we-do" .profile=${phso}></employer-modal>`);
    location.hash = '#what-we-do';
    await until(() => other.open, 2000, 'the modal named by the new hash');
    other.close();
    await oneEvent(other, 'employer-modal-close');
  });

  it('shows each of the six modals with its content, accessibly, at 320px and 1280px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({width, height: 700});
      for (const modal of phso.modals) {
        const el = await fixture<EmployerModal>(html`<employer-modal modal=${modal.id} .profile=${phso}></employer-modal>`);
        el.show();
        await oneEvent(el, 'employer-modal-open');
        const dialog = dialogOf(el);
        expect(dialog.getBoundingClientRect().width).to.be.at.most(width);
        expect(part(el, 'title').textContent).to.equal(modal.title);
        await expect(el).to.be.accessible();
        el.close();
        await oneEvent(el, 'employer-modal-close');
      }
    }
  });

  it('renders the Location address with a map link and the casework cards with dates and links', async () => {
    const location = await fixture<EmployerModal>(html`<employer-modal modal="location" .profile=${phso}></employer-modal>`);
    location.show();
    await oneEvent(location, 'employer-modal-open');
    const lines = [...location.shadowRoot!.querySelectorAll('address .address-line')].map((line) => line.textContent);
    expect(lines).to.deep.equal(['City Gate', '51 Mosley St', 'Manchester', 'M2 3HQ']);
    expect(location.shadowRoot!.querySelector<HTMLAnchorElement>('[part="map-link"]')!.href).to.match(/^https:\/\/www\.google\.com\/maps/);
    const casework = await fixture<EmployerModal>(html`<employer-modal modal="casework" .profile=${phso}></employer-modal>`);
    casework.show();
    await oneEvent(casework, 'employer-modal-open');
    const cards = [...casework.shadowRoot!.querySelectorAll('.card')];
    expect(cards).to.have.length(2);
    expect(cards[0].querySelector('time')!.textContent).to.equal('5 October 2021');
    expect(cards.every((card) => card.querySelector('a[href^="https://"]'))).to.be.true;
  });

  it('supports show() and close() and the reflected open attribute', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
    el.setAttribute('open', '');
    await oneEvent(el, 'employer-modal-open');
    expect(dialogOf(el).open).to.be.true;
    el.removeAttribute('open');
    await oneEvent(el, 'employer-modal-close');
    expect(dialogOf(el).open).to.be.false;
  });

  it('releases the scroll lock when removed while open', async () => {
    const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
    el.show();
    await oneEvent(el, 'employer-modal-open');
    el.remove();
    expect(document.documentElement.style.overflow).to.equal('');
  });

  describe('open and close in quick succession', () => {
    const overflow = () => document.documentElement.style.overflow;
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    let tall: HTMLElement;
    beforeEach(() => {
      tall = document.createElement('div');
      tall.style.height = '4000px';
      document.body.append(tall);
    });
    afterEach(() => {
      tall.remove();
      document.documentElement.removeAttribute('style');
    });

    it('stays open and modal on show() right after close(), and unlocks the page on the last close()', async () => {
      // The reproduction of issue 11, item 1, step by step.
      const el = await fixture<EmployerModal>(html`<employer-modal modal="benefits" .profile=${phso}></employer-modal>`);
      el.show();
      await sleep(100);
      el.close();
      await nextTask();
      el.show();
      await sleep(100);
      expect(el.open).to.be.true;
      expect(dialogOf(el).matches(':modal')).to.be.true;
      expect(overflow()).to.equal('hidden');
      el.close();
      await sleep(100);
      expect(el.open).to.be.false;
      expect(dialogOf(el).open).to.be.false;
      expect(overflow()).to.equal('');
      window.scrollTo(0, 500);
      expect(window.scrollY).to.be.above(0);
      window.scrollTo(0, 0);
    });

    it('pairs every scroll lock with one unlock through 20 rapid toggles by script', async () => {
      const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
      let opens = 0;
      let closes = 0;
      el.addEventListener('employer-modal-open', () => opens++);
      el.addEventListener('employer-modal-close', () => closes++);
      for (let i = 0; i < 20; i++) {
        el.show();
        await el.updateComplete;
        el.close();
        // Every other round leaves the native close event pending when the next show() comes.
        if (i % 2) await nextTask();
        else await el.updateComplete;
      }
      el.show();
      await sleep(50);
      expect(el.open).to.be.true;
      expect(dialogOf(el).matches(':modal')).to.be.true;
      expect(overflow()).to.equal('hidden');
      el.close();
      await sleep(50);
      expect(dialogOf(el).open).to.be.false;
      expect(overflow()).to.equal('');
      expect(opens, 'an open event for each opening').to.equal(21);
      expect(closes, 'a close event for each opening').to.equal(21);
    });

    it('pairs every scroll lock with one unlock when a person toggles it with the keyboard, and returns focus', async () => {
      const el = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
      const trigger = part(el, 'trigger');
      trigger.focus();
      for (let i = 0; i < 10; i++) {
        await sendKeys({press: 'Enter'});
        await sendKeys({press: 'Escape'});
      }
      await sleep(50);
      expect(el.open).to.be.false;
      expect(overflow()).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(trigger);
      await sendKeys({press: 'Enter'});
      await sleep(50);
      expect(dialogOf(el).matches(':modal')).to.be.true;
      expect(overflow()).to.equal('hidden');
      await sendKeys({press: 'Escape'});
      await sleep(50);
      expect(overflow()).to.equal('');
    });

    it('unlocks the page once when removed while open, also in the middle of a quick toggle', async () => {
      const first = await fixture<EmployerModal>(html`<employer-modal modal="values" .profile=${phso}></employer-modal>`);
      const second = await fixture<EmployerModal>(html`<employer-modal modal="benefits" .profile=${phso}></employer-modal>`);
      first.show();
      await oneEvent(first, 'employer-modal-open');
      second.show();
      await sleep(100);
      second.close();
      await nextTask();
      second.show();
      await second.updateComplete;
      second.remove();
      await sleep(50);
      expect(overflow(), 'the first modal is still open').to.equal('hidden');
      first.remove();
      await sleep(50);
      expect(overflow()).to.equal('');
      document.body.append(first);
      await first.updateComplete;
      expect(first.open, 'closed when it comes back').to.be.false;
      first.show();
      await oneEvent(first, 'employer-modal-open');
      expect(overflow()).to.equal('hidden');
      first.close();
      await sleep(50);
      expect(overflow()).to.equal('');
      first.remove();
    });
  });

  it('shows a message for an unknown modal id', async () => {
    const errors = captureErrors();
    try {
      const el = await fixture<EmployerModal>(html`<employer-modal modal="pay" .profile=${copy(phso)}></employer-modal>`);
      expect(part(el, 'error').textContent).to.equal('No modal "pay" in the profile.');
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });
});

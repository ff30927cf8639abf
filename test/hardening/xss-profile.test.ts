/**
 * The PHSO profile with every free-text string replaced by each XSS payload,
 * and with every URL replaced by each dangerous URL, rendered as the whole
 * microsite with every modal opened: nothing runs, no dangerous URL reaches
 * the page, the payloads read as text, and a rejected URL is named by path.
 */
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/employer-microsite/employer-microsite.js';
import type {EmployerMicrosite} from '../../src/employer-microsite/employer-microsite.js';
import type {EmployerModal} from '../../src/employer-modal/employer-modal.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {captureErrors, copy, loadPhso, sleep, until} from '../helpers.js';
import {auditTree, composedElements} from './audit.js';
import {settle} from './harness.js';
import {DANGEROUS_URLS, PAYLOADS, installSentinel} from './payloads.js';

/** Keys whose strings are URLs. */
const URL_KEYS = new Set(['href', 'src', 'site', 'map', 'url']);
/** Keys whose strings are ids, enums, dates or tags, which must stay valid for the profile to render. */
const FIXED_KEYS = new Set(['id', 'type', 'key', 'format', 'locale', 'date', 'colorScheme']);
/** Subtrees that are all fixed (CSS values, the layout's references) or all text (labels). */
const FIXED_TREES = ['/theme/', '/layout/'];
const TEXT_TREES = ['/labels/'];

type Kind = 'text' | 'url' | 'fixed';

/** Whether the string at `path` (a JSON pointer) is free text, a URL or fixed, by its key. */
function kindAt(path: string): Kind {
  if (FIXED_TREES.some((tree) => path.startsWith(tree))) return 'fixed';
  if (TEXT_TREES.some((tree) => path.startsWith(tree))) return 'text';
  const key = path.split('/').filter((segment) => !/^\d+$/.test(segment)).pop()!;
  return URL_KEYS.has(key) ? 'url' : FIXED_KEYS.has(key) ? 'fixed' : 'text';
}

/** A copy of `value` with each string of kind `kind` replaced by `replace(string, path)`. */
function rewrite(value: unknown, kind: Kind, replace: (path: string) => string, path = ''): unknown {
  if (typeof value === 'string') return kindAt(path) === kind ? replace(path) : value;
  if (Array.isArray(value)) return value.map((item, i) => rewrite(item, kind, replace, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item, kind, replace, `${path}/${key}`)]));
  }
  return value;
}

/** The JSON pointers of every string of kind `kind` in `value`. */
function pathsOf(value: unknown, kind: Kind): string[] {
  const paths: string[] = [];
  rewrite(value, kind, (path) => (paths.push(path), ''));
  return paths;
}

/**
 * PHSO with one of every block and field the renderer has (logo, facts,
 * image, link, address title, emphasis, every label and job column), so the
 * payloads reach every template.
 */
function everyField(phso: EmployerProfile, feedUrl: string): EmployerProfile {
  const profile = copy(phso) as any;
  const image = '/test/fixtures/images/logo.svg';
  profile.employer.logo = {src: image, alt: 'PHSO', width: 120, height: 40};
  profile.hero.image = {src: image, alt: 'PHSO'};
  profile.sections[0].body.push(
    {type: 'heading', text: 'Facts'},
    {type: 'facts', items: [{label: 'Office', value: ['See ', {text: 'our site', href: 'https://www.ombudsman.org.uk', em: true, strong: true}]}]},
    {type: 'image', src: image, alt: 'Logo', caption: 'Our logo', width: 120, height: 40},
    {type: 'link', text: 'Publications', href: 'https://www.ombudsman.org.uk/publications'},
    {type: 'address', title: 'Head office', lines: ['City Gate'], map: 'https://maps.example.com/?q=M2'},
  );
  profile.labels = {...DEFAULT_LABELS};
  profile.jobs.feed = {url: feedUrl, format: 'own'};
  profile.jobs.columns = ['title', 'location', 'salary', 'department', 'type', 'posted'].map((key) => ({key, label: key}));
  return profile;
}

/** An own-format feed of one job whose every text is `text`, served from the query string. */
function feedOf(text: string): string {
  const job = {id: text, title: text, location: text, department: text, type: text, description: text, url: 'https://jobs.example.com/1', posted: '2026-01-10'};
  return `/test-server/echo?type=application%2Fjson&body=${encodeURIComponent(JSON.stringify({jobs: [job]}))}`;
}

/** Elements whose whole text comes from the profile or the feed (dates and salaries are formatted, so left out). */
const TEXT_ELEMENTS = 'h1, h2, h3, h4, h5, h6, p:not(.date), li:not([part~="card"]), dt, dd, figcaption, label, caption, a, .address-line, .address-title, [part~="trigger"]';

const root = (el: Element) => el.shadowRoot!;

/** Opens and closes each modal in turn, so every dialog's content has been shown. */
async function openEveryModal(el: EmployerMicrosite): Promise<number> {
  const modals = [...root(el).querySelectorAll<EmployerModal>('employer-modal')];
  for (const modal of modals) {
    const opened = oneEvent(modal, 'employer-modal-open');
    modal.show();
    await opened;
    expect(root(modal).querySelector('dialog')!.open).to.be.true;
    const closed = oneEvent(modal, 'employer-modal-close');
    modal.close();
    await closed;
  }
  return modals.length;
}

describe('hardening: XSS through the profile', () => {
  let phso: EmployerProfile;
  let errors: ReturnType<typeof captureErrors>;
  let sentinel: ReturnType<typeof installSentinel>;
  let scripts: number;
  before(async () => {
    phso = await loadPhso();
  });
  beforeEach(() => {
    errors = captureErrors();
    sentinel = installSentinel();
    scripts = document.scripts.length;
  });
  afterEach(() => {
    errors.restore();
    sentinel.restore();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('reaches every kind of string: the rewrite finds text, URLs and fixed values', () => {
    const profile = everyField(phso, 'jobs.json');
    expect(pathsOf(profile, 'text')).to.include.members(['/hero/headline', '/modals/0/body/0/lines/0', '/labels/map', '/employer/logo/alt']);
    expect(pathsOf(profile, 'url')).to.include.members(['/employer/site', '/employer/logo/src', '/nav/items/0/href', '/jobs/feed/url']);
    expect(pathsOf(profile, 'fixed')).to.include.members(['/locale', '/sections/0/id', '/theme/colors/primary', '/layout/0']);
  });

  for (const payload of PAYLOADS) {
    it(`shows payload ${payload.n} as text in every field, runs nothing: ${payload.text}`, async () => {
      const profile = rewrite(everyField(phso, feedOf(payload.text)), 'text', () => payload.text);
      const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${profile}></employer-microsite>`);
      await settle(el);
      const listing = root(el).querySelector('job-listing')!;
      await until(() => !!root(listing).querySelector('[part~="row"]'), 5000, 'the job row');
      expect(await openEveryModal(el)).to.equal(6);
      await settle(el);
      // Images that failed and toggles that opened fire their events a little later.
      await sleep(100);

      expect(sentinel.calls, 'sentinel calls').to.deep.equal([]);
      expect(auditTree(el)).to.deep.equal([]);
      expect(document.scripts.length, 'scripts in the page').to.equal(scripts);
      expect(errors.calls).to.deep.equal([]);

      const shown = composedElements(el).filter((element) => element.matches(TEXT_ELEMENTS) && element.textContent!.trim());
      expect(shown.length, 'elements with text').to.be.greaterThan(100);
      for (const element of shown) {
        const text = element.textContent!;
        expect(text.includes(payload.text) && !text.split(payload.text).join('').trim(), `<${element.localName}> reads ${JSON.stringify(text)}`).to.be.true;
      }
      expect(root(root(el).querySelector('employer-hero')!).querySelector('[part~="headline"]')!.textContent).to.equal(payload.text);
    });
  }

  for (const {n, url, inert} of DANGEROUS_URLS) {
    it(`lets URL ${n} reach no href or src, and names each path it rejects: ${JSON.stringify(url)}`, async () => {
      const base = everyField(phso, 'jobs.json');
      const urlPaths = pathsOf(base, 'url');
      const profile = rewrite(base, 'url', () => url);
      const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${profile}></employer-microsite>`);
      await settle(el);
      const error = root(el).querySelector('[part~="error"]');
      if (error || !inert) {
        // Booleans and strings, not elements, go into assertions: a failure holding DOM nodes stalls the runner's report.
        expect(!!error, 'the message').to.be.true;
        expect(!!root(el).querySelector('employer-hero'), 'a hero').to.be.false;
        const shown = [...error!.querySelectorAll('code')].map((code) => code.textContent);
        expect(shown).to.have.length(Math.min(20, urlPaths.length));
        expect(urlPaths).to.include.members(shown);
        expect(errors.calls).to.have.length(1);
        const logged = String(errors.calls[0][0]);
        expect(urlPaths.filter((path) => !logged.includes(`${path}: expected a safe URL`)), 'paths not logged').to.deep.equal([]);
      } else {
        // Harmless as an attribute: rendered, its links are relative paths on this page.
        expect(await openEveryModal(el)).to.equal(6);
      }
      await sleep(100);
      expect(sentinel.calls, 'sentinel calls').to.deep.equal([]);
      expect(auditTree(el)).to.deep.equal([]);
      expect(document.scripts.length, 'scripts in the page').to.equal(scripts);
    });
  }
});

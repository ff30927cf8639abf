import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/employer-microsite/employer-microsite.js';
import type {EmployerMicrosite} from '../src/employer-microsite/employer-microsite.js';
import type {EmployerModal} from '../src/employer-modal/employer-modal.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import {DEFAULT_LABELS} from '../src/profile/labels.js';
import type {EmployerProfile} from '../src/profile/profile.js';
import {validateProfile} from '../src/profile/validate.js';
import {captureErrors, expectAccessibleWithEachModal, loadPhso, skipColorSchemeInFirefox, until} from './helpers.js';

// The second employer: a fictional German utility, one JSON file and no code.
const PROFILE = '/profiles/auenfeld.json';
const DEMO_PAGE = '/demo/auenfeld.html';

const root = (el: Element) => el.shadowRoot!;
const inner = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function loadAuenfeld(): Promise<EmployerProfile> {
  return (await (await fetch(PROFILE)).json()) as EmployerProfile;
}

/**
 * The profile as its host page sees it: its feed, logo and image URLs are
 * relative to the host page (demo/auenfeld.html), and this test page sits at
 * the server root, so resolve them against the demo page first.
 */
function asOnDemoPage(profile: EmployerProfile): EmployerProfile {
  const copy = structuredClone(profile) as any;
  const at = (url: string) => new URL(url, new URL(DEMO_PAGE, location.href)).pathname;
  copy.jobs.feed.url = at(copy.jobs.feed.url);
  copy.employer.logo.src = at(copy.employer.logo.src);
  for (const modal of copy.modals) for (const block of modal.body) if (block.type === 'image') block.src = at(block.src);
  return copy;
}

/** Every string a reader (or a screen reader) gets from `node`, through shadow roots. */
function readerText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof Element) {
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = current.getAttribute(name);
        if (value) parts.push(value);
      }
      if (current.localName === 'style' || current.localName === 'script') return;
      if (current.shadowRoot) walk(current.shadowRoot);
    }
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Every string value in a profile, leaving out the format's own keywords and the theme. */
function contentStrings(value: unknown, key = ''): string[] {
  if (key === 'theme') return [];
  if (typeof value === 'string') return ['$schema', 'type', 'key', 'format'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return key === 'layout' ? [] : value.flatMap((item) => contentStrings(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => contentStrings(v, k));
  return [];
}

async function mounted(profile: EmployerProfile): Promise<EmployerMicrosite> {
  const el = await fixture<EmployerMicrosite>(html`<employer-microsite .profile=${profile}></employer-microsite>`);
  await until(() => !!root(el).querySelector('employer-hero')?.shadowRoot?.querySelector('[part="headline"]'), 5000, 'the hero');
  for (const child of root(el).querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('*')) {
    await child.updateComplete;
  }
  return el;
}

async function withJobs(profile: EmployerProfile): Promise<{el: EmployerMicrosite; listing: JobListing}> {
  const el = await mounted(profile);
  const listing = root(el).querySelector<JobListing>('job-listing')!;
  await until(() => root(listing).querySelectorAll('[part~="row"]').length > 0, 5000, 'the jobs from the feed');
  await listing.updateComplete;
  return {el, listing};
}

const euro = (value: number, digits = 0) =>
  new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value);

describe('a second employer: Stadtwerke Auenfeld (de-DE)', () => {
  afterEach(async () => {
    history.replaceState(null, '', `${location.pathname}${location.search.replace(/&job=[^&]*/, '')}`);
    await setViewport({width: 1280, height: 800});
  });

  describe('the profile', () => {
    it('validates, and translates every label the elements print', async () => {
      const json = await loadAuenfeld();
      const result = validateProfile(json);
      expect(result.ok, JSON.stringify(!result.ok && result.faults)).to.equal(true);
      expect(json.locale).to.equal('de-DE');
      const labels = json.labels!;
      expect(Object.keys(labels).sort()).to.deep.equal(Object.keys(DEFAULT_LABELS).sort());
      for (const [key, english] of Object.entries(DEFAULT_LABELS)) {
        expect(labels[key as keyof typeof labels], key).to.be.a('string').and.not.equal(english);
      }
    });

    it('shares no content with the PHSO profile', async () => {
      const [auenfeld, phso] = [await loadAuenfeld(), await loadPhso()];
      const theirs = new Set(contentStrings(phso));
      expect(contentStrings(auenfeld).filter((text) => theirs.has(text))).to.deep.equal([]);
      expect(auenfeld.theme!.colors!.primary).to.not.equal(phso.theme!.colors!.primary);
      expect(auenfeld.theme!.font).to.not.equal(phso.theme!.font);
    });
  });

  describe('rendered by <employer-microsite>', () => {
    it('shows its own name, content, theme and German words', async () => {
      const el = await mounted(asOnDemoPage(await loadAuenfeld()));
      const hero = root(el).querySelector('employer-hero')!;
      expect(inner(el, '[part~="base"]').lang).to.equal('de-DE');
      expect(inner(hero, '[part="headline"]').textContent).to.equal('Gemeinsam versorgen wir Auenfeld');
      const logo = inner<HTMLImageElement>(hero, '[part="logo"]');
      expect(logo.alt).to.equal('Stadtwerke Auenfeld');
      await until(() => logo.complete && logo.naturalWidth > 0, 3000, 'the logo');
      expect(inner(hero, '[part="nav"]').getAttribute('aria-label')).to.equal('Abschnitte dieser Seite');
      expect(inner(hero, '[part="menu-button"]').textContent!.trim()).to.equal('Menü');
      const sections = [...root(el).querySelectorAll('employer-section')].map((section) => section.getAttribute('section'));
      expect(sections).to.deep.equal(['ueber-uns', 'arbeiten-bei-uns', 'bewerbung']);
      const modals = [...root(el).querySelectorAll('employer-modal')];
      expect(modals.map((modal) => inner(modal, '[part~="trigger"]').textContent)).to.deep.equal([
        'Standort und Anfahrt',
        'Zahlen und Fakten',
        'Was wir bieten',
        'Ausbildung und Studium',
        'Vielfalt und Miteinander',
      ]);
      // A modal's content is built when it first opens.
      for (const modal of [modals[0], modals[3]] as EmployerModal[]) {
        modal.show();
        await oneEvent(modal, 'employer-modal-open');
        modal.close();
        await oneEvent(modal, 'employer-modal-close');
      }
      const location = modals[0];
      expect(inner(location, '[part="close-button"]').getAttribute('aria-label')).to.equal('Schließen');
      expect(readerText(inner(location, '[part="body"]'))).to.contain('Am Wasserturm 12').and.contain('Auf der Karte ansehen');
      const dated = inner(modals[3], 'time');
      expect(dated.textContent).to.equal(
        new Intl.DateTimeFormat('de-DE', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2026-03-14T00:00:00Z')),
      );
      expect(dated.textContent).to.equal('14. März 2026');

      // Its theme, not PHSO's purple and Arial.
      expect(getComputedStyle(inner(hero, '[part~="base"]')).backgroundColor).to.equal('rgb(11, 94, 85)');
      expect(getComputedStyle(inner(hero, '[part~="base"]')).borderRadius).to.equal('10px');
      const section = inner(root(el).querySelector('employer-section')!, 'section');
      expect(getComputedStyle(section).fontFamily).to.match(/^Verdana/);
      expect(getComputedStyle(section).color).to.equal('rgb(26, 36, 34)');
    });

    it('lists the jobs from its JSON-LD feed with German labels, salaries and dates in de-DE', async () => {
      const {listing} = await withJobs(asOnDemoPage(await loadAuenfeld()));
      const shadow = root(listing);
      expect(shadow.querySelector('[part~="title"]')!.textContent).to.equal('Aktuelle Stellenangebote');
      expect(shadow.querySelector('caption')!.textContent).to.equal('Aktuelle Stellenangebote');
      expect(shadow.querySelector('label[for="search"]')!.textContent).to.equal('Stellen durchsuchen');
      expect(shadow.querySelector('label[for="location"]')!.textContent).to.equal('Einsatzort');
      expect(shadow.querySelector('[part="location-filter"] option')!.textContent).to.equal('Alle Einsatzorte');
      expect(shadow.querySelector('[part~="status"]')!.textContent).to.equal('8 Stellen');
      const headers = [...shadow.querySelectorAll('thead [part="sort-button"]')].map((button) => button.textContent!.replace(/[↕▲▼]/g, '').trim());
      expect(headers).to.deep.equal(['Stelle', 'Einsatzort', 'Vergütung', 'Veröffentlicht']);

      const rows = [...shadow.querySelectorAll('tbody [part~="row"]')].map((row) =>
        [...row.children].map((cell) => cell.textContent!.trim()),
      );
      expect(rows).to.have.length(6);
      expect(rows[0]).to.deep.equal([
        'Ingenieurin / Ingenieur Netzplanung Strom (m/w/d)',
        'Auenfeld',
        `${euro(58000)} – ${euro(72000)} pro Jahr`,
        new Intl.DateTimeFormat('de-DE', {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date('2026-01-08')),
      ]);
      // German grouping and the sign after the number, whatever Intl's spaces.
      expect(rows[0][2]).to.match(/^58\.000\s€ – 72\.000\s€ pro Jahr$/);
      expect(rows[0][3]).to.equal('08.01.2026');
      expect(rows[1][2]).to.equal(`${euro(3350)} – ${euro(3900)} pro Monat`);
      expect(rows[4][2]).to.equal(`${euro(17.8, 2)} – ${euro(19.4, 2)} pro Stunde`);
      expect(rows[4][2]).to.match(/^17,80\s€ – 19,40\s€ pro Stunde$/);
      expect(rows[5][2]).to.equal(`${euro(15.5, 2)} pro Stunde`);

      const pagination = shadow.querySelector('[part="pagination"]')!;
      expect(pagination.getAttribute('aria-label')).to.equal('Seiten');
      const pageButtons = [...pagination.querySelectorAll('[part="page-button"]')];
      expect(pageButtons.map((button) => button.getAttribute('aria-label') ?? button.textContent!.trim())).to.deep.equal([
        'Vorherige',
        'Seite 1',
        'Seite 2',
        'Nächste',
      ]);

      const search = shadow.querySelector<HTMLInputElement>('[part="search"]')!;
      search.value = 'Wasser';
      search.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
      await until(() => shadow.querySelector('[part~="status"]')!.textContent === '1 Stelle passt', 3000, '"1 Stelle passt"');
    });

    it('shows a job at its own address in German, with its JobPosting', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&job=swa-2026-05`);
      const el = await mounted(asOnDemoPage(await loadAuenfeld()));
      const listing = root(el).querySelector<JobListing>('job-listing')!;
      await until(() => !!root(listing).querySelector('[part~="detail"]'), 5000, 'the job view');
      await listing.updateComplete;
      const detail = root(listing).querySelector('[part~="detail"]')!;
      expect(detail.querySelector('[part~="job-title"]')!.textContent).to.equal('Busfahrerin / Busfahrer im Stadtverkehr (m/w/d)');
      const facts = [...detail.querySelectorAll('[part="job-facts"] dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
      expect(facts).to.deep.equal([
        ['Einsatzort', 'Auenfeld-Süd'],
        ['Vergütung', `${euro(17.8, 2)} – ${euro(19.4, 2)} pro Stunde`],
        ['Beschäftigungsart', 'Vollzeit'],
        ['Veröffentlicht', '22.01.2026'],
      ]);
      expect(detail.querySelector('[part="back-link"]')!.textContent).to.equal('Zurück zu allen Stellen');
      const apply = detail.querySelector('[part="apply-link"]')!;
      expect(apply.textContent!.replace(apply.querySelector('.visually-hidden')!.textContent!, '').trim()).to.equal('Jetzt bewerben');
      const posting = JSON.parse(document.head.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(posting.title).to.equal('Busfahrerin / Busfahrer im Stadtverkehr (m/w/d)');
      await expect(el).to.be.accessible();
    });

    it('tells of a failing feed in German', async () => {
      const profile = asOnDemoPage(await loadAuenfeld()) as any;
      profile.jobs.feed.url = '/test-server/status/503';
      const errors = captureErrors();
      try {
        const el = await mounted(profile);
        const listing = root(el).querySelector<JobListing>('job-listing')!;
        await until(() => !!root(listing).querySelector('[part="error"]'), 5000, 'the error');
        expect(root(listing).querySelector('[part="error"] p')!.textContent).to.equal('Die Stellenliste hat mit einem Fehler geantwortet (503).');
        expect(root(listing).querySelector('[part="retry"]')!.textContent).to.equal('Erneut versuchen');
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('lets none of PHSO\'s words or the English defaults through', async () => {
      const {el} = await withJobs(asOnDemoPage(await loadAuenfeld()));
      const text = readerText(el);
      expect(text).to.contain('Stadtwerke Auenfeld').and.contain('Zahlen und Fakten');
      for (const word of ['PHSO', 'Ombudsman', 'Parliament', 'NHS', 'Manchester', '£']) expect(text).to.not.contain(word);
      for (const [key, english] of Object.entries(DEFAULT_LABELS)) {
        for (const piece of english.split(/\{\w+\}/).map((part) => part.trim()).filter((part) => part.length > 2)) {
          const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(text, `${key}: "${piece}"`).to.not.match(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u'));
        }
      }
      expect(text).to.not.contain('Latest jobs').and.not.contain('No job found');
    });

    for (const width of [320, 1280]) {
      it(`passes axe at ${width}px, with each modal open too, and never scrolls sideways`, async () => {
        await setViewport({width, height: 800});
        const {el} = await withJobs(asOnDemoPage(await loadAuenfeld()));
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        await expectAccessibleWithEachModal(el);
      });
    }

    it('follows the reader\'s dark mode, as its theme allows, and still passes axe', async function () {
      skipColorSchemeInFirefox(this);
      await emulateMedia({colorScheme: 'dark'});
      try {
        const {el} = await withJobs(asOnDemoPage(await loadAuenfeld()));
        expect(getComputedStyle(inner(el, '[part~="base"]')).backgroundColor).to.equal('rgb(23, 20, 26)');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });
  });

  describe('the demo', () => {
    it('shows it on its own German host page, the feed and logo found relative to that page', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Demo" src=${DEMO_PAGE} style="width: 1280px; height: 800px"></iframe>`);
      await until(() => !!frame.contentDocument?.URL.endsWith(DEMO_PAGE) && frame.contentDocument.readyState === 'complete', 8000, 'the demo page');
      const page = frame.contentDocument!;
      expect(page.documentElement.lang).to.equal('de-DE');
      expect(page.querySelector('a[href="index.html"]')!.textContent).to.equal('Parliamentary and Health Service Ombudsman');
      const microsite = page.querySelector('employer-microsite')!;
      expect(microsite.getAttribute('src'), 'the demo loads the profile the build copies into dist/').to.equal('../dist/profiles/auenfeld.json');
      const listing = () => microsite.shadowRoot?.querySelector('job-listing')?.shadowRoot;
      await until(() => (listing()?.querySelectorAll('[part~="row"]').length ?? 0) > 0, 8000, 'the demo jobs (is dist/profiles/auenfeld.json built?)');
      expect(listing()!.querySelector('[part~="status"]')!.textContent).to.equal('8 Stellen');
      const logo = microsite.shadowRoot!.querySelector('employer-hero')!.shadowRoot!.querySelector<HTMLImageElement>('[part="logo"]')!;
      await until(() => logo.complete && logo.naturalWidth > 0, 3000, 'the logo');
    });

    it('is linked from the PHSO demo page', async () => {
      const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
      const link = index.querySelector<HTMLAnchorElement>('a[href="auenfeld.html"]')!;
      expect(link.textContent).to.equal('Stadtwerke Auenfeld');
      expect(link.lang).to.equal('de-DE');
    });
  });
});

describe('no English on the German page, in every state (issue 11, item 6)', () => {
  /** Every English word of the default labels, and the codes feeds use, that `text` contains. */
  function englishIn(text: string): string[] {
    const pieces = Object.values(DEFAULT_LABELS)
      .flatMap((english) => english.split(/\{\w+\}/))
      .map((piece) => piece.replace(/[().]+$/, '').trim())
      .filter((piece) => piece.length > 2);
    const words = [...pieces, 'Latest jobs', 'No job found', 'FULL_TIME', 'PART_TIME', 'TEMPORARY', 'TELECOMMUTE', 'not JSON', 'expected'];
    return words.filter((word) => new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text));
  }

  const withFeed = async (url: string) => {
    const profile = asOnDemoPage(await loadAuenfeld()) as any;
    profile.jobs.feed = {url, format: 'auto'};
    return profile as EmployerProfile;
  };
  const listingOf = (el: EmployerMicrosite) => root(el).querySelector<JobListing>('job-listing')!;
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => (errors = captureErrors()));
  afterEach(() => {
    errors.restore();
    history.replaceState(null, '', `${location.pathname}${location.search.replace(/&job=[^&]*/, '')}`);
  });

  it('the list, with employment codes and remote work from the feed in the profile\'s words', async () => {
    const {el, listing} = await withJobs(await withFeed('/test/fixtures/feeds/json-ld-codes.json'));
    const text = readerText(el);
    expect(root(listing).querySelector('[part~="row"] td')!.textContent).to.equal('Ortsunabhängig');
    expect(englishIn(text)).to.deep.equal([]);
    expect(errors.calls).to.deep.equal([]);
  });

  /** The microsite on the page of job `id` of the feed with codes, and the facts that page lists. */
  async function jobPage(id: string): Promise<{el: EmployerMicrosite; facts: Array<string | null>}> {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=${id}`);
    const el = await mounted(await withFeed('/test/fixtures/feeds/json-ld-codes.json'));
    const listing = listingOf(el);
    await until(() => !!root(listing).querySelector('[part~="detail"]'), 5000, 'the job view');
    await listing.updateComplete;
    return {el, facts: [...root(listing).querySelectorAll('[part="job-facts"] dd')].map((dd) => dd.textContent)};
  }

  it('a job\'s page: its type and remote work in German', async () => {
    const {el, facts} = await jobPage('codes-1');
    expect(facts).to.include('Ortsunabhängig').and.include('Vollzeit');
    expect(englishIn(readerText(el))).to.deep.equal([]);
  });

  it('a job\'s page with several employment types', async () => {
    const {el, facts} = await jobPage('codes-2');
    expect(facts).to.include('Teilzeit, Befristet');
    expect(englishIn(readerText(el))).to.deep.equal([]);
  });

  it('the empty list', async () => {
    const el = await mounted(await withFeed('/test/fixtures/feeds/empty.json'));
    await until(() => !!root(listingOf(el)).querySelector('[part~="empty"]'), 5000, 'the empty state');
    expect(readerText(el)).to.contain('Zurzeit ist keine Stelle ausgeschrieben.');
    expect(englishIn(readerText(el))).to.deep.equal([]);
  });

  it('an unreadable feed: the German message without the parser\'s English detail, which goes to the console', async () => {
    const el = await mounted(await withFeed('/test/fixtures/feeds/garbage.txt'));
    const listing = listingOf(el);
    await until(() => !!root(listing).querySelector('[part="error"]'), 5000, 'the error');
    expect(root(listing).querySelector('[part="error"] p')!.textContent).to.equal('Die Stellenliste konnte nicht gelesen werden.');
    expect(englishIn(readerText(el))).to.deep.equal([]);
    expect(errors.calls).to.have.length(1);
    expect(String(errors.calls[0]![0])).to.contain('not JSON or XML');
  });

  it('a feed that fails', async () => {
    const el = await mounted(await withFeed('/test-server/status/500'));
    await until(() => !!root(listingOf(el)).querySelector('[part="error"]'), 5000, 'the error');
    expect(englishIn(readerText(el))).to.deep.equal([]);
  });

  it('while the feed loads', async () => {
    const el = await mounted(await withFeed('/test-server/slow?ms=2000&file=feeds/json-ld-codes.json'));
    const listing = listingOf(el);
    await until(() => root(listing).querySelector('[part~="status"]')?.textContent === 'Wird geladen …', 3000, 'the loading state');
    expect(englishIn(readerText(el))).to.deep.equal([]);
  });

  it('with a modal open', async () => {
    const {el} = await withJobs(asOnDemoPage(await loadAuenfeld()));
    const modal = root(el).querySelector('employer-modal')!;
    modal.show();
    await until(() => !!modal.shadowRoot!.querySelector('dialog')?.open, 3000, 'the modal');
    expect(englishIn(readerText(el))).to.deep.equal([]);
    modal.close();
  });
});


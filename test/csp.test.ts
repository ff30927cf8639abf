// The bundle on a locked-down host page: test/fixtures/csp/host.html, served by the
// test server with `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'` (test/server/fixture-server.js, route csp/).
// The page runs in an iframe; its own script (host.js) records violations and errors.
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

interface HostReport {
  violations: {directive: string; blocked: string; sample: string; source: string}[];
  errors: string[];
  policies: string[];
}

interface HostWindow extends Window {
  hostReport: HostReport;
  ran?: boolean;
}

interface Host {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  report: HostReport;
}

const shadow = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const shadowAll = (el: Element | null | undefined, selector: string) => [...(el?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

let host: Host | undefined;

/**
 * Whether the browser enforces Trusted Types. Firefox ESR 140 does not (it
 * ships in Firefox 145), so there the tests of what Trusted Types refuse are
 * skipped; the CSP itself is still enforced and tested.
 */
const trustedTypes = 'trustedTypes' in window;
function skipWithoutTrustedTypes(test: Mocha.Context): void {
  if (!trustedTypes) test.skip();
}

async function openHost(query = '', page = 'host.html'): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test-server/csp/${page}${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  host = {frame, win, doc: frame.contentDocument!, report: win.hostReport};
  return host;
}

/** The pieces of the microsite inside the host page, looked up afresh each time. */
function pieces(doc: Document) {
  const microsite = doc.querySelector('employer-microsite');
  const listing = shadow(microsite, 'job-listing');
  return {
    microsite,
    hero: shadow(microsite, 'employer-hero'),
    sections: shadowAll(microsite, 'employer-section'),
    modals: shadowAll(microsite, 'employer-modal'),
    listing,
    rows: shadowAll(listing, '[part~="row"]'),
    detail: shadow(listing, '[part~="detail"]'),
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')],
  };
}

const height = (el: Element | null) => el?.getBoundingClientRect().height ?? 0;

async function seeEverything(doc: Document): Promise<void> {
  await until(() => !!shadow(pieces(doc).hero, '[part="headline"]'), 5000, 'the hero');
  // The microsite adds its pieces one by one: wait for the last.
  await until(() => !!pieces(doc).listing && pieces(doc).sections.every((section) => !!shadow(section, 'h2')), 5000, 'the sections');
  const {hero, sections, modals} = pieces(doc);
  expect(shadow(hero, '[part="headline"]')!.textContent).to.equal('Opportunities with PHSO');
  expect(height(shadow(hero, '[part="headline"]'))).to.be.greaterThan(20);
  expect(sections.map((section) => section.getAttribute('section'))).to.deep.equal(['about-us', 'opportunities', 'how-to-apply']);
  for (const section of sections) expect(height(shadow(section, 'h2')), section.getAttribute('section')!).to.be.greaterThan(10);
  expect(modals).to.have.length(6);
}

/** Opens a modal from its trigger, as a reader would, and closes it with its button. */
async function openAndCloseModal(doc: Document): Promise<void> {
  const modal = pieces(doc).modals.find((el) => el.getAttribute('modal') === 'benefits')!;
  await until(() => !!shadow(modal, '[part~="trigger"]'), 5000, 'the benefits trigger');
  expect(height(shadow(modal, '[part~="trigger"]'))).to.be.at.least(44);
  shadow(modal, '[part~="trigger"]')!.click();
  await until(() => !!modal.shadowRoot!.querySelector('dialog')?.open, 5000, 'the modal to open');
  const dialog = modal.shadowRoot!.querySelector('dialog')!;
  expect(dialog.matches(':modal')).to.be.true;
  expect(shadow(modal, '[part~="title"]')!.textContent).to.equal('PHSO Benefits');
  expect(height(dialog)).to.be.greaterThan(100);
  shadow(modal, '[part~="close-button"]')!.click();
  await until(() => !dialog.open, 5000, 'the modal to close');
}

/** Follows the first job's title link, once the rows are there. */
async function openFirstJob(doc: Document): Promise<void> {
  await until(() => pieces(doc).rows.length > 0, 5000, 'the job rows');
  const link = shadow(pieces(doc).listing, 'a[part~="job-link"]')!;
  expect(link.textContent).to.equal('Caseworker');
  link.click();
}

async function seeJob(doc: Document): Promise<void> {
  await until(() => !!pieces(doc).detail && pieces(doc).jsonLd.length === 1, 5000, 'the job view and its JSON-LD');
  const {detail, jsonLd} = pieces(doc);
  expect(detail!.querySelector('h2, h3')!.textContent).to.equal('Caseworker');
  expect(height(detail)).to.be.greaterThan(100);
  const posting = JSON.parse(jsonLd[0]!.textContent!);
  expect(posting['@type']).to.equal('JobPosting');
  expect(posting.title).to.equal('Caseworker');
}

async function backToList(doc: Document, win: Window): Promise<void> {
  shadow(pieces(doc).listing, '[part~="back-link"]')!.click();
  await until(() => pieces(doc).rows.length > 0 && !pieces(doc).detail, 5000, 'the list again');
  expect(pieces(doc).jsonLd).to.have.length(0);
  expect(new URL(win.location.href).searchParams.has('job')).to.be.false;
}

function expectClean(report: HostReport): void {
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.errors, 'errors on the page').to.deep.equal([]);
}

/** Runs `act` in the host page and returns the error it threw, or undefined. */
function thrown(act: () => unknown): Error | undefined {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe('strict CSP and Trusted Types host page', () => {
  afterEach(() => {
    host?.frame.remove();
    host = undefined;
  });

  it('renders everything, opens a modal and a job page and goes back, with no violation and no error', async () => {
    const {doc, win, report} = await openHost();
    await seeEverything(doc);
    await until(() => pieces(doc).rows.length > 0, 5000, 'the job rows');
    expect(pieces(doc).rows).to.have.length(10);
    expect(pieces(doc).jsonLd).to.have.length(0);
    await openAndCloseModal(doc);
    await openFirstJob(doc);
    await seeJob(doc);
    expect(new URL(win.location.href).searchParams.get('job')).to.equal('phso-0001');
    await backToList(doc, win);
    expectClean(report);
    // Lit's templates go through Lit's policy; feed markup parsing and the JSON-LD text through ours.
    expect(report.policies).to.deep.equal(trustedTypes ? ['lit-html', 'employer-widgets'] : []);
  });

  it('works under hostile host CSS too, opened straight at a job address', async () => {
    const {doc, win, report} = await openHost('?hostile&job=phso-0001');
    expect(win.getComputedStyle(doc.querySelector('h1')!).display, 'the hostile sheet applied').to.equal('inline');
    await seeEverything(doc);
    await seeJob(doc);
    await openAndCloseModal(doc);
    await backToList(doc, win);
    expect(height(pieces(doc).rows[0]!)).to.be.greaterThan(10);
    expectClean(report);
  });

  it('works where the host allows the README\'s policies by name (trusted-types lit-html employer-widgets)', async () => {
    const {doc, win, report} = await openHost('?trusted-types=lit-html%20employer-widgets');
    await seeEverything(doc);
    await openAndCloseModal(doc);
    await openFirstJob(doc);
    await seeJob(doc);
    await backToList(doc, win);
    expectClean(report);
  });

  it('takes the bundle twice under a policy allowlist with allow-duplicates; without it the second copy throws', async function () {
    skipWithoutTrustedTypes(this);
    const allowed = await openHost(`?trusted-types=${encodeURIComponent("lit-html employer-widgets 'allow-duplicates'")}`, 'host-twice.html');
    await seeEverything(allowed.doc);
    await openFirstJob(allowed.doc);
    await seeJob(allowed.doc);
    // The second copy's core arrives when its entry has run, which may be after the first copy has rendered.
    await until(() => allowed.report.policies.length === 3, 5000, "the second copy's lit-html policy");
    expectClean(allowed.report);
    expect([...allowed.report.policies].sort()).to.deep.equal(['employer-widgets', 'lit-html', 'lit-html']);
    allowed.frame.remove();

    const strict = await openHost('?trusted-types=lit-html%20employer-widgets', 'host-twice.html');
    await seeEverything(strict.doc);
    expect(strict.report.errors.join('\n')).to.contain('lit-html');
  });

  it('still shows a job where the host allows lit-html only: the description as text, no JSON-LD, no throw', async function () {
    skipWithoutTrustedTypes(this);
    const {doc, report} = await openHost('?trusted-types=lit-html&job=phso-0001');
    await seeEverything(doc);
    await until(() => !!pieces(doc).detail?.querySelector('.description'), 5000, 'the job view');
    const description = pieces(doc).detail!.querySelector('.description')!;
    expect(description.textContent).to.contain('Sample vacancy for the demo.');
    expect(description.querySelector('ul')).to.equal(null);
    expect(pieces(doc).jsonLd).to.have.length(0);
    expect(report.errors).to.deep.equal([]);
    // Violation events are queued, so they may arrive after the view.
    await until(() => report.violations.some((violation) => violation.directive === 'trusted-types'), 3000, 'the trusted-types violation');
  });

  it('really applies the policy: inline style, style attributes and eval are refused', async () => {
    const {doc, win, report} = await openHost();
    await seeEverything(doc);
    expectClean(report);

    const style = doc.createElement('style');
    style.append(doc.createTextNode('h1 { color: rgb(1, 2, 3); }'));
    doc.head.append(style);
    const attributed = doc.createElement('p');
    attributed.setAttribute('style', 'color: rgb(1, 2, 3)');
    doc.body.append(attributed);
    const evalError = thrown(() => (win as unknown as {eval: (code: string) => unknown}).eval('1 + 1'));

    await until(() => report.violations.length >= 3, 3000, 'three violations');
    expect(win.getComputedStyle(doc.querySelector('h1')!).color).to.not.equal('rgb(1, 2, 3)');
    expect(win.getComputedStyle(attributed).color).to.not.equal('rgb(1, 2, 3)');
    expect(evalError?.name).to.equal('EvalError');
    const directives = report.violations.map((violation) => violation.directive);
    expect(directives).to.include.members(['style-src-elem', 'style-src-attr']);
    expect(directives.some((directive) => directive === 'script-src' || directive === 'require-trusted-types-for')).to.be.true;
    attributed.remove();
    style.remove();
  });

  it('really enforces Trusted Types: HTML and script strings are refused', async function () {
    skipWithoutTrustedTypes(this);
    const {doc, win, report} = await openHost();
    await seeEverything(doc);
    const div = doc.createElement('div');
    expect(thrown(() => (div.innerHTML = '<b>x</b>'))?.name).to.equal('TypeError');
    expect(div.childNodes).to.have.length(0);
    const script = doc.createElement('script');
    expect(thrown(() => (script.text = 'window.ran = true'))?.name).to.equal('TypeError');
    // A script built from a text node gets past the setters but not past the check at insertion.
    const built = doc.createElement('script');
    built.append(doc.createTextNode('window.ran = true'));
    doc.body.append(built);
    expect(win.ran).to.equal(undefined);
    // Violation events are queued, so they arrive a little later.
    await until(() => report.violations.length >= 3, 3000, 'three violations');
    expect(report.violations.map((violation) => `${violation.directive} ${violation.sample.split('|')[0]}`)).to.deep.equal([
      'require-trusted-types-for Element innerHTML',
      'require-trusted-types-for HTMLScriptElement text',
      'require-trusted-types-for HTMLScriptElement text',
    ]);
    built.remove();
  });
});

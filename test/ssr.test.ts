// Pre-rendered pages in the browser (issue 13): a site built by dist/ssr.js's buildSite
// (the render command's pages), served by the test server (route ssr/, see
// test/server/fixture-server.js) into an iframe, with scripts off and on.
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {jobFileName} from '../src/jobs/job-files.js';
import {PAYLOADS} from './hardening/payloads.js';
import {until} from './helpers.js';

declare global {
  interface Window {
    __xssCalls?: unknown[];
  }
}

type Frame = {frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document};

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function open(path: string, sandbox?: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  // Inside the test page's viewport (800 × 600), where sendMouse can reach every point.
  frame.style.cssText = 'width: 780px; height: 560px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test-server/ssr/${path}`;
  document.body.prepend(frame);
  frames.push(frame);
  await loaded;
  return {frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument!};
}

/** Every element of the page, through open shadow roots. */
function deep(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deep(el.shadowRoot));
  }
  return found;
}

/** Every text node of the page, through open shadow roots. */
function texts(root: Document | ShadowRoot): Text[] {
  const found: Text[] = [];
  for (const el of [root, ...deep(root)]) {
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
  }
  return found;
}

const inShadow = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const allInShadow = (el: Element | null | undefined, selector: string) => [...(el?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

/** A real click at the middle of `el`, inside the iframe. */
async function click(target: Frame, el: Element): Promise<void> {
  const view = target.win.innerHeight;
  const seen = el.getBoundingClientRect();
  if (seen.top < 0 || seen.bottom > view) el.scrollIntoView({block: 'center'});
  const box = el.getBoundingClientRect();
  const outer = target.frame.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(outer.left + box.left + box.width / 2), Math.round(outer.top + box.top + box.height / 2)]});
}

/** The pieces of the pre-rendered microsite, looked up afresh. */
function pieces(doc: Document) {
  const microsite = doc.querySelector('employer-microsite');
  const listing = inShadow(microsite, 'job-listing');
  return {
    microsite,
    hero: inShadow(microsite, 'employer-hero'),
    modals: allInShadow(microsite, 'employer-modal'),
    listing,
    rows: allInShadow(listing, '[part~="row"]'),
  };
}

/** Whether this browser runs HTML's invoker commands (`commandfor`/`command`). */
const commandsIn = (win: Window) => 'command' in (win as Window & typeof globalThis).HTMLButtonElement.prototype;

/**
 * Loads `path` without its script, holds every node, then adds the script and
 * waits for every element to hydrate. Returns the held nodes and what the
 * page logged as errors.
 */
async function hydrate(path: string) {
  const target = await open(`${path}${path.includes('?') ? '&' : '?'}noscript`);
  const {win, doc} = target;
  const errors: string[] = [];
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const logError = win.console.error;
  win.console.error = (...parts: unknown[]) => {
    errors.push(parts.map(String).join(' '));
    logError.apply(win.console, parts);
  };
  const elements = deep(doc);
  const textNodes = texts(doc);
  expect(win.customElements.get('employer-profile'), 'no script has run yet').to.equal(undefined);
  const script = doc.createElement('script');
  script.type = 'module';
  const src = `/test-server/ssr/${path.split('/')[0]}/employer-widgets.js`;
  // Under `require-trusted-types-for 'script'` the test's own script URL needs a policy too.
  const policy = (win as {trustedTypes?: {createPolicy(name: string, rules: object): {createScriptURL(url: string): string}}}).trustedTypes
    ?.createPolicy('ssr-test', {createScriptURL: (url: string) => url});
  script.src = policy ? policy.createScriptURL(src) : src;
  doc.head.append(script);
  await until(() => !!win.customElements.get('job-listing'), 10_000, 'the script');
  const custom = () => deep(doc).filter((el) => el.localName.includes('-') && win.customElements.get(el.localName));
  const hydrated = (el: Element) => (el as Element & {hasUpdated: boolean}).hasUpdated;
  // The modals and the listing hydrate when someone reaches for them: reach for each.
  await until(() => {
    for (const el of custom().filter((el) => !hydrated(el))) el.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
    return custom().every(hydrated);
  }, 10_000, 'every element hydrated');
  await Promise.all(custom().map((el) => (el as Element & {updateComplete: Promise<unknown>}).updateComplete));
  return {target, elements, textNodes, errors, violations, script};
}

describe('pre-rendered pages with scripts off (an iframe sandboxed without allow-scripts)', () => {
  it('shows the whole microsite: hero, sections, modal buttons and the first page of jobs with real links', async () => {
    const {win, doc} = await open('phso/index.html', 'allow-same-origin');
    expect(win.customElements.get('employer-microsite'), 'no script ran').to.equal(undefined);
    const {microsite, hero, modals, rows} = pieces(doc);
    expect(microsite!.shadowRoot, 'declarative shadow DOM').to.exist;
    const headline = inShadow(hero, '[part="headline"]')!;
    expect(headline.textContent).to.equal('Opportunities with PHSO');
    expect(headline.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(headline.checkVisibility()).to.equal(true);
    expect(getComputedStyle(inShadow(hero, '[part~="base"]')!).backgroundColor, 'the theme reached the hero').to.equal('rgb(91, 31, 105)');
    // The frame is narrower than 768px: the menu button cannot work without scripts, so the links show instead.
    expect(inShadow(hero, '[part="menu-button"]')!.checkVisibility(), 'no menu button').to.equal(false);
    expect(inShadow(hero, '[part="nav-list"] a')!.checkVisibility(), 'the section links').to.equal(true);
    const sections = allInShadow(microsite, 'employer-section');
    expect(sections.map((section) => inShadow(section, 'h2')?.textContent)).to.deep.equal(['About us', 'Opportunities with PHSO', 'How to apply']);
    for (const section of sections) expect(inShadow(section, 'section')!.checkVisibility()).to.equal(true);
    expect(modals.map((modal) => inShadow(modal, '[part~="trigger"]')!.checkVisibility())).to.deep.equal(modals.map(() => true));
    expect(rows).to.have.length(10);
    const link = rows[0].querySelector<HTMLAnchorElement>('[part~="job-link"]')!;
    expect(link.textContent).to.equal('Caseworker');
    expect(new URL(link.href).pathname).to.equal('/test-server/ssr/phso/jobs/phso-0001.html');
    expect(link.checkVisibility()).to.equal(true);
  });

  it('opens a modal from its button: as a modal through the invoker command, else as a popover (Firefox 125–143)', async () => {
    const target = await open('phso/index.html', 'allow-same-origin');
    const {modals} = pieces(target.doc);
    const benefits = modals.find((modal) => modal.getAttribute('modal') === 'benefits')!;
    const dialog = inShadow(benefits, 'dialog') as HTMLDialogElement;
    const trigger = inShadow(benefits, '[part~="trigger"]')!;
    expect(dialog.textContent).to.include('Civil Service Pension');
    const shown = () => dialog.open || dialog.matches(':popover-open');
    await click(target, trigger);
    await until(shown, 2000, 'the dialog to open');
    // Chromium 135+ and Firefox 144+ run the command (a command wins over popovertarget); Firefox ESR 140 the popover.
    const commands = commandsIn(target.win);
    expect(dialog.matches(':modal'), 'modal where commands run').to.equal(commands);
    expect(dialog.matches(':popover-open'), 'a popover where they do not').to.equal(!commands);
    const title = inShadow(benefits, '[part~="title"]')!;
    expect(title.checkVisibility()).to.equal(true);
    const box = dialog.getBoundingClientRect();
    expect(box.top, 'inside the viewport').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(target.win.innerHeight);
    expect(title.getBoundingClientRect().top - box.top, 'its title at its top').to.be.below(80);
    // Focus moves into the dialog (its close button), and Escape closes it with focus back on the button.
    expect(benefits.shadowRoot!.activeElement).to.equal(inShadow(benefits, '[part~="close-button"]'));
    await sendKeys({press: 'Escape'});
    await until(() => !shown(), 2000, 'Escape to close the dialog');
    expect(benefits.shadowRoot!.activeElement).to.equal(trigger);
    await click(target, trigger);
    await until(shown, 2000, 'the dialog to open again');
    await click(target, inShadow(benefits, '[part~="close-button"]')!);
    await until(() => !shown(), 2000, 'the close button to close the dialog');
  });

  it('shows a job page whole: title, facts, description, Apply and the link back', async () => {
    const {doc} = await open('phso/jobs/phso-0001.html', 'allow-same-origin');
    const listing = doc.querySelector('employer-profile')!.querySelector('job-listing')!;
    expect(inShadow(listing, '[part~="job-title"]')!.textContent).to.equal('Caseworker');
    expect(inShadow(listing, '[part~="job-facts"]')!.textContent).to.include('£30,000 – £34,000 a year');
    expect(inShadow(listing, '[part~="description"]')!.textContent).to.include('Assess complaints and gather evidence');
    expect(inShadow(listing, '[part~="apply-link"]')!.getAttribute('href')).to.equal('https://jobs.example.com/phso/phso-0001');
    expect(inShadow(listing, '[part~="back-link"]')!.getAttribute('href')).to.equal('../index.html');
    expect(inShadow(listing, '[part~="detail"]')!.checkVisibility()).to.equal(true);
    expect(doc.title).to.equal('Caseworker at Parliamentary and Health Service Ombudsman');
  });
});

describe('pre-rendered pages with scripts on', () => {
  it('hydrates the microsite in place: every node kept, no error', async () => {
    const {target, elements, textNodes, errors, script} = await hydrate('phso/index.html');
    const now = new Set(deep(target.doc).filter((el) => el !== script));
    expect(elements.filter((el) => !now.has(el)).map((el) => el.localName), 'elements replaced').to.deep.equal([]);
    const held = new Set(elements);
    expect([...now].filter((el) => !held.has(el)).map((el) => el.outerHTML.slice(0, 80)), 'elements added').to.deep.equal([]);
    expect(textNodes.filter((node) => !node.isConnected).map((node) => node.data), 'text replaced').to.deep.equal([]);
    const hero = pieces(target.doc).hero;
    expect(inShadow(hero, '[part="menu-button"]')!.checkVisibility(), 'the menu button, with scripts').to.equal(true);
    const fallback = pieces(target.doc).modals.flatMap((modal) => allInShadow(modal, '[popovertarget], [popover]'));
    expect(fallback.map((el) => el.localName), 'the no-script popover fallback, gone once hydrated').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('then searches, pages and opens modals as in script mode', async () => {
    const {target, errors} = await hydrate('phso/index.html');
    const {doc} = target;
    const search = inShadow(pieces(doc).listing, '[part~="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({type: 'Legal'});
    await until(() => pieces(doc).rows.length === 1, 3000, 'the search');
    expect(pieces(doc).rows[0].textContent).to.include('Legal Adviser');
    const benefits = pieces(doc).modals.find((modal) => modal.getAttribute('modal') === 'benefits')!;
    const opened = new Promise((resolve) => benefits.addEventListener('employer-modal-open', resolve, {once: true}));
    await click(target, inShadow(benefits, '[part~="trigger"]')!);
    await opened;
    const dialog = inShadow(benefits, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(target.win.location.hash).to.equal('#benefits');
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 2000, 'Escape to close the dialog');
    // The dialog's close event, which restores the address, comes in a task after it closes.
    await until(() => target.win.location.hash === '', 2000, 'the address restored');
    expect(errors).to.deep.equal([]);
  });

  it('hydrates a job page in place, keeping its one JSON-LD in <head>', async () => {
    const {target, elements, errors} = await hydrate('phso/jobs/phso-0001.html');
    const now = new Set(deep(target.doc));
    expect(elements.filter((el) => !now.has(el)).map((el) => el.localName)).to.deep.equal([]);
    const scripts = [...target.doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).to.have.length(1);
    expect(scripts[0].parentElement).to.equal(target.doc.head);
    expect(JSON.parse(scripts[0].textContent!).title).to.equal('Caseworker');
    expect(target.doc.title, 'the title the server wrote').to.equal('Caseworker at Parliamentary and Health Service Ombudsman');
    expect(errors).to.deep.equal([]);
  });

});

describe("pre-rendered pages under a strict policy without 'unsafe-inline' (style-src lists the hashes render prints)", () => {
  /** The inline <style>s of the page, through shadow roots, and those the policy refused (a refused one has no sheet). */
  const styles = (doc: Document) => {
    const all = deep(doc).filter((el): el is HTMLStyleElement => el.localName === 'style');
    return {all, refused: all.filter((style) => !style.sheet)};
  };
  const violationsOf = (win: Window) => (win as Window & {__violations?: string[]}).__violations;

  for (const path of ['phso/index.html', 'phso/jobs/phso-0001.html']) {
    it(`applies every inline style of ${path} with scripts off`, async () => {
      const {doc} = await open(`${path}?csp`, 'allow-same-origin');
      const {all, refused} = styles(doc);
      expect(all.length).to.be.greaterThan(3);
      expect(refused.map((style) => style.textContent!.slice(0, 60))).to.deep.equal([]);
      // An element's :host rule makes it a block; unstyled, a custom element is inline.
      const host = doc.querySelector('employer-microsite') ?? doc.querySelector('job-listing')!;
      expect(getComputedStyle(host).display).to.equal('block');
    });
  }

  it('refuses them without the hashes: the check above can fail', async () => {
    const {doc} = await open('phso/index.html?csp=no-hashes', 'allow-same-origin');
    const {all, refused} = styles(doc);
    expect(refused.length).to.equal(all.length);
    expect(getComputedStyle(inShadow(pieces(doc).hero, '[part~="base"]')!).backgroundColor, 'no theme').to.not.equal('rgb(91, 31, 105)');
  });

  it('hydrates the index with Trusted Types, with no violation from the first byte on, and its modals and search work', async () => {
    const {target, violations, errors} = await hydrate('phso/index.html?csp&watch');
    const {doc, win} = target;
    expect(violationsOf(win), 'the watcher ran first').to.be.an('array');
    expect(styles(doc).refused).to.deep.equal([]);
    expect(getComputedStyle(inShadow(pieces(doc).hero, '[part~="base"]')!).backgroundColor, 'the theme').to.equal('rgb(91, 31, 105)');
    const benefits = pieces(doc).modals.find((modal) => modal.getAttribute('modal') === 'benefits')!;
    await click(target, inShadow(benefits, '[part~="trigger"]')!);
    await until(() => (inShadow(benefits, 'dialog') as HTMLDialogElement).open, 3000, 'the dialog to open');
    await sendKeys({press: 'Escape'});
    const search = inShadow(pieces(doc).listing, '[part~="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({type: 'Legal'});
    await until(() => pieces(doc).rows.length === 1, 3000, 'the search');
    expect([...violationsOf(win)!, ...violations]).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('hydrates a job page with Trusted Types, with no violation from the first byte on', async () => {
    const {target, violations, errors} = await hydrate('phso/jobs/phso-0001.html?csp&watch');
    expect(styles(target.doc).refused).to.deep.equal([]);
    expect([...violationsOf(target.win)!, ...violations]).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});

describe('pre-rendered pages hydrate what is needed first', () => {
  /** Loads `path` with its script; resolves once the hero (or the job page's profile) has hydrated. */
  async function started(path: string) {
    // The pointer rests outside the frame: content appearing under it would be pointed at.
    await sendMouse({type: 'move', position: [799, 599]});
    const target = await open(path);
    const first = () => pieces(target.doc).hero ?? target.doc.querySelector('employer-profile');
    await until(() => !!(first() as (Element & {hasUpdated?: boolean}) | null)?.hasUpdated, 10_000, 'the first element hydrated');
    // Every element that hydrates at once does so in a task of its own: let them all run.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve));
    return target;
  }
  const hydrated = (el: Element | null) => !!(el as (Element & {hasUpdated?: boolean}) | null)?.hasUpdated;

  it('leaves the modals until someone reaches for one, and the listing until it nears the viewport', async () => {
    const target = await started('phso/index.html');
    const {doc, win} = target;
    const {modals, listing} = pieces(doc);
    expect(allInShadow(pieces(doc).microsite, 'employer-section').every(hydrated), 'the sections').to.equal(true);
    expect(modals.map(hydrated), 'the modals wait').to.deep.equal(modals.map(() => false));
    expect(listing!.getBoundingClientRect().top, 'the listing sits more than half a viewport below').to.be.above(win.innerHeight * 1.5);
    expect(hydrated(listing), 'the listing waits').to.equal(false);
    // Pointing at a modal's button hydrates that modal, and only that one.
    const location = modals[0];
    const trigger = inShadow(location, '[part~="trigger"]')!;
    trigger.scrollIntoView({block: 'center'});
    const box = trigger.getBoundingClientRect();
    const outer = target.frame.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(outer.left + box.left + 5), Math.round(outer.top + box.top + 5)]});
    await until(() => hydrated(location), 3000, 'the pointed modal to hydrate');
    expect(modals.slice(1).map(hydrated)).to.deep.equal(modals.slice(1).map(() => false));
    // Tabbing into one hydrates it.
    inShadow(modals[1], '[part~="trigger"]')!.focus();
    await until(() => hydrated(modals[1]), 3000, 'the focused modal to hydrate');
    // Scrolling towards the listing hydrates it, with its rows kept.
    const row = pieces(doc).rows[0];
    listing!.scrollIntoView({block: 'start'});
    await until(() => hydrated(listing), 5000, 'the listing to hydrate');
    await (listing as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(pieces(doc).rows[0]).to.equal(row);
  });

  it('fetches nothing beyond its one script until what the server sent has painted', async () => {
    for (const path of ['phso/index.html', 'phso/jobs/phso-0001.html']) {
      const target = await started(path);
      const painted = target.win.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      const chunks = target.win.performance
        .getEntriesByType('resource')
        .filter((entry) => /\/employer-widgets\.[\w-]+\.js$/.test(entry.name));
      expect(chunks.map((entry) => entry.name.replace(/.*\//, '')), path).to.include('employer-widgets.hydrate.js');
      // A page that has not painted two seconds after its script came goes on without the paint (a busy
      // test browser can leave a page without frames for that long).
      const script = target.win.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/employer-widgets.js'));
      const waited = Math.min(painted, (script as PerformanceResourceTiming).responseEnd + 2000);
      const early = chunks.filter((entry) => entry.startTime < waited).map((entry) => entry.name.replace(/.*\//, ''));
      expect(early, `${path}: chunks asked for before the paint (at ${Math.round(painted)} ms) or two seconds after the script`).to.deep.equal([]);
    }
  });

  it('opens a modal that a click reached before it hydrated, through the element (event and address)', async () => {
    const target = await started('phso/index.html');
    const benefits = pieces(target.doc).modals.find((modal) => modal.getAttribute('modal') === 'benefits')!;
    expect(hydrated(benefits)).to.equal(false);
    const opened = new Promise((resolve) => benefits.addEventListener('employer-modal-open', resolve, {once: true}));
    await click(target, inShadow(benefits, '[part~="trigger"]')!);
    await opened;
    const dialog = inShadow(benefits, 'dialog') as HTMLDialogElement;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(target.win.location.hash).to.equal('#benefits');
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 2000, 'Escape to close the dialog');
  });

  it('opens the modal a page is loaded at (#benefits) at once', async () => {
    const target = await open('phso/index.html#benefits');
    const benefits = pieces(target.doc).modals.find((modal) => modal.getAttribute('modal') === 'benefits')!;
    await until(() => (inShadow(benefits, 'dialog') as HTMLDialogElement).open, 10_000, 'the modal to open');
    expect(inShadow(benefits, 'dialog')!.matches(':modal')).to.equal(true);
  });

  it("hydrates a job page when someone reaches for it, its chunks (the listing's and the job's view) loaded meanwhile: a click on Apply fires job-apply", async () => {
    const target = await started('phso/jobs/phso-0001.html');
    const listing = target.doc.querySelector('job-listing')!;
    const fetched = (name: string) => target.win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(`/employer-widgets.${name}.js`));
    await until(() => fetched('job-listing-view') && fetched('job-view'), 5000, "the listing's chunk and the job view's loaded");
    expect(hydrated(listing), 'the job page waits').to.equal(false);
    const applied = new Promise<Event>((resolve) =>
      listing.addEventListener('job-apply', (event) => (event.preventDefault(), resolve(event)), {once: true}),
    );
    await click(target, inShadow(listing, '[part~="apply-link"]')!);
    const event = (await applied) as CustomEvent<{id: string}>;
    expect(event.detail.id).to.equal('phso-0001');
    expect(hydrated(listing)).to.equal(true);
    // Hydration left focus where the click put it, not on the job's heading.
    expect(listing.shadowRoot!.activeElement?.id).to.not.equal('job-heading');
    expect(target.doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });
});

describe('pre-rendered pages with the XSS corpus', () => {
  beforeEach(() => {
    window.__xssCalls = [];
  });

  /** Hrefs and srcs in the page that are not http(s), mailto, tel, relative or fragment. */
  const badUrls = (doc: Document) =>
    deep(doc)
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)))
      .filter((value): value is string => value !== null && /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^(https?|mailto|tel):/i.test(value.trim()));

  it('runs no payload with scripts on, on the index and job pages, and writes no dangerous URL', async () => {
    for (const path of ['xss/index.html', ...PAYLOADS.slice(0, 3).map(({text}) => `xss/jobs/${jobFileName(text)}.html`)]) {
      const target = await open(`${path}?sentinel`);
      await until(() => !!target.win.customElements.get('job-listing'), 10_000, 'the script');
      await (target.doc.querySelector('employer-microsite, employer-profile') as Element & {updateComplete: Promise<unknown>}).updateComplete;
      expect(badUrls(target.doc), path).to.deep.equal([]);
    }
    const {doc} = await open('xss/index.html?sentinel');
    await until(() => !!doc.defaultView!.customElements.get('job-listing'), 10_000, 'the script');
    for (const modal of pieces(doc).modals) (modal as unknown as {show(): void}).show();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__xssCalls).to.deep.equal([]);
  });

  it('holds no dangerous URL with scripts off', async () => {
    const {doc} = await open('xss/index.html', 'allow-same-origin');
    expect(badUrls(doc)).to.deep.equal([]);
    expect(pieces(doc).rows.length).to.equal(10);
  });
});

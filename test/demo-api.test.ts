import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

// demo/api.html: the API reference built from custom-elements.json.
const TAGS = ['employer-profile', 'employer-hero', 'employer-section', 'employer-modal', 'job-listing', 'employer-microsite'];

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  errors: string[];
}

interface AxeResults {
  violations: Array<{id: string; nodes: Array<{target: unknown}>}>;
}

/**
 * Opens the page in an iframe and waits until it has been built. The console and
 * error hooks go on the iframe's first window: navigating from the initial
 * about:blank to a same-origin page keeps that Window object (HTML "navigate",
 * the Window reuse rule), so they see the page's own scripts from the start.
 */
async function open(width = 1280, prepare?: (win: Window & typeof globalThis) => void): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.src = '/demo/api.html';
  document.body.append(frame);
  const errors: string[] = [];
  const win = frame.contentWindow! as Window & typeof globalThis;
  prepare?.(win);
  win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => errors.push(`error event: ${(event as ErrorEvent).message ?? (event.target as Element)?.outerHTML}`), true);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  await until(() => doc.getElementById('api')?.getAttribute('aria-busy') === 'false', 5000, 'the API page');
  return {frame, doc, errors};
}

/** Every request the page made that did not answer 2xx/3xx (the page's own, its CSS, scripts and the manifest). */
function failedRequests(page: Page): string[] {
  const win = page.frame.contentWindow!;
  const entries = [
    ...win.performance.getEntriesByType('navigation'),
    ...win.performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries.filter((entry) => !(entry.responseStatus >= 200 && entry.responseStatus < 400)).map((entry) => `${entry.responseStatus} ${entry.name}`);
}

/** The first-column texts of the table under `title` in the section of `tag`. */
function column(page: Page, tag: string, title: string): string[] {
  const headings = [...page.doc.querySelectorAll(`#${tag} h3`)];
  const heading = headings.find((h3) => h3.textContent === title);
  expect(heading, `${tag} has a "${title}" table`).to.exist;
  const table = page.doc.querySelector(`table[aria-labelledby="${heading!.id}"]`)!;
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => row.cells[0].textContent!);
}

async function axe(page: Page): Promise<AxeResults> {
  const win = page.frame.contentWindow! as Window & {axe?: {run: (context: Node) => Promise<AxeResults>}};
  const script = page.doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
  page.doc.head.append(script);
  await loaded;
  return win.axe!.run(page.doc);
}

describe('demo/api.html', () => {
  let page: Page | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('shows each of the six elements, and nothing without a tag', async () => {
    page = await open();
    const sections = [...page.doc.querySelectorAll('section.api-element')];
    expect(sections.map((section) => section.id).sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      expect(page.doc.getElementById(`${tag}-heading`)!.textContent).to.equal(`<${tag}>`);
      expect(page.doc.querySelector(`.api-contents a[href="#${tag}"]`), `contents link to ${tag}`).to.exist;
    }
    expect(page.doc.body.textContent).not.to.contain('ProfileConsumer');
    expect(page.doc.title).to.equal('employer-widgets API');
  });

  it("shows <job-listing>'s attributes, event and CSS custom properties from the manifest", async () => {
    page = await open();
    expect(column(page, 'job-listing', 'Attributes')).to.include.members(['page-size', 'src', 'format', 'max-bytes']);
    expect(column(page, 'job-listing', 'Properties')).to.include.members(['jobs', 'profile']);
    expect(column(page, 'job-listing', 'Events')).to.deep.equal(['job-apply']);
    expect(column(page, 'job-listing', 'CSS custom properties')).to.include('--employer-color-primary');
    expect(column(page, 'job-listing', 'CSS parts')).to.include.members(['row', 'apply-link']);
    const pageSize = [...page.doc.querySelectorAll<HTMLTableRowElement>('#job-listing tr')].find((row) => row.cells[0].textContent === 'page-size')!;
    expect(pageSize.textContent).to.contain('Jobs per page');
  });

  it("shows <employer-modal>'s methods and events, and no private member", async () => {
    page = await open();
    expect(column(page, 'employer-modal', 'Methods')).to.include.members(['show()', 'close()']);
    expect(column(page, 'employer-modal', 'Events')).to.deep.equal(['employer-modal-open', 'employer-modal-close']);
    const text = page.doc.getElementById('employer-modal')!.textContent!;
    for (const hidden of ['handleDialogClose', 'renderProfile', 'hashBefore']) expect(text).not.to.contain(hidden);
  });

  it('sets manifest text as text: inline code becomes <code>, nothing is parsed as HTML', async () => {
    page = await open();
    const description = [...page.doc.querySelectorAll('#employer-profile p')].find((p) => p.textContent!.includes('a child <script'))!;
    expect([...description.querySelectorAll('code')].map((code) => code.textContent)).to.include('<script type="application/json">');
    expect(page.doc.querySelector('#api script, #api [onerror]')).to.equal(null);
  });

  it('loads with no failed request and no error', async () => {
    page = await open();
    expect(failedRequests(page)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(page.doc.querySelector('.api-error')).to.equal(null);
  });

  for (const width of [320, 1280]) {
    it(`passes axe at ${width}px and never scrolls sideways`, async () => {
      page = await open(width);
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(width);
      const {violations} = await axe(page);
      expect(violations.map(({id, nodes}) => `${id}: ${nodes.map((node) => String(node.target)).join(', ')}`)).to.deep.equal([]);
    });
  }

  it('says so in the page, and logs one error, when the manifest cannot be read', async () => {
    // The manifest request gets a real 404 from the test server.
    page = await open(1280, (win) => {
      const realFetch = win.fetch.bind(win);
      win.fetch = (input, init) =>
        realFetch(String(input).endsWith('/custom-elements.json') ? '/test-server/status/404' : input, init);
    });
    expect(page.doc.querySelector('[role="alert"]')!.textContent).to.contain('could not be built');
    expect(page.doc.querySelectorAll('section.api-element')).to.have.length(0);
    expect(page.errors).to.have.length(1);
  });
});

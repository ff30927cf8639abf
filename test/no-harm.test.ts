// No harm to the host page (issue 12): host pages in /host/ load the built script and
// its chunks from a folder of their own (/cdn/<folder>/), with the README's
// :not(:defined) rule, and content and a footer below the widget
// (test/fixtures/host/page.html). The page records where its footer is in every frame
// from the first on, and the layout shifts where the browser reports them (Chromium).
import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {until} from './helpers.js';

interface HostRecord {
  frames: {top: number; height: number}[];
  shifts: number | null;
  errors: string[];
  stop?: boolean;
}

interface Host {
  frame: HTMLIFrameElement;
  doc: Document;
  record: HostRecord;
}

let host: Host | undefined;

async function openHost(query: string, size = {width: 1024, height: 768}): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  // In view, so that it gets animation frames (browsers throttle those of off-screen frames).
  frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0; z-index: 1';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/host/page.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {hostRecord: HostRecord};
  host = {frame, doc: frame.contentDocument!, record: win.hostRecord};
  return host;
}

const shadow = (el: Element | null | undefined, selector: string) => el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const rowsOf = (listing: Element | null) => [...(listing?.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])];

/** Waits for a few more readings, stops the recording and checks that the footer never moved in view. */
async function expectStill(record: HostRecord): Promise<void> {
  const frames = record.frames.length;
  await until(() => record.frames.length >= frames + 10, 5000, 'ten more readings');
  record.stop = true;
  const last = record.frames.at(-1)!;
  const moved = record.frames.filter((frame) => frame.top !== last.top);
  // Wherever it moved, it was out of the first viewport before and after.
  const seen = moved.filter((frame) => frame.top < frame.height || last.top < frame.height);
  expect(seen.map((frame) => `${frame.top} → ${last.top} (viewport ${frame.height})`), 'the footer moving in view').to.deep.equal([]);
  if (record.shifts !== null) expect(record.shifts, 'the sum of layout shifts').to.be.at.most(0.01);
  expect(record.errors).to.deep.equal([]);
}

const sizes = [
  {width: 1024, height: 768},
  {width: 400, height: 800},
];

describe('no harm to the host page', () => {
  afterEach(() => {
    host?.frame.remove();
    host = undefined;
  });

  for (const size of sizes) {
    describe(`at ${size.width}×${size.height}`, () => {
      it('the microsite moves nothing below it while its script, profile and chunks load', async () => {
        const {doc, record} = await openHost('widget=microsite', size);
        const microsite = () => doc.querySelector('employer-microsite');
        await until(() => !!shadow(shadow(microsite(), 'employer-hero'), '[part~="headline"]'), 10000, 'the hero');
        await until(() => rowsOf(shadow(microsite(), 'job-listing')).length > 0, 10000, 'the job rows (built once the page is idle)');
        await expectStill(record);
      });

      it('a lone listing keeps a page of rows\' room, so the content below stays put', async () => {
        const {doc, record} = await openHost('widget=listing', size);
        await until(() => rowsOf(doc.querySelector('job-listing')).length === 10, 10000, 'the job rows');
        await expectStill(record);
      });

      it('a lone modal button has its final size from the start, and builds nothing more', async () => {
        const {doc, record} = await openHost('widget=modal', size);
        const modal = () => doc.querySelector('employer-modal');
        await until(() => !!shadow(modal(), '[part~="trigger"]'), 10000, 'the modal button');
        expect(shadow(modal(), '[part~="trigger"]')!.getBoundingClientRect().height).to.equal(44);
        expect(shadow(modal(), '[part~="body"]'), 'the dialog\'s content before the first opening').to.equal(null);
        await expectStill(record);
      });
    });
  }

  it('loads its chunks from the script\'s own folder, not the page\'s', async () => {
    const {doc} = await openHost('widget=listing&cdn=v1');
    await until(() => rowsOf(doc.querySelector('job-listing')).length > 0, 10000, 'the job rows');
    const scripts = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.endsWith('/page.js'));
    expect(scripts).to.include.members(['/cdn/v1/employer-widgets.js', '/cdn/v1/employer-widgets.core.js', '/cdn/v1/employer-widgets.job-listing-view.js']);
    expect(scripts.every((path) => path.startsWith('/cdn/v1/')), scripts.join(', ')).to.be.true;
  });

  it('fetches the hydration support only where something was rendered on a server', async () => {
    const {doc} = await openHost('widget=microsite&cdn=v1');
    const microsite = doc.querySelector('employer-microsite');
    await until(() => !!shadow(shadow(microsite, 'employer-hero'), '[part~="headline"]'), 10000, 'the hero');
    await until(() => !!shadow(microsite, 'employer-section'), 10000, 'the sections');
    const scripts = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).pathname);
    expect(scripts).to.include.members(['/cdn/v1/employer-widgets.core.js', '/cdn/v1/employer-widgets.below-the-hero.js']);
    expect(scripts).to.not.include('/cdn/v1/employer-widgets.hydrate.js');
  });

  it('loads the parser of the feed\'s format only: none for our own, Greenhouse\'s for Greenhouse', async () => {
    const parsers = (doc: Document) =>
      (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((file) => /^employer-widgets\.(json-ld|greenhouse|lever|bullhorn|workable|ashby|recruitee|smartrecruiters|indeed-xml|personio-xml|ats-fields)\.js$/.test(file));
    const own = await openHost('widget=listing&cdn=v1');
    await until(() => rowsOf(own.doc.querySelector('job-listing')).length === 10, 10000, 'the own feed\'s rows');
    expect(parsers(own.doc)).to.deep.equal([]);
    own.frame.remove();
    const {doc} = await openHost('widget=listing&cdn=v1&feed=/test/fixtures/feeds/greenhouse.json');
    await until(() => rowsOf(doc.querySelector('job-listing')).length > 0, 10000, 'the Greenhouse rows');
    expect(parsers(doc)).to.deep.equal(['employer-widgets.greenhouse.js']);
  });

  it('shows a message with Retry when the parser\'s chunk is answered with 404, and Retry reads the feed', async () => {
    const {doc} = await openHost(`widget=listing&cdn=parser404-${Date.now()}&feed=/test/fixtures/feeds/greenhouse.json`);
    const listing = doc.querySelector('job-listing')!;
    await until(() => !!shadow(listing, '[part~="retry"]'), 10000, 'the message with Retry');
    expect(shadow(listing, '[part~="error"]')!.textContent).to.contain('This part of the page could not be loaded.');
    expect(rowsOf(listing)).to.have.length(0);
    shadow(listing, '[part~="retry"]')!.click();
    await until(() => rowsOf(listing).length > 0, 10000, 'the job rows after Retry');
    expect(shadow(listing, '[part~="error"]')).to.equal(null);
  });

  for (const [failure, folder, timeout] of [
    ['answered with 404', 'chunk404', ''],
    ['not answered in time', 'chunkhang', '&timeout=300'],
  ] as const) {
    it(`shows a message with Retry when the listing's chunk is ${failure}, and Retry loads it`, async () => {
      const {doc} = await openHost(`widget=listing&cdn=${folder}-${Date.now()}${timeout}`);
      const listing = doc.querySelector('job-listing')!;
      await until(() => !!shadow(listing, '[part~="retry"]'), 10000, 'the message with Retry');
      expect(shadow(listing, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(shadow(listing, '[part~="error"]')!.textContent).to.contain('This part of the page could not be loaded.');
      expect(shadow(listing, '[part~="table"]'), 'the room kept below the message').to.exist;
      shadow(listing, '[part~="retry"]')!.click();
      await until(() => rowsOf(listing).length === 10, 10000, 'the job rows after Retry');
      expect(shadow(listing, '[part~="error"]')).to.equal(null);
    });
  }

  describe("a job's own view, a chunk of its own", () => {
    const JOB_CHUNK = '/employer-widgets.job-view.js';
    const entries = (doc: Document) => doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const jobChunk = (doc: Document) => entries(doc).find((entry) => new URL(entry.name).pathname.endsWith(JOB_CHUNK));
    const idle = (doc: Document) => new Promise((resolve) => doc.defaultView!.requestIdleCallback(resolve));
    const title = (listing: Element) => shadow(listing, '[part~="job-title"]');
    const jsonLd = (doc: Document) => [...doc.head.querySelectorAll('script[type="application/ld+json"][data-employer-widgets="job-posting"]')];

    /** A lone listing's page with its rows shown and the page idle since, without the job's view. */
    async function listOnly(query: string, size?: {width: number; height: number}): Promise<{doc: Document; listing: Element; link: HTMLAnchorElement}> {
      const {doc} = await openHost(`widget=listing&${query}`, size);
      const listing = doc.querySelector('job-listing')!;
      await until(() => rowsOf(listing).length === 10, 10000, 'the job rows');
      await idle(doc);
      await idle(doc);
      expect(jobChunk(doc), "the job's view, fetched with the list").to.equal(undefined);
      const link = shadow(listing, '[part~="job-link"]') as HTMLAnchorElement;
      link.scrollIntoView({block: 'center'});
      return {doc, listing, link};
    }

    for (const way of ['pointing at', 'focusing'] as const) {
      it(`a list fetches no job's view until a candidate is ${way} a job's link, then fetches it and still shows the list`, async () => {
        const {doc, listing, link} = await listOnly('cdn=v1');
        if (way === 'focusing') link.focus();
        else {
          // The host page's frame sits at the top left of the test page, so its coordinates are the page's.
          const box = link.getBoundingClientRect();
          await sendMouse({type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)]});
        }
        await until(() => !!jobChunk(doc), 10000, "the job's view fetched");
        expect(rowsOf(listing)).to.have.length(10);
        expect(title(listing)).to.equal(null);
      });
    }

    it("a listing taken off the page leaves no listener behind to fetch the job's view; put back, it listens again", async () => {
      const {doc, listing, link} = await listOnly('cdn=v1');
      const near = () => {
        link.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
        link.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      };
      const [parent, next] = [listing.parentNode!, listing.nextSibling];
      listing.remove();
      near();
      const back = doc.defaultView!.performance.now();
      parent.insertBefore(listing, next);
      near();
      await until(() => !!jobChunk(doc), 10000, "the job's view fetched");
      expect(jobChunk(doc)!.startTime, 'asked for once the listing was back, not while it was off the page').to.be.at.least(back);
    });

    it("a list fetches the job's view on opening a job, then shows the job with focus on its heading, its JSON-LD and title", async () => {
      const {doc, listing, link} = await listOnly('cdn=v1');
      const name = link.textContent!.trim();
      link.click();
      await until(() => !!title(listing), 10000, 'the job');
      expect(jobChunk(doc), "the job's view").to.not.equal(undefined);
      expect(title(listing)!.textContent).to.equal(name);
      expect(listing.shadowRoot!.activeElement === title(listing), 'focus on the job heading').to.be.true;
      expect(jsonLd(doc).map((script) => JSON.parse(script.textContent!).title)).to.deep.equal([name]);
      expect(doc.title).to.contain(name);
    });

    it("a job's address fetches the job's view beside the listing's, not after it, and shows the job", async () => {
      const {doc} = await openHost('widget=listing&cdn=v1&job=phso-0002');
      const listing = doc.querySelector('job-listing')!;
      await until(() => !!title(listing), 10000, 'the job');
      expect(title(listing)!.textContent).to.equal('Senior Caseworker');
      expect(jsonLd(doc)).to.have.length(1);
      const view = entries(doc).find((entry) => entry.name.endsWith('/employer-widgets.job-listing-view.js'))!;
      expect(jobChunk(doc)!.startTime, "the job's view asked for before the listing's view had arrived").to.be.below(view.responseEnd);
    });

    for (const size of sizes) {
      it(`while the job's view loads after a click, the list stays as it was, busy (${size.width}×${size.height}); when it times out, Retry shows the job`, async () => {
        const {listing, link} = await listOnly(`cdn=jobviewhang-${Date.now()}&timeout=2000`, size);
        const height = listing.getBoundingClientRect().height;
        link.focus();
        link.click();
        await until(() => shadow(listing, '[part~="table"]')!.getAttribute('aria-busy') === 'true', 1500, 'the loading state');
        expect(shadow(listing, '[part~="status"]')!.textContent).to.equal('Loading…');
        expect(rowsOf(listing)).to.have.length(10);
        expect(listing.getBoundingClientRect().height, 'the listing\'s height').to.equal(height);
        expect(listing.shadowRoot!.activeElement === link, 'focus kept on the link').to.be.true;
        expect(title(listing)).to.equal(null);
        await until(() => !!shadow(listing, '[part~="retry"]'), 10000, 'the message with Retry');
        shadow(listing, '[part~="retry"]')!.click();
        await until(() => !!title(listing), 10000, 'the job after Retry');
      });
    }

    for (const [how, query] of [
      ['opened from the list', ''],
      ['named by the address', '&job=phso-0002'],
    ] as const) {
      it(`a job's view answered with 404 shows the message with Retry where the job goes, and Retry shows the job (${how})`, async () => {
        const cdn = `cdn=jobview404-${Date.now()}`;
        let doc: Document;
        let element: Element;
        const errors: unknown[][] = [];
        if (query) {
          doc = (await openHost(`widget=listing&${cdn}${query}`)).doc;
          element = doc.querySelector('job-listing')!;
        } else {
          ({doc, listing: element} = await listOnly(cdn));
          doc.defaultView!.console.error = (...args: unknown[]) => errors.push(args);
          shadow(element, '[part~="job-link"]')!.click();
        }
        await until(() => !!shadow(element, '[part~="retry"]'), 10000, 'the message with Retry');
        if (!query) expect(errors.map(String), 'console.error calls').to.have.length(1);
        expect(shadow(element, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
        expect(shadow(element, '[part~="error"]')!.textContent).to.contain('This part of the page could not be loaded.');
        expect(shadow(element, '[part~="table"]'), 'the room kept below the message').to.exist;
        expect(title(element)).to.equal(null);
        expect(jsonLd(doc)).to.have.length(0);
        shadow(element, '[part~="retry"]')!.click();
        await until(() => !!title(element), 10000, 'the job after Retry');
        expect(shadow(element, '[part~="error"]')).to.equal(null);
        expect(element.shadowRoot!.activeElement === title(element), 'focus on the job heading').to.be.true;
        expect(jsonLd(doc)).to.have.length(1);
      });
    }
  });
});

// Browser side of `npm run bench` (driven by bench/run.js, which documents the method).
// /bench/page.html?mode=perf  loads employer-widgets, Grid.js and simple-datatables and
//                             exposes window.bench.{render, search}.
// /bench/page.html?mode=leak  loads employer-widgets only (after counting timers) and
//                             exposes window.bench.microsites.

const mode = new URLSearchParams(location.search).get('mode') ?? 'perf';
const stage = document.getElementById('stage');

// ---------------------------------------------------------------- generated jobs

/** Seeded PRNG (mulberry32): the same seed gives every library the same jobs. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['', '', '', 'Senior ', 'Lead ', 'Principal ', 'Assistant ', 'Trainee '];
const ROLES = [
  ['Caseworker', 'Operations'], ['Investigator', 'Operations'], ['Customer Service Advisor', 'Operations'],
  ['Clinical Adviser', 'Clinical'], ['Nursing Adviser', 'Clinical'], ['Legal Adviser', 'Legal'],
  ['Paralegal', 'Legal'], ['Data Analyst', 'Digital'], ['Software Engineer', 'Digital'],
  ['Service Designer', 'Digital'], ['Cyber Security Analyst', 'Digital'], ['HR Advisor', 'People'],
  ['Recruitment Officer', 'People'], ['Learning and Development Partner', 'People'],
  ['Finance Officer', 'Finance'], ['Management Accountant', 'Finance'], ['Procurement Specialist', 'Finance'],
  ['Communications Officer', 'Communications'], ['Press Officer', 'Communications'],
  ['Policy Adviser', 'Strategy'], ['Project Manager', 'Strategy'], ['Information Governance Officer', 'Governance'],
  ['Executive Assistant', 'Governance'], ['Facilities Coordinator', 'Estates'],
];
// "manchester" (the search word) matches roughly 18% of the jobs, and only their location.
const PLACES = [
  ['London', 22], ['Manchester', 13], ['Manchester (hybrid)', 5], ['Birmingham', 8], ['Leeds', 8],
  ['Glasgow', 6], ['Edinburgh', 6], ['Bristol', 7], ['Cardiff', 5], ['Belfast', 4], ['Newcastle', 5],
  ['Remote (UK)', 8], ['London (hybrid)', 3],
];
const PLACE_WEIGHT = PLACES.reduce((sum, [, weight]) => sum + weight, 0);
const TYPES = ['Full-time', 'Full-time', 'Full-time', 'Part-time', 'Fixed-term', 'Contract'];
const DAY = 86400000;
const NEWEST = Date.UTC(2026, 0, 31);

/** `n` jobs in the spec's model (src/feeds/job.ts), the same for the same `seed`. */
export function makeJobs(n, seed = 20260131) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const place = () => {
    let r = random() * PLACE_WEIGHT;
    for (const [name, weight] of PLACES) if ((r -= weight) < 0) return name;
    return PLACES[0][0];
  };
  const jobs = [];
  for (let i = 0; i < n; i++) {
    const [role, department] = pick(ROLES);
    const min = 22000 + Math.floor(random() * 116) * 500;
    const id = `job-${String(i + 1).padStart(5, '0')}`;
    jobs.push({
      id,
      title: `${pick(LEVELS)}${role}`,
      url: `https://jobs.example.com/phso/${id}`,
      // The first job is never a Manchester one, so the search always changes page 1.
      location: i === 0 ? 'London' : place(),
      salary: {min, max: min + 2000 + Math.floor(random() * 21) * 500, currency: 'GBP', period: 'year'},
      department,
      type: pick(TYPES),
      posted: new Date(NEWEST - Math.floor(random() * 90) * DAY).toISOString().slice(0, 10),
    });
  }
  return jobs;
}

const money = new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'GBP', maximumFractionDigits: 0});
/** What the peers get: the same jobs as `[title, location, formatted salary]` rows. */
const toRows = (jobs) =>
  jobs.map((job) => [job.title, job.location, `${money.format(job.salary.min)} – ${money.format(job.salary.max)} a year`]);

// ---------------------------------------------------------------- timing helpers

const now = () => performance.now();
const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
/** A task queued from a rAF callback runs after that frame's style, layout and paint. */
const afterFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const rafAt = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({rafAt, paintedAt: now()});
      channel.port2.postMessage(0);
    }),
  );
const settle = async () => {
  globalThis.gc?.();
  await raf();
  await raf();
};

/**
 * Resolves as soon as `test()` is true: checked now and after every DOM mutation
 * under `root` (a MutationObserver, so no polling delay is added).
 */
function until(root, test, what, timeout = 20000) {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      native.clearTimeout(timer);
      resolve();
    });
    observer.observe(root, {childList: true, subtree: true, characterData: true, attributes: true});
    const timer = native.setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what}`));
    }, timeout);
  });
}

// ---------------------------------------------------------------- the three libraries

let Grid;
let DataTable;

/** Each library mounts the same table: Title, Location, Salary; 10 rows a page; search and sort on. */
const LIBS = {
  ours: {
    name: 'employer-widgets',
    mount(box, jobs) {
      const el = document.createElement('job-listing');
      el.setAttribute('page-size', '10');
      el.jobs = jobs;
      box.append(el);
      return {
        root: el.shadowRoot ?? el,
        ready: el.updateComplete,
        updated: () => el.updateComplete,
        rows: () => el.shadowRoot?.querySelectorAll('tbody tr[part~="row"]') ?? [],
        input: () => el.shadowRoot?.querySelector('input[part~="search"]'),
        destroy: () => el.remove(),
      };
    },
  },
  gridjs: {
    name: 'Grid.js',
    mount: (box, jobs, rows) => mountGrid(box, rows, {}),
  },
  // Grid.js throttles its data processing (processingThrottleMs, default 100): the first
  // render waits ~100 ms idle. This variant shows Grid.js without that wait.
  gridjs0: {
    name: 'Grid.js (processingThrottleMs: 0)',
    mount: (box, jobs, rows) => mountGrid(box, rows, {processingThrottleMs: 0}),
  },
  sdt: {
    name: 'simple-datatables',
    mount(box, jobs, rows) {
      const table = document.createElement('table');
      box.append(table);
      const dt = new DataTable(table, {
        data: {headings: ['Title', 'Location', 'Salary'], data: rows},
        perPage: 10,
        searchable: true,
        sortable: true,
      });
      return {
        root: box,
        rows: () => box.querySelectorAll('table tbody tr[data-index]'),
        input: () => box.querySelector('.datatable-input'),
        destroy: () => dt.destroy(),
      };
    },
  },
};

function mountGrid(box, rows, extra) {
  const grid = new Grid({
    columns: ['Title', 'Location', 'Salary'],
    data: rows,
    search: true,
    sort: true,
    pagination: {limit: 10},
    ...extra,
  }).render(box);
  return {
    root: box,
    rows: () => box.querySelectorAll('tbody.gridjs-tbody tr.gridjs-tr:not(:has(.gridjs-message))'),
    input: () => box.querySelector('.gridjs-search-input'),
    destroy: () => grid.destroy(),
  };
}

const rowTexts = (rows) => Array.from(rows, (row) => row.textContent.replace(/\s+/g, ' ').trim());

/** Fresh copies for every measurement, so no library finds caches keyed on the previous run's objects. */
function dataFor(n) {
  const jobs = makeJobs(n);
  return {jobs, rows: toRows(jobs)};
}

/**
 * Insertion to rows in the DOM, then one frame.
 * - domMs: from just before the library is called (ours: createElement, peers: their
 *   constructor) until page 1's rows are in the DOM;
 * - frameWorkMs: the next frame's own work (from its rAF callback to the task after
 *   its style/layout/paint); the idle wait for the next vsync is left out;
 * - wallMs: the literal clock to the next rAF callback (includes a 0–16.7 ms vsync wait).
 */
export async function render(lib, n) {
  const spec = LIBS[lib];
  const {jobs, rows} = dataFor(n);
  const expected = Math.min(10, n);
  const box = document.createElement('div');
  stage.append(box);
  await settle();
  const t0 = now();
  const mounted = spec.mount(box, jobs, rows);
  await mounted.ready;
  await until(mounted.root, () => mounted.rows().length === expected, `${expected} rows`);
  const tDom = now();
  const frame = afterFrame();
  const tRaf = await raf();
  const {rafAt, paintedAt} = await frame;
  const texts = rowTexts(mounted.rows());
  mounted.destroy();
  box.remove();
  return {
    domMs: tDom - t0,
    frameWorkMs: paintedAt - rafAt,
    ms: tDom - t0 + (paintedAt - rafAt),
    wallMs: tRaf - t0,
    rows: texts.length,
    sample: texts.slice(0, 2),
    titlesKnown: texts.every((text) => jobs.some((job) => text.includes(job.title))),
  };
}

/**
 * A keystroke in search over `n` jobs: a fresh table is rendered (untimed) and settled,
 * then the clock runs from setting the input's value and dispatching `input` until
 * page 1 shows only matching rows (domMs: the figure compared with 16 ms). frameWorkMs
 * is the next frame's own work, reported beside it.
 */
export async function search(lib, n, term = 'manchester') {
  const spec = LIBS[lib];
  const {jobs, rows} = dataFor(n);
  const word = term.toLowerCase();
  const matches = jobs.filter((job) =>
    [job.title, job.location, job.department, job.type].join(' ').toLowerCase().includes(word),
  ).length;
  const expected = Math.min(10, matches);
  const box = document.createElement('div');
  stage.append(box);
  const mounted = spec.mount(box, jobs, rows);
  await mounted.ready;
  await until(mounted.root, () => mounted.rows().length === Math.min(10, n), 'rows before the search');
  const before = rowTexts(mounted.rows());
  const input = mounted.input();
  if (!input) throw new Error(`${spec.name}: no search input`);
  await settle();
  const filtered = () => {
    const shown = mounted.rows();
    return shown.length === expected && Array.from(shown).every((row) => row.textContent.toLowerCase().includes(word));
  };
  const t0 = now();
  input.value = term;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await mounted.updated?.();
  await until(mounted.root, filtered, `${expected} rows matching "${term}"`);
  const tDom = now();
  const {rafAt, paintedAt} = await afterFrame();
  const after = rowTexts(mounted.rows());
  mounted.destroy();
  box.remove();
  return {
    domMs: tDom - t0,
    frameWorkMs: paintedAt - rafAt,
    ms: tDom - t0,
    matches,
    rowsBefore: before.length,
    rowsAfter: after.length,
    changed: before.join('|') !== after.join('|'),
    sample: after.slice(0, 2),
  };
}

// ---------------------------------------------------------------- leak check

/** The timer functions as the browser has them, for the harness's own timers. */
const native = {setTimeout: globalThis.setTimeout.bind(globalThis), clearTimeout: globalThis.clearTimeout.bind(globalThis)};

/**
 * Pending timers, counted by wrapping the timer functions (and AbortSignal.timeout,
 * whose timer the page cannot otherwise see) before the bundle loads.
 */
const timers = {pendingTimeouts: new Set(), intervals: new Set(), started: 0, signals: []};
if (mode === 'leak') {
  const {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci} = globalThis;
  globalThis.setTimeout = function (fn, ...rest) {
    timers.started++;
    const id = st.call(
      this,
      typeof fn === 'function'
        ? (...args) => {
            timers.pendingTimeouts.delete(id);
            return fn(...args);
          }
        : fn,
      ...rest,
    );
    timers.pendingTimeouts.add(id);
    return id;
  };
  globalThis.clearTimeout = function (id) {
    timers.pendingTimeouts.delete(id);
    return ct.call(this, id);
  };
  globalThis.setInterval = function (...args) {
    timers.started++;
    const id = si.apply(this, args);
    timers.intervals.add(id);
    return id;
  };
  globalThis.clearInterval = function (id) {
    timers.intervals.delete(id);
    return ci.call(this, id);
  };
  const timeout = AbortSignal.timeout;
  AbortSignal.timeout = function (ms) {
    const signal = timeout.call(this, ms);
    timers.signals.push({until: performance.now() + Number(ms), signal: new WeakRef(signal)});
    return signal;
  };
}

/** Timers not yet fired or cleared; AbortSignal.timeout ones count until they fire. */
export function pendingTimers() {
  const at = performance.now();
  timers.signals = timers.signals.filter(({until, signal}) => until > at && !signal.deref()?.aborted);
  return {
    timeouts: timers.pendingTimeouts.size,
    intervals: timers.intervals.size,
    signalTimeouts: timers.signals.length,
    started: timers.started,
  };
}

/**
 * Appends and removes `<employer-microsite src>` `count` times, each after its
 * `profile-load` and a frame; every other time also after its listing has shown the
 * feed's rows, so both a removal mid-fetch and one from the loaded state are exercised.
 */
export async function microsites(count, src) {
  let loaded = 0;
  let failed = 0;
  let listings = 0;
  let withRows = 0;
  for (let i = 0; i < count; i++) {
    const el = document.createElement('employer-microsite');
    el.setAttribute('src', src);
    const outcome = new Promise((resolve) => {
      el.addEventListener('profile-load', () => resolve(true), {once: true});
      el.addEventListener('profile-error', () => resolve(false), {once: true});
    });
    stage.append(el);
    let timer;
    const timeout = new Promise((resolve) => (timer = native.setTimeout(resolve, 10000, null)));
    const ok = await Promise.race([outcome, timeout]);
    native.clearTimeout(timer);
    if (ok) loaded++;
    else failed++;
    await el.updateComplete;
    await raf(); // let the children render (and the listing start its feed) before removal
    const listing = el.shadowRoot?.querySelector('job-listing');
    if (listing) listings++;
    if (listing?.shadowRoot && i % 2 === 1) {
      const shown = () => listing.shadowRoot.querySelector('tbody tr[part~="row"], [part~="error"], [part~="empty"]');
      await until(listing.shadowRoot, shown, 'the listing to settle', 5000).catch(() => {});
      if (listing.shadowRoot.querySelector('tbody tr[part~="row"]')) withRows++;
    }
    el.remove();
  }
  await raf();
  return {loaded, failed, listings, withRows};
}

// ---------------------------------------------------------------- boot

async function boot() {
  const errors = [];
  const load = async (what, url) => {
    try {
      return await import(url);
    } catch (error) {
      errors.push(`${what}: ${error}`);
      return {};
    }
  };
  if (mode === 'perf') {
    for (const href of ['/node_modules/gridjs/dist/theme/mermaid.min.css', '/node_modules/simple-datatables/dist/style.css']) {
      const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
      document.head.append(link);
      await loaded;
    }
    ({Grid} = await load('Grid.js', '/node_modules/gridjs/dist/gridjs.module.js'));
    ({DataTable} = await load('simple-datatables', '/node_modules/simple-datatables/dist/module.js'));
  }
  await load('employer-widgets', '/dist/employer-widgets.js');
  return {
    mode,
    errors,
    ours: Boolean(customElements.get('job-listing')),
    microsite: Boolean(customElements.get('employer-microsite')),
    gridjs: typeof Grid === 'function',
    sdt: typeof DataTable === 'function',
    gc: typeof globalThis.gc === 'function',
  };
}

globalThis.bench = {ready: boot(), render, search, microsites, pendingTimers, makeJobs};

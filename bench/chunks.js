// The built script's pieces and when a page needs each: part of `npm run bench`.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const ENTRY = 'employer-widgets.js';

/** `import … from "./x.js"` and `export … from "./x.js"` at the top of a minified module (not `import("./x.js")`). */
const staticImports = (code) => [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

/**
 * When a page needs each chunk, by name (the build names them after their
 * module: rollup.config.js). Any chunk not named here is reported as
 * `unplaced`, so a new one cannot slip past the figures.
 */
const WHEN = [
  [/^employer-widgets\.(js|core\.js)$/, 'critical'],
  [/^employer-widgets\.below-the-hero\.js$/, 'beside'],
  [/^employer-widgets\.hydrate\.js$/, 'pre-rendered pages'],
  [/^employer-widgets\.(job-listing-view|feed-common)\.js$/, 'the listing'],
  [/^employer-widgets\.job-view\.js$/, 'a job\'s view'],
  [/^employer-widgets\.[\w-]+\.js$/, 'a feed format'],
];
const ORDER = ['critical', 'beside', 'pre-rendered pages', 'the listing', "a job's view", 'a feed format', 'unplaced'];

/**
 * Every chunk of the split build in `dist` with its size (min and gzip -9) and
 * when a page loads it:
 * - `critical`: the entry and the core chunk, which it imports first: all of
 *   it runs before the hero can paint;
 * - `beside`: the sections, modals and listing element, imported once the
 *   core is there, not awaited by the hero;
 * - `pre-rendered pages`: the hydration support, loaded first only where the
 *   page holds server-rendered elements (after the paint, which the HTML made);
 * - `the listing`: its view and what it shares with a job's view and the
 *   parsers, when a listing nears the viewport;
 * - `a job's view`: one job shown on its own, when a job is about to be
 *   shown (at once on a job's address);
 * - `a feed format`: one parser (and what it shares with others), when a feed
 *   in that format arrives; our own format needs none.
 *
 * `page` is what the PHSO microsite loads in script mode with everything
 * shown (our own feed format) until a job is opened: every chunk but a job's
 * view, the hydration support and the parsers. `heaviest` adds a job's view,
 * the hydration support and the largest parser with what it imports. `total`
 * is every file.
 */
export function chunkSizes(dist) {
  const files = readdirSync(dist).filter((name) => /^employer-widgets(\.[\w-]+)?\.js$/.test(name) && name !== 'employer-widgets.standalone.js');
  const code = Object.fromEntries(files.map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
  const size = (name) => ({raw: Buffer.byteLength(code[name]), gzip: gzipSync(code[name], {level: 9}).length});
  const when = (name) => WHEN.find(([pattern]) => pattern.test(name))?.[1] ?? 'unplaced';
  const chunks = files
    .map((name) => ({name, ...size(name), when: when(name)}))
    .sort((a, b) => ORDER.indexOf(a.when) - ORDER.indexOf(b.when) || b.gzip - a.gzip);
  const gzip = Object.fromEntries(chunks.map((chunk) => [chunk.name, chunk.gzip]));
  const sum = (names) => [...names].reduce((total, name) => total + (gzip[name] ?? 0), 0);
  /** `name` and every chunk it imports statically. */
  const closure = (name, found = new Set()) => {
    if (!found.has(name) && code[name]) {
      found.add(name);
      staticImports(code[name]).forEach((next) => closure(next, found));
    }
    return found;
  };
  const named = (...kinds) => chunks.filter((chunk) => kinds.includes(chunk.when)).map((chunk) => chunk.name);
  const page = new Set(named('critical', 'beside', 'the listing').flatMap((name) => [...closure(name)]));
  const parsers = named('a feed format').map((name) => ({name, extra: [...closure(name)].filter((file) => !page.has(file))}));
  const largest = parsers.sort((a, b) => sum(b.extra) - sum(a.extra))[0];
  const heaviest = new Set([...page, ...named("a job's view", 'pre-rendered pages').flatMap((name) => [...closure(name)]), ...(largest?.extra ?? [])]);
  const one = join(dist, 'employer-widgets.standalone.js');
  const standalone = existsSync(one) ? readFileSync(one) : undefined;
  return {
    chunks,
    critical: sum(named('critical')),
    page: sum(page),
    heaviest: {gzip: sum(heaviest), parser: largest?.name},
    total: sum(files),
    unplaced: named('unplaced'),
    entry: ENTRY,
    standalone: standalone && {raw: standalone.length, gzip: gzipSync(standalone, {level: 9}).length},
  };
}

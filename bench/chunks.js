// The built script's pieces and when a page needs each: part of `npm run bench`.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const ENTRY = 'employer-widgets.js';

/** `import … from "./x.js"` and `export … from "./x.js"` at the top of a minified module (not `import("./x.js")`). */
const staticImports = (code) => [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)|new URL\(\s*["']([^"']+\.js)["']\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1] ?? m[2]);

/**
 * Every chunk of the split build in `dist` with its size (min and gzip -9) and
 * when it loads: `critical` (the entry and what it imports statically: all of
 * it runs before the hero can paint), `beside` (fetched at once, not awaited
 * by the hero), `on demand` (when a piece is first needed); and the
 * one-file build for comparison.
 */
export function chunkSizes(dist) {
  const files = readdirSync(dist).filter((name) => /^employer-widgets(\.[\w-]+)?\.js$/.test(name) && name !== 'employer-widgets.standalone.js');
  const code = Object.fromEntries(files.map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
  const size = (name) => ({raw: Buffer.byteLength(code[name]), gzip: gzipSync(code[name], {level: 9}).length});
  const critical = new Set();
  const walk = (name) => {
    if (critical.has(name) || !code[name]) return;
    critical.add(name);
    staticImports(code[name]).forEach(walk);
  };
  walk(ENTRY);
  const beside = new Set();
  for (const name of critical) for (const next of dynamicImports(code[name])) if (!critical.has(next)) beside.add(next);
  const chunks = files
    .map((name) => ({name, ...size(name), when: critical.has(name) ? 'critical' : beside.has(name) ? 'beside' : 'on demand'}))
    .sort((a, b) => ['critical', 'beside', 'on demand'].indexOf(a.when) - ['critical', 'beside', 'on demand'].indexOf(b.when) || b.gzip - a.gzip);
  const sum = (list) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  const one = join(dist, 'employer-widgets.standalone.js');
  const standalone = existsSync(one) ? readFileSync(one) : undefined;
  return {
    chunks,
    critical: sum(chunks.filter((chunk) => chunk.when === 'critical')),
    total: sum(chunks),
    standalone: standalone && {raw: standalone.length, gzip: gzipSync(standalone, {level: 9}).length},
  };
}

import {basename, resolve} from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = (tsconfig = './tsconfig.json', include = ['src/**/*.ts']) =>
  typescript({
    tsconfig,
    compilerOptions: {noEmit: false, sourceMap: true, declaration: false, types: ['node']},
    include,
  });

const minify = () => terser({module: true, ecma: 2022, format: {comments: false}, compress: {passes: 3, unsafe_arrows: true}});

/**
 * `import.meta.resolve` of a specifier also given to `import()` names a lazy
 * chunk's URL, for a retry at a fresh address (src/shared/chunk.ts). In the
 * split build it becomes the URL of that module's chunk
 * (`employer-widgets.<module>.js`), found from the importing chunk's own URL,
 * and the build fails if no such chunk was written; in the one-file build,
 * where nothing is fetched, ''.
 */
function chunkUrls({split}) {
  const named = new Set();
  return {
    name: 'chunk-urls',
    transform(code) {
      if (!code.includes('import.meta.resolve(')) return null;
      const replaced = code.replace(/import\.meta\.resolve\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, specifier) => {
        if (!split) return "''";
        const file = `employer-widgets.${basename(specifier, '.js')}.js`;
        named.add(file);
        return `new URL(${JSON.stringify(file)}, import.meta.url).href`;
      });
      return {code: replaced, map: null};
    },
    generateBundle(_, bundle) {
      for (const file of named) if (!bundle[file]) this.error(`no chunk ${file} for a lazy import`);
    },
  };
}

/**
 * Every module that paints first (`src/elements.ts` and all it imports) goes
 * into one chunk, `employer-widgets.core.js`, which the entry loads. So a
 * second copy of the entry (`employer-widgets.js?v=2`), the hydration
 * support and every lazy chunk import the same core from the same URL
 * instead of loading a second Lit. The lazy chunks hold what only they need.
 */
function coreChunk(id, {getModuleInfo}) {
  if (!getModuleInfo(id)) return undefined;
  if (reach(resolve('src/elements.ts'), getModuleInfo).has(id)) return 'core';
  // What the listing's view shares with a job's view or a feed parser goes into
  // a chunk of its own, so that each lazy chunk exports only its own module
  // and imports no other lazy chunk: a retry imports it by URL
  // (src/shared/chunk.ts) and must find that module's exports, and a chunk
  // that failed once is never fetched again at its first URL.
  // (What the chunk below the hero holds is there before any of them.)
  if (reach(resolve('src/below-the-hero.ts'), getModuleInfo).has(id)) return undefined;
  const view = reach(resolve('src/job-listing/job-listing-view.ts'), getModuleInfo);
  const others = [JOB_VIEW, ...PARSERS.map((file) => `src/feeds/${file}.ts`)].map((file) => reach(resolve(file), getModuleInfo));
  const lazy = [view, ...others].filter((chunk) => chunk.has(id)).length;
  if (lazy > 1 && (view.has(id) || others[0].has(id))) return 'feed-common';
  return undefined;
}

/** A job's own view, which the listing loads when a job is about to be shown. */
const JOB_VIEW = 'src/job-listing/job-view.ts';

/** The feed parsers the listing loads lazily (src/feeds/parser-chunks.ts). */
const PARSERS = ['json-ld', 'greenhouse', 'lever', 'bullhorn', 'workable', 'ashby', 'recruitee', 'smartrecruiters-chunk', 'indeed-xml', 'personio-xml'];

const reached = new Map();
/** `from` and every module it imports statically, directly or not. */
function reach(from, getModuleInfo) {
  if (reached.has(from)) return reached.get(from);
  const found = new Set([from]);
  const walk = (id) => {
    for (const next of getModuleInfo(id)?.importedIds ?? []) {
      if (!found.has(next)) {
        found.add(next);
        walk(next);
      }
    }
  };
  walk(from);
  reached.set(from, found);
  return found;
}

const browserPlugins = (split) => [
  chunkUrls({split}),
  ts(),
  // Bundle size is a feature: minify the css`` and html`` literals too.
  minifyHTML(),
  nodeResolve({browser: true}),
  minify(),
];

export default [
  {
    // The one-script-tag build: dist/employer-widgets.js defines every element; what the
    // page shows first is in employer-widgets.core.js, the rest in chunks beside them,
    // loaded when first needed and found from the script's own URL.
    input: {'employer-widgets': 'src/index.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: (chunk) => (chunk.name === 'employer-widgets' ? 'employer-widgets.js' : 'employer-widgets.[name].js'),
      chunkFileNames: 'employer-widgets.[name].js',
      manualChunks: coreChunk,
    },
    plugins: browserPlugins(true),
  },
  {
    // The same in one file, for hosts who want no further requests.
    input: 'src/standalone.ts',
    output: {file: 'dist/employer-widgets.standalone.js', format: 'es', sourcemap: true, inlineDynamicImports: true},
    plugins: browserPlugins(false),
  },
  {
    // employer-widgets/validate: the validator with its warnings, without Lit.
    input: 'src/validate.ts',
    output: {file: 'dist/validate.js', format: 'es', sourcemap: true},
    plugins: [ts(), nodeResolve(), terser({module: true, ecma: 2021, format: {comments: false}})],
  },
  {
    // Server rendering (employer-widgets/ssr and the render command): the elements for Node.
    // Lit stays external, so the elements and @lit-labs/ssr share one copy, its Node build.
    input: 'src/ssr/index.ts',
    output: {file: 'dist/ssr.js', format: 'es', inlineDynamicImports: true},
    external: (id) => /^(node:|lit($|\/)|lit-html|lit-element|@lit\/|@lit-labs\/|parse5|@xmldom\/)/.test(id),
    // The same minified html`` literals as the browser bundle: hydration matches templates by their text.
    plugins: [ts(), minifyHTML(), nodeResolve({preferBuiltins: true, exportConditions: ['node']})],
  },
  {
    // The profile studio (studio/): a page of its own with CodeMirror, bundled
    // apart so that nothing of it enters dist/employer-widgets.js.
    input: 'studio/src/profile-studio.ts',
    output: {file: 'dist/studio/studio.js', format: 'es', sourcemap: true},
    plugins: [
      ts('./studio/tsconfig.json', ['src/**/*.ts', 'studio/src/**/*.ts']),
      minifyHTML(),
      nodeResolve({browser: true}),
      terser({module: true, ecma: 2021, format: {comments: false}, compress: {passes: 2}}),
    ],
  },
  {
    // The command line: validate profiles, print the JSON Schema.
    input: 'src/cli.ts',
    output: {file: 'dist/cli.js', format: 'es'},
    external: (id) => id.startsWith('node:'),
    plugins: [ts(), nodeResolve({preferBuiltins: true})],
  },
];

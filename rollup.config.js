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

export default [
  {
    // The one-script-tag build: every element, lit included, minified.
    input: 'src/index.ts',
    output: {file: 'dist/employer-widgets.js', format: 'es', sourcemap: true},
    plugins: [
      ts(),
      // Bundle size is a feature: minify the css`` and html`` literals too.
      minifyHTML(),
      nodeResolve({browser: true}),
      terser({module: true, ecma: 2021, format: {comments: false}, compress: {passes: 2}}),
    ],
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
    output: {file: 'dist/ssr.js', format: 'es'},
    external: (id) => /^(node:|lit($|\/)|lit-html|lit-element|@lit\/|@lit-labs\/|parse5)/.test(id),
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

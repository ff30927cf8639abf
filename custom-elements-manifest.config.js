export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli.ts'],
  outdir: '.',
  litelement: true,
};

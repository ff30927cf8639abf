// `npm start`: serves the built bundle and the demo host page.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: false,
  appIndex: undefined,
  nodeResolve: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart({config}) {
        const url = `http://localhost:${config.port}/demo/`;
        setTimeout(() => console.log(`\nThe PHSO microsite demo: ${url}\n`), 0);
      },
    },
  ],
};

// `npm start`: serves the built bundle and the demo host page.
import {createServer} from 'node:net';

/** The first free port from `start`, so a busy 8000 does not stop the demo. */
async function freePort(start) {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port);
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${start}`);
}

const port = await freePort(Number(process.env.PORT ?? 8000));

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  nodeResolve: false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        setTimeout(() => {
          console.log(`\nThe PHSO microsite demo: http://localhost:${port}/demo/`);
          console.log(`Pre-rendered (npx employer-widgets render): http://localhost:${port}/demo/static/`);
          console.log(`The profile studio: http://localhost:${port}/studio/\n`);
        }, 0);
      },
    },
  ],
};

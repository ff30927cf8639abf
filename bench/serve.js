// The bench's static server: the repository root on 127.0.0.1 (a random port),
// with no caching, as bench/run.js and bench/lighthouse.js both need it.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, relative, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {readFileSync} from 'node:fs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml']);

/**
 * Starts the server on `root` and resolves to `{origin, missing, close}`;
 * `missing` collects the paths answered 404. With `gzip`, text is sent
 * compressed when the client asks, as any production host would (Lighthouse
 * counts transfer sizes).
 */
export async function startServer(root, {gzip = false} = {}) {
  const missing = new Set();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    // The PHSO profile names its feed relative to the page: answer it from the demo.
    if (!existsSync(file) && path.endsWith('/jobs.sample.json')) file = join(root, 'demo/jobs.sample.json');
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.add(path);
      res.writeHead(404, {'content-type': 'text/plain'}).end(`not found: ${relative(root, file)}`);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, {'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-store'});
      res.end(body);
      return;
    }
    res.writeHead(200, {'content-type': type, 'cache-control': 'no-store'});
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    missing,
    close() {
      server.close();
      server.closeAllConnections?.();
    },
  };
}

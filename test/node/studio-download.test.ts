// The built studio (dist/studio/), served as an agency would serve it, driven
// in Chromium: start from the blank starter, type an employer's name, press
// Download profile, and validate the downloaded file with the CLI.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {describe, it} from 'node:test';
import puppeteer from 'puppeteer-core';

const TYPES: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};

/** A static server over dist/, so the studio runs from the build alone. */
function serveDist(): Promise<{url: string; close: () => void}> {
  const root = resolve('dist');
  const server = createServer((request, response) => {
    let path = join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
    response.end(readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      done({url: `http://127.0.0.1:${port}`, close: () => server.close()});
    }),
  );
}

describe('the built profile studio', () => {
  it('downloads a profile that the CLI finds valid', async () => {
    const {url, close} = await serveDist();
    const browser = await puppeteer.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'studio-download-'));
      const page = await browser.newPage();
      const session = await page.createCDPSession();
      await session.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: dir});
      await page.goto(`${url}/studio/`, {waitUntil: 'networkidle0'});
      const choice = await page.waitForSelector('xpath/.//button[contains(., "Blank starter")]');
      await choice!.click();
      const name = await page.waitForSelector('[data-pointer="/employer/name"]');
      await name!.click({count: 3});
      await page.keyboard.type('Acme Trains');
      const download = await page.waitForSelector('xpath/.//header//button[contains(., "Download profile")]');
      await download!.click();
      let files: string[] = [];
      for (let i = 0; i < 100 && !files.includes('acme-trains.json'); i++) {
        await new Promise((done) => setTimeout(done, 100));
        files = await readdir(dir);
      }
      assert.ok(files.includes('acme-trains.json'), `downloaded: ${files.join(', ')}`);
      const file = join(dir, 'acme-trains.json');
      const profile = JSON.parse(await readFile(file, 'utf8'));
      assert.equal(profile.employer.name, 'Acme Trains');
      assert.equal(profile.$schema, 'https://unpkg.com/employer-widgets/dist/employer-profile.schema.json');
      const result = await new Promise<{code: number; stdout: string}>((done) =>
        execFile('node', ['bin/employer-widgets.js', 'validate', file], (error, stdout) =>
          done({code: error ? Number(error.code) : 0, stdout}),
        ),
      );
      assert.equal(result.stdout.trim(), `${file}: valid`);
      assert.equal(result.code, 0);
    } finally {
      await browser.close();
      close();
    }
  });
});

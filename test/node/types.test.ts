// The published types, as a host developer's TypeScript project sees them: the
// consumer files in test/types/ import the package by name (dist/index.d.ts).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, it} from 'node:test';

interface Manifest {
  modules: {declarations?: {tagName?: string; events?: {name: string}[]}[]}[];
}

function tsc(...args: string[]): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsc', args, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, output: stdout + stderr});
    });
  });
}

/** Every `.d.ts` file under `dir`. */
async function declarations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts')).map((entry) => join(entry.parentPath, entry.name));
}

describe('types for host developers', () => {
  it('type-check a consumer of every tag and event, and reject the wrong uses in consumer-errors.ts', async () => {
    // Also fails when a @ts-expect-error line in consumer-errors.ts compiles cleanly (TS2578).
    const {code, output} = await tsc('-p', 'test/types/tsconfig.json', '--noEmit');
    assert.equal(output, '');
    assert.equal(code, 0);
  });

  it('the consumer covers every tag and event in custom-elements.json', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8')) as Manifest;
    const consumer = await readFile('test/types/consumer.ts', 'utf8');
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []);
    const names = [
      ...declared.flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])),
      ...declared.flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)),
    ];
    assert.ok(names.length >= 11, `too few names in the manifest: ${names.join(', ')}`);
    for (const name of new Set(names)) assert.match(consumer, new RegExp(`'${name}'`), `${name} is not used in test/types/consumer.ts`);
  });

  it('ship .d.ts files that import only the package\'s own dependencies', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {dependencies: Record<string, string>};
    const allowed = new Set(Object.keys(pkg.dependencies));
    const strays: string[] = [];
    for (const file of await declarations('dist')) {
      const text = await readFile(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        // Node's own modules: employer-widgets/ssr runs on Node (its streams).
        if (specifier!.startsWith('.') || specifier!.startsWith('node:')) continue;
        const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!;
        if (!allowed.has(name)) strays.push(`${file}: ${specifier}`);
      }
    }
    // A package installed only as a dependency's dependency (lit-html) is missing under pnpm.
    assert.deepEqual(strays, []);
  });
});

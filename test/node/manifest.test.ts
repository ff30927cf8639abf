// custom-elements.json is committed: building an unchanged tree must not change it.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';

describe('custom-elements.json', () => {
  it('lists its modules sorted by path, so a rebuild writes the same file', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    const paths: string[] = manifest.modules.map((module: {path: string}) => module.path);
    assert.ok(paths.length > 10, 'the manifest lists the source modules');
    assert.deepEqual(paths, [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

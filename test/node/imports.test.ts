// The import graph points one way: src/shared/ holds helpers that depend on
// nothing of ours, so that any folder may use them without a cycle.
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';

describe('src/shared', () => {
  it('imports nothing from the rest of src/', async () => {
    const files = (await readdir('src/shared')).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length > 3);
    for (const file of files) {
      const text = await readFile(`src/shared/${file}`, 'utf8');
      const reaching = [...text.matchAll(/from '(\.\.\/[^']+)'/g)].map((match) => match[1]);
      assert.deepEqual(reaching, [], `src/shared/${file} imports ${reaching.join(', ')}`);
    }
  });
});

// The `employer-widgets` command, run as a user would, in Node.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const bin = 'bin/employer-widgets.js';

function run(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile('node', [bin, ...args], (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, stdout, stderr});
    });
  });
}

async function brokenCopy(change: (profile: any) => void): Promise<string> {
  const profile = JSON.parse(await readFile('profiles/phso.json', 'utf8'));
  change(profile);
  const dir = await mkdtemp(join(tmpdir(), 'employer-widgets-'));
  const file = join(dir, 'broken.json');
  await writeFile(file, JSON.stringify(profile));
  return file;
}

describe('employer-widgets validate', () => {
  it('exits 0 for the PHSO profile', async () => {
    const {code, stdout} = await run('validate', 'profiles/phso.json');
    assert.equal(code, 0);
    assert.equal(stdout, 'profiles/phso.json: valid\n');
  });

  it('exits 1 and names the path of each fault', async () => {
    const file = await brokenCopy((profile) => {
      profile.modals[2].body[0] = {type: 'list', items: 'x'};
      profile.nav.items[1].href = 'javascript:alert(1)';
    });
    const {code, stdout} = await run('validate', file);
    assert.equal(code, 1);
    assert.equal(
      stdout,
      `${file}: 2 faults\n` +
        '  /nav/items/1/href: expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces\n' +
        '  /modals/2/body/0/items: expected an array, got a string\n',
    );
  });

  it('prints warnings with their paths and still exits 0 for a valid profile', async () => {
    const file = await brokenCopy((profile) => {
      profile.modals[1].body[8].text[1].text = 'here';
      profile.theme.colors.text = '#777777';
    });
    const {code, stdout} = await run('validate', file);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      `${file}: valid, 3 warnings\n` +
        '  warning /modals/1/body/8/text/1/text: link text "here" does not say where it leads: name the target ' +
        '("the Disability Confident scheme", not "here"), as search engines and screen readers list links out of context\n' +
        '  warning /theme/colors/text: text "#777777" on background "#ffffff" has a contrast of 4.47:1; WCAG AA asks for at least 4.5:1\n' +
        '  warning /theme/colors/text: text "#777777" on surface "#f6f3f7" has a contrast of 4.06:1; WCAG AA asks for at least 4.5:1\n',
    );
  });

  it('prints warnings after the faults, and exits 1 for the faults alone', async () => {
    const file = await brokenCopy((profile) => {
      profile.version = 2;
      profile.modals[0].body.push({type: 'image', src: 'map.png', alt: 'map.png', width: 600, height: 400});
    });
    const {code, stdout} = await run('validate', file);
    assert.equal(code, 1);
    const at = `/modals/0/body/${JSON.parse(await readFile(file, 'utf8')).modals[0].body.length - 1}`;
    assert.equal(
      stdout,
      `${file}: 1 fault, 1 warning\n` +
        '  /version: expected 1 (this format is version 1)\n' +
        `  warning ${at}/alt: alt "map.png" does not describe the image: say what it shows (for a logo, the employer's name)\n`,
    );
  });

  it('exits 1 for a file that is not JSON, or missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'employer-widgets-'));
    const file = join(dir, 'bad.json');
    await writeFile(file, '{"version": 1,');
    const notJson = await run('validate', file);
    assert.equal(notJson.code, 1);
    assert.match(notJson.stdout, /bad\.json: not valid JSON/);
    const missing = await run('validate', join(dir, 'nope.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /nope\.json: cannot read: ENOENT/);
  });

  it('checks every file given, and fails if any fails', async () => {
    const file = await brokenCopy((profile) => (profile.version = 2));
    const {code, stdout} = await run('validate', 'profiles/phso.json', file);
    assert.equal(code, 1);
    assert.match(stdout, /profiles\/phso\.json: valid/);
    assert.match(stdout, /\/version: expected 1/);
  });

  it('exits 2 with usage for a wrong call', async () => {
    const {code, stderr} = await run('frobnicate');
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
    assert.equal((await run('validate')).code, 2);
  });

  it('prints the JSON Schema, which the shipped file matches', async () => {
    const {code, stdout} = await run('schema');
    assert.equal(code, 0);
    const schema = JSON.parse(stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['version', 'employer', 'locale', 'hero', 'sections', 'modals']);
    assert.equal(stdout, await readFile('dist/employer-profile.schema.json', 'utf8'));
    const shipped = JSON.parse(await readFile('dist/profiles/phso.json', 'utf8'));
    assert.equal(shipped.$schema, '../employer-profile.schema.json');
  });
});

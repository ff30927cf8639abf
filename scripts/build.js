// Builds everything `dist/` ships, and custom-elements.json.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', {recursive: true, force: true});
run(bin('rollup'), '-c', '--silent');
run(bin('tsc'), '-p', 'tsconfig.build.json');

const schema = execFileSync('node', ['bin/employer-widgets.js', 'schema'], {encoding: 'utf8'});
writeFileSync('dist/employer-profile.schema.json', schema);

// Profiles ship beside the schema, which they name relative to themselves.
mkdirSync('dist/profiles', {recursive: true});
for (const file of readdirSync('profiles').filter((name) => name.endsWith('.json'))) {
  const text = readFileSync(`profiles/${file}`, 'utf8').replace(
    '"$schema": "../dist/employer-profile.schema.json"',
    '"$schema": "../employer-profile.schema.json"',
  );
  writeFileSync(`dist/profiles/${file}`, text);
}

// The profile studio's static pages, with their paths as they are inside dist/.
for (const file of readdirSync('studio').filter((name) => /\.(html|css)$/.test(name))) {
  const text = readFileSync(`studio/${file}`, 'utf8')
    .replaceAll('../dist/studio/', '')
    .replaceAll('../demo/jobs.sample.json', 'jobs.sample.json')
    .replaceAll('../dist/', '../');
  writeFileSync(`dist/studio/${file}`, text);
}
writeFileSync('dist/studio/jobs.sample.json', readFileSync('demo/jobs.sample.json'));

run(bin('custom-elements-manifest'), 'analyze', '--quiet');

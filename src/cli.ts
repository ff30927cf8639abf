/**
 * `employer-widgets` command line.
 *
 *   employer-widgets validate <profile.json>...   check profiles; exit 1 on faults (warnings do not count)
 *   employer-widgets schema                       print the profile JSON Schema
 *   employer-widgets render <profile.json> --jobs <feed> --out <dir>   pre-render the site
 */
import {readFile} from 'node:fs/promises';
import {toJsonSchema} from '@valibot/to-json-schema';
import {formatFaults, validateProfile} from './profile/validate.js';
import {ProfileSchema} from './profile/schema.js';
import {describeSchema} from './profile/schema-docs.js';

const USAGE = `Usage:
  employer-widgets validate <profile.json>...   check employer profiles
  employer-widgets schema                       print the profile JSON Schema
  employer-widgets render <profile.json> --jobs <feed file or URL> --out <dir>
                   [--base-url <url>] [--format <format>] [--fragment]
                                                pre-render the microsite, a page per job and a sitemap`;

/** The JSON Schema (draft 2020-12) of the employer profile. */
export function profileJsonSchema(): object {
  const schema = toJsonSchema(ProfileSchema, {target: 'draft-2020-12', errorMode: 'ignore'});
  describeSchema(schema as Parameters<typeof describeSchema>[0]);
  return {
    ...schema,
    $id: 'https://unpkg.com/employer-widgets/dist/employer-profile.schema.json',
    title: 'Employer profile',
    description:
      'An employer careers microsite for <employer-microsite>: content as structured blocks, never HTML.',
  };
}

async function validateFile(file: string, out: (line: string) => void): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    out(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return false;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    out(`${file}: not valid JSON: ${(error as Error).message}`);
    return false;
  }
  const result = validateProfile(data);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const counts = [result.ok ? 'valid' : plural(result.faults.length, 'fault')];
  if (result.warnings.length) counts.push(plural(result.warnings.length, 'warning'));
  out(`${file}: ${counts.join(', ')}`);
  if (!result.ok) for (const line of formatFaults(result.faults).split('\n')) out(`  ${line}`);
  for (const line of formatFaults(result.warnings).split('\n').filter(Boolean)) out(`  warning ${line}`);
  return result.ok;
}

/** Runs the command line with `args` (without node and the script); returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'schema' && rest.length === 0) {
    process.stdout.write(`${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === 'validate' && rest.length > 0) {
    let ok = true;
    for (const file of rest) {
      const valid = await validateFile(file, (line) => process.stdout.write(`${line}\n`));
      if (!valid) ok = false;
    }
    return ok ? 0 : 1;
  }
  if (command === 'render') {
    // The server renderer (Lit, parse5) loads only for this command, from dist/ssr.js beside this file.
    const ssr = new URL('./ssr.js', import.meta.url).href;
    const {renderCommand} = (await import(ssr)) as typeof import('./ssr/index.js');
    return renderCommand(
      rest,
      (text) => process.stdout.write(text),
      (line) => process.stderr.write(`${line}\n`),
    );
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

/**
 * `employer-widgets render`: the static site, written whole or not at all.
 * It is built in a temporary folder beside `--out` and moved into place
 * once every file is written, so a bad profile or an unreadable feed leaves
 * an existing folder as it was.
 */
import {copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseFeed, type FeedFormat} from '../feeds/detect.js';
import {FEED_FORMATS} from '../profile/schema.js';
import type {Job} from '../feeds/job.js';
import {loadFeed, PartialFeedError} from '../feeds/pages.js';
import {ProfileInvalidError, renderMicrosite, renderToString} from './render.js';
import {styleHashes} from './csp.js';
import {withServerDomParser} from './parse-xml.js';
import {buildSite} from './site.js';

export const RENDER_USAGE =
  'employer-widgets render <profile.json> --jobs <feed file or URL> --out <dir> [--base-url <url>] [--format <format>] [--fragment]';

/** A failure with the message the command prints before exiting 1. */
class RenderFailure extends Error {}

interface RenderArgs {
  profile: string;
  jobs?: string;
  out?: string;
  baseUrl?: string;
  format: FeedFormat;
  fragment: boolean;
}

function parseArgs(args: readonly string[]): RenderArgs {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let fragment = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--fragment') fragment = true;
    else if (['--jobs', '--out', '--base-url', '--format'].includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new RenderFailure(`${arg} needs a value`);
      values[arg] = value;
    } else if (arg.startsWith('--')) throw new RenderFailure(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new RenderFailure('name one profile');
  const format = (values['--format'] ?? 'auto') as FeedFormat;
  if (!(FEED_FORMATS as readonly string[]).includes(format)) throw new RenderFailure(`--format: expected one of ${FEED_FORMATS.join(', ')}`);
  const baseUrl = values['--base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new RenderFailure(`--base-url: expected an absolute http(s) URL, got "${baseUrl}"`);
  }
  if (!fragment && (!values['--jobs'] || !values['--out'])) throw new RenderFailure('--jobs and --out are required');
  return {profile: positional[0], jobs: values['--jobs'], out: values['--out'], baseUrl, format, fragment};
}

async function readProfile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RenderFailure(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RenderFailure(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The jobs of a feed file or URL, in any format the browser reads. A URL is
 * read as `<job-listing>` reads it (src/feeds/pages.ts): every page of a paged
 * API (SmartRecruiters, Bullhorn) within one timeout and byte budget. When a
 * later page fails, the browser shows the pages read under an error; here
 * they make the site, with a warning naming the page and why.
 */
async function readJobs(source: string, format: FeedFormat): Promise<Job[]> {
  if (/^https?:\/\//i.test(source)) {
    return withServerDomParser(async () => {
      try {
        return await loadFeed(source, {format, timeout: 30_000, maxBytes: 5_000_000});
      } catch (error) {
        if (!(error instanceof PartialFeedError)) throw new RenderFailure(`${source}: cannot read the feed: ${(error as Error).message}`);
        console.warn(`${source}: page ${error.page} failed (${error.cause.message}); the site has the ${error.jobs.length} jobs of the pages before it`);
        return [...error.jobs];
      }
    });
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new RenderFailure(`${source}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return await withServerDomParser(() => parseFeed(text, format));
  } catch (error) {
    throw new RenderFailure(`${source}: cannot read the feed: ${(error as Error).message}`);
  }
}

/**
 * The script files the pages load: the entry and the chunks beside it in
 * `dist/` (`employer-widgets.<chunk>.js`), not the one-file build, the
 * command line, the server renderer or the validator.
 */
async function scriptFiles(dist: string): Promise<string[]> {
  const names = await readdir(dist);
  return names.filter((name) => /^employer-widgets(\.[\w-]+)?\.js(\.map)?$/.test(name) && !/\.standalone\./.test(name));
}

async function writeSite(out: string, files: Map<string, string>, dist: string): Promise<void> {
  const target = resolve(out);
  await mkdir(dirname(target), {recursive: true});
  const temp = await mkdtemp(join(dirname(target), '.employer-widgets-render-'));
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(temp, path)), {recursive: true});
      await writeFile(join(temp, path), text);
    }
    for (const name of await scriptFiles(dist)) await copyFile(join(dist, name), join(temp, name));
    const existed = await stat(target).then(() => true, () => false);
    const old = `${temp}-old`;
    if (existed) await rename(target, old);
    await rename(temp, target);
    if (existed) await rm(old, {recursive: true, force: true});
  } catch (error) {
    await rm(temp, {recursive: true, force: true});
    throw new RenderFailure(`${out}: cannot write: ${(error as Error).message}`);
  }
}

/** The `style-src` a Content-Security-Policy without `'unsafe-inline'` needs for these inline styles. */
const cspNote = (hashes: readonly string[]) =>
  `for a Content-Security-Policy without 'unsafe-inline', the pages' inline styles need: style-src 'self' ${hashes.join(' ')}`;

/**
 * Runs `render` with its arguments; returns the exit code. Messages go to
 * `out` (what was written) and `err` (warnings and the reason for exit 1).
 */
export async function renderCommand(
  args: readonly string[],
  out: (text: string) => void,
  err: (line: string) => void,
): Promise<number> {
  try {
    const options = parseArgs(args);
    const profile = await readProfile(options.profile);
    // The parsers warn through the console about entries they skip: pass that on as our warning.
    const warn = console.warn;
    console.warn = (...parts: unknown[]) => err(`warning: ${parts.join(' ')}`);
    let jobs: Job[] | undefined;
    try {
      jobs = options.jobs === undefined ? undefined : await readJobs(options.jobs, options.format);
    } finally {
      console.warn = warn;
    }
    if (options.fragment) {
      const markup = await renderToString(renderMicrosite({profile, jobs}));
      out(`${markup}\n`);
      err(`note: ${cspNote(styleHashes(markup))}`);
      return 0;
    }
    const files = await buildSite({
      profile,
      jobs: jobs ?? [],
      baseUrl: options.baseUrl,
      warn: (message) => err(`warning: ${message}`),
    });
    if (!options.baseUrl) err('note: no sitemap.xml without --base-url (a sitemap holds absolute URLs only)');
    const dist = dirname(fileURLToPath(import.meta.url));
    await writeSite(options.out!, files, dist);
    out(`${options.out}: ${files.size} files and the script written\n`);
    const pages = [...files].filter(([path]) => path.endsWith('.html'));
    out(`${cspNote([...new Set(pages.flatMap(([, html]) => styleHashes(html)))])}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ProfileInvalidError) {
      err(`${args.find((arg) => !arg.startsWith('--')) ?? 'profile'}: ${error.message}`);
    } else if (error instanceof RenderFailure) err(`employer-widgets render: ${error.message}`);
    else err(`employer-widgets render: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

/**
 * The static site of `npx employer-widgets render`: `index.html` (the
 * microsite), `jobs/<file>.html` (one page per job) and `sitemap.xml`, each
 * page a minimal document around the pre-rendered elements.
 */
import type {Job} from '../feeds/job.js';
import {formatSalary} from '../feeds/salary.js';
import {jobFileName} from '../jobs/job-files.js';
import {jobPosting, jsonLdText} from '../jobs/job-posting.js';
import {descriptionHtml, parseDescription} from '../jobs/sanitize.js';
import {fill, labelsOf} from '../profile/labels.js';
import type {EmployerProfile, RichText} from '../profile/profile.js';
import {checkProfile, renderJobView, renderMicrosite, renderToString} from './render.js';

/** What `buildSite()` takes. */
export interface SiteOptions {
  readonly profile: unknown;
  readonly jobs: readonly Job[];
  /** The absolute URL where the folder will be served: canonical links, Open Graph and the sitemap need it. */
  readonly baseUrl?: string;
  /** The file name of the script beside `index.html` (default `employer-widgets.js`). */
  readonly script?: string;
  /** Called once for each job left out, with the reason. */
  readonly warn?: (message: string) => void;
}

/** Every file of the site, by its path inside the folder. */
export type SiteFiles = Map<string, string>;

/** Text escaped for HTML text and double- or single-quoted attributes (and XML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A profile's rich text as plain text. */
export function plainText(text: RichText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The text of a sanitised description. */
function descriptionText(html: string | undefined): string {
  const text = (nodes: ReturnType<typeof parseDescription>): string =>
    nodes.map((node) => (typeof node === 'string' ? node : `${text(node.children)} `)).join('');
  return text(parseDescription(html ?? ''));
}

interface Head {
  readonly lang: string;
  readonly title: string;
  readonly description: string;
  /** The page's absolute URL, with `--base-url`. */
  readonly url?: string;
  readonly script: string;
  readonly jsonLd?: string;
}

function page(head: Head, body: string): string {
  const meta = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    // No data: icon to spare a favicon request: a strict policy's img-src refuses it (the host's /favicon.ico serves).
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    ...(head.url
      ? [
          `<link rel="canonical" href="${escapeHtml(head.url)}">`,
          `<meta property="og:type" content="website">`,
          `<meta property="og:url" content="${escapeHtml(head.url)}">`,
          `<meta property="og:title" content="${escapeHtml(head.title)}">`,
          `<meta property="og:description" content="${escapeHtml(head.description)}">`,
        ]
      : []),
    ...(head.jsonLd
      ? [`<script type="application/ld+json" data-employer-widgets="job-posting">${head.jsonLd}</script>`]
      : []),
    `<script type="module" src="${escapeHtml(head.script)}"></script>`,
  ];
  return `<!doctype html>
<html lang="${escapeHtml(head.lang)}">
<head>
${meta.join('\n')}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** `path` made absolute against the base URL, when there is one. */
function absolute(path: string, baseUrl: string | undefined): string | undefined {
  return baseUrl ? new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href : undefined;
}

/** Each job with a title and its file name; duplicates of a file name are left out with a warning. */
function jobFiles(jobs: readonly Job[], warn: (message: string) => void): Array<{job: Job; file: string}> {
  const taken = new Set<string>();
  const files: Array<{job: Job; file: string}> = [];
  for (const job of jobs) {
    if (!job.title?.trim()) {
      warn(`job "${job.id}" has no title: skipped`);
      continue;
    }
    const file = jobFileName(job.id);
    if (taken.has(file)) {
      warn(`job "${job.id}" has the same id as an earlier job: skipped`);
      continue;
    }
    taken.add(file);
    files.push({job, file});
  }
  return files;
}

function sitemap(entries: Array<{loc: string; lastmod?: string}>): string {
  const urls = entries.map(
    ({loc, lastmod}) =>
      `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}

/** A W3C date (`YYYY-MM-DD`) from an ISO date, if it is one. */
function w3cDate(value: string | undefined): string | undefined {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];
  return date && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

/**
 * Renders the whole site to strings. `sitemap.xml` is written only with a
 * base URL, as a sitemap holds absolute URLs only.
 *
 * @throws ProfileInvalidError for a profile that fails validation.
 */
export async function buildSite(options: SiteOptions): Promise<SiteFiles> {
  const profile: EmployerProfile = checkProfile(options.profile);
  const warn = options.warn ?? ((message) => console.warn(message));
  const script = options.script ?? 'employer-widgets.js';
  const {baseUrl} = options;
  const labels = labelsOf(profile);
  const employer = profile.employer.name;
  const listed = jobFiles(options.jobs, warn);
  const files: SiteFiles = new Map();

  const microsite = await renderToString(
    renderMicrosite({profile, jobs: listed.map(({job}) => job), jobPages: 'jobs/', headingLevel: 1}),
  );
  const headline = plainText(profile.hero.headline);
  files.set(
    'index.html',
    page(
      {
        lang: profile.locale,
        title: headline.includes(employer) ? headline : `${headline} – ${employer}`,
        description: clip(plainText(profile.hero.intro) || headline),
        url: absolute('', baseUrl),
        script,
      },
      microsite,
    ),
  );

  for (const {job, file} of listed) {
    const path = `jobs/${file}.html`;
    const url = absolute(path, baseUrl);
    const description = descriptionHtml(parseDescription(job.description ?? ''));
    const posting = jobPosting(job, {profile, pageUrl: url ?? path, description});
    const facts = [job.location, formatSalary(job.salary, profile.locale, labels)].filter(Boolean).join(', ');
    const view = await renderToString(renderJobView({profile, job, listHref: '../index.html'}));
    files.set(
      path,
      page(
        {
          lang: profile.locale,
          // As the listing names the page in the browser (labels.jobPageTitle).
          title: fill(labels.jobPageTitle, {job: job.title, employer}),
          description: clip(`${job.title}, ${employer}${facts ? `: ${facts}` : ''}. ${descriptionText(job.description)}`),
          url,
          script: `../${script}`,
          jsonLd: jsonLdText(posting),
        },
        view,
      ),
    );
  }

  if (baseUrl) {
    const dates = listed.map(({job}) => w3cDate(job.posted)).filter((date): date is string => !!date).sort();
    files.set(
      'sitemap.xml',
      sitemap([
        {loc: absolute('', baseUrl)!, lastmod: dates.at(-1)},
        ...listed.map(({job, file}) => ({loc: absolute(`jobs/${file}.html`, baseUrl)!, lastmod: w3cDate(job.posted)})),
      ]),
    );
  }
  return files;
}

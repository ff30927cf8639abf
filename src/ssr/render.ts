/**
 * Server rendering of the elements to Declarative Shadow DOM with
 * `@lit-labs/ssr`: markup the browser paints before any script, and that
 * `dist/employer-widgets.js` then hydrates in place.
 */
import {render as litRender, type RenderResult} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {RenderResultReadable} from '@lit-labs/ssr/lib/render-result-readable.js';
import {html, nothing} from 'lit';
import type {Readable} from 'node:stream';
import '../employer-microsite/employer-microsite.js';
// What the browser loads as chunks below the hero, here at once: a server render cannot wait for them.
import '../below-the-hero.js';
import {provideListingCode} from '../job-listing/job-listing.js';
import * as listingCode from '../job-listing/job-listing-view.js';
import * as jobViewCode from '../job-listing/job-view.js';
import type {Job} from '../feeds/job.js';
import {normaliseJobs} from '../feeds/own.js';
import {useHtmlParser} from '../jobs/sanitize.js';
import type {EmployerProfile} from '../profile/profile.js';
import {formatFaults, validateProfile, type ProfileFault} from '../profile/validate.js';
import {EmployerElementRenderer} from './element-renderer.js';
import {parseHtmlBody} from './parse-html.js';

useHtmlParser(parseHtmlBody);
provideListingCode(listingCode, jobViewCode);

/** A profile that failed validation: `faults` name each path, as `validate` prints them. */
export class ProfileInvalidError extends Error {
  override readonly name = 'ProfileInvalidError';
  constructor(readonly faults: readonly ProfileFault[]) {
    super(`The profile has ${faults.length} ${faults.length === 1 ? 'fault' : 'faults'}:\n${formatFaults(faults)}`);
  }
}

/** The valid profile, or a `ProfileInvalidError`. */
export function checkProfile(profile: unknown): EmployerProfile {
  const result = validateProfile(profile);
  if (!result.ok) throw new ProfileInvalidError(result.faults);
  return result.profile;
}

/**
 * Renders any template of our elements (`` html`<employer-hero .profile=${p}></employer-hero>` ``)
 * to Declarative Shadow DOM, the profile carried through context to every piece.
 */
export function renderElement(template: unknown): RenderResult {
  return litRender(template, {elementRenderers: [EmployerElementRenderer]});
}

/** Collects a render into one string. */
export function renderToString(result: RenderResult): Promise<string> {
  return collectResult(result);
}

/** A render as a Node stream, for a server's response. */
export function renderToStream(result: RenderResult): Readable {
  return new RenderResultReadable(result);
}

/** JSON as the text of a `<script type="application/json">`: no `<` can close it or open a comment. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Marker elements in the templates below, each replaced by a data script
 * (elements, as the build's template minifier drops comments).
 */
const MARKS = {profile: '<employer-widgets-profile></employer-widgets-profile>', jobs: '<employer-widgets-jobs></employer-widgets-jobs>'} as const;
type Scripts = Partial<Record<keyof typeof MARKS, string>>;

/**
 * The element's data for the browser, as child scripts: Lit cannot bind the
 * text of a `<script>`, so the template holds a marker comment that is
 * replaced here by JSON text that cannot close the element.
 */
function* withData(result: RenderResult, scripts: Scripts): Iterable<string | Promise<RenderResult>> {
  let found = 0;
  for (const chunk of result) {
    if (typeof chunk !== 'string') yield chunk.then((inner) => [...withData(inner, scripts)]);
    else {
      let text = chunk;
      for (const [name, mark] of Object.entries(MARKS)) {
        if (text.includes(mark)) found++;
        text = text.replace(mark, scripts[name as keyof Scripts] ?? '');
      }
      yield text;
    }
  }
  // Without its data the browser could not start from the server's markup: fail loudly.
  if (found !== Object.keys(MARKS).length) throw new Error('employer-widgets: a data marker is missing from the render');
}

function dataScript(value: unknown, attribute = ''): string {
  return `<script type="application/json"${attribute}>${jsonScriptText(value)}</script>`;
}

/** What `renderMicrosite()` takes. */
export interface MicrositeOptions {
  /** The employer profile (validated here). */
  readonly profile: unknown;
  /** The jobs to list (the own feed format's job shape); without them the listing loads the profile's feed in the browser. */
  readonly jobs?: readonly Job[];
  /** Folder of pre-rendered job pages that the titles link to (`jobs/`). */
  readonly jobPages?: string;
  /** Level of the hero headline and section headings (default 2). */
  readonly headingLevel?: number;
}

/**
 * `<employer-microsite>` pre-rendered: the whole page in Declarative Shadow
 * DOM, with the profile (and the jobs) in child scripts so that the browser
 * starts from exactly what the server rendered.
 *
 * @throws ProfileInvalidError for a profile that fails validation.
 */
export function renderMicrosite(options: MicrositeOptions): RenderResult {
  const profile = checkProfile(options.profile);
  const jobs = options.jobs && normaliseJobs(options.jobs, '/jobs');
  return withData(
    renderElement(html`<employer-microsite
      heading-level=${options.headingLevel ?? nothing}
      job-pages=${options.jobPages || nothing}
      .profile=${profile}
      .jobs=${jobs}
      ><employer-widgets-profile></employer-widgets-profile><employer-widgets-jobs></employer-widgets-jobs></employer-microsite
    >`),
    {profile: dataScript(profile), jobs: jobs && dataScript(jobs, ' data-jobs')},
  );
}

/** What `renderJobView()` takes. */
export interface JobViewOptions {
  readonly profile: unknown;
  /** The job to show. */
  readonly job: Job;
  /** Where its link back to the list goes (default `./`). */
  readonly listHref?: string;
  /** Level of the job's heading (default 1: the job heads its page). */
  readonly headingLevel?: number;
}

/**
 * One job's view pre-rendered: `<employer-profile>` around a
 * `<job-listing job="<id>">`, each with its data in a child script.
 *
 * @throws ProfileInvalidError for a profile that fails validation.
 */
export function renderJobView(options: JobViewOptions): RenderResult {
  const profile = checkProfile(options.profile);
  const jobs = normaliseJobs([options.job], '/job');
  const job = jobs[0];
  return withData(
    renderElement(html`<employer-profile .profile=${profile}
      ><employer-widgets-profile></employer-widgets-profile><job-listing
        job=${job.id}
        list-href=${options.listHref ?? './'}
        heading-level=${options.headingLevel ?? 1}
        .jobs=${jobs}
        ><employer-widgets-jobs></employer-widgets-jobs></job-listing
      ></employer-profile
    >`),
    {profile: dataScript(profile), jobs: dataScript(jobs)},
  );
}

import {html, nothing, type TemplateResult} from 'lit';
import type {Job} from '../feeds/job.js';
import {formatPostedDate, formatSalary} from '../feeds/salary.js';
import {locationText, typeText} from '../jobs/job-words.js';
import {renderDescription} from '../jobs/render-description.js';
import {parseDescription, type SafeNode} from '../jobs/sanitize.js';
import type {Labels} from '../profile/profile.js';
import {renderHeading} from '../rich-text/render-blocks.js';
import {safeUrl} from '../shared/safe-url.js';

/** What the detail view needs besides the job. */
export interface DetailContext {
  readonly labels: Labels;
  readonly locale: string;
  readonly level: number;
  /** The list's address: this page without `job`. */
  readonly listHref: string;
  readonly onBack: (event: MouseEvent) => void;
  readonly onApply: (event: MouseEvent) => void;
  /** What stands where the description will be while it is asked for, or why it could not be. */
  readonly note?: unknown;
}

const descriptions = new WeakMap<Job, SafeNode[]>();

/** A job's description, sanitised once per job for the view and its JSON-LD alike. */
export function descriptionOf(job: Job): SafeNode[] {
  let nodes = descriptions.get(job);
  if (!nodes) descriptions.set(job, (nodes = parseDescription(job.description ?? '')));
  return nodes;
}

/**
 * One job's own view: title, facts, the sanitised description, a prominent
 * Apply link and the way back to the list.
 */
export function renderJobDetail(job: Job, context: DetailContext): TemplateResult {
  const {labels, locale} = context;
  const apply = safeUrl(job.url);
  const facts: Array<[string, string | undefined]> = [
    [labels.location, locationText(job, labels)],
    [labels.salary, formatSalary(job.salary, locale, labels)],
    [labels.type, typeText(job, labels)],
    [labels.department, job.department],
    [labels.posted, job.posted && formatPostedDate(job.posted, locale)],
  ];
  return html`<article part="detail" aria-labelledby="job-heading">
    ${renderBack(context)} ${renderHeading(context.level, job.title, 'job-heading', 'job-title')}
    <dl class="job-facts" part="job-facts">
      ${facts.map(([label, value]) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing))}
    </dl>
    ${apply ? renderApply(apply, job, context) : nothing}
    ${job.description
      ? html`<div class="description" part="description">${renderDescription(descriptionOf(job))}</div>`
      : context.note}
    ${apply ? renderApply(apply, job, context) : nothing}
  </article>`;
}

/** The answer for a `?job=` id the feed does not have. */
export function renderJobNotFound(context: DetailContext): TemplateResult {
  return html`<div part="detail not-found">
    ${renderBack(context)} ${renderHeading(context.level, context.labels.jobNotFound, 'job-heading', 'job-title')}
  </div>`;
}

function renderBack(context: DetailContext): TemplateResult {
  return html`<p class="back"><a part="back-link" href=${context.listHref} @click=${context.onBack}>${context.labels.backToJobs}</a></p>`;
}

function renderApply(href: string, job: Job, context: DetailContext): TemplateResult {
  return html`<p class="apply">
    <a part="apply-link" href=${href} @click=${context.onApply}
      >${context.labels.apply}<span class="visually-hidden">: ${job.title}</span></a
    >
  </p>`;
}

/**
 * The pieces of the jobs table as lit templates: pure functions of their
 * arguments, wired up by `<job-listing>`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {FeedProblem} from '../feeds/feed-controller.js';
import type {Job} from '../feeds/job.js';
import {formatPostedDate, formatSalary} from '../feeds/salary.js';
import {locationText, typeText} from '../jobs/job-words.js';
import {fill} from '../profile/labels.js';
import type {Labels} from '../profile/profile.js';
import {jobHref} from './job-address.js';
import type {Column} from './job-frame.js';

export {DEFAULT_COLUMNS, paginationRoom, renderControls, renderHeader, renderListFrame, renderSkeleton, renderSkeletonFrame, type Column} from './job-frame.js';

/** One job's row: the title links to `href`, the job's own address (`?<param>=<id>`) unless given. */
export function renderRow(
  job: Job,
  columns: readonly Column[],
  labels: Labels,
  locale: string,
  param: string,
  href: string = jobHref(param, job.id),
): TemplateResult {
  return html`<tr part="row">
    ${columns.map((column) => {
      if (column.key === 'title') {
        return html`<th scope="row"><a part="job-link" href=${href}>${job.title}</a></th>`;
      }
      const value =
        column.key === 'salary'
          ? formatSalary(job.salary, locale, labels)
          : column.key === 'posted'
            ? job.posted && formatPostedDate(job.posted, locale)
            : column.key === 'location'
              ? locationText(job, labels)
              : column.key === 'type'
                ? typeText(job, labels)
                : job[column.key];
      // Cards label each value; an empty cell gets no label.
      return html`<td data-label=${value ? column.label : nothing}>${value ?? ''}</td>`;
    })}
  </tr>`;
}

/** Previous, next and page numbers (the first, the last and those around the current one). */
export function renderPagination(page: number, pages: number, labels: Labels, goTo: (page: number) => void): TemplateResult {
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return html`<nav part="pagination" aria-label=${labels.pages}>
    <button part="page-button" type="button" ?disabled=${page === 1} @click=${() => goTo(page - 1)}>${labels.previous}</button>
    <ul role="list">
      ${shown.map(
        (n, index) => html`${index > 0 && n - shown[index - 1] > 1 ? html`<li class="gap" aria-hidden="true">…</li>` : nothing}
          <li>
            <button part="page-button" type="button" aria-label=${fill(labels.page, {page: n})} aria-current=${n === page ? 'page' : nothing} @click=${() => goTo(n)}>${n}</button>
          </li>`,
      )}
    </ul>
    <button part="page-button" type="button" ?disabled=${page === pages} @click=${() => goTo(page + 1)}>${labels.next}</button>
  </nav>`;
}

/** What went wrong with the feed, in the profile's words. */
export function describeProblem(problem: FeedProblem, labels: Labels): string {
  switch (problem.kind) {
    case 'timeout':
      return labels.feedTimeout;
    case 'too-large':
      return labels.feedTooLarge;
    case 'network':
      return labels.feedNetwork;
    case 'code':
      return labels.partFailed;
    case 'status':
      return fill(labels.feedStatus, {status: problem.status});
    case 'unreadable':
    case 'unaskable':
      // The parser's detail is English: only a label that asks for it shows it (the console always has it).
      return fill(labels.feedUnreadable, {detail: problem.detail});
  }
}

/**
 * What the live region says: "12 jobs" or "3 jobs match" (plural by the
 * locale's rules) once there are jobs to count, "Loading…" while loading,
 * else nothing.
 */
export function statusText(total: number | undefined, filtering: boolean, loading: boolean, labels: Labels, locale: string): string {
  if (total === undefined) return loading ? labels.loading : '';
  const one = new Intl.PluralRules(locale).select(total) === 'one';
  const label = filtering ? (one ? labels.jobsMatchOne : labels.jobsMatchOther) : one ? labels.jobsCountOne : labels.jobsCountOther;
  return fill(label, {count: total});
}

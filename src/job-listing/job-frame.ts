/**
 * The frame of the jobs table, as lit templates: the column headings, the
 * controls and the placeholder rows. Both the listing's skeleton (shown with
 * the page) and its full view (a chunk loaded later) draw them, so the two
 * have the same height.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {JobQuery, JobSortKey} from '../jobs/query.js';
import type {JobsSettings, Labels} from '../profile/profile.js';
import {renderHeading} from '../rich-text/render-blocks.js';

export type Column = JobsSettings['columns'][number];

/** The columns when no profile names them. */
export const DEFAULT_COLUMNS: readonly Column[] = [
  {key: 'title', label: 'Title'},
  {key: 'location', label: 'Location'},
  {key: 'salary', label: 'Salary'},
];

/** A column heading: a sort button inside the `th`, and `aria-sort` on the sorted one. */
export function renderHeader(column: Column, sort: JobQuery['sort'], onSort: (key: JobSortKey) => void): TemplateResult {
  const sorted = sort?.key === column.key ? sort.direction : undefined;
  return html`<th scope="col" aria-sort=${sorted ?? nothing}>
    <button part="sort-button" type="button" @click=${() => onSort(column.key)}>
      ${column.label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

/** The room the page buttons take, kept below the placeholder rows while the jobs load. */
export const paginationRoom = html`<div class="pagination-room" aria-hidden="true"></div>`;

/** Placeholder rows that keep the table's height while it loads. */
export function renderSkeleton(columns: number, rows: number, loading: boolean): TemplateResult[] {
  if (!loading) return [];
  return Array.from({length: Math.min(rows, 10)}, () => html`<tr aria-hidden="true">${Array.from({length: columns}, () => html`<td><span class="bone"></span></td>`)}</tr>`);
}

/**
 * The labelled keyword search, and a location filter when the jobs have more
 * than one location. While the jobs load (`loading`), the filter is there
 * already, so the row does not grow when they arrive.
 */
export function renderControls(
  labels: Labels,
  chosen: {search: string; location: string},
  locations: readonly string[],
  onSearch: (event: Event) => void,
  onLocation: (event: Event) => void,
  loading = false,
): TemplateResult {
  return html`<div class="controls" part="controls">
    <div class="field">
      <label for="search">${labels.search}</label>
      <input id="search" part="search" type="search" autocomplete="off" .value=${chosen.search} @input=${onSearch} />
    </div>
    ${locations.length > 1 || loading
      ? html`<div class="field">
          <label for="location">${labels.location}</label>
          <select id="location" part="location-filter" @change=${onLocation}>
            <option value="" ?selected=${!chosen.location}>${labels.allLocations}</option>
            ${locations.map((location) => html`<option ?selected=${location === chosen.location}>${location}</option>`)}
          </select>
        </div>`
      : nothing}
  </div>`;
}

/** What the list's frame shows around its rows. */
export interface ListFrame {
  readonly level: number;
  readonly title: string;
  readonly columns: readonly Column[];
  /** The search and filter row. */
  readonly controls: TemplateResult;
  /** The live region's text. */
  readonly status: string;
  /** What went wrong, with its Retry button. */
  /** What went wrong; with Retry unless nothing can change by asking again (`retry` absent). */
  readonly problem?: {readonly message: string; readonly retry?: string; readonly onRetry?: () => void};
  readonly busy: boolean;
  readonly sort?: JobQuery['sort'];
  readonly onSort: (key: JobSortKey) => void;
  readonly rows: unknown;
  readonly onRowsClick?: (event: MouseEvent) => void;
  /** The page buttons, or their room while the rows load. */
  readonly after: unknown;
  /** Whether there is nothing to use yet (the skeleton). */
  readonly inert?: boolean;
}

/** The list: heading, controls, live region, any problem with Retry, the table and what follows it. */
export function renderListFrame(frame: ListFrame): TemplateResult {
  return html`${renderHeading(frame.level, frame.title, 'jobs-title', 'title')}
    <div class="controls-row" ?inert=${frame.inert}>${frame.controls}</div>
    <p class="status" part="status" role="status">${frame.status}</p>
    ${frame.problem
      ? html`<div part="error" role="alert">
          <p>${frame.problem.message}</p>
          ${frame.problem.retry ? html`<button part="retry" type="button" @click=${frame.problem.onRetry}>${frame.problem.retry}</button>` : nothing}
        </div>`
      : nothing}
    <table part="table" tabindex="-1" aria-busy=${frame.busy ? 'true' : 'false'} ?inert=${frame.inert}>
      <caption class="visually-hidden">${frame.title}</caption>
      <thead>
        <tr>${frame.columns.map((column) => renderHeader(column, frame.sort, frame.onSort))}</tr>
      </thead>
      <tbody @click=${frame.onRowsClick}>
        ${frame.rows}
      </tbody>
    </table>
    ${frame.after}`;
}

const noop = () => {};

/**
 * The list as it looks while there is nothing to use yet (its code, or a
 * job's, is on its way): the same heading, controls and a page of
 * placeholder rows, so nothing moves when what it waits for arrives. Inert.
 * With `onRetry`, that code could not be loaded: the message says so, with Retry.
 */
export function renderSkeletonFrame(
  settings: JobsSettings | undefined,
  labels: Labels,
  view: {readonly level: number; readonly pageSize: number; readonly search?: string; readonly location?: string},
  onRetry?: () => void,
): TemplateResult {
  const columns = settings?.columns ?? DEFAULT_COLUMNS;
  return renderListFrame({
    level: view.level,
    title: settings?.title ?? 'Latest jobs',
    columns,
    controls: renderControls(labels, {search: view.search ?? '', location: view.location ?? ''}, [], noop, noop, true),
    status: onRetry ? '' : labels.loading,
    problem: onRetry && {message: labels.partFailed, retry: labels.retry, onRetry},
    busy: true,
    onSort: noop,
    rows: renderSkeleton(columns.length, view.pageSize, true),
    after: paginationRoom,
    inert: true,
  });
}

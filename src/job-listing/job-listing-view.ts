/**
 * What `<job-listing>` shows once it nears the viewport: the feed, the table,
 * search, filter, sort, pages and each job's own view. It is a chunk of its
 * own, loaded by the element (`job-listing.ts`), which shows a skeleton of
 * the same height until then.
 */
import {html, nothing, type PropertyValues, type ReactiveController, type TemplateResult} from 'lit';
import {FeedController, type FeedProblem} from '../feeds/feed-controller.js';
import type {Job} from '../feeds/job.js';
import {jobPosting, jsonLdText} from '../jobs/job-posting.js';
import {distinct, queryJobs, type JobFilterKey, type JobQuery, type JobSortKey} from '../jobs/query.js';
import {descriptionHtml} from '../jobs/sanitize.js';
import type {EmployerProfile, Labels} from '../profile/profile.js';
import {emit} from '../shared/emit.js';
import {JobAddressController, isPlainClick, jobHref} from './job-address.js';
import {descriptionOf, renderJobDetail, renderJobNotFound, type DetailContext} from './job-detail.js';
import type {JobListing} from './job-listing.js';
import {JsonLdScript} from './json-ld-script.js';
import {jobViewStyles} from './job-view.styles.js';
import {
  DEFAULT_COLUMNS,
  describeProblem,
  paginationRoom,
  renderPagination,
  renderListFrame,
  renderRow,
  renderControls,
  renderSkeleton,
  statusText,
} from './job-table.js';

/** What the view reads from its element besides the public properties. */
export interface ListingHost {
  /** The valid profile the element shows, if any. */
  readonly profile: () => EmployerProfile | undefined;
  /** The profile's labels over the English defaults. */
  readonly labels: () => Labels;
}

/** The listing's behaviour and template, driven by its element's lifecycle. */
export class ListingView implements ReactiveController {
  private readonly feed: FeedController;
  private readonly address: JobAddressController;
  private readonly jsonLd: JsonLdScript;

  private search = '';
  private locationChoice = '';
  private sort?: JobQuery['sort'];
  private page = 1;

  private source = '';
  private first = true;
  /** The agency's slice and its locations, kept while the jobs and presets stay the same. */
  private view?: {jobs: readonly Job[]; key: string; sliced: readonly Job[]; locations: string[]};

  constructor(
    private readonly host: JobListing,
    private readonly read: ListingHost,
  ) {
    this.feed = new FeedController(host);
    this.address = new JobAddressController(host, (params) => {
      if (host.urlState) {
        this.search = params.get('job-search') ?? '';
        this.locationChoice = params.get('job-location') ?? '';
      }
    });
    this.jsonLd = new JsonLdScript(host);
    host.addController(this);
    const root = host.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, jobViewStyles.styleSheet!];
  }

  hostDisconnected(): void {
    this.jsonLd.set(undefined);
  }

  /** Picks the feed, from `.jobs`, `src` or the profile. */
  willUpdate(changed: PropertyValues<JobListing>): void {
    const host = this.host;
    const first = this.first;
    this.first = false;
    if (host.jobs !== undefined) {
      if (first || changed.has('jobs')) {
        this.source = '';
        this.feed.use(host.jobs);
      }
      return;
    }
    const profile = this.read.profile();
    const url = host.src || profile?.jobs?.feed?.url || '';
    const format = host.src ? host.format : (profile?.jobs?.feed?.format ?? host.format);
    const href = url && new URL(url, document.baseURI).href;
    const source = href && `${href} ${format} ${host.timeout} ${host.maxBytes}`;
    if (source === this.source) return;
    this.source = source;
    if (href) void this.feed.load(href, {format, timeout: host.timeout, maxBytes: host.maxBytes});
    else this.feed.clear();
  }

  updated(): void {
    this.syncJsonLd();
    if (this.host.urlState) this.writeAddressState();
    // Focus waits for the rows: the job or its row link may not be there while loading.
    if (this.feed.state.status !== 'loading') this.address.moveFocus(this.host.shadowRoot!);
  }

  /** Fetches the feed again. */
  retry(): Promise<void> {
    return this.feed.retry();
  }

  render(profile: EmployerProfile | undefined, locale: string): TemplateResult {
    const labels = this.read.labels();
    const state = this.feed.state;
    const loading = state.status === 'loading' || (state.status === 'idle' && !!this.source);
    const view = this.sliceOf(state.status === 'idle' ? [] : this.feed.jobs, locale);
    const detail = this.address.jobId !== null && view && !(loading && !view.sliced.length);
    return html`<div part="base" lang=${profile?.locale ?? nothing}>
      ${detail
        ? this.renderDetail(this.shownJob(), labels, locale)
        : this.renderList(profile, labels, locale, view, loading, state.status === 'error' || state.status === 'loading' ? state.problem : undefined)}
    </div>`;
  }

  private setPage(page: number): void {
    this.page = page;
    this.host.requestUpdate();
  }

  private renderDetail(job: Job | undefined, labels: Labels, locale: string): TemplateResult {
    const context: DetailContext = {
      labels,
      locale,
      level: this.host.headingLevel,
      listHref: jobHref(null),
      onBack: this.handleBack,
      onApply: (event) => this.handleApply(event, job!),
    };
    return job ? renderJobDetail(job, context) : renderJobNotFound(context);
  }

  /**
   * The agency's slice (the jobs matching the preset attributes) and its
   * locations for the filter, worked out once per feed result rather than on
   * every keystroke.
   */
  private sliceOf(jobs: readonly Job[] | undefined, locale: string) {
    if (!jobs) return undefined;
    const host = this.host;
    const presets = (['location', 'department', 'type'] as JobFilterKey[]).filter((key) => host[key]);
    const key = `${presets.map((name) => `${name}=${host[name].toLowerCase()}`).join('&')} ${locale}`;
    if (this.view?.jobs !== jobs || this.view.key !== key) {
      const sliced = presets.length
        ? jobs.filter((job) => presets.every((name) => job[name]?.toLowerCase() === host[name].toLowerCase()))
        : jobs;
      this.view = {jobs, key, sliced, locations: distinct(sliced, 'location', locale)};
    }
    return this.view;
  }

  /** The job shown on its own, if the address names one in the slice. */
  private shownJob(): Job | undefined {
    const id = this.address.jobId;
    return id === null ? undefined : this.view?.sliced.find((job) => job.id === id);
  }

  private renderList(
    profile: EmployerProfile | undefined,
    labels: Labels,
    locale: string,
    view: {sliced: readonly Job[]; locations: string[]} | undefined,
    loading: boolean,
    problem: FeedProblem | undefined,
  ): TemplateResult {
    const jobs = view?.sliced;
    const locations = view?.locations ?? [];
    const settings = profile?.jobs;
    const columns = settings?.columns ?? DEFAULT_COLUMNS;
    const pageSize = this.host.pageSize ?? settings?.pageSize ?? 10;
    const filtering = !!(this.search.trim() || this.locationChoice);
    const result = jobs && queryJobs(jobs, {search: this.search, location: this.locationChoice, sort: this.sort, page: this.page, pageSize}, locale);
    const shown = result && !(loading && !jobs?.length) ? result.total : undefined;
    const status = statusText(shown, filtering, loading, labels, locale);
    const title = settings?.title ?? 'Latest jobs';
    return renderListFrame({
      level: this.host.headingLevel,
      title,
      columns,
      controls: renderControls(labels, {search: this.search, location: this.locationChoice}, locations, this.handleSearch, this.handleLocation, loading && !jobs?.length),
      status,
      problem: problem && {message: describeProblem(problem, labels), retry: labels.retry, onRetry: this.handleRetry},
      busy: loading,
      sort: this.sort,
      onSort: this.handleSort,
      rows:
        !result || (loading && !jobs?.length)
          ? renderSkeleton(columns.length, pageSize, loading)
          : result.items.length
            ? result.items.map((job) => renderRow(job, columns, labels, locale))
            : html`<tr><td part="empty" colspan=${columns.length}>${settings?.empty ?? 'No job found'}</td></tr>`,
      onRowsClick: this.handleJobLink,
      after: result && result.pages > 1 ? renderPagination(result.page, result.pages, labels, this.goTo) : loading && !jobs?.length ? paginationRoom : nothing,
    });
  }

  private writeAddressState(): void {
    const url = new URL(location.href);
    const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set('job-search', this.search.trim());
    set('job-location', this.locationChoice);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  /** Exactly one JobPosting in the host page's light DOM on a job's view; none on the list. */
  private syncJsonLd(): void {
    const job = this.shownJob();
    if (!job) return this.jsonLd.set(undefined);
    const pageUrl = new URL(jobHref(job.id), location.href).href;
    const description = descriptionHtml(descriptionOf(job));
    this.jsonLd.set(jsonLdText(jobPosting(job, {profile: this.read.profile(), pageUrl, description})));
  }

  /** A plain click on a job's title opens its view in place; other clicks follow the link. */
  private readonly handleJobLink = (event: MouseEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[part~="job-link"]');
    if (!link || event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    this.address.open(link.href);
  };

  private readonly handleBack = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.address.back();
  };

  private handleApply(event: MouseEvent, job: Job): void {
    if (!emit(this.host, 'job-apply', job, {cancelable: true})) event.preventDefault();
  }

  private readonly goTo = async (page: number): Promise<void> => {
    const focused = this.host.shadowRoot!.activeElement as HTMLElement | null;
    this.setPage(page);
    await this.host.updateComplete;
    // Previous/next may now be disabled: keep focus in the pagination.
    if (focused && (focused as HTMLButtonElement).disabled) {
      this.host.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  };

  private readonly handleSearch = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    this.setPage(1);
  };

  private readonly handleLocation = (event: Event): void => {
    this.locationChoice = (event.target as HTMLSelectElement).value;
    this.setPage(1);
  };

  private readonly handleSort = (key: JobSortKey): void => {
    const direction = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = {key, direction};
    this.setPage(1);
  };

  private readonly handleRetry = async (): Promise<void> => {
    await this.retry();
    await this.host.updateComplete;
    // The Retry button is gone once the feed loads: keep focus on the result.
    if (this.feed.state.status === 'ready') this.host.shadowRoot!.querySelector<HTMLElement>('table')?.focus();
  };
}

/**
 * What `<job-listing>` shows once it nears the viewport: the feed, the table,
 * search, filter, sort and pages, and where each job's own view goes, with
 * its JSON-LD in `document.head` and its title in `document.title`. It is a
 * chunk of its own, loaded by the element (`job-listing.ts`), which shows a
 * skeleton of the same height until then. A job's own view is another chunk
 * (`job-view.ts`), which the element loads when a job is about to be shown;
 * meanwhile the list's skeleton stands in for it. A server render and a
 * pre-rendered listing have both before their first update.
 */
import {html, isServer, nothing, type CSSResult, type PropertyValues, type ReactiveController, type TemplateResult} from 'lit';
import type {FeedProblem} from '../feeds/feed-controller.js';
import type {Job} from '../feeds/job.js';
import {withApplyUrls} from '../jobs/apply-url.js';
import {jobFileName} from '../jobs/job-files.js';
import {jobFilter, placeOptions, queryJobs, type JobFilterKey, type JobQuery, type JobSortKey} from '../jobs/query.js';
import {warmIntl} from '../jobs/warm-intl.js';
import {fill} from '../profile/labels.js';
import type {EmployerProfile, Labels} from '../profile/profile.js';
import {emit} from '../shared/emit.js';
import {JobAddressController, isPlainClick, jobHref} from './job-address.js';
import type {ListFrame} from './job-frame.js';
import type {JobListing} from './job-listing.js';
import type {DetailContext, JobHead} from './job-view.js';
import {jobViewStyles} from './job-view.styles.js';
import {ListingJobs} from './listing-jobs.js';
import {
  DEFAULT_COLUMNS,
  describeProblem,
  paginationRoom,
  renderPagination,
  renderListFrame,
  renderRow,
  renderControls,
  renderSkeleton,
  renderSkeletonFrame,
  statusText,
} from './job-table.js';

/** The view's own styles, beside the element's (a server render writes them into the shadow root). */
export {jobViewStyles};

/** What the view reads from its element besides the public properties. */
export interface ListingHost {
  /** The valid profile the element shows, if any. */
  readonly profile: () => EmployerProfile | undefined;
  /** The profile's labels over the English defaults. */
  readonly labels: () => Labels;
  /** A job's own view: its code, why it could not be loaded, or undefined while it loads (which this starts). */
  readonly jobView: () => typeof import('./job-view.js') | Error | undefined;
}

/** What a candidate does just before opening a job's link: points at it, or moves focus to it. */
const NEAR_JOB = ['pointerover', 'focusin'] as const;

/** The listing's behaviour and template, driven by its element's lifecycle. */
export class ListingView implements ReactiveController {
  /** Where the jobs come from: `.jobs`, a child script or a feed (`listing-jobs.ts`). */
  private readonly source: ListingJobs;
  private readonly address: JobAddressController;
  /** The page's head while a job is shown, once a job's view has loaded. */
  private head?: JobHead;

  private search = '';
  private locationChoice = '';
  private sort?: JobQuery['sort'];
  private page = 1;

  /** The agency's slice and its locations, kept while the jobs and presets stay the same. */
  private view?: {jobs: readonly Job[]; key: string; labels: Labels; sliced: readonly Job[]; locations: string[]};
  /** The id of the job view last rendered (the job's or "not found"), or null for the list. */
  private shownId: string | null = null;
  /** Whether the list last rendered showed its jobs (a job opened from it keeps them while its view loads). */
  private listed = false;
  /** What the other listings reading `param` were last told of this one's jobs. */
  private told?: {sliced?: readonly Job[]; loading: boolean};
  /**
   * Built before its element's first update: the element is pre-rendered, and
   * its first render keeps the view the page arrived with, where a page load
   * leaves focus (and no layout is forced to move it).
   */
  private arrived: boolean;

  constructor(
    private readonly host: JobListing,
    private readonly read: ListingHost,
  ) {
    this.source = new ListingJobs(host, read.profile);
    this.address = new JobAddressController(
      host,
      (params) => {
        if (host.urlState) {
          this.search = params.get(`${host.param}-search`) ?? '';
          this.locationChoice = params.get(`${host.param}-location`) ?? '';
        }
      },
      (id) => (this.view?.sliced.some((job) => job.id === id) ? true : this.loading ? undefined : false),
    );
    this.arrived = !isServer && !host.hasUpdated;
    host.addController(this);
    this.adopt(jobViewStyles);
  }

  hostConnected(): void {
    // About to open a job: its view starts loading now, not on the click.
    if (!isServer) for (const type of NEAR_JOB) this.host.addEventListener(type, this.handleNearJob);
  }

  hostDisconnected(): void {
    this.head?.set();
    for (const type of NEAR_JOB) this.host.removeEventListener(type, this.handleNearJob);
  }

  /** The view's own styles, after the element's (a server render writes them into the shadow root instead). */
  private adopt(styles: CSSResult): void {
    const root = this.host.shadowRoot;
    if (!isServer && root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  }

  /** A job's own view, if loaded; on its first sight, its styles join the shadow root. */
  private jobViewCode(): typeof import('./job-view.js') | undefined {
    const code = this.read.jobView();
    if (!code || code instanceof Error) return undefined;
    if (!this.head) {
      this.head = new code.JobHead(this.host);
      this.adopt(code.jobDetailStyles);
    }
    return code;
  }

  willUpdate(changed: PropertyValues<JobListing>): void {
    if (changed.has('param') && this.host.hasUpdated) this.address.read();
    if (this.wantedId !== null) this.jobViewCode();
    this.source.pick();
  }

  updated(): void {
    // An element removed with an update still to come touches the page no more: its head, address and focus went with it.
    if (!this.host.isConnected) return;
    this.syncHead();
    if (this.host.urlState) this.writeAddressState();
    // Focus waits for the rows: the job or its row link may not be there while loading.
    if (!this.loading) {
      this.address.moveFocus(this.host.shadowRoot!, this.shownId, !this.arrived);
      this.source.details?.load(this.shownJob());
    }
    this.arrived = false;
    const sliced = this.view?.sliced;
    if (!this.told || this.told.sliced !== sliced || this.told.loading !== this.loading) {
      this.told = {sliced, loading: this.loading};
      this.address.tellOthers();
    }
  }

  /** Fetches the feed again. */
  retry(): Promise<void> {
    return this.source.retry();
  }

  /** The id of the job to show on its own (`job`, else the address's), or null for the list. */
  private get wantedId(): string | null {
    return this.host.job || this.address.jobId;
  }

  /** Whether the feed is loading (or about to). */
  private get loading(): boolean {
    return this.source.loading;
  }

  render(profile: EmployerProfile | undefined, locale: string): TemplateResult {
    const labels = this.read.labels();
    const state = this.source.state;
    const loading = this.loading;
    if (loading && !isServer) warmIntl(locale);
    const view = this.sliceOf(state.status === 'idle' ? [] : this.source.jobs, locale, labels);
    const id = this.wantedId;
    const job = this.shownJob();
    // A job this listing lacks: "Job not found" once loaded, unless another listing reading the same parameter answers it.
    const missing = !loading && (!!this.host.job || (id !== null && this.address.answersMissing(id)));
    const detail = id !== null && view && !(loading && !view.sliced.length) && (job || missing);
    const code = detail ? this.jobViewCode() : undefined;
    this.shownId = code ? id : null;
    return html`<div part="base" lang=${profile?.locale ?? nothing}>
      ${code
        ? this.renderDetail(code, job, labels, locale)
        : detail
          ? this.renderJobPending(profile, labels, locale, view)
          : this.renderList(profile, labels, locale, view, loading, state.status === 'error' || state.status === 'loading' ? this.feedProblem(state.problem, labels) : undefined)}
    </div>`;
  }

  private setPage(page: number): void {
    this.page = page;
    this.host.requestUpdate();
  }

  private renderDetail(code: typeof import('./job-view.js'), job: Job | undefined, labels: Labels, locale: string): TemplateResult {
    const host = this.host;
    const context: DetailContext = {
      labels,
      locale,
      level: host.headingLevel,
      listHref: host.listHref || (isServer ? '?' : jobHref(host.param, null)),
      onBack: this.handleBack,
      onApply: (event) => this.handleApply(event, job!),
      note: this.source.details?.render(job, labels),
    };
    return job ? code.renderJobDetail(job, context) : code.renderJobNotFound(context);
  }

  /**
   * Where a job's view goes while it loads, or with Retry when it could not
   * be: the list as it was, busy, when the job was opened from it (so nothing
   * moves and focus stays on its link); else the list's skeleton.
   */
  private renderJobPending(profile: EmployerProfile | undefined, labels: Labels, locale: string, view: {sliced: readonly Job[]; locations: string[]}): TemplateResult {
    const host = this.host;
    const onRetry = this.read.jobView() ? this.handleJobRetry : undefined;
    if (this.listed) return this.renderList(profile, labels, locale, view, false, onRetry && {message: labels.partFailed, retry: labels.retry, onRetry}, true);
    const settings = profile?.jobs;
    const pageSize = host.pageSize ?? settings?.pageSize ?? 10;
    return renderSkeletonFrame(settings, labels, {level: host.headingLevel, pageSize, search: this.search, location: this.locationChoice}, onRetry);
  }

  private feedProblem(problem: FeedProblem | undefined, labels: Labels): ListFrame['problem'] {
    return problem && {message: describeProblem(problem, labels), ...(problem.kind === 'unaskable' ? {} : {retry: labels.retry, onRetry: this.handleRetry})};
  }

  /**
   * The agency's slice (the jobs matching the preset attributes) and its
   * locations for the filter, worked out once per feed result rather than on
   * every keystroke; jobs without a link of their own get the apply address's.
   */
  private sliceOf(jobs: readonly Job[] | undefined, locale: string, labels: Labels) {
    if (!jobs) return undefined;
    const host = this.host;
    const presets = (['location', 'department', 'type'] as JobFilterKey[]).filter((key) => host[key]);
    const applyUrl = host.applyUrl || this.read.profile()?.jobs?.applyUrl;
    const key = `${presets.map((name) => `${name}=${host[name]}`).join('&')} ${locale} ${applyUrl}`;
    if (this.view?.jobs !== jobs || this.view.key !== key || this.view.labels !== labels) {
      const linked = withApplyUrls(jobs, applyUrl);
      const sliced = presets.length ? linked.filter(jobFilter(host, labels, locale)) : linked;
      this.view = {jobs, key, labels, sliced, locations: placeOptions(sliced, labels, locale)};
    }
    return this.view;
  }

  /** The job shown on its own, if the address names one in the slice. */
  private shownJob(): Job | undefined {
    const id = this.wantedId;
    const job = id === null ? undefined : this.view?.sliced.find((job) => job.id === id);
    return this.source.details?.of(job) ?? job;
  }

  private renderList(
    profile: EmployerProfile | undefined,
    labels: Labels,
    locale: string,
    view: {sliced: readonly Job[]; locations: string[]} | undefined,
    loading: boolean,
    problem: ListFrame['problem'],
    /** A job's view is on its way: the list stays as it is, busy. */
    pending = false,
  ): TemplateResult {
    const host = this.host;
    const jobs = view?.sliced;
    const locations = view?.locations ?? [];
    const settings = profile?.jobs;
    const columns = settings?.columns ?? DEFAULT_COLUMNS;
    const pageSize = host.pageSize ?? settings?.pageSize ?? 10;
    const filtering = !!(this.search.trim() || this.locationChoice);
    const result = jobs && queryJobs(jobs, {search: this.search, location: this.locationChoice, sort: this.sort, page: this.page, pageSize}, locale, labels);
    const shown = result && !(loading && !jobs?.length) ? result.total : undefined;
    const status = pending && !problem ? labels.loading : statusText(shown, filtering, loading, labels, locale);
    const title = settings?.title ?? 'Latest jobs';
    this.listed = shown !== undefined;
    return renderListFrame({
      level: host.headingLevel,
      title,
      columns,
      controls: renderControls(labels, {search: this.search, location: this.locationChoice}, locations, this.handleSearch, this.handleLocation, loading && !jobs?.length),
      status,
      problem,
      busy: loading || (pending && !problem),
      sort: this.sort,
      onSort: this.handleSort,
      rows:
        !result || (loading && !jobs?.length)
          ? renderSkeleton(columns.length, pageSize, loading)
          : result.items.length
            ? result.items.map((job) => renderRow(job, columns, labels, locale, host.param, this.jobLink(job)))
            : html`<tr><td part="empty" colspan=${columns.length}>${settings?.empty ?? 'No job found'}</td></tr>`,
      onRowsClick: this.handleJobLink,
      after: result && result.pages > 1 ? renderPagination(result.page, result.pages, labels, this.goTo) : loading && !jobs?.length ? paginationRoom : nothing,
    });
  }

  /** A job's own page: pre-rendered in `job-pages`, else this page with `?<param>=<id>`. */
  private jobLink(job: Job): string {
    const host = this.host;
    if (host.jobPages) return `${host.jobPages}${jobFileName(job.id)}.html`;
    return isServer ? `?${encodeURIComponent(host.param)}=${encodeURIComponent(job.id)}` : jobHref(host.param, job.id);
  }

  private writeAddressState(): void {
    const param = this.host.param;
    const url = new URL(location.href);
    const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set(`${param}-search`, this.search.trim());
    set(`${param}-location`, this.locationChoice);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  /**
   * On a job's view, exactly one JobPosting in `document.head` and the job
   * and its employer in `document.title`; on the list, neither.
   */
  private syncHead(): void {
    const job = this.shownId === null ? undefined : this.shownJob();
    if (!job) return this.head?.set();
    const host = this.host;
    const profile = this.read.profile();
    // A pre-rendered job page is the job's own address; its JSON-LD in <head> is adopted as the server wrote it.
    const pageUrl = host.job ? location.href : new URL(jobHref(host.param, job.id), location.href).href;
    const employer = profile?.employer.name ?? job.hiringOrganization?.name;
    const title = host.noTitle ? undefined : employer ? fill(this.read.labels().jobPageTitle, {job: job.title, employer}) : job.title;
    this.head?.set(job, {profile, pageUrl, title});
  }

  /** A plain click on a job's title opens its view in place; other clicks follow the link. */
  private readonly handleJobLink = (event: MouseEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[part~="job-link"]');
    // A pre-rendered job page is a page of its own: the link is followed.
    if (!link || this.host.jobPages || event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    this.address.open(link.href);
  };

  /** A pointer over a job's link, or focus on it: the candidate may open it, so its view starts loading. */
  private readonly handleNearJob = (event: Event): void => {
    const target = event.composedPath()[0];
    if (this.host.jobPages || !(target instanceof Element) || !target.closest('a[part~="job-link"]')) return;
    this.read.jobView();
  };

  private readonly handleJobRetry = (): void => void this.host.retry();

  private readonly handleBack = (event: MouseEvent) => {
    if (!isPlainClick(event) || this.host.job) return;
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
    if (this.source.state.status === 'ready') this.host.shadowRoot!.querySelector<HTMLElement>('table')?.focus();
  };
}

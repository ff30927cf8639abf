import {html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {atsFeed} from '../feeds/ats.js';
import type {FeedFormat} from '../feeds/detect.js';
import {FeedController, type FeedProblem} from '../feeds/feed-controller.js';
import type {Job} from '../feeds/job.js';
import {jobFileName} from '../jobs/job-files.js';
import {jobPosting, jsonLdText} from '../jobs/job-posting.js';
import {jobFilter, placeOptions, queryJobs, type JobFilterKey, type JobQuery, type JobSortKey} from '../jobs/query.js';
import {descriptionHtml} from '../jobs/sanitize.js';
import type {EmployerProfile, Labels} from '../profile/profile.js';
import {fill} from '../profile/labels.js';
import {renderHeading} from '../rich-text/render-blocks.js';
import {define} from '../shared/define.js';
import {emit} from '../shared/emit.js';
import {ProfileConsumer} from '../profile-consumer/profile-consumer.js';
import {JobAddressController, isPlainClick, jobHref} from './job-address.js';
import {descriptionOf, renderJobDetail, renderJobNotFound, type DetailContext} from './job-detail.js';
import {JsonLdScript} from './json-ld-script.js';
import {jobListingStyles} from './job-listing.styles.js';
import {PageTitle} from './page-title.js';
import {
  DEFAULT_COLUMNS,
  describeProblem,
  renderHeader,
  renderPagination,
  renderRow,
  renderControls,
  renderSkeleton,
  statusText,
} from './job-table.js';

/** The language of `element`: its nearest `lang`, across shadow roots, else the browser's. */
function langOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') || 'en';
  for (let node: Node | null = element; node; node = (node as ShadowRoot).host ?? node.parentNode) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
  }
  return navigator.language;
}

/**
 * The jobs listing: a real table of jobs from a feed (its own JSON, schema.org
 * JSON-LD, Greenhouse, Lever, Indeed XML, Bullhorn, Workable, Ashby, Recruitee,
 * SmartRecruiters or Personio XML, or an ATS named by `ats`) or from `.jobs`, with a labelled
 * keyword search, a location filter, sorting by column, pages and a polite
 * live region that says how many jobs there are. Below 600px of its own
 * width the rows become cards.
 *
 * Each job has its own address on the host page: the title links to the
 * page with `?job=<id>` (the parameter is `param`), where the listing shows
 * the job's view, names the job and its employer in `document.title`, and
 * writes one schema.org `JobPosting` JSON-LD script into `document.head`,
 * so search engines index the job on the host's domain. The list writes none.
 * Several listings on one page each take their own `param`; listings that
 * share one leave a job to the listing whose feed has it.
 *
 * Loading, error (with Retry, keeping the same feed's last good rows) and empty states
 * are all shown in place; a broken feed never throws to the host page.
 *
 * @tag job-listing
 * @summary Jobs table with search, filter, sort, pages and every loading state.
 *
 * @csspart base - The wrapper of the whole listing.
 * @csspart controls - The search and filter row.
 * @csspart search - The keyword search field.
 * @csspart location-filter - The location filter.
 * @csspart status - The live region with the number of jobs.
 * @csspart error - The message when the feed fails.
 * @csspart retry - The Retry button.
 * @csspart table - The table.
 * @csspart title - The heading of the listing ("Latest jobs"), also the table's caption.
 * @csspart sort-button - The button in each column heading.
 * @csspart row - Each job's row (a card on narrow widths).
 * @csspart job-link - The link from a job's title to its own page.
 * @csspart empty - The "No job found" cell.
 * @csspart pagination - The page navigation.
 * @csspart page-button - Previous, next and each page number.
 * @csspart detail - A job's own view.
 * @csspart not-found - The view for a job id the feed does not have (with `detail`).
 * @csspart back-link - The link from a job back to the list.
 * @csspart job-title - The job's heading in its own view.
 * @csspart job-facts - Location, salary, type, department and posted date.
 * @csspart description - The job's description, sanitised.
 * @csspart apply-link - The Apply links.
 *
 * @fires {CustomEvent<Job>} job-apply - An Apply link was followed. Detail: the job. Cancelable: `preventDefault()` keeps the page, for hosts with their own apply flow.
 *
 * @cssprop --employer-color-primary - Links and buttons (default from the profile theme).
 * @cssprop --employer-color-on-primary - Text of the current page button.
 * @cssprop --employer-color-border - Table lines, field and card borders.
 * @cssprop --employer-color-surface - Card background on narrow widths.
 * @cssprop --employer-color-muted - The job count.
 * @cssprop --employer-color-error - Border of the error message.
 * @cssprop --employer-color-background - Background of the fields and buttons.
 * @cssprop --employer-scroll-margin - Space kept above the listing when the page scrolls to it.
 * @cssprop --employer-font - Body font.
 * @cssprop --employer-radius - Corner radius.
 */
export class JobListing extends ProfileConsumer {
  static override styles = jobListingStyles;

  private readonly feed = new FeedController(this);
  private readonly address = new JobAddressController(
    this,
    (params) => {
      if (this.urlState) {
        this.search = params.get(`${this.param}-search`) ?? '';
        this.locationChoice = params.get(`${this.param}-location`) ?? '';
      }
    },
    (id) => (this.view?.sliced.some((job) => job.id === id) ? true : this.loading ? undefined : false),
  );
  private readonly jsonLd = new JsonLdScript(this);
  private readonly pageTitle = new PageTitle();

  /** URL of the jobs feed. Default: the profile's `jobs.feed.url`, resolved against the page. */
  @property() src = '';

  /**
   * Jobs given directly, in the own feed format's job shape
   * (`{id, title, url, location, salary, department, type, posted}`); wins
   * over any feed. Jobs that don't fit are skipped with one message.
   * @type {readonly Job[] | undefined}
   */
  @property({attribute: false}) jobs?: unknown;

  /**
   * Feed format: `auto` (default, detected), `own`, `json-ld`, `greenhouse`, `lever`, `indeed-xml`,
   * `bullhorn`, `workable`, `ashby`, `recruitee`, `smartrecruiters` or `personio-xml`.
   */
  @property() format: FeedFormat = 'auto';

  /**
   * An ATS's public feed instead of a URL: `<provider>:<account>` (`ashby:acme`, `workable:acme`,
   * `recruitee:acme`, `smartrecruiters:Acme`, `personio:acme[:de]`, `greenhouse:acme`, `lever:acme`)
   * or `bullhorn:<cluster>:<corpToken>`. `src` wins over it.
   */
  @property() ats = '';

  /**
   * A pass-through on the host's own site for `ats` (`/ats/`): the request goes to it with the
   * provider's URL after it, without `https://`, for providers that answer only the employer's own site.
   */
  @property({attribute: 'ats-proxy'}) atsProxy = '';

  /** Jobs per page. Default: the profile's `jobs.pageSize`, else 10. */
  @property({type: Number, attribute: 'page-size'}) pageSize?: number;

  /** Milliseconds to wait for the feed (default 10000). */
  @property({type: Number}) timeout = 10_000;

  /** Largest feed read, in bytes (default 5000000); larger ones are cut off while streaming. */
  @property({type: Number, attribute: 'max-bytes'}) maxBytes = 5_000_000;

  /** Level of the listing's heading and of a job's heading in its own view (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /**
   * Shows only the jobs at this place (an agency's slice of the feed): a town,
   * region or country that any part of a job's places names, case and accents
   * aside (`zurich` finds "Zürich, CH"), or `remote`; several separated by `|`
   * (`Manchester|Leeds`).
   */
  @property() location = '';

  /** Shows only the jobs of this department; several separated by `|`. */
  @property() department = '';

  /** Shows only the jobs of this employment type (`full-time` finds "Full-time", `FULL_TIME` and the profile's label); several separated by `|`. */
  @property() type = '';

  /**
   * Id of a job to show on its own whatever the address says: the listing on
   * a job's pre-rendered page (`npx employer-widgets render`).
   */
  @property() job = '';

  /** Where a job's link back to the list goes (default: this page without `?job=`). */
  @property({attribute: 'list-href'}) listHref = '';

  /**
   * Folder of pre-rendered job pages (`jobs/`): each title then links to the
   * job's own page there, which a click follows, instead of `?job=<id>`.
   */
  @property({attribute: 'job-pages'}) jobPages = '';

  /** Keeps the search and location filter in the page's address (`<param>-search`, `<param>-location`), so a filtered view can be shared. */
  @property({type: Boolean, reflect: true, attribute: 'url-state'}) urlState = false;

  /**
   * The query parameter that names the job shown on its own (default `job`:
   * `?job=<id>`). Give each listing on a page its own (`param="nurses"`), so
   * each opens its own jobs; listings that share one show a job only where
   * their feed has it, and the others keep their lists.
   */
  @property({attribute: 'param'})
  get param(): string {
    return this.paramName || 'job';
  }
  set param(value: string) {
    this.paramName = value;
  }

  /** Leaves `document.title` alone on a job's view (by default it names the job and the employer). */
  @property({type: Boolean, attribute: 'no-title'}) noTitle = false;

  @state() private search = '';
  @state() private locationChoice = '';
  @state() private sort?: JobQuery['sort'];
  @state() private page = 1;

  private paramName = '';
  private source = '';
  /** The jobs last given through `.jobs` or a child script. */
  private given?: unknown;
  private script?: {text: string; value: unknown};
  /** The agency's slice and its locations, kept while the jobs and presets stay the same. */
  private view?: {jobs: readonly Job[]; key: string; labels: Labels; sliced: readonly Job[]; locations: string[]};
  /** The id of the job view last rendered (the job's or "not found"), or null for the list. */
  private shownId: string | null = null;
  /** What the other listings reading `param` were last told of this one's jobs. */
  private told?: {sliced?: readonly Job[]; loading: boolean};

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd.set(undefined);
    this.pageTitle.set(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('param') && this.hasUpdated) this.address.read();
    const given = this.jobs ?? this.readScript();
    if (given !== undefined) {
      if (given !== this.given) {
        this.given = given;
        this.source = '';
        this.feed.use(given);
      }
      return;
    }
    this.given = undefined;
    // A server render shows the jobs it is given; it fetches nothing.
    if (isServer) return;
    const feed = this.feedSource();
    if ('error' in feed) {
      if (this.source !== feed.error) this.feed.reject((this.source = feed.error));
      return;
    }
    const {url, format} = feed;
    const href = url && new URL(url, document.baseURI).href;
    const source = href && `${href} ${format} ${this.timeout} ${this.maxBytes}`;
    if (source === this.source) return;
    this.source = source;
    if (href) void this.feed.load(href, {format, timeout: this.timeout, maxBytes: this.maxBytes});
    else this.feed.clear();
  }

  /**
   * The feed to read: `src`, else the `ats` shorthand's, else the profile's
   * `jobs.feed` (its `url`, else its `ats`); a bad shorthand's message instead.
   */
  private feedSource(): {url: string; format: FeedFormat} | {error: string} {
    const feed = this.current?.jobs?.feed;
    const ats = this.src ? '' : this.ats || (feed?.url ? '' : (feed?.ats ?? ''));
    if (!ats) return {url: this.src || feed?.url || '', format: this.src ? this.format : (feed?.format ?? this.format)};
    try {
      return atsFeed(ats, this.atsProxy || feed?.proxy || '');
    } catch (error) {
      return {error: (error as Error).message};
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncHead();
    if (this.urlState) this.writeAddressState();
    // Focus waits for the rows: the job or its row link may not be there while loading.
    if (!this.loading) this.address.moveFocus(this.shadowRoot!, this.shownId);
    const sliced = this.view?.sliced;
    if (!this.told || this.told.sliced !== sliced || this.told.loading !== this.loading) {
      this.told = {sliced, loading: this.loading};
      this.address.tellOthers();
    }
  }

  /**
   * The jobs of a child `<script type="application/json">`, as a pre-rendered
   * page carries them so the listing starts with what the server showed.
   */
  private readScript(): unknown {
    if (isServer) return undefined;
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (text == null) return undefined;
    if (this.script?.text !== text) {
      let value: unknown = null;
      try {
        value = JSON.parse(text);
      } catch {
        // null: the feed controller reports the jobs as unreadable.
      }
      this.script = {text, value};
    }
    return this.script.value;
  }

  /** The id of the job to show on its own (`job`, else the address's), or null for the list. */
  private get wantedId(): string | null {
    return this.job || this.address.jobId;
  }

  /** Fetches the feed again. */
  retry(): Promise<void> {
    return this.feed.retry();
  }

  override render(): unknown {
    const profile = this.current;
    // An own profile that failed validation: the base class shows why.
    if (this.profile !== undefined && !profile) return super.render();
    // Under a provider that is loading or failed: the provider speaks.
    if (this.provided && !profile) return nothing;
    return this.renderProfile(profile);
  }

  protected override renderProfile(profile: EmployerProfile | undefined): TemplateResult {
    const labels = this.labels;
    const locale = profile?.locale ?? langOf(this);
    const state = this.feed.state;
    const loading = this.loading;
    const view = this.sliceOf(state.status === 'idle' ? [] : this.feed.jobs, locale, labels);
    const id = this.wantedId;
    const job = this.shownJob();
    // A job this listing lacks: "Job not found" once loaded, unless another listing reading the same parameter answers it.
    const missing = !loading && (!!this.job || (id !== null && this.address.answersMissing(id)));
    const detail = id !== null && view && !(loading && !view.sliced.length) && (job || missing);
    this.shownId = detail ? id : null;
    return html`<div part="base" lang=${profile?.locale ?? nothing}>
      ${detail
        ? this.renderDetail(job, labels, locale)
        : this.renderList(profile, labels, locale, view, loading, state.status === 'error' || state.status === 'loading' ? state.problem : undefined)}
    </div>`;
  }

  private renderDetail(job: Job | undefined, labels: Labels, locale: string): TemplateResult {
    const context: DetailContext = {
      labels,
      locale,
      level: this.headingLevel,
      listHref: this.listHref || (isServer ? '?' : jobHref(this.param, null)),
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
  private sliceOf(jobs: readonly Job[] | undefined, locale: string, labels: Labels) {
    if (!jobs) return undefined;
    const presets = (['location', 'department', 'type'] as JobFilterKey[]).filter((key) => this[key]);
    const key = `${presets.map((name) => `${name}=${this[name]}`).join('&')} ${locale}`;
    if (this.view?.jobs !== jobs || this.view.key !== key || this.view.labels !== labels) {
      const sliced = presets.length ? jobs.filter(jobFilter(this, labels, locale)) : jobs;
      this.view = {jobs, key, labels, sliced, locations: placeOptions(sliced, labels, locale)};
    }
    return this.view;
  }

  /** The job shown on its own, if the address names one in the slice. */
  private shownJob(): Job | undefined {
    const id = this.wantedId;
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
    const pageSize = this.pageSize ?? settings?.pageSize ?? 10;
    const filtering = !!(this.search.trim() || this.locationChoice);
    const result = jobs && queryJobs(jobs, {search: this.search, location: this.locationChoice, sort: this.sort, page: this.page, pageSize}, locale, labels);
    const shown = result && !(loading && !jobs?.length) ? result.total : undefined;
    const status = statusText(shown, filtering, loading, labels, locale);
    const title = settings?.title ?? 'Latest jobs';
    return html`${renderHeading(this.headingLevel, title, 'jobs-title', 'title')}
      ${renderControls(labels, {search: this.search, location: this.locationChoice}, locations, this.handleSearch, this.handleLocation)}
      <p class="status" part="status" role="status">${status}</p>
      ${problem
        ? html`<div part="error" role="alert">
            <p>${describeProblem(problem, labels)}</p>
            <button part="retry" type="button" @click=${this.handleRetry}>${labels.retry}</button>
          </div>`
        : nothing}
      <table part="table" tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>
        <caption class="visually-hidden">${title}</caption>
        <thead>
          <tr>${columns.map((column) => renderHeader(column, this.sort, this.handleSort))}</tr>
        </thead>
        <tbody @click=${this.handleJobLink}>
          ${!result || (loading && !jobs?.length)
            ? renderSkeleton(columns.length, pageSize, loading)
            : result.items.length
              ? result.items.map((job) => renderRow(job, columns, labels, locale, this.param, this.jobLink(job)))
              : html`<tr><td part="empty" colspan=${columns.length}>${settings?.empty ?? 'No job found'}</td></tr>`}
        </tbody>
      </table>
      ${result && result.pages > 1 ? renderPagination(result.page, result.pages, labels, this.goTo) : nothing}`;
  }

  /** A job's own page: pre-rendered in `job-pages`, else this page with `?job=<id>`. */
  private jobLink(job: Job): string {
    if (this.jobPages) return `${this.jobPages}${jobFileName(job.id)}.html`;
    return isServer ? `?${encodeURIComponent(this.param)}=${encodeURIComponent(job.id)}` : jobHref(this.param, job.id);
  }

  private writeAddressState(): void {
    const url = new URL(location.href);
    const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set(`${this.param}-search`, this.search.trim());
    set(`${this.param}-location`, this.locationChoice);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  /**
   * On a job's view, exactly one JobPosting in `document.head` and the job
   * and its employer in `document.title`; on the list, neither.
   */
  private syncHead(): void {
    const job = this.shownJob();
    if (!job) {
      this.jsonLd.set(undefined);
      this.pageTitle.set(undefined);
      return;
    }
    const profile = this.current;
    // A pre-rendered job page is the job's own address; its JSON-LD in <head> is adopted as the server wrote it.
    const pageUrl = this.job ? location.href : new URL(jobHref(this.param, job.id), location.href).href;
    const description = descriptionHtml(descriptionOf(job));
    this.jsonLd.set({id: job.id, text: jsonLdText(jobPosting(job, {profile, pageUrl, description}))});
    const employer = profile?.employer.name ?? job.hiringOrganization?.name;
    this.pageTitle.set(this.noTitle ? undefined : employer ? fill(this.labels.jobPageTitle, {job: job.title, employer}) : job.title);
  }

  /** Whether the feed is loading (or about to). */
  private get loading(): boolean {
    const status = this.feed.state.status;
    return status === 'loading' || (status === 'idle' && !!this.source);
  }

  /** A plain click on a job's title opens its view in place; other clicks follow the link. */
  private handleJobLink(event: MouseEvent): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[part~="job-link"]');
    // A pre-rendered job page is a page of its own: the link is followed.
    if (!link || this.jobPages || event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    this.address.open(link.href);
  }

  private readonly handleBack = (event: MouseEvent) => {
    if (!isPlainClick(event) || this.job) return;
    event.preventDefault();
    this.address.back();
  };

  private handleApply(event: MouseEvent, job: Job): void {
    if (!emit(this, 'job-apply', job, {cancelable: true})) event.preventDefault();
  }

  private readonly goTo = async (page: number): Promise<void> => {
    const focused = this.shadowRoot!.activeElement as HTMLElement | null;
    this.page = page;
    await this.updateComplete;
    // Previous/next may now be disabled: keep focus in the pagination.
    if (focused && (focused as HTMLButtonElement).disabled) {
      this.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  };

  private readonly handleSearch = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    this.page = 1;
  };

  private readonly handleLocation = (event: Event): void => {
    this.locationChoice = (event.target as HTMLSelectElement).value;
    this.page = 1;
  };

  private readonly handleSort = (key: JobSortKey): void => {
    const direction = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = {key, direction};
    this.page = 1;
  };

  private async handleRetry(): Promise<void> {
    await this.retry();
    await this.updateComplete;
    // The Retry button is gone once the feed loads: keep focus on the result.
    if (this.feed.state.status === 'ready') this.shadowRoot!.querySelector<HTMLElement>('table')?.focus();
  }
}

define('job-listing', JobListing);

/** The events of `<job-listing>`, by name. */
export interface JobListingEventMap {
  'job-apply': CustomEvent<Job>;
}

declare global {
  interface HTMLElementTagNameMap {
    'job-listing': JobListing;
  }
  interface HTMLElementEventMap extends JobListingEventMap {}
  // The events bubble out of shadow roots (composed): a host may listen on the document or window.
  interface DocumentEventMap extends JobListingEventMap {}
  interface WindowEventMap extends JobListingEventMap {}
}

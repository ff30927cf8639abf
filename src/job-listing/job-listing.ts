import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {FeedFormat} from '../feeds/detect.js';
import {FeedController, type FeedProblem} from '../feeds/feed-controller.js';
import type {Job} from '../feeds/job.js';
import {formatPostedDate, formatSalary} from '../feeds/salary.js';
import {jobPosting, jsonLdText} from '../jobs/job-posting.js';
import {distinct, queryJobs, type JobFilterKey, type JobQuery, type JobSortKey} from '../jobs/query.js';
import {descriptionHtml, parseDescription} from '../jobs/sanitize.js';
import {fill} from '../profile/labels.js';
import type {EmployerProfile, JobsSettings, Labels} from '../profile/profile.js';
import {renderHeading} from '../rich-text/render-blocks.js';
import {define} from '../shared/define.js';
import {emit} from '../shared/emit.js';
import {ProfileConsumer} from '../shared/profile-consumer.js';
import {renderJobDetail, renderJobNotFound, type DetailContext} from './job-detail.js';
import {jobListingStyles} from './job-listing.styles.js';

type Column = JobsSettings['columns'][number];

const DEFAULT_COLUMNS: Column[] = [
  {key: 'title', label: 'Title'},
  {key: 'location', label: 'Location'},
  {key: 'salary', label: 'Salary'},
];

/** The language of `element`: its nearest `lang`, across shadow roots, else the browser's. */
function langOf(element: Element): string {
  for (let node: Node | null = element; node; node = (node as ShadowRoot).host ?? node.parentNode) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
  }
  return navigator.language;
}

/**
 * The jobs listing: a real table of jobs from a feed (its own JSON, schema.org
 * JSON-LD, Greenhouse, Lever or Indeed XML) or from `.jobs`, with a labelled
 * keyword search, a location filter, sorting by column, pages and a polite
 * live region that says how many jobs there are. Below 600px of its own
 * width the rows become cards.
 *
 * Each job has its own address on the host page: the title links to the
 * page with `?job=<id>`, where the listing shows the job's view and writes
 * one schema.org `JobPosting` JSON-LD script into its light DOM, so search
 * engines index the job on the host's domain. The list writes none.
 *
 * Loading, error (with Retry, keeping the last good rows) and empty states
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
 * @fires job-apply - An Apply link was followed. Detail: the job. Cancelable: `preventDefault()` keeps the page, for hosts with their own apply flow.
 *
 * @cssprop --employer-color-primary - Links and buttons (default from the profile theme).
 * @cssprop --employer-color-on-primary - Text of the current page button.
 * @cssprop --employer-color-border - Table lines, field and card borders.
 * @cssprop --employer-color-surface - Card background on narrow widths.
 * @cssprop --employer-color-muted - The job count.
 * @cssprop --employer-color-error - Border of the error message.
 * @cssprop --employer-font - Body font.
 * @cssprop --employer-radius - Corner radius.
 */
export class JobListing extends ProfileConsumer {
  static override styles = jobListingStyles;

  private readonly feed = new FeedController(this);

  /** URL of the jobs feed. Default: the profile's `jobs.feed.url`, resolved against the page. */
  @property() src = '';

  /** Jobs given directly, in the own feed format's job shape; wins over any feed. */
  @property({attribute: false}) jobs?: unknown;

  /** Feed format: `auto` (default, detected), `own`, `json-ld`, `greenhouse`, `lever` or `indeed-xml`. */
  @property() format: FeedFormat = 'auto';

  /** Jobs per page. Default: the profile's `jobs.pageSize`, else 10. */
  @property({type: Number, attribute: 'page-size'}) pageSize?: number;

  /** Milliseconds to wait for the feed. */
  @property({type: Number}) timeout = 10_000;

  /** Largest feed read, in bytes; larger ones are cut off while streaming. */
  @property({type: Number, attribute: 'max-bytes'}) maxBytes = 5_000_000;

  /** Level of the listing's heading and of a job's heading in its own view (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** Shows only the jobs in this location (an agency's slice of the feed). */
  @property() location = '';

  /** Shows only the jobs of this department. */
  @property() department = '';

  /** Shows only the jobs of this type ("Full-time"). */
  @property() type = '';

  /** Keeps the search and location filter in the page's address, so a filtered view can be shared. */
  @property({type: Boolean, reflect: true, attribute: 'url-state'}) urlState = false;

  /** The job shown on its own (`?job=<id>` in the page's address), or null for the list. */
  @state() private jobId: string | null = null;
  @state() private search = '';
  @state() private locationChoice = '';
  @state() private sort?: JobQuery['sort'];
  @state() private page = 1;

  private source = '';

  private jsonLd?: HTMLScriptElement;
  private listScroll = 0;
  /** The job whose link took us to its view: focus returns to it. */
  private returnTo?: string;
  private moveFocus?: 'heading' | 'row';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    this.readAddress();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.jobs !== undefined) {
      if (changed.has('jobs')) {
        this.source = '';
        this.feed.use(this.jobs);
      }
      return;
    }
    const profile = this.current;
    const url = this.src || profile?.jobs?.feed?.url || '';
    const format = this.src ? this.format : (profile?.jobs?.feed?.format ?? this.format);
    const source = url && `${new URL(url, document.baseURI).href} ${format} ${this.timeout} ${this.maxBytes}`;
    if (source === this.source) return;
    this.source = source;
    if (url) void this.feed.load(new URL(url, document.baseURI).href, {format, timeout: this.timeout, maxBytes: this.maxBytes});
    else this.feed.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncJsonLd();
    if (this.urlState) this.writeAddressState();
    const focus = this.moveFocus;
    if (!focus || this.feed.state.status === 'loading') return;
    this.moveFocus = undefined;
    if (focus === 'heading') {
      const heading = this.shadowRoot!.getElementById('job-heading');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({preventScroll: true});
      // A job opened from the address may sit far down the host page: bring it into view.
      const {top} = heading.getBoundingClientRect();
      if (top < 0 || top > window.innerHeight * 0.8) this.scrollIntoView({block: 'start'});
    } else {
      window.scrollTo({top: this.listScroll});
      const link = [...this.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="job-link"]')].find(
        (a) => new URL(a.href).searchParams.get('job') === this.returnTo,
      );
      link?.focus({preventScroll: true});
    }
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
    const jobs = state.status === 'ready' ? state.jobs : state.status === 'idle' ? [] : state.last;
    const loading = state.status === 'loading' || (state.status === 'idle' && !!this.source);
    const sliced = jobs && this.slice(jobs);
    const detail = this.jobId !== null && sliced && !(loading && !sliced.length);
    return html`<div part="base" lang=${profile?.locale ?? nothing}>
      ${detail
        ? this.renderDetail(sliced.find((job) => job.id === this.jobId), labels, locale)
        : this.renderList(profile, labels, locale, sliced, loading, state.status === 'error' || state.status === 'loading' ? state.problem : undefined)}
    </div>`;
  }

  private renderDetail(job: Job | undefined, labels: Labels, locale: string): TemplateResult {
    const context: DetailContext = {
      labels,
      locale,
      level: this.headingLevel,
      listHref: this.pageHref(null),
      onBack: this.handleBack,
      onApply: (event) => this.handleApply(event, job!),
    };
    return job ? renderJobDetail(job, context) : renderJobNotFound(context);
  }

  /** The agency's slice: the jobs matching the preset attributes. */
  private slice(jobs: readonly Job[]): readonly Job[] {
    const presets = (['location', 'department', 'type'] as JobFilterKey[]).filter((key) => this[key]);
    if (!presets.length) return jobs;
    return jobs.filter((job) => presets.every((key) => job[key]?.toLowerCase() === this[key].toLowerCase()));
  }

  /** The job shown on its own, if the address names one that exists. */
  private shownJob(): Job | undefined {
    const state = this.feed.state;
    const jobs = state.status === 'ready' ? state.jobs : state.status === 'idle' ? undefined : state.last;
    return this.jobId === null ? undefined : jobs && this.slice(jobs).find((job) => job.id === this.jobId);
  }

  private renderList(
    profile: EmployerProfile | undefined,
    labels: Labels,
    locale: string,
    jobs: readonly Job[] | undefined,
    loading: boolean,
    problem: FeedProblem | undefined,
  ): TemplateResult {
    const settings = profile?.jobs;
    const columns = settings?.columns ?? DEFAULT_COLUMNS;
    const pageSize = this.pageSize ?? settings?.pageSize ?? 10;
    const filtering = !!(this.search.trim() || this.locationChoice);
    const result = jobs && queryJobs(jobs, {search: this.search, location: this.locationChoice, sort: this.sort, page: this.page, pageSize}, locale);
    const locations = jobs ? distinct(jobs, 'location', locale) : [];
    let status = labels.loading;
    if (result && !(loading && !jobs?.length)) {
      const one = new Intl.PluralRules(locale).select(result.total) === 'one';
      const label = filtering ? (one ? labels.jobsMatchOne : labels.jobsMatchOther) : one ? labels.jobsCountOne : labels.jobsCountOther;
      status = fill(label, {count: result.total});
    } else if (!loading) status = '';
    const title = settings?.title ?? 'Latest jobs';
    return html`${renderHeading(this.headingLevel, title, 'jobs-title', 'title')}
      <div class="controls" part="controls">
        <div class="field">
          <label for="search">${labels.search}</label>
          <input id="search" part="search" type="search" autocomplete="off" .value=${this.search} @input=${this.handleSearch} />
        </div>
        ${locations.length > 1
          ? html`<div class="field">
              <label for="location">${labels.location}</label>
              <select id="location" part="location-filter" @change=${this.handleLocation}>
                <option value="" ?selected=${!this.locationChoice}>${labels.allLocations}</option>
                ${locations.map((location) => html`<option ?selected=${location === this.locationChoice}>${location}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <p class="status" part="status" role="status">${status}</p>
      ${problem
        ? html`<div part="error" role="alert">
            <p>${this.describeProblem(problem, labels)}</p>
            <button part="retry" type="button" @click=${this.handleRetry}>${labels.retry}</button>
          </div>`
        : nothing}
      <table part="table" tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>
        <caption class="visually-hidden">${title}</caption>
        <thead>
          <tr>${columns.map((column) => this.renderHeader(column))}</tr>
        </thead>
        <tbody @click=${this.handleJobLink}>
          ${!result || (loading && !jobs?.length)
            ? this.renderSkeleton(columns.length, pageSize, loading)
            : result.items.length
              ? result.items.map((job) => this.renderRow(job, columns, labels, locale))
              : html`<tr><td part="empty" colspan=${columns.length}>${settings?.empty ?? 'No job found'}</td></tr>`}
        </tbody>
      </table>
      ${result && result.pages > 1 ? this.renderPagination(result.page, result.pages, labels) : nothing}`;
  }

  private renderHeader(column: Column): TemplateResult {
    const sorted = this.sort?.key === column.key ? this.sort.direction : undefined;
    return html`<th scope="col" aria-sort=${sorted ?? nothing}>
      <button part="sort-button" type="button" @click=${() => this.handleSort(column.key)}>
        ${column.label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  private renderRow(job: Job, columns: Column[], labels: Labels, locale: string): TemplateResult {
    return html`<tr part="row">
      ${columns.map((column) => {
        if (column.key === 'title') {
          return html`<th scope="row"><a part="job-link" href=${this.pageHref(job.id)}>${job.title}</a></th>`;
        }
        const value =
          column.key === 'salary'
            ? formatSalary(job.salary, locale, labels)
            : column.key === 'posted'
              ? job.posted && formatPostedDate(job.posted, locale)
              : job[column.key];
        // Cards label each value; an empty cell gets no label.
        return html`<td data-label=${value ? column.label : nothing}>${value ?? ''}</td>`;
      })}
    </tr>`;
  }

  private renderSkeleton(columns: number, rows: number, loading: boolean): TemplateResult[] {
    if (!loading) return [];
    return Array.from({length: Math.min(rows, 10)}, () => html`<tr aria-hidden="true">${Array.from({length: columns}, () => html`<td><span class="bone"></span></td>`)}</tr>`);
  }

  private renderPagination(page: number, pages: number, labels: Labels): TemplateResult {
    const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
    return html`<nav part="pagination" aria-label=${labels.pages}>
      <button part="page-button" type="button" ?disabled=${page === 1} @click=${() => this.goTo(page - 1)}>${labels.previous}</button>
      <ul role="list">
        ${shown.map(
          (n, index) => html`${index > 0 && n - shown[index - 1] > 1 ? html`<li class="gap" aria-hidden="true">…</li>` : nothing}
            <li>
              <button part="page-button" type="button" aria-label=${fill(labels.page, {page: n})} aria-current=${n === page ? 'page' : nothing} @click=${() => this.goTo(n)}>${n}</button>
            </li>`,
        )}
      </ul>
      <button part="page-button" type="button" ?disabled=${page === pages} @click=${() => this.goTo(page + 1)}>${labels.next}</button>
    </nav>`;
  }

  private describeProblem(problem: FeedProblem, labels: Labels): string {
    switch (problem.kind) {
      case 'timeout':
        return labels.feedTimeout;
      case 'too-large':
        return labels.feedTooLarge;
      case 'network':
        return labels.feedNetwork;
      case 'status':
        return fill(labels.feedStatus, {status: problem.status});
      case 'unreadable':
        return `${labels.feedUnreadable} (${problem.detail})`;
    }
  }

  /** A job's own address (this page with `job=<id>`, other parameters kept), or the list's (`null`). */
  private pageHref(id: string | null): string {
    const url = new URL(location.href);
    if (id === null) url.searchParams.delete('job');
    else url.searchParams.set('job', id);
    url.hash = '';
    return `${url.pathname}${url.search}`;
  }

  /** Reads `?job=` (and, with `url-state`, the search and location) from the address. */
  private readAddress(): void {
    const params = new URLSearchParams(location.search);
    const id = params.get('job');
    if (this.jobId !== null && id === null) {
      this.returnTo = this.jobId;
      this.moveFocus = 'row';
    } else if (id !== null && id !== this.jobId) {
      this.moveFocus = 'heading';
    }
    this.jobId = id;
    if (this.urlState) {
      this.search = params.get('job-search') ?? '';
      this.locationChoice = params.get('job-location') ?? '';
    }
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
    if (!job) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    const description = descriptionHtml(parseDescription(job.description ?? ''));
    const text = jsonLdText(jobPosting(job, {profile: this.current, pageUrl: new URL(this.pageHref(job.id), location.href).href, description}));
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
    }
    // A text node, not textContent: data is never script, and this stays clear of Trusted Types sinks.
    if (this.jsonLd.textContent !== text) this.jsonLd.replaceChildren(document.createTextNode(text));
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  private readonly handlePopState = () => this.readAddress();

  /** A plain click on a job's title opens its view in place; other clicks (new tab) go to the address. */
  private handleJobLink(event: MouseEvent): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[part~="job-link"]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.listScroll = window.scrollY;
    const id = new URL(link.href).searchParams.get('job');
    history.pushState({...history.state, employerJob: id}, '', link.href);
    this.readAddress();
  }

  private readonly handleBack = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Came from the list: go back in history, so Back and this link agree.
    if (history.state?.employerJob === this.jobId) history.back();
    else {
      history.pushState(history.state, '', this.pageHref(null));
      this.readAddress();
    }
  };

  private handleApply(event: MouseEvent, job: Job): void {
    if (!emit(this, 'job-apply', job, {cancelable: true})) event.preventDefault();
  }

  private async goTo(page: number): Promise<void> {
    const focused = this.shadowRoot!.activeElement as HTMLElement | null;
    this.page = page;
    await this.updateComplete;
    // Previous/next may now be disabled: keep focus in the pagination.
    if (focused && (focused as HTMLButtonElement).disabled) {
      this.shadowRoot!.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  }

  private handleSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    this.page = 1;
  }

  private handleLocation(event: Event): void {
    this.locationChoice = (event.target as HTMLSelectElement).value;
    this.page = 1;
  }

  private handleSort(key: JobSortKey): void {
    const direction = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = {key, direction};
    this.page = 1;
  }

  private async handleRetry(): Promise<void> {
    await this.retry();
    await this.updateComplete;
    // The Retry button is gone once the feed loads: keep focus on the result.
    if (this.feed.state.status === 'ready') this.shadowRoot!.querySelector<HTMLElement>('table')?.focus();
  }
}

define('job-listing', JobListing);

declare global {
  interface HTMLElementTagNameMap {
    'job-listing': JobListing;
  }
  interface HTMLElementEventMap {
    'job-apply': CustomEvent<Job>;
  }
}

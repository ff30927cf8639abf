import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import type {FeedFormat} from '../feeds/detect.js';
import type {Job} from '../feeds/job.js';
import type {EmployerProfile, Labels} from '../profile/profile.js';
import {Chunk} from '../shared/chunk.js';
import {ChunkController} from '../shared/chunk-controller.js';
import {define} from '../shared/define.js';
import {nearOrIdle, type NearOrIdle} from '../shared/near-or-idle.js';
import {LazyProfileConsumer} from '../profile-consumer/lazy-profile-consumer.js';
import type {ListingView} from './job-listing-view.js';
import {jobListingStyles} from './job-listing.styles.js';
import {renderSkeletonFrame} from './job-frame.js';

type ListingCode = typeof import('./job-listing-view.js');
type JobViewCode = typeof import('./job-view.js');

/** The listing's code: a chunk of its own, loaded when the listing nears the viewport. */
const listingChunk = new Chunk<ListingCode>(() => import('./job-listing-view.js'), isServer ? '' : import.meta.resolve('./job-listing-view.js'));

/** A job's own view: a chunk of its own, loaded when a job is about to be shown. */
const jobChunk = new Chunk<JobViewCode>(() => import('./job-view.js'), isServer ? '' : import.meta.resolve('./job-view.js'));

/**
 * Gives the listing its code and a job's view up front, for a server render
 * (`src/ssr/`), which renders each element at once and cannot wait for a chunk.
 */
export function provideListingCode(module: ListingCode, jobView: JobViewCode): void {
  listingChunk.provide(module);
  jobChunk.provide(jobView);
}

/** Whether the page's address names a job for `param` (`?job=<id>`): then its view is built at once. */
const addressNamesAJob = (param: string) => new URLSearchParams(location.search).has(param);

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
 * The listing is built when it nears the viewport, or once the page is idle,
 * and at once on a job's address (`?<param>=`) or with `job`. Until then it shows a skeleton
 * with the height of a page of rows, so nothing below it moves. Its code is a
 * chunk beside `employer-widgets.js`; if that cannot be loaded, the listing
 * says so with a Retry button. A pre-rendered listing loads it before it hydrates.
 * A job's own view is another chunk, loaded when a job is about to be shown:
 * at once on a job's address, when a job's link is pointed at or focused,
 * and on opening it. Meanwhile the list stays, busy (or its skeleton, on a
 * job's address); if it cannot be loaded, the job's place says so with Retry.
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
export class JobListing extends LazyProfileConsumer {
  static override styles = jobListingStyles;

  // Declared here rather than with decorators, as every element of ours: their code would be one more thing to load.
  static override properties: PropertyDeclarations = {
    src: {},
    jobs: {attribute: false},
    format: {},
    ats: {},
    atsProxy: {attribute: 'ats-proxy'},
    applyUrl: {attribute: 'apply-url'},
    pageSize: {type: Number, attribute: 'page-size'},
    timeout: {type: Number},
    maxBytes: {type: Number, attribute: 'max-bytes'},
    headingLevel: {type: Number, attribute: 'heading-level'},
    location: {},
    department: {},
    type: {},
    job: {},
    listHref: {attribute: 'list-href'},
    jobPages: {attribute: 'job-pages'},
    urlState: {type: Boolean, reflect: true, attribute: 'url-state'},
    param: {},
    noTitle: {type: Boolean, attribute: 'no-title'},
  };

  /** URL of the jobs feed. Default: the profile's `jobs.feed.url`, resolved against the page. */
  src = '';

  /**
   * Jobs given directly, in the own feed format's job shape
   * (`{id, title, url, location, salary, department, type, posted}`); wins
   * over any feed. Jobs that don't fit are skipped with one message.
   * @type {readonly Job[] | undefined}
   */
  jobs?: unknown;

  /**
   * Feed format: `auto` (default, detected), `own`, `json-ld`, `greenhouse`, `lever`, `indeed-xml`,
   * `bullhorn`, `workable`, `ashby`, `recruitee`, `smartrecruiters` or `personio-xml`.
   */
  format: FeedFormat = 'auto';

  /**
   * An ATS's public feed instead of a URL: `<provider>:<account>` (`ashby:acme`, `workable:acme`,
   * `recruitee:acme`, `smartrecruiters:Acme`, `personio:acme[:de]`, `greenhouse:acme`, `lever:acme`)
   * or `bullhorn:<cluster>:<corpToken>`. `src` wins over it.
   */
  ats = '';

  /**
   * A pass-through on the host's own site for `ats` (`/ats/`): the request goes to it with the
   * provider's URL after it, without `https://`, for providers that answer only the employer's own site.
   */
  atsProxy = '';

  /**
   * Where a candidate applies for a job whose feed gives no link (Bullhorn's gives none):
   * an address with `{id}` where the job's id goes (`https://jobs.agency.example/#/jobs/{id}`).
   * Default: the profile's `jobs.applyUrl`. Jobs with a link of their own keep it.
   */
  applyUrl = '';

  /** Jobs per page. Default: the profile's `jobs.pageSize`, else 10. */
  pageSize?: number;

  /** Milliseconds to wait for the feed (default 10000). */
  timeout = 10_000;

  /** Largest feed read, in bytes (default 5000000); larger ones are cut off while streaming. */
  maxBytes = 5_000_000;

  /** Level of the listing's heading and of a job's heading in its own view (default 2). */
  headingLevel = 2;

  /**
   * Shows only the jobs at this place (an agency's slice of the feed): a town,
   * region or country that any part of a job's places names, case and accents
   * aside (`zurich` finds "Zürich, CH"), or `remote`; several separated by `|`
   * (`Manchester|Leeds`).
   */
  location = '';

  /** Shows only the jobs of this department; several separated by `|`. */
  department = '';

  /** Shows only the jobs of this employment type (`full-time` finds "Full-time", `FULL_TIME` and the profile's label); several separated by `|`. */
  type = '';

  /**
   * Id of a job to show on its own whatever the address says: the listing on
   * a job's pre-rendered page (`npx employer-widgets render`).
   */
  job = '';

  /** Where a job's link back to the list goes (default: this page without `?job=`). */
  listHref = '';

  /**
   * Folder of pre-rendered job pages (`jobs/`): each title then links to the
   * job's own page there, which a click follows, instead of `?job=<id>`.
   */
  jobPages = '';

  /** Keeps the search and location filter in the page's address (`<param>-search`, `<param>-location`), so a filtered view can be shared. */
  urlState = false;

  /**
   * The query parameter that names the job shown on its own (default `job`:
   * `?job=<id>`). Give each listing on a page its own (`param="nurses"`), so
   * each opens its own jobs; listings that share one show a job only where
   * their feed has it, and the others keep their lists.
   */
  get param(): string {
    return this.paramName || 'job';
  }
  set param(value: string) {
    this.paramName = value;
  }

  /** Leaves `document.title` alone on a job's view (by default it names the job and the employer). */
  noTitle = false;

  private paramName = '';
  /** The listing's code; if it cannot be loaded, the skeleton says so with Retry. */
  private readonly listingCode = new ChunkController(this, listingChunk);
  /** A job's view; if it cannot be loaded, the job's place says so with Retry. */
  private readonly jobCode = new ChunkController(this, jobChunk);
  /** Watching for the listing to near the viewport, or for the page to be idle. */
  private near?: NearOrIdle;
  /** The listing's behaviour, once its code has loaded. */
  private view?: ListingView;
  private prerenderedView = false;

  override connectedCallback(): void {
    // Pre-rendered (declarative shadow DOM): the server showed the full view, so build it before the first update.
    this.prerenderedView ||= !isServer && !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    if (this.hasUpdated) this.watch();
  }

  /**
   * Pre-rendered, the links work as they are. A list hydrates (and loads its
   * chunk) when it nears the viewport or someone reaches for it, as a list
   * rendered by script is built. A job's own page (`job`) is all there:
   * its title, JSON-LD and links came from the server, so it hydrates when
   * someone reaches for it, its chunk loaded meanwhile so that the click that
   * woke it (on Apply: `job-apply`) finds its handler.
   */
  protected override hydrateWhen(): 'reached' | 'near' {
    return this.job ? 'reached' : 'near';
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && this.prerenderedView) {
      if (this.job) {
        void this.jobCode.load();
        void this.build();
      }
      await this.untilHydrationNeeded();
      await this.build();
      // A job shown at once has its view at hand for the first render (on a job's own page, the one the server drew).
      if (this.showsAJob()) await this.jobCode.load();
    }
    return super.scheduleUpdate();
  }

  /** The view's styles, which a server render writes into the shadow root beside the element's own. */
  serverStyles(): string | undefined {
    const listing = listingChunk.value;
    if (!this.view || !listing) return undefined;
    const job = this.job && jobChunk.value;
    return job ? listing.jobViewStyles.cssText + job.jobDetailStyles.cssText : listing.jobViewStyles.cssText;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server render cannot wait for a chunk: it was given the listing's code up front (provideListingCode).
    const listing = isServer ? listingChunk.value : this.listingCode.value;
    if (listing) this.view ??= new listing.ListingView(this, {profile: () => this.current, labels: () => this.labels, jobView: () => this.jobCode.get()});
    this.view?.willUpdate(changed);
  }

  protected override firstUpdated(): void {
    this.watch();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.view?.updated();
  }

  /** Also waits for the listing's code (and a job's view) while it loads, so what it shows then is part of the update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.near?.decided;
    for (let waiting; (waiting = this.listingCode.loading ?? this.jobCode.loading); ) {
      await waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Fetches the feed again (or the listing's code, or a job's view, when that is what failed). */
  retry(): Promise<void> {
    return this.jobCode.problem ? this.jobCode.retry() : this.view ? this.view.retry() : this.listingCode.retry();
  }

  override render(): unknown {
    const profile = this.current;
    // An own profile that failed validation: the base class shows why.
    if (this.profile !== undefined && !profile) return super.render();
    // Under a provider that failed: the provider speaks; while it loads, keep the room.
    if (this.provided && !profile && this.provided.status !== 'loading') return nothing;
    return this.renderProfile(profile);
  }

  protected override renderProfile(profile: EmployerProfile | undefined): TemplateResult {
    return this.view ? this.view.render(profile, profile?.locale ?? langOf(this)) : this.renderSkeletonView(profile, this.labels);
  }

  /**
   * Builds the listing at once on a job's address; else as soon as it is
   * near the viewport, or once the page is idle.
   */
  private watch(): void {
    if (this.view || this.listingCode.loading) return;
    if (!this.showsAJob()) return void (this.near ??= nearOrIdle(this, () => void this.build()));
    void this.jobCode.load();
    void this.build();
  }

  /** Whether the listing starts on a job: its `job`, or the page's address names one. */
  private showsAJob(): boolean {
    return !!this.job || addressNamesAJob(this.param);
  }

  /** Loads the listing's code; its view is made in the update that follows. */
  private build(): Promise<void> {
    this.unwatch();
    return this.listingCode.load();
  }

  private unwatch(): void {
    this.near?.stop();
    this.near = undefined;
  }

  /** The listing as it looks before its code is here (`renderSkeletonFrame`). */
  private renderSkeletonView(profile: EmployerProfile | undefined, labels: Labels): TemplateResult {
    const settings = profile?.jobs;
    return html`<div part="base" lang=${profile?.locale ?? nothing}>
      ${renderSkeletonFrame(settings, labels, {level: this.headingLevel, pageSize: this.pageSize ?? settings?.pageSize ?? 10}, this.listingCode.problem && this.handleRetry)}
    </div>`;
  }

  private readonly handleRetry = () => void this.retry();
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

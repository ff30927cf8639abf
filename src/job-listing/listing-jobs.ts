/**
 * Where a `<job-listing>`'s jobs come from: `.jobs`, else a child
 * `<script type="application/json">` (as a pre-rendered page carries them,
 * so the listing starts with what the server showed), else the feed that
 * `src`, `ats` or the profile names. Part of the listing's chunk
 * (`job-listing-view.ts`).
 */
import {isServer} from 'lit';
import {FeedController, type FeedLoad} from '../feeds/feed-controller.js';
import {feedSource} from '../feeds/feed-source.js';
import type {Job} from '../feeds/job.js';
import {smartRecruitersCode} from '../feeds/parser-chunks.js';
import type {PostingDetails, PostingFeed} from '../feeds/posting-detail.js';
import type {EmployerProfile} from '../profile/profile.js';
import type {JobListing} from './job-listing.js';

/** A listing's jobs: picked before each update, loaded by its feed controller. */
export class ListingJobs {
  private readonly feed: FeedController;
  /**
   * The opened job's own posting, where the feed's list leaves its description
   * out (SmartRecruiters): with that parser's chunk, once a feed has needed it.
   */
  details?: PostingDetails;
  /** The feed the jobs come from, for `details`. */
  private posting?: PostingFeed;
  /** The feed last asked for (its URL, format and limits), or why none could be. */
  private asked = '';
  /** The jobs last given through `.jobs` or a child script. */
  private given?: unknown;
  private script?: {text: string; value: unknown};

  constructor(
    private readonly host: JobListing,
    private readonly profile: () => EmployerProfile | undefined,
  ) {
    this.feed = new FeedController(host);
  }

  /** The feed's state: loading, ready, error (with the last good jobs). */
  get state(): FeedLoad {
    return this.feed.state;
  }

  /** The jobs read so far, if any. */
  get jobs(): readonly Job[] | undefined {
    return this.feed.jobs;
  }

  /** Whether the jobs are loading (or about to). */
  get loading(): boolean {
    const status = this.feed.state.status;
    return status === 'loading' || (status === 'idle' && !!this.asked);
  }

  /** Picks the jobs again, from wherever the element and its profile now name them; the same source is not asked for twice. */
  pick(): void {
    this.pickSource();
    // Jobs SmartRecruiters' parser read come without their job ad: its chunk, here once they are, reads a job's own posting.
    (this.details ??= smartRecruitersCode()?.postingDetails(this.host))?.use(this.posting);
  }

  /** Fetches the feed again. */
  retry(): Promise<void> {
    return this.feed.retry();
  }

  private pickSource(): void {
    const host = this.host;
    const given = host.jobs ?? this.readScript();
    if (given !== undefined) {
      if (given !== this.given) {
        this.given = given;
        this.asked = '';
        this.posting = undefined;
        this.feed.use(given);
      }
      return;
    }
    this.given = undefined;
    // A server render shows the jobs it is given; it fetches nothing.
    if (isServer) return;
    const feed = feedSource(host, this.profile()?.jobs?.feed);
    if ('error' in feed) {
      if (this.asked !== feed.error) this.feed.reject((this.asked = feed.error));
      return;
    }
    const {url, format} = feed;
    const href = url && new URL(url, document.baseURI).href;
    const source = href && `${href} ${format} ${host.timeout} ${host.maxBytes}`;
    if (source === this.asked) return;
    this.asked = source;
    this.posting = href ? {url: href, format, timeout: host.timeout, maxBytes: host.maxBytes} : undefined;
    if (href) void this.feed.load(href, {format, timeout: host.timeout, maxBytes: host.maxBytes});
    else this.feed.clear();
  }

  /** The jobs of a child `<script type="application/json">`, parsed once per text (null: unreadable). */
  private readScript(): unknown {
    if (isServer) return undefined;
    const text = this.host.querySelector(':scope > script[type="application/json"]')?.textContent;
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
}

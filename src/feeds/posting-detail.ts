/**
 * A job's own posting, for the feeds whose list leaves fields out:
 * SmartRecruiters' Posting API lists postings without their job ad, which
 * only `…/companies/<company>/postings/<id>` carries (`jobAd.sections`,
 * with `postingUrl` and `applyUrl`). The listing asks for it when a
 * candidate opens that job, one request, never one per row. This comes with
 * SmartRecruiters' parser chunk (`smartrecruiters.ts`): only its feeds need it.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Labels} from '../profile/profile.js';
import {fetchText} from '../shared/fetch-text.js';
import type {FeedFormat} from './feed-format.js';
import type {Job} from './job.js';

/** A SmartRecruiters postings list, asked for directly or through a pass-through (`/ats/api.smartrecruiters.com/…`). */
const LIST = /^([^?#]*\/v1\/companies\/[\w.-]+\/postings)\/?(?:[?#]|$)/;

/**
 * The address of job `id`'s own posting, for a feed read from `feedUrl` in
 * `format`: SmartRecruiters' list URL with the id after `postings/` and no
 * query; `undefined` for every other feed, and for an id that would leave
 * the path.
 */
export function postingDetailUrl(feedUrl: string, format: FeedFormat, id: string): string | undefined {
  const smart = format == 'smartrecruiters' || (format == 'auto' && /api\.smartrecruiters\.com\//.test(feedUrl));
  const list = smart ? LIST.exec(feedUrl)?.[1] : undefined;
  return list && /^[\w.-]+$/.test(id) ? `${list}/${id}` : undefined;
}

/** The feed the jobs were read from, and its limits, which the posting's request keeps too. */
export interface PostingFeed {
  readonly url: string;
  readonly format: FeedFormat;
  readonly timeout: number;
  readonly maxBytes: number;
}

/** The element whose jobs these are. */
export type PostingHost = ReactiveControllerHost & HTMLElement;

/**
 * Fetches the opened job's own posting where its feed's list leaves the
 * description out, within the feed's timeout and size, aborted when another
 * job is opened, the feed changes or the host leaves the page. What it
 * reads is laid over the list's job; meanwhile the job's view says it is
 * loading. A failure keeps the list's job, logs one `console.error` and
 * shows a message with Retry where the description would be.
 */
export class PostingDetails implements ReactiveController {
  private feed?: PostingFeed;
  /**
   * Each job asked for, once: `asking`, `failed`, or the job with its
   * posting laid over it (which is a key too, so it is never asked for again).
   */
  private read = new WeakMap<Job, Job | 'asking' | 'failed'>();
  private aborter?: AbortController;

  /**
   * @param parse Reads a page of the feed's list (`{content: [posting]}`) into jobs.
   */
  constructor(
    private readonly host: PostingHost,
    private readonly parse: (data: unknown) => Job[],
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The feed the jobs now come from (`undefined`: jobs given directly); another feed forgets what was read. */
  use(feed: PostingFeed | undefined): void {
    const same = feed?.url === this.feed?.url && feed?.format === this.feed?.format;
    this.feed = feed;
    if (same) return;
    this.stop();
    this.read = new WeakMap();
  }

  /** `job` with its posting laid over it, once read; else `job`. */
  of(job: Job | undefined): Job | undefined {
    const read = job && this.read.get(job);
    return typeof read == 'object' ? read : job;
  }

  /** Asks for `job`'s posting, when its feed's list left the description out and it was not asked for yet. */
  load(job: Job | undefined): void {
    const url = this.urlOf(job);
    if (!url || this.read.has(job!)) return;
    this.read.set(job!, 'asking');
    this.stop();
    void this.fetch(url, job!, this.feed!, (this.aborter = new AbortController()));
  }

  /**
   * What stands where `job`'s description will be: "Loading…" while its
   * posting is asked for, the reason with Retry when it failed, else nothing.
   */
  render(job: Job | undefined, labels: Labels): TemplateResult | typeof nothing {
    const read = job && this.read.get(job);
    if (read == 'failed')
      return html`<div part="error" role="alert">
        <p>${labels.partFailed}</p>
        <button part="retry" type="button" @click=${() => this.retry(job!)}>${labels.retry}</button>
      </div>`;
    // Not asked for yet, but about to be (the listing asks once this is shown).
    return read == 'asking' || (!read && this.urlOf(job)) ? html`<p class="status" role="status">${labels.loading}</p>` : nothing;
  }

  /** The posting's address, where `job` is one of this feed's whose description was left out. */
  private urlOf(job: Job | undefined): string | undefined {
    const feed = this.feed;
    return job && feed && !job.description ? postingDetailUrl(feed.url, feed.format, job.id) : undefined;
  }

  private async fetch(url: string, job: Job, feed: PostingFeed, aborter: AbortController): Promise<void> {
    try {
      const {text} = await fetchText(url, {timeout: feed.timeout, maxBytes: feed.maxBytes, signal: aborter.signal});
      const [posting] = this.parse({content: [JSON.parse(text)]});
      if (aborter.signal.aborted) throw aborter.signal.reason;
      const read = {...job, ...posting, id: job.id};
      this.read.set(job, read).set(read, read);
    } catch (error) {
      // Stopped, not failed: opening the job again asks again.
      if (aborter.signal.aborted) return void this.read.delete(job);
      this.read.set(job, 'failed');
      console.error(`<${this.host.localName}>: the posting of job ${job.id} (${url}) failed: ${(error as Error)?.message ?? error}`);
    } finally {
      if (this.aborter === aborter) this.aborter = undefined;
    }
    this.host.requestUpdate();
  }

  /** Asks for `job`'s posting again; focus, on the Retry button that gives way to "Loading…", goes to the job's heading. */
  private retry(job: Job): void {
    this.read.delete(job);
    this.load(job);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const heading = this.host.shadowRoot?.getElementById('job-heading');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
  }

  private stop(): void {
    this.aborter?.abort();
    this.aborter = undefined;
  }
}

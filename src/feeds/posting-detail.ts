/**
 * A job's own posting, for the feeds whose list leaves fields out:
 * SmartRecruiters' Posting API lists postings without their job ad, which
 * only `…/companies/<company>/postings/<id>` carries (`jobAd.sections`,
 * with `postingUrl` and `applyUrl`). The listing asks for it when a
 * candidate opens that job, one request, never one per row.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {fetchText} from '../shared/fetch-text.js';
import type {FeedFormat} from './feed-format.js';
import type {Job} from './job.js';
import {loadParser} from './parser-chunks.js';

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

/**
 * Fetches the opened job's own posting where its feed's list leaves the
 * description out, within the feed's timeout and size, aborted when another
 * job is opened, the feed changes or the host leaves the page. What it
 * reads is laid over the list's job; a failure keeps the list's job and
 * logs one `console.error`.
 */
export class PostingDetails implements ReactiveController {
  private feed?: PostingFeed;
  /** The list's jobs asked for, each once: the job with its posting laid over it, else (asking, or failed) the job itself. */
  private read = new WeakMap<Job, Job>();
  private aborter?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    return job && (this.read.get(job) ?? job);
  }

  /** Asks for `job`'s posting, when its feed's list left the description out and it was not asked for yet. */
  load(job: Job | undefined): void {
    const feed = this.feed;
    if (!job || !feed || job.description || this.read.has(job)) return;
    const url = postingDetailUrl(feed.url, feed.format, job.id);
    if (!url) return;
    this.read.set(job, job);
    this.stop();
    void this.fetch(url, job, feed, (this.aborter = new AbortController()));
  }

  private async fetch(url: string, job: Job, feed: PostingFeed, aborter: AbortController): Promise<void> {
    try {
      const {text} = await fetchText(url, {timeout: feed.timeout, maxBytes: feed.maxBytes, signal: aborter.signal});
      const parse = await loadParser('smartrecruiters');
      const [posting] = parse({content: [JSON.parse(text)]}, url);
      if (aborter.signal.aborted) throw aborter.signal.reason;
      this.read.set(job, {...job, ...posting, id: job.id});
      this.host.requestUpdate();
    } catch (error) {
      // Stopped, not failed: opening the job again asks again.
      if (aborter.signal.aborted) this.read.delete(job);
      else console.error(`<${this.host.localName}>: the posting of job ${job.id} (${url}) failed: ${(error as Error)?.message ?? error}`);
    } finally {
      if (this.aborter === aborter) this.aborter = undefined;
    }
  }

  private stop(): void {
    this.aborter?.abort();
    this.aborter = undefined;
  }
}

import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FetchError} from '../shared/fetch-text.js';
import {nextTask} from '../shared/next-task.js';
import type {FeedFormat} from './detect.js';
import {FeedCache, textSize} from './feed-cache.js';
import {FeedFormatError, type Job} from './job.js';
import {normaliseJobs} from './own.js';
import {loadFeed, PartialFeedError} from './pages.js';
import {ParserChunkError} from './parser-chunks.js';

/** Why a feed failed, for the message the listing shows. */
export type FeedProblem =
  | {readonly kind: 'timeout' | 'network' | 'too-large' | 'code'}
  | {readonly kind: 'status'; readonly status: number}
  | {readonly kind: 'unreadable'; readonly detail: string}
  /** A feed that cannot be asked for (a bad `ats` shorthand): asking again changes nothing. */
  | {readonly kind: 'unaskable'; readonly detail: string};

/** Where loading a feed stands; `last` is the same feed's last good result, kept through a failed reload. */
export type FeedLoad =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'; readonly last?: readonly Job[]; readonly problem?: FeedProblem}
  | {readonly status: 'ready'; readonly jobs: readonly Job[]}
  | {readonly status: 'error'; readonly problem: FeedProblem; readonly last?: readonly Job[]};

/** Limits for one feed request. */
export interface FeedOptions {
  readonly format: FeedFormat;
  readonly timeout: number;
  readonly maxBytes: number;
}

/**
 * Last good jobs per feed URL, so a failing reload still has rows to show:
 * the four feeds read most recently, 10 million characters of their jobs' text at most.
 */
const lastGood = new FeedCache<readonly Job[]>(4, 10_000_000);

/**
 * Fetches and parses a jobs feed: timeout, size cap while streaming, abort
 * when a newer URL comes or the host leaves the page, and the last good
 * result kept through failures. One `console.error` per failure.
 */
export class FeedController implements ReactiveController {
  state: FeedLoad = {status: 'idle'};
  private aborter?: AbortController;
  private url = '';
  private options?: FeedOptions;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a fetch was aborted: fetch again.
    if (this.state.status === 'loading' && !this.aborter && this.options) void this.load(this.url, this.options);
  }

  hostDisconnected(): void {
    this.aborter?.abort();
    this.aborter = undefined;
  }

  /** Loads `url`, replacing any request still running. */
  async load(url: string, options: FeedOptions): Promise<void> {
    this.aborter?.abort();
    const aborter = (this.aborter = new AbortController());
    // Rows and a message stay only for the same feed: another feed's rows under this one's error would mislead.
    const same = url === this.url;
    this.url = url;
    this.options = options;
    const last = (same ? this.jobs : undefined) ?? lastGood.get(url);
    // A retry keeps the message (and its Retry button, with focus) until it settles.
    this.set({status: 'loading', last, problem: same && this.state.status === 'error' ? this.state.problem : undefined});
    let next: FeedLoad;
    try {
      const jobs = await loadFeed(url, {...options, signal: aborter.signal});
      lastGood.set(url, jobs, textSize(jobs));
      next = {status: 'ready', jobs};
      // Reading the feed and rendering its rows, each a task of its own.
      await nextTask();
    } catch (error) {
      if (aborter.signal.aborted) return;
      // A later page of a paged feed failed: show the pages read, under the error.
      const partial = error instanceof PartialFeedError ? error : undefined;
      const problem = describe(partial?.cause ?? error);
      console.error(`<${this.host.localName}>: the jobs feed ${url} failed: ${(error as Error).message}`);
      next = {status: 'error', problem, last: partial?.jobs.length ? partial.jobs : last};
    }
    if (this.aborter !== aborter) return;
    this.aborter = undefined;
    this.set(next);
  }

  /** Loads the same URL again (the Retry button). */
  retry(): Promise<void> {
    return this.options ? this.load(this.url, this.options) : Promise.resolve();
  }

  /** Shows jobs given directly (the `.jobs` property), checked as a feed; stops any fetch. */
  use(value: unknown): void {
    this.aborter?.abort();
    this.aborter = undefined;
    this.url = '';
    this.options = undefined;
    try {
      this.set({status: 'ready', jobs: normaliseJobs(value, '.jobs')});
    } catch (error) {
      console.error(`<${this.host.localName}>: ${(error as Error).message}`);
      this.set({status: 'error', problem: describe(error)});
    }
  }

  /** Shows a feed that cannot be asked for (a bad `ats` shorthand): its message, one `console.error`, no request. */
  reject(message: string): void {
    this.clear();
    console.error(`<${this.host.localName}>: ${message}`);
    this.set({status: 'error', problem: {kind: 'unaskable', detail: message}});
  }

  /** Forgets the jobs and stops any fetch. */
  clear(): void {
    this.hostDisconnected();
    this.url = '';
    this.options = undefined;
    this.set({status: 'idle'});
  }

  /** The jobs to show: the loaded ones, else the last good ones through a reload or failure. */
  get jobs(): readonly Job[] | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.jobs : state.status === 'idle' ? undefined : state.last;
  }

  private set(next: FeedLoad): void {
    this.state = next;
    this.host.requestUpdate();
  }
}

function describe(error: unknown): FeedProblem {
  if (error instanceof FetchError) {
    if (error.kind === 'status') return {kind: 'status', status: error.status ?? 0};
    if (error.kind === 'timeout' || error.kind === 'too-large') return {kind: error.kind};
    return {kind: 'network'};
  }
  if (error instanceof ParserChunkError) return {kind: 'code'};
  const detail = error instanceof FeedFormatError ? error.message : String(error);
  return {kind: 'unreadable', detail};
}

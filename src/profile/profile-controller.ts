import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FetchError, fetchText} from '../shared/fetch-text.js';
import {nextTask} from '../shared/next-task.js';
import type {EmployerProfile} from './profile.js';
import {DEFAULT_LABELS} from './labels.js';
import {formatFaults, parseProfile, type ProfileFault} from './faults.js';

/** Where loading a profile stands; the template switches on `status`. */
export type ProfileLoad =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly profile: EmployerProfile}
  | {readonly status: 'error'; readonly error: ProfileProblem};

/** Why a profile cannot be shown, with the faults when it failed validation. */
export class ProfileProblem extends Error {
  override readonly name = 'ProfileProblem';
  constructor(
    message: string,
    readonly faults: readonly ProfileFault[] = [],
    readonly source = '',
    /** The heading shown above the message, in the profile's language where it has one. */
    readonly heading = DEFAULT_LABELS.profileError,
  ) {
    super(message);
  }
}

/** Limits for a profile fetched from `src`. */
export const PROFILE_FETCH = {timeout: 10_000, maxBytes: 2_000_000} as const;

/**
 * Loads, validates and holds one employer profile from an object, JSON text
 * or a URL. A newer request always wins over an older one still running,
 * and a fetch is aborted when its host leaves the page.
 */
export class ProfileController implements ReactiveController {
  state: ProfileLoad = {status: 'idle'};
  private aborter?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSettled: (state: ProfileLoad) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Validates a profile object (from `.profile`). */
  useObject(value: unknown, source = '.profile'): void {
    this.cancel();
    this.settle(check(value, source));
  }

  /** Parses and validates JSON text (from a child `<script type="application/json">`). */
  useText(text: string, source: string): void {
    this.cancel();
    this.settle(parse(text, source));
  }

  /** Fetches, parses and validates the profile at `url`. */
  async load(url: string, timeout: number = PROFILE_FETCH.timeout): Promise<void> {
    this.cancel();
    const aborter = (this.aborter = new AbortController());
    this.set({status: 'loading'});
    let next: ProfileLoad;
    try {
      const {text} = await fetchText(url, {...PROFILE_FETCH, timeout, signal: aborter.signal});
      next = parse(text, url);
      // Validating a large profile and rendering it are each a long task on a
      // slow phone; apart, neither blocks a tap for as long as both would.
      await nextTask();
    } catch (error) {
      if (aborter.signal.aborted) return;
      const failure = error as FetchError;
      next = {status: 'error', error: new ProfileProblem(`Could not load the profile: ${failure.message}`, [], url)};
    }
    // A newer request (or none, after cancel) replaced this one: its answer is stale.
    if (this.aborter === aborter) {
      this.aborter = undefined;
      this.settle(next);
    }
  }

  /** Forgets the current profile and stops any fetch. */
  clear(): void {
    this.cancel();
    this.set({status: 'idle'});
  }

  private cancel(): void {
    this.aborter?.abort();
    this.aborter = undefined;
  }

  private settle(next: ProfileLoad): void {
    this.set(next);
    this.onSettled(next);
  }

  private set(next: ProfileLoad): void {
    this.state = next;
    this.host.requestUpdate();
  }
}

function parse(text: string, source: string): ProfileLoad {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      status: 'error',
      error: new ProfileProblem(`The profile is not valid JSON: ${(error as Error).message}`, [], source),
    };
  }
  return check(value, source);
}

function check(value: unknown, source: string): ProfileLoad {
  const result = parseProfile(value);
  if (result.ok) return {status: 'ready', profile: result.profile};
  const count = result.faults.length;
  return {
    status: 'error',
    error: new ProfileProblem(
      `The profile has ${count} ${count === 1 ? 'fault' : 'faults'}:\n${formatFaults(result.faults)}`,
      result.faults,
      source,
      ownHeading(value),
    ),
  };
}

/**
 * The profile's own `labels.profileError`, read from the raw value so that a
 * German profile with a fault elsewhere still says so in German.
 */
function ownHeading(value: unknown): string | undefined {
  const heading = (value as {labels?: {profileError?: unknown}} | null)?.labels?.profileError;
  return typeof heading === 'string' && heading.trim() ? heading : undefined;
}

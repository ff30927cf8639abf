import {expect, oneEvent} from '@open-wc/testing';
import {FeedFormatError} from '../src/feeds/job.js';
import type {EmployerProfile} from '../src/profile/profile.js';

/** The PHSO profile as shipped, fetched from the test server. */
export async function loadPhso(): Promise<EmployerProfile> {
  const response = await fetch('/profiles/phso.json');
  return (await response.json()) as EmployerProfile;
}

/** A deep copy of `profile` that a test may break. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Records `console.error` calls while a test runs, without printing them.
 * Call `restore()` in `afterEach`.
 */
export function captureErrors(): {calls: unknown[][]; restore: () => void} {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => {
    calls.push(args);
  };
  return {calls, restore: () => (console.error = original)};
}

/**
 * Skips the running test in Firefox, whose dark mode cannot be emulated here:
 * puppeteer emulates prefers-color-scheme over CDP, which Firefox does not speak,
 * and Firefox 153 ESR's WebDriver BiDi has no such command
 * (emulation.setMediaFeaturesOverride gains it in Firefox 159).
 */
export function skipColorSchemeInFirefox(test: Mocha.Context): void {
  if (navigator.userAgent.includes('Firefox/')) test.skip();
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true or `timeout` ms pass. */
export async function until(check: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** The FeedFormatError `read` throws; fails the test when it throws anything else or nothing. */
export function failure(read: () => unknown): FeedFormatError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedFormatError);
    return error as FeedFormatError;
  }
  throw new Error('expected a FeedFormatError, nothing was thrown');
}

/** Runs axe on `el`, then again with each `<employer-modal>` in its shadow root open in turn. */
export async function expectAccessibleWithEachModal(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
  for (const modal of el.shadowRoot!.querySelectorAll<HTMLElement & {show(): void; close(): void}>('employer-modal')) {
    modal.show();
    await oneEvent(modal, 'employer-modal-open');
    await expect(el).to.be.accessible();
    modal.close();
    await oneEvent(modal, 'employer-modal-close');
  }
}

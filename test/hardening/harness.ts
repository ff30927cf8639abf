/** What the hardening tests share besides the corpus and the audit. */
import {composedElements} from './audit.js';

/** Waits until `root` and every Lit element under it (through shadow roots) has finished updating. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let pending = false;
    for (const element of composedElements(root)) {
      const update = (element as {updateComplete?: Promise<boolean>}).updateComplete;
      if (update) pending = !(await update) || pending;
    }
    if (!pending) return;
  }
}

let served = 0;

/**
 * Serves `body` from the test server and returns its URL: stored by a POST
 * under `key` (a new one each call unless given), so bodies of any size work.
 * `version` varies the URL for the same key, for an element that only
 * reloads when its `src` changes.
 */
export async function serve(body: string, type: string, key = `hardening-${Date.now()}-${served++}`, version = 0): Promise<string> {
  const query = `key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`;
  const response = await fetch(`/test-server/echo?${query}`, {method: 'POST', body});
  if (!response.ok) throw new Error(`the test server did not store the body: ${response.status}`);
  return `/test-server/echo?key=${encodeURIComponent(key)}&v=${version}`;
}

/**
 * Records what reaches the page as an uncaught error or an unhandled
 * rejection, so a test can fail with the case that caused it. Call
 * `restore()` in `afterEach`.
 */
export function captureThrows(): {thrown: string[]; restore: () => void} {
  const thrown: string[] = [];
  const onError = (event: ErrorEvent) => void thrown.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => void thrown.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    thrown,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The UTF-8 round trip a body makes through the server: lone surrogates become U+FFFD. */
export const overTheWire = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

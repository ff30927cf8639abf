/**
 * In-page links (`#about-us`) into shadow roots. The browser looks for a
 * fragment's target in the document only, so sections rendered inside
 * `<employer-microsite>` need this help: on `hashchange` (and once a widget
 * has rendered) the target is found through open shadow roots, scrolled to
 * and focused.
 */

/** Finds the element with `id` in `root` or any open shadow root below it. */
export function findDeep(id: string, root: Document | ShadowRoot = document): HTMLElement | null {
  const found = root.getElementById(id);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = findDeep(id, element.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}

/** The id named by the page's hash, decoded, or "" when there is none. */
export function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * Scrolls to the target of the current hash when it lives in a shadow root,
 * and moves focus there so keyboard and screen-reader users follow.
 */
export function revealHash(): void {
  const id = hashId();
  if (!id || document.getElementById(id)) return;
  const target = findDeep(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({block: 'start'});
  target.focus({preventScroll: true});
}

const installed = Symbol.for('employer-widgets.deep-link');
const global = globalThis as unknown as Record<symbol, boolean>;
// On a server (rendering to HTML) there is no window and nothing to listen to.
if (typeof window !== 'undefined' && !global[installed]) {
  global[installed] = true;
  window.addEventListener('hashchange', revealHash);
}

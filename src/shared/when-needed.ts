/**
 * When a pre-rendered element that works as it is (a modal's button, a
 * listing's rows of links) must hydrate: the moment someone reaches for it,
 * or, with `near`, when it nears the viewport. Until then its hydration, and
 * any work that only hydration needs, stays off the page's start.
 */

/** What someone does just before they use an element: points at it, presses on it, moves focus into it, clicks it. */
const REACHING = ['pointerover', 'pointerdown', 'focusin', 'click'] as const;

/** A wait that ends when `host` is needed, or when `wake()` is called. */
export interface NeededWait {
  readonly done: Promise<void>;
  wake(): void;
}

/**
 * Starts waiting until `host` is needed: one of {@link REACHING} on it (in the
 * capture phase, so before any listener inside it; each of these events is
 * composed, so one in its shadow root reaches it), or with `near` an
 * intersection within half a viewport's height, or `wake()`.
 */
export function whenNeeded(host: HTMLElement, {near = false} = {}): NeededWait {
  let wake!: () => void;
  const done = new Promise<void>((resolve) => (wake = resolve));
  const observer =
    near && typeof IntersectionObserver == 'function'
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && wake(), {rootMargin: '50% 0px'})
      : undefined;
  observer?.observe(host);
  for (const type of REACHING) host.addEventListener(type, wake, {capture: true, once: true});
  void done.then(() => {
    observer?.disconnect();
    for (const type of REACHING) host.removeEventListener(type, wake, {capture: true});
  });
  return {done, wake};
}

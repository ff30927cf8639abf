/** A watch started by {@link nearOrIdle}. */
export interface NearOrIdle {
  /**
   * Resolves once the observer has first said whether the element is near
   * (or the watch stopped): an element's `updateComplete` can join it, so
   * that being built at once is part of its first update.
   */
  readonly decided: Promise<void>;
  /** Stops watching. */
  stop(): void;
}

/**
 * Calls `onNear` when `element` nears the viewport (within half a viewport's
 * height: an `IntersectionObserver`, so no layout is forced) or else once
 * the page has loaded and is idle (within 2 s), until `stop()`.
 */
export function nearOrIdle(element: Element, onNear: () => void): NearOrIdle {
  let decide!: () => void;
  const decided = new Promise<void>((resolve) => (decide = resolve));
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onNear();
      decide();
    },
    {rootMargin: '50% 0px'},
  );
  observer.observe(element);
  let cancelIdle: () => void;
  const whenIdle = () => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const handle = idle(onNear, {timeout: 2000});
    cancelIdle = () => (globalThis.cancelIdleCallback ?? clearTimeout)(handle as number);
  };
  if (document.readyState === 'complete') whenIdle();
  else {
    addEventListener('load', whenIdle, {once: true});
    cancelIdle = () => removeEventListener('load', whenIdle);
  }
  return {
    decided,
    stop() {
      observer.disconnect();
      decide();
      cancelIdle();
    },
  };
}

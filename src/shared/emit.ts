/** The detail type of an event in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a `CustomEvent` that bubbles and crosses shadow roots.
 *
 * @returns `false` when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof HTMLElementEventMap>(
  host: HTMLElement,
  type: K,
  detail: EventDetail<K>,
  options: {cancelable?: boolean} = {},
): boolean {
  return host.dispatchEvent(
    new CustomEvent(type, {detail, bubbles: true, composed: true, ...options}),
  );
}

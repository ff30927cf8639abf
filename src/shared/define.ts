/**
 * The key of a promise that, while it is set, holds every definition until
 * it settles: the entry (src/index.ts) sets it while hydration support loads,
 * which must patch Lit before any of our elements is defined.
 */
const HOLD = Symbol.for('employer-widgets.hold-definitions');

/**
 * Registers a custom element unless the tag is taken, so that loading the
 * bundle twice (or beside another copy) never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const hold = (globalThis as unknown as Record<symbol, Promise<void> | undefined>)[HOLD];
  if (hold) void hold.then(() => define(tag, element));
  else if (!customElements.get(tag)) customElements.define(tag, element);
}

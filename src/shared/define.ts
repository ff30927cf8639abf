/**
 * Registers a custom element unless the tag is taken, so that loading the
 * bundle twice (or beside another copy) never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * Finding a section or modal by id. A page with a thousand sections asks a
 * thousand times per profile; each list is indexed once, on first use.
 */

const indexes = new WeakMap<readonly object[], Map<string, object>>();

/** The first item of `list` with `id` (as `list.find` would), through an index kept per list. */
export function pieceById<T extends {readonly id: string}>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const item of list) if (!index.has(item.id)) index.set(item.id, item);
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}

/**
 * JSON pointers (RFC 6901) over plain JSON values, and immutable edits at a
 * pointer: the form changes the one document through these, copying only the
 * objects on the way to the change.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** The segments of a pointer: `/sections/0/title` → `['sections', '0', 'title']`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of `segments`: `['hero', 'headline']` → `/hero/headline`. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Appends segments to a pointer. */
export const join = (pointer: string, ...segments: Array<string | number>) => pointer + toPointer(segments);

const isObject = (value: unknown): value is {[key: string]: Json} =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `pointer`, or `undefined` where there is none. */
export function getAt(root: unknown, pointer: string): unknown {
  let value: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else if (isObject(value) && Object.hasOwn(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/**
 * A copy of `root` with `next` at `pointer`; objects on the way that do not
 * exist are made. `undefined` removes the key (or the array item).
 */
export function setAt(root: Json, pointer: string, next: Json | undefined): Json {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return next ?? {};
  const put = (value: Json | undefined, depth: number): Json | undefined => {
    const segment = segments[depth]!;
    const last = depth === segments.length - 1;
    if (Array.isArray(value)) {
      const index = Number(segment);
      const copy = value.slice();
      const child = last ? next : put(copy[index], depth + 1);
      if (child === undefined) copy.splice(index, 1);
      else copy[index] = child;
      return copy;
    }
    const copy: {[key: string]: Json} = isObject(value) ? {...value} : {};
    const child = last ? next : put(copy[segment], depth + 1);
    if (child === undefined) delete copy[segment];
    else copy[segment] = child;
    return copy;
  };
  return put(root, 0) ?? {};
}

/** A copy of `root` with `item` inserted into the array at `pointer`, at `index` (the end by default). */
export function insertAt(root: Json, pointer: string, item: Json, index?: number): Json {
  const list = getAt(root, pointer);
  const copy = Array.isArray(list) ? (list as Json[]).slice() : [];
  copy.splice(index ?? copy.length, 0, item);
  return setAt(root, pointer, copy);
}

/** A copy of `root` with the array item at `pointer`/`from` moved to `to`. */
export function moveAt(root: Json, pointer: string, from: number, to: number): Json {
  const list = getAt(root, pointer);
  if (!Array.isArray(list) || to < 0 || to >= list.length) return root;
  const copy = (list as Json[]).slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return setAt(root, pointer, copy);
}

/**
 * Freezes `value` and everything in it that is not frozen yet, and returns
 * it. The studio's document is always frozen this way, so a frozen object
 * met on the walk is frozen all through and is not walked again: after an
 * edit, only the copied path and the new value are visited. The validator
 * then checks only what changed (`src/profile/frozen-memo.ts`).
 */
export function deepFreeze<T extends Json>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const stack: object[] = [value];
  const order: object[] = [];
  while (stack.length) {
    const next = stack.pop()!;
    order.push(next);
    for (const child of Object.values(next)) {
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
    }
  }
  // Children before their parents, so a frozen parent always has frozen children.
  for (let i = order.length - 1; i >= 0; i--) Object.freeze(order[i]);
  return value;
}

/**
 * `next` with every part that equals the same part of `previous` replaced
 * by `previous`'s object, so that a JSON text parsed again after one change
 * shares everything else with the document before it. Below `depth` levels
 * nothing is shared (no profile is that deep; the walk stays short).
 */
export function reuseUnchanged(previous: Json | undefined, next: Json, depth = 64): Json {
  if (previous === next || depth === 0 || typeof next !== 'object' || next === null || typeof previous !== 'object' || previous === null) {
    return next;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = next.length === previous.length;
    const items = next.map((item, index) => {
      const kept = reuseUnchanged(previous[index], item, depth - 1);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return same ? previous : items;
  }
  if (Array.isArray(previous)) return next;
  const keys = Object.keys(next);
  const before = Object.keys(previous);
  let same = keys.length === before.length;
  // fromEntries, not assignment: a "__proto__" key stays a plain key.
  const copy = Object.fromEntries(
    keys.map((key, index) => {
      const old = Object.hasOwn(previous, key) ? previous[key] : undefined;
      const kept = old === undefined ? next[key]! : reuseUnchanged(old, next[key]!, depth - 1);
      if (kept !== old || before[index] !== key) same = false;
      return [key, kept];
    }),
  );
  return same ? previous : copy;
}

/**
 * Seeded mutations of JSON-like values for the fuzzers: wrong types, deleted
 * keys, huge strings, deep nesting, awkward unicode, nulls, numbers where
 * strings go, arrays where objects go, duplicate ids, odd keys. Each
 * mutation says what it did, so a failing case explains itself.
 */
import {PAYLOADS} from './payloads.js';
import type {Random} from './prng.js';

type Container = Record<string, unknown> | unknown[];

/** A place in the value: its container, its key there, and its JSON pointer. */
interface Place {
  readonly parent: Container;
  readonly key: string | number;
  readonly path: string;
}

/** Every place below `root`, depth first. Nesting deeper than 200 is not walked (the fuzzers make such nests themselves). */
function places(root: unknown): Place[] {
  const found: Place[] = [];
  const visit = (node: unknown, path: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 200) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((item, i) => [i, item]) : Object.entries(node);
    for (const [key, value] of entries) {
      const here = `${path}/${key}`;
      found.push({parent: node as Container, key, path: here});
      visit(value, here, depth + 1);
    }
  };
  visit(root, '', 0);
  return found;
}

const get = (place: Place) => (place.parent as Record<string | number, unknown>)[place.key];
const set = (place: Place, value: unknown) => ((place.parent as Record<string | number, unknown>)[place.key] = value);

/** Characters that trip text handling: bidi controls, zero-width, emoji sequences, lone surrogates, NUL and other controls, line separators, combining marks, case-changing letters. */
export const AWKWARD = [
  '\u202E', '\u200F', '\u200B', '\uFEFF', '🎉', '👩‍👩‍👧', '\uD800', '\uDC00', '\u0000', '\u0007', '\u001B',
  '\r\n', '\u2028', '\u0301', 'İ', 'ß', '\uFFFF', '\u{10FFFF}', '\t', '\u00A0', '٣', '𝟘',
];

/** Values of every JSON type (and the non-JSON numbers an object can hold when `json` is false). */
function anyValue(random: Random, json: boolean): unknown {
  const values: unknown[] = [0, -1, 1.5, 1e21, true, false, '', 'text', {}, [], [1, 2], null, {x: 1}, [{}], '0', 'null', 'true'];
  if (!json) values.push(NaN, Infinity, -Infinity, -0, undefined);
  return random.pick(values);
}

/** A string of 100,000 characters: one letter, words, no spaces, or payloads repeated. */
function hugeString(random: Random): string {
  const unit = random.pick(['a', 'word ', 'x'.repeat(99) + ' ', PAYLOADS[random.int(PAYLOADS.length)].text, '£1,000 ', '🎉', '<p>a</p>']);
  return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
}

/** A value nested `depth` deep: arrays, objects, or a key the parsers follow (`@graph`, `body`, `items`). */
export function deepNest(random: Random, depth = 10_000): unknown {
  const key = random.pick(['', 'a', '@graph', 'body', 'items', 'jobs', 'text']);
  let value: unknown = random.pick(['leaf', 1, null, {title: 'deep'}]);
  for (let i = 0; i < depth; i++) value = key ? {[key]: value} : [value];
  return value;
}

/** One mutation: applies itself to `root` (in place) and says what it did, or returns undefined when it found no place. */
type Mutation = (root: unknown, random: Random, json: boolean) => string | undefined;

const withKind = (kind: string) => (place: Place) => {
  const value = get(place);
  return kind === 'string' ? typeof value === 'string' : kind === 'object' ? !!value && typeof value === 'object' && !Array.isArray(value) : Array.isArray(value);
};

/** A random place in `root`, the ones passing `filter` only. */
function somewhere(root: unknown, random: Random, filter: (place: Place) => boolean = () => true): Place | undefined {
  const candidates = places(root).filter(filter);
  return candidates.length ? random.pick(candidates) : undefined;
}

const MUTATIONS: Record<string, Mutation> = {
  'wrong type': (root, random, json) => {
    const place = somewhere(root, random);
    if (!place) return undefined;
    const value = anyValue(random, json);
    set(place, value);
    return `${place.path} = ${describe(value)}`;
  },
  'delete': (root, random) => {
    const place = somewhere(root, random);
    if (!place) return undefined;
    if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
    else delete place.parent[place.key as string];
    return `delete ${place.path}`;
  },
  'huge string': (root, random) => {
    const place = somewhere(root, random, withKind('string'));
    if (!place) return undefined;
    set(place, hugeString(random));
    return `${place.path} = 100,000 characters`;
  },
  'deep nesting': (root, random) => {
    const place = somewhere(root, random);
    if (!place) return undefined;
    set(place, deepNest(random));
    return `${place.path} = nested 10,000 deep`;
  },
  'unicode': (root, random) => {
    const place = somewhere(root, random, withKind('string'));
    if (!place) return undefined;
    const text = get(place) as string;
    const at = random.int(text.length + 1);
    const inserted = Array.from({length: 1 + random.int(3)}, () => random.pick(AWKWARD)).join('');
    set(place, text.slice(0, at) + inserted + text.slice(at));
    return `${place.path} gets ${JSON.stringify(inserted)} at ${at}`;
  },
  'null': (root, random) => {
    const place = somewhere(root, random);
    if (!place) return undefined;
    set(place, null);
    return `${place.path} = null`;
  },
  'number for a string': (root, random) => {
    const place = somewhere(root, random, withKind('string'));
    if (!place) return undefined;
    const value = random.pick([0, 42, -1, 1e21, 3.14, 2026]);
    set(place, value);
    return `${place.path} = ${value}`;
  },
  'array for an object': (root, random) => {
    const place = somewhere(root, random, withKind('object'));
    if (!place) return undefined;
    const value = get(place) as object;
    set(place, random.pick([[], [value], Object.values(value)]));
    return `${place.path} = an array`;
  },
  'duplicate id': (root, random) => {
    const ids = places(root).filter((place) => place.key === 'id' || place.key === 'referencenumber' || place.key === 'identifier');
    if (ids.length < 2) return undefined;
    const [from, to] = [random.pick(ids), random.pick(ids)];
    set(to, get(from));
    return `${to.path} = ${from.path}`;
  },
  'odd key': (root, random, json) => {
    const place = somewhere(root, random, withKind('object'));
    if (!place) return undefined;
    const key = random.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', '💥', 'a/b~c', 'x'.repeat(1000)]);
    // An own property, as JSON.parse makes it; assignment to __proto__ would change the prototype instead.
    Object.defineProperty(get(place), key, {value: anyValue(random, json), enumerable: true, configurable: true, writable: true});
    return `${place.path} gets key ${JSON.stringify(key.slice(0, 20))}`;
  },
  'swap': (root, random) => {
    const [a, b] = [somewhere(root, random), somewhere(root, random)];
    if (!a || !b || a.path.startsWith(b.path) || b.path.startsWith(a.path)) return undefined;
    const value = get(a);
    set(a, get(b));
    set(b, value);
    return `swap ${a.path} and ${b.path}`;
  },
  'repeat an item': (root, random) => {
    const place = somewhere(root, random, withKind('array'));
    if (!place) return undefined;
    const list = get(place) as unknown[];
    if (!list.length) return undefined;
    const item = toJson(list[random.int(list.length)]);
    // Many copies of a small item; a big one (a huge string, a deep nest) only twice.
    const times = item.length > 10_000 ? 2 : random.pick([2, 10, 500]);
    // Copies, not the same object again: a later swap could otherwise make a cycle.
    for (let i = 0; i < times; i++) list.push(JSON.parse(item));
    return `${place.path} repeats items ${times} times`;
  },
  'payload': (root, random) => {
    const place = somewhere(root, random, withKind('string'));
    if (!place) return undefined;
    const payload = random.pick(PAYLOADS);
    set(place, payload.text);
    return `${place.path} = payload ${payload.n}`;
  },
  'other text': (root, random) => {
    const place = somewhere(root, random, withKind('string'));
    if (!place) return undefined;
    const text = random.pick(['Changed', '  padded  ', 'ümlaut', 'a', '1', '-', 'https://example.com/x']);
    set(place, text);
    return `${place.path} = ${JSON.stringify(text)}`;
  },
};

const NAMES = Object.keys(MUTATIONS);

/**
 * `value` as JSON text, like `JSON.stringify` (which overflows the stack near
 * 10,000 levels): a chain of one-item arrays and one-key objects, the shape
 * `deepNest` makes, is written without recursion.
 */
export function toJson(value: unknown): string {
  const opens: string[] = [];
  const closes: string[] = [];
  let node = value;
  for (;;) {
    if (Array.isArray(node) && node.length === 1) {
      opens.push('[');
      closes.push(']');
      node = node[0];
    } else if (node && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1) {
      const [key] = Object.keys(node);
      opens.push(`{${JSON.stringify(key)}:`);
      closes.push('}');
      node = (node as Record<string, unknown>)[key];
    } else break;
  }
  let inner: string;
  if (Array.isArray(node)) inner = `[${node.map(toJson).join(',')}]`;
  else if (node && typeof node === 'object') {
    const entries = Object.entries(node).filter(([, item]) => item !== undefined);
    inner = `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`).join(',')}}`;
  } else inner = JSON.stringify(node) ?? 'null';
  return opens.join('') + inner + closes.reverse().join('');
}

/** `value` briefly, for a case's description. */
function describe(value: unknown): string {
  if (typeof value === 'number' || value === undefined) return String(value);
  return JSON.stringify(value);
}

/**
 * A mutated copy of `value`: one to three random mutations (`json`: only
 * values JSON can hold). Returns the copy and what was done to it.
 */
export function mutate<T>(value: T, random: Random, json = true): {value: T; log: string[]} {
  const copy = structuredClone(value);
  const log: string[] = [];
  const count = 1 + random.int(3);
  for (let tries = 0; log.length < count && tries < 20; tries++) {
    const name = random.pick(NAMES);
    const done = MUTATIONS[name](copy, random, json);
    if (done) log.push(`${name}: ${done}`);
  }
  return {value: copy, log};
}

/** Damage to serialised text: cut, a byte flipped, junk before or after, a chunk repeated. */
export function mutateText(text: string, random: Random): {text: string; log: string} {
  const at = random.int(text.length + 1);
  switch (random.int(7)) {
    case 0:
      return {text: text.slice(0, at), log: `cut at ${at}`};
    case 1:
      return {text: text.slice(0, at) + random.pick(['"', '{', ']', '<', '&', '\u0000', '\\', ',', random.pick(AWKWARD)]) + text.slice(at + 1), log: `character ${at} replaced`};
    case 2:
      return {text: random.pick(['\uFEFF', '   \n', 'garbage', ')]}\'\n', '<!-- -->', '<?xml version="1.0"?>']) + text, log: 'junk before'};
    case 3:
      return {text: text + random.pick(['garbage', '}', ']]>', '\u0000', '<extra/>']), log: 'junk after'};
    case 4: {
      const end = Math.min(text.length, at + 1 + random.int(200));
      return {text: text.slice(0, end) + text.slice(at, end) + text.slice(end), log: `chars ${at}–${end} repeated`};
    }
    case 5:
      return {text: '', log: 'empty'};
    default:
      return {text: text.toUpperCase(), log: 'upper case'};
  }
}

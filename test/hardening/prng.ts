/**
 * A seeded pseudo-random generator for the fuzzers, so every case can be
 * replayed: the same seed gives the same numbers in every browser and run.
 */

/** Random numbers from one seed (mulberry32: 32-bit state, fast, good enough for test data). */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of `items`. */
  pick<T>(items: readonly T[]): T;
}

/**
 * The generator for `seed`.
 *
 * @example
 * ```ts
 * const random = prng(caseSeed(1234, 517));
 * random.pick(['a', 'b']);
 * ```
 */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {next, int, chance: (p) => next() < p, pick: (items) => items[int(items.length)]};
}

/**
 * The seed of case `index` of a run seeded `seed`: each case has its own, so
 * one case replays alone without running the cases before it.
 */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

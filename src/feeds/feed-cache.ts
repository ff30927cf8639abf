/**
 * The last good jobs of the few feeds read most recently, for the life of
 * the page: a listing whose feed fails (a fresh one too, after the host
 * re-rendered it) still has that feed's rows to show under the error.
 * Bounded by the number of feeds and by their size (see `textSize`), so a
 * page that reads many feeds, or large ones, does not keep them all.
 */
export class FeedCache<T> {
  private readonly entries = new Map<string, {readonly value: T; readonly size: number}>();
  private total = 0;

  /**
   * @param maxEntries - How many feeds are kept at most.
   * @param maxSize - The largest sum of their sizes; a feed larger than this is not kept at all.
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxSize: number,
  ) {}

  /** The value kept for `url`, which becomes the most recently used. */
  get(url: string): T | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    this.entries.delete(url);
    this.entries.set(url, entry);
    return entry.value;
  }

  /** Keeps `value` for `url` (replacing what was kept), then forgets the least recently used beyond the bounds. */
  set(url: string, value: T, size: number): void {
    this.delete(url);
    if (size > this.maxSize) return;
    this.entries.set(url, {value, size});
    this.total += size;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.total <= this.maxSize) break;
      this.delete(key);
    }
  }

  private delete(url: string): void {
    const entry = this.entries.get(url);
    if (!entry) return;
    this.total -= entry.size;
    this.entries.delete(url);
  }
}

/**
 * About how much memory `value` holds, for the cache's bound: the characters
 * of its strings, nested ones too, and 8 for each number or boolean.
 */
export function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value && typeof value === 'object') {
    let size = 0;
    for (const item of Object.values(value)) size += textSize(item);
    return size;
  }
  return value == null ? 0 : 8;
}

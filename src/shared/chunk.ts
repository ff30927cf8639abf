/**
 * A piece of the bundle loaded when first needed: one of the chunks beside
 * `employer-widgets.js`, found from the module's own URL, so the one script
 * tag works from any folder or CDN.
 *
 * A chunk that fails (an HTTP error, no network, or no answer within the
 * timeout) rejects, and the next `load()` tries again. Browsers remember a
 * failed module URL for the page's lifetime
 * (https://github.com/whatwg/html/issues/6768), so a retry asks for the same
 * file with a `?retry=N` query; its own imports still resolve to the shared
 * chunks.
 */
export class Chunk<T> {
  private module?: T;
  private pending?: Promise<T>;
  private attempts = 0;

  /**
   * @param first Imports the chunk: `() => import('./x.js')`, which the build rewrites to the chunk's file.
   * @param url The chunk's URL for a retry: `import.meta.resolve` of the same specifier, which the build rewrites too.
   */
  constructor(
    private readonly first: () => Promise<T>,
    readonly url: string,
  ) {}

  /** The module once loaded. */
  get value(): T | undefined {
    return this.module;
  }

  /** Uses `module` as the chunk, already loaded (where it is imported up front, as on a server). */
  provide(module: T): void {
    this.module = module;
  }

  /** Loads the chunk (once; calls while it loads share the attempt). */
  load(timeout = 10_000): Promise<T> {
    if (this.module) return Promise.resolve(this.module);
    this.pending ??= this.attempt(timeout).finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async attempt(timeout: number): Promise<T> {
    const attempt = this.attempts++;
    const importing = attempt ? (import(`${this.url}${this.url.includes('?') ? '&' : '?'}retry=${attempt}`) as Promise<T>) : this.first();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout);
    });
    try {
      this.module = await Promise.race([importing, late]);
      return this.module;
    } finally {
      clearTimeout(timer);
    }
  }
}

import type {ReactiveControllerHost} from 'lit';
import type {Chunk} from './chunk.js';

/** The element that loads a chunk: it re-renders when a load settles, and `timeout` (ms) bounds each attempt. */
export type ChunkHost = ReactiveControllerHost & HTMLElement & {readonly timeout: number};

/**
 * A {@link Chunk} one element loads on demand, with what it shows of it:
 * the module once loaded, why it could not be (with Retry, until
 * `retry()`), and the wait while it loads, which the element's
 * `updateComplete` can join. A failure logs one `console.error` naming the
 * chunk's URL; the element re-renders whenever a load settles. It needs
 * none of the element's lifecycle (a load that outlives the element does no
 * harm), so it is not added to the element as a lifecycle controller.
 */
export class ChunkController<T> {
  /** The module, once this element's load of it has settled (another element may have loaded it before). */
  value?: T;
  /** Why the chunk could not be loaded, until `retry()`. */
  problem?: Error;
  /** While the chunk loads. */
  loading?: Promise<void>;

  constructor(
    private readonly host: ChunkHost,
    private readonly chunk: Chunk<T>,
  ) {}

  /**
   * The module, at once where any element has loaded it; else why it could
   * not be, or undefined while it loads. Starts this element's load.
   */
  get(): T | Error | undefined {
    void this.load();
    return this.chunk.value ?? this.problem;
  }

  /**
   * Loads the chunk for this element, unless it did or it failed (then only
   * `retry()` asks again); resolves when that settles, and the element then
   * updates, even where another element had loaded the chunk before.
   */
  load(): Promise<void> {
    if (!this.value && !this.problem) {
      this.loading ??= this.chunk
        .load(this.host.timeout)
        .then(
          (module) => void (this.value = module),
          (error: Error) => {
            console.error(`<${this.host.localName}>: ${this.chunk.url} could not be loaded: ${error.message}`);
            this.problem = error;
          },
        )
        .finally(() => {
          this.loading = undefined;
          this.host.requestUpdate();
        });
    }
    return this.loading ?? Promise.resolve();
  }

  /** Forgets the failure and loads the chunk again. */
  retry(): Promise<void> {
    this.problem = undefined;
    this.host.requestUpdate();
    return this.load();
  }
}

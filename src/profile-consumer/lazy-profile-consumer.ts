import type {LitElement} from 'lit';
import {whenNeeded, type NeededWait} from '../shared/when-needed.js';
import {ProfileConsumer} from './profile-consumer.js';

/**
 * A profile consumer whose pre-rendered markup works as it is (links, a
 * dialog's invoker command), so that it hydrates only once it is needed
 * ({@link whenNeeded}), not at load. Apart from `ProfileConsumer`, so the
 * code painted first does not carry it: only elements below the hero use it.
 */
export abstract class LazyProfileConsumer extends ProfileConsumer {
  /**
   * When this pre-rendered element hydrates: `'reached'` when someone
   * reaches for it, `'near'` also when it nears the viewport.
   */
  protected abstract hydrateWhen(): 'reached' | 'near';

  private neededWait?: NeededWait;

  /**
   * Resolves once this pre-rendered element is needed, in the same turn, so
   * that a click that woke it reaches its own handler; at once (in a task of
   * its own) when it is needed already.
   */
  protected override untilHydrationNeeded(): Promise<void> {
    if (this.neededNow()) return super.untilHydrationNeeded();
    this.neededWait ??= whenNeeded(this, {near: this.hydrateWhen() === 'near'});
    return this.neededWait.done;
  }

  /**
   * Whether the element is needed at once all the same (a modal asked to
   * open); also asked whenever a property changes while it waits.
   */
  protected neededNow(): boolean {
    return false;
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (this.neededWait && this.neededNow()) this.neededWait.wake();
  }
}

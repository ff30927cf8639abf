/**
 * employer-widgets: every element, from one script tag.
 *
 * This entry holds no element itself. It loads the core chunk (Lit, the
 * profile, the hero and the microsite: what paints first) and then the
 * chunk of what shows below the hero, so importing it still resolves once
 * every element is defined. Only on a page with one of ours rendered on a
 * server does it first load the hydration support, which must patch Lit
 * before any of our elements is defined.
 */
import type * as Core from './elements.js';

/** The key under which `define()` (src/shared/define.ts) finds a promise to wait for before defining. */
const HOLD = Symbol.for('employer-widgets.hold-definitions');
const TAGS = ':is(employer-profile,employer-microsite,employer-hero,employer-section,employer-modal,job-listing)';

/** One of ours, not yet defined, that already has a shadow root: the browser made it from Declarative Shadow DOM. */
const prerendered = [...document.querySelectorAll(`${TAGS}:not(:defined)`)].some((element) => element.shadowRoot);

if (prerendered) {
  const holds = globalThis as unknown as Record<symbol, Promise<void> | undefined>;
  let release!: () => void;
  holds[HOLD] = new Promise((resolve) => (release = resolve));
  try {
    await import('./hydrate.js');
  } catch (error) {
    // The elements still work; they render afresh over what the server sent.
    console.error(`employer-widgets: the hydration support could not be loaded: ${(error as Error).message}`);
  } finally {
    delete holds[HOLD];
    release();
  }
}

const core: typeof Core = await import('./elements.js');
export const {EmployerProfileElement, EmployerHero, EmployerMicrosite, formatFaults, isSafeUrl, safeUrl} = core;
export type EmployerProfileElement = InstanceType<typeof EmployerProfileElement>;
export type EmployerHero = InstanceType<typeof EmployerHero>;
export type EmployerMicrosite = InstanceType<typeof EmployerMicrosite>;
export type * from './elements.js';

// What shows below the hero is a chunk of its own: the hero paints without waiting for it.
const belowTheHero = await import('./below-the-hero.js');
export const {EmployerModal, EmployerSection, JobListing} = belowTheHero;
export type EmployerModal = InstanceType<typeof EmployerModal>;
export type EmployerSection = InstanceType<typeof EmployerSection>;
export type JobListing = InstanceType<typeof JobListing>;

/**
 * employer-widgets: every element, from one script tag.
 *
 * This entry holds no element itself. It loads the core chunk (Lit, the
 * profile, the hero and the microsite: what paints first) and then the
 * chunk of what shows below the hero, so importing it still resolves once
 * every element is defined. Only on a page with one of ours rendered on a
 * server does it first wait for that markup to paint, then load the
 * hydration support, which must patch Lit before any of our elements is
 * defined.
 */
import type * as Core from './elements.js';

/** The key under which `define()` (src/shared/define.ts) finds a promise to wait for before defining. */
const HOLD = Symbol.for('employer-widgets.hold-definitions');

/** One of ours, not yet defined, that already has a shadow root: the browser made it from Declarative Shadow DOM. */
const prerendered = [...document.querySelectorAll(':not(:defined)')].some(
  (element) => element.shadowRoot && /^(employer-|job-listing$)/.test(element.localName),
);

/**
 * Resolves once the page has painted its first content (what the server
 * sent), so that nothing more is fetched while that paint is on its way:
 * after two seconds at most, and at once in a hidden tab, which paints
 * nothing. Every browser with Declarative Shadow DOM has paint timing.
 */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && done());
    const done = () => (observer.disconnect(), clearTimeout(timer), resolve());
    const timer = setTimeout(done, document.hidden ? 0 : 2000);
    observer.observe({type: 'paint', buffered: true});
  });
}

if (prerendered) {
  const holds = globalThis as unknown as Record<symbol, Promise<void> | undefined>;
  let release!: () => void;
  holds[HOLD] = new Promise((resolve) => (release = resolve));
  try {
    await firstPaint();
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

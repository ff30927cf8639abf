import type {Job} from '../../src/feeds/job.js';

/** Seven jobs with ids `<prefix>-1`… whose Apply links go to `#applied`. */
export const sampleJobs = (prefix: string): Job[] =>
  Array.from({length: 7}, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    title: `Caseworker ${i + 1}`,
    url: '#applied',
    location: i % 2 ? 'Manchester' : 'London',
  }));

/** The first element of `el`'s shadow root with the part `name`. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every element of `el`'s shadow root with the part `name`. */
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

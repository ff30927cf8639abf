/**
 * The elements that never show first: the sections, the modal buttons and
 * the jobs listing. The entry (`index.ts`) and `<employer-microsite>` load them as a
 * chunk of their own, beside the code that paints the hero, so the hero does
 * not wait for them.
 */
// In-page links (the hero's navigation too) into the shadow roots of the pieces below it.
import './shared/deep-link.js';
export {EmployerSection} from './employer-section/employer-section.js';
export {EmployerModal} from './employer-modal/employer-modal.js';
export {JobListing} from './job-listing/job-listing.js';

/**
 * The elements that never show first: the modal buttons and the jobs
 * listing. The entry (`index.ts`) and `<employer-microsite>` load them as a
 * chunk of their own, beside the code that paints the hero, so the hero does
 * not wait for them.
 */
export {EmployerModal} from './employer-modal/employer-modal.js';
export {JobListing} from './job-listing/job-listing.js';

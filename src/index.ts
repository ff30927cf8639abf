/**
 * employer-widgets: every element, for the one-script-tag build.
 */
// First, before Lit: elements rendered on a server (Declarative Shadow DOM) hydrate in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export {EmployerProfileElement} from './employer-profile/employer-profile.js';
export type {EmployerProfileEventMap, ProfileErrorDetail, ProfileLoadDetail} from './employer-profile/employer-profile.js';
export {EmployerHero} from './employer-hero/employer-hero.js';
export {EmployerSection} from './employer-section/employer-section.js';
export type {EmployerModalDetail, EmployerModalEventMap} from './employer-modal/employer-modal.js';
export type {JobListingEventMap} from './job-listing/job-listing.js';
export type {EmploymentType, HiringOrganization, Job, JobPlace, Salary, SalaryPeriod, Workplace} from './feeds/job.js';
export {EmployerMicrosite} from './employer-microsite/employer-microsite.js';
export {formatFaults} from './profile/faults.js';
export type {ProfileFault} from './profile/faults.js';
export type * from './profile/profile.js';
export {isSafeUrl, safeUrl} from './shared/safe-url.js';

// What shows below the hero is a chunk of its own: the hero paints without waiting for
// it, and importing this module still resolves once every element is defined.
const belowTheHero = await import('./below-the-hero.js');
export const EmployerModal = belowTheHero.EmployerModal;
export type EmployerModal = InstanceType<typeof EmployerModal>;
export const JobListing = belowTheHero.JobListing;
export type JobListing = InstanceType<typeof JobListing>;

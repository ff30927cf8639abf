/**
 * What paints first: Lit, the profile and the hero with the microsite
 * around it. The entry (`index.ts`) loads this module as the chunk
 * `employer-widgets.core.js`; every lazy chunk imports the same copy.
 */
export {EmployerProfileElement} from './employer-profile/employer-profile.js';
export type {EmployerProfileEventMap, ProfileErrorDetail, ProfileLoadDetail} from './employer-profile/employer-profile.js';
export {EmployerHero} from './employer-hero/employer-hero.js';
export type {EmployerModalDetail, EmployerModalEventMap} from './employer-modal/employer-modal.js';
export type {JobListingEventMap} from './job-listing/job-listing.js';
export type {EmploymentType, HiringOrganization, Job, JobPlace, Salary, SalaryPeriod, Workplace} from './feeds/job.js';
export {EmployerMicrosite} from './employer-microsite/employer-microsite.js';
export {formatFaults} from './profile/faults.js';
export type {ProfileFault} from './profile/faults.js';
export type * from './profile/profile.js';
export {isSafeUrl, safeUrl} from './shared/safe-url.js';

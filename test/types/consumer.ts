// What a host developer writes against the published types: every tag through
// querySelector and createElement, its typed properties, every event and its detail.
// Compiled by test/node/types.test.ts with test/types/tsconfig.json.
import 'employer-widgets';
import {
  EmployerHero,
  EmployerMicrosite,
  EmployerModal,
  EmployerProfileElement,
  EmployerSection,
  JobListing,
  type EmployerModalDetail,
  type EmployerProfile,
  type Job,
  type ProfileErrorDetail,
  type ProfileLoadDetail,
} from 'employer-widgets';
import {formatFaults, validateProfile} from 'employer-widgets/validate';

/** Fails to compile unless `A` and `B` are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Same<A, B>) => proof;

// Tags: querySelector and createElement give the element classes, no casts.
const profileElement = document.querySelector('employer-profile');
same<typeof profileElement, EmployerProfileElement | null>(true);
const hero = document.createElement('employer-hero');
same<typeof hero, EmployerHero>(true);
const section = document.createElement('employer-section');
same<typeof section, EmployerSection>(true);
const modal = document.querySelector('employer-modal');
same<typeof modal, EmployerModal | null>(true);
const listing = document.querySelector('job-listing');
same<typeof listing, JobListing | null>(true);
const microsite = document.createElement('employer-microsite');
same<typeof microsite, EmployerMicrosite>(true);
same<HTMLElementTagNameMap['job-listing'], JobListing>(true);

// Properties and methods.
if (profileElement) {
  profileElement.src = '/careers/phso.json';
  profileElement.timeout = 5000;
  profileElement.profile = {version: 1};
  const status: string = profileElement.status;
  void status;
}
hero.headingLevel = 3;
section.section = 'about-us';
section.headingLevel = 3;
modal?.show();
modal?.close();
if (modal) modal.open = true;
if (modal) modal.modal = 'benefits';
if (listing) {
  listing.src = '/feeds/jobs.json';
  listing.format = 'greenhouse';
  listing.pageSize = 20;
  listing.timeout = 5000;
  listing.maxBytes = 1_000_000;
  listing.location = 'London';
  listing.department = 'Operations';
  listing.type = 'Full-time';
  listing.urlState = true;
  listing.jobs = [{id: 'a', title: 'Caseworker'}];
  const retried: Promise<void> = listing.retry();
  void retried;
}
microsite.src = '/careers/phso.json';
microsite.headingLevel = 1;
microsite.timeout = 5000;

// Events: the listener's event is typed from HTMLElementEventMap, on the element and on document.
listing?.addEventListener('job-apply', (e) => {
  same<typeof e, CustomEvent<Job>>(true);
  const title: string = e.detail.title;
  const min: number | undefined = e.detail.salary?.min;
  const url: string | undefined = e.detail.url;
  e.preventDefault();
  void [title, min, url];
});
// The events bubble out of shadow roots: listen on the microsite for its listing's.
microsite.addEventListener('job-apply', (e) => void e.detail.id.toUpperCase());
microsite.addEventListener('profile-load', (e) => {
  same<typeof e.detail, ProfileLoadDetail>(true);
  const profile: EmployerProfile = e.detail.profile;
  const name: string = profile.employer.name;
  void name;
});
profileElement?.addEventListener('profile-error', (e) => {
  same<typeof e.detail, ProfileErrorDetail>(true);
  const message: string = e.detail.message;
  const paths: string[] = e.detail.faults.map((fault) => `${fault.path}: ${fault.message}`);
  const source: string = e.detail.source;
  void [message, paths, source];
});
modal?.addEventListener('employer-modal-open', (e) => {
  same<typeof e.detail, EmployerModalDetail>(true);
  const id: string = e.detail.modal;
  void id;
});
microsite.addEventListener('employer-modal-close', (e) => void e.detail.modal.length);

// The events bubble and are composed, so a host may listen once on the document or window.
document.addEventListener('job-apply', (e) => {
  same<typeof e, CustomEvent<Job>>(true);
  void e.detail.url;
});
window.addEventListener('profile-error', (e) => void e.detail.faults.map((fault) => fault.path));
document.addEventListener('employer-modal-open', (e) => void e.detail.modal.length);

// The validator a host runs before publishing.
const result = validateProfile({});
if (!result.ok) void result.faults.map((fault) => fault.path);
else void result.profile.employer.shortName;
void formatFaults(result.warnings);

// Wrong uses that must NOT compile: each line below is an error, or
// test/node/types.test.ts fails (tsc reports an unused @ts-expect-error).
import 'employer-widgets';

const listing = document.querySelector('job-listing')!;
// @ts-expect-error pageSize is a number
listing.pageSize = 'x';
// @ts-expect-error not a feed format
listing.format = 'rss';
// @ts-expect-error no such property
listing.pagesize = 10;
listing.addEventListener('job-apply', (e) => {
  // @ts-expect-error a job has no field "nope"
  void e.detail.nope;
  // @ts-expect-error title is a string
  const n: number = e.detail.title;
  void n;
});

const modal = document.createElement('employer-modal');
// @ts-expect-error open is a boolean
modal.open = 'yes';
modal.addEventListener('employer-modal-open', (e) => {
  // @ts-expect-error the detail holds the modal's id only
  void e.detail.title;
});

const profile = document.querySelector('employer-profile')!;
// @ts-expect-error timeout is a number
profile.timeout = '5000';
profile.addEventListener('profile-load', (e) => {
  // @ts-expect-error the profile's employer has no "salary"
  void e.detail.profile.employer.salary;
});
profile.addEventListener('profile-error', (e) => {
  // @ts-expect-error faults are read-only
  e.detail.faults.push({path: '', message: ''});
});

// @ts-expect-error heading-level is a number
document.createElement('employer-microsite').headingLevel = '2';
// @ts-expect-error no such section property
document.createElement('employer-section').sectionId = 'about-us';
// @ts-expect-error show() is the modal's, not the hero's
document.createElement('employer-hero').show();
document.addEventListener('job-apply', (e) => {
  // @ts-expect-error a job has no "company" (the listener on the document is typed too)
  void e.detail.company;
});

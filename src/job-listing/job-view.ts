/**
 * A job's own view, apart from the list: its template and styles, and what
 * it writes into the page's head while it is shown. A chunk of its own,
 * which `<job-listing>` loads at once on a job's address, when a candidate
 * points at or focuses a job's link, and in any case on opening one; a page
 * that only lists jobs never fetches it.
 */
import type {Job} from '../feeds/job.js';
import {jobPosting, jsonLdText} from '../jobs/job-posting.js';
import {descriptionHtml} from '../jobs/sanitize.js';
import type {EmployerProfile} from '../profile/profile.js';
import {descriptionOf} from './job-detail.js';
import {JsonLdScript} from './json-ld-script.js';
import {PageTitle} from './page-title.js';

export {renderJobDetail, renderJobNotFound, type DetailContext} from './job-detail.js';
export {jobDetailStyles} from './job-detail.styles.js';

/**
 * The page's head while a job is shown: exactly one JobPosting JSON-LD
 * script in `document.head` and the job in `document.title`.
 */
export class JobHead {
  private readonly jsonLd: JsonLdScript;
  private readonly pageTitle = new PageTitle();
  /** Whether the host page was told that a JobPosting lacks its hiring organisation (once per listing). */
  private toldNoEmployer = false;

  constructor(private readonly host: HTMLElement) {
    this.jsonLd = new JsonLdScript(host);
  }

  /**
   * Describes `job`, shown at `pageUrl`, and names the page `title` (none:
   * the page keeps its own); without a job, removes both.
   */
  set(job?: Job, options?: {profile: EmployerProfile | undefined; pageUrl: string; title: string | undefined}): void {
    if (!job || !options) {
      this.jsonLd.set(undefined);
      this.pageTitle.set(undefined);
      return;
    }
    const description = descriptionHtml(descriptionOf(job));
    const posting = jobPosting(job, {profile: options.profile, pageUrl: options.pageUrl, description});
    if (!posting.hiringOrganization && !this.toldNoEmployer) {
      this.toldNoEmployer = true;
      console.warn(
        `<${this.host.localName}>: the JobPosting of job "${job.id}" names no hiring organisation, which Google's job search requires: give the listing a profile (its .profile, or an enclosing <employer-profile>), or jobs that name theirs (hiringOrganization).`,
      );
    }
    this.jsonLd.set({id: job.id, text: jsonLdText(posting)});
    this.pageTitle.set(options.title);
  }
}

import type {Job} from './job.js';
import {firstUrl, googleEmployment, placeWords, sections, toAtsJobs} from './ats-fields.js';
import {entries, text} from './own.js';

/** Characters a SmartRecruiters company identifier or posting id may hold, so a built URL stays on its path. */
const SEGMENT = /^[\w.-]+$/;

/** The posting's page on SmartRecruiters' own career site, built from the company identifier and the id. */
function postingPage(company: unknown, id: unknown): string | undefined {
  const [who, which] = [text(company), text(id)];
  return who && which && SEGMENT.test(who) && SEGMENT.test(which) ? `https://jobs.smartrecruiters.com/${who}/${which}` : undefined;
}

/**
 * Reads SmartRecruiters' public Posting API
 * (`api.smartrecruiters.com/v1/companies/<company>/postings`), one page of it:
 * `{offset, limit, totalFound, content: [{id, name, refNumber, company:
 * {identifier, name}, releasedDate, location: {city, region, country,
 * remote, hybrid, fullLocation}, department: {label}, function: {label},
 * typeOfEmployment: {id, label}, experienceLevel: {label}, jobAd}]}`.
 *
 * The url is `postingUrl` where a posting carries one, else its page on
 * jobs.smartrecruiters.com; the location is `fullLocation`, else its parts;
 * the country code is upper-cased; `remote` and `hybrid` set the workplace;
 * the department is `department`, else `function`. Only a posting read on its
 * own (`…/postings/<id>`, which the listing asks for when a job is opened:
 * `posting-detail.ts`) carries `jobAd.sections`, which become the
 * description, and `postingUrl`. Neither publishes a salary. Paging
 * (`offset` up to `totalFound`) is the listing's work.
 *
 * @throws FeedFormatError when `content` is not an array or none of its entries is a job.
 */
export function parseSmartRecruiters(data: unknown): Job[] {
  return toAtsJobs(
    entries((data as any)?.content, '/content'),
    (posting) => {
      const where = posting.location;
      const work = where?.remote === true ? 'remote' : where?.hybrid === true ? 'hybrid' : undefined;
      const ad = posting.jobAd?.sections;
      const employment = posting.typeOfEmployment;
      return {
        id: posting.id ?? posting.uuid,
        title: posting.name,
        url: firstUrl(posting.postingUrl, posting.applyUrl, postingPage(posting.company?.identifier, posting.id)),
        location: placeWords([[text(where?.fullLocation) ?? where?.city, text(where?.fullLocation) ? '' : where?.region]], work == 'remote'),
        places: [{city: where?.city, region: where?.region, country: where?.country}],
        workplace: work,
        department: posting.department?.label ?? posting.function?.label,
        type: employment?.label,
        employment: googleEmployment(employment?.label) ?? googleEmployment(employment?.id),
        posted: posting.releasedDate,
        description: ad
          ? sections(['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'].map((key) => [ad[key]?.title, ad[key]?.text]))
          : undefined,
        hiringOrganization: {name: posting.company?.name},
      };
    },
    'name',
  );
}

import {safeUrl} from '../shared/safe-url.js';
import type {Job} from './job.js';
import {arr, entries, joined, num, text, toJobs} from './own.js';
import {countryCode, readLocation} from './place.js';

/** Plain text made safe to put in HTML. */
const escape = (value: unknown) => (text(value) ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Reads the Lever postings API (`api.lever.co/v0/postings/<site>?mode=json`):
 * `[{id, text, hostedUrl, applyUrl, categories: {location, team, commitment,
 * department}, country, workplaceType, salaryRange: {min, max, currency, interval}, createdAt,
 * description, descriptionPlain, lists: [{text, content}], additional}]`. The url is
 * `hostedUrl` (the posting, which links on to the form), else `applyUrl`
 * (the first of them that is a safe URL, as the other ATS formats pick); the
 * department is `department`, else `team`; the description joins `description`,
 * the lists (as headed `<ul>`s) and `additional`. `country` (ISO) is the
 * country of every place that names none; `workplaceType` (`on-site`,
 * `hybrid`, `remote`; not `unspecified`) wins over words in the location.
 * Lever's postings carry no employer name.
 *
 * @throws FeedFormatError when the feed is not an array or none of its entries is a job.
 */
export function parseLever(data: unknown): Job[] {
  return toJobs(
    entries(data, ''),
    (posting) => {
      const categories = posting.categories;
      const all = arr(categories?.allLocations);
      const location = text(categories?.location) ?? joined(all);
      const country = countryCode(text(posting.country));
      const places = (all.length ? all : [location]).flatMap((words) => readLocation(text(words)).places);
      return {
        id: posting.id,
        title: posting.text,
        // An unsafe or malformed hostedUrl does not hide a safe applyUrl.
        url: [posting.hostedUrl, posting.applyUrl].map((value) => safeUrl(text(value))).find(Boolean),
        location,
        places: country && !places.length ? [{country}] : places.map((place) => ({country, ...place})),
        workplace: /^(?:on-?site|hybrid|remote)$/i.test(text(posting.workplaceType) ?? '') ? posting.workplaceType : undefined,
        salary: {...posting.salaryRange, period: posting.salaryRange?.interval},
        department: categories?.department ?? categories?.team,
        type: categories?.commitment,
        posted: num(posting.createdAt),
        description: [
          text(posting.description) ?? escape(posting.descriptionPlain),
          ...arr(posting.lists).map(
            (list: any) => text(list?.content) && `<h3>${escape(list.text)}</h3><ul>${list.content}</ul>`,
          ),
          text(posting.additional),
        ].join(''),
      };
    },
    'text',
  );
}

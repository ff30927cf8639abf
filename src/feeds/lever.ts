import type {Job} from './job.js';
import {arr, entries, joined, num, text, toJobs} from './own.js';

/** Plain text made safe to put in HTML. */
const escape = (value: unknown) => (text(value) ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Reads the Lever postings API (`api.lever.co/v0/postings/<site>?mode=json`):
 * `[{id, text, hostedUrl, applyUrl, categories: {location, team, commitment,
 * department}, salaryRange: {min, max, currency, interval}, createdAt,
 * description, descriptionPlain, lists: [{text, content}], additional}]`. The url is
 * `hostedUrl` (the posting, which links on to the form), else `applyUrl`; the
 * department is `department`, else `team`; the description joins `description`,
 * the lists (as headed `<ul>`s) and `additional`.
 *
 * @throws FeedFormatError when the feed is not an array or none of its entries is a job.
 */
export function parseLever(data: unknown): Job[] {
  return toJobs(
    entries(data, ''),
    (posting) => {
      const categories = posting.categories;
      return {
        id: posting.id,
        title: posting.text,
        url: posting.hostedUrl ?? posting.applyUrl,
        location: categories?.location ?? joined(arr(categories?.allLocations)),
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

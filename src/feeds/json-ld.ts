import {FeedFormatError, type Job, type JobPlace} from './job.js';
import {arr, employment, joined, text, toJobs, type Entry} from './own.js';
import {placeFrom, readLocation} from './place.js';

/** Arrays and `@graph`s nested deeper than this are no real document: the nest is taken as one node, which is no posting. */
const MAX_DEPTH = 32;

/** Every node of a JSON-LD document, arrays and `@graph`s flattened, with its path. */
const nodes = (value: any, path: string, depth = 0): Entry[] =>
  depth > MAX_DEPTH
    ? [[value, path]]
    : Array.isArray(value)
      ? value.flatMap((node, i) => nodes(node, `${path}/${i}`, depth + 1))
      : value?.['@graph']
        ? nodes(value['@graph'], `${path}/@graph`, depth + 1)
        : [[value, path]];

/**
 * Whether `node` is a `JobPosting`: its `@type` a name or IRI, or a list of them.
 * Only strings are tested: a regular expression would turn anything else into
 * a string, and a hostile array nested 10,000 deep overflows the stack doing so.
 */
const isPosting = (node: any) => arr(node?.['@type']).some((type) => typeof type == 'string' && /JobPosting$/.test(type));

/** A `Place` in words: its address as text, else locality and region, else its name. */
const place = (node: any): string | undefined =>
  text(node?.address) ??
  joined([node?.address?.addressLocality, node?.address?.addressRegion]) ??
  text(node?.name);

/** A `Place` in parts: its `PostalAddress`, else its address or name read as words. */
const placeParts = (node: any): JobPlace[] =>
  arr(node?.address).flatMap((address) => placeFrom(address) ?? readLocation(text(address)).places).concat(
    node?.address ? [] : readLocation(text(node?.name)).places,
  );

/**
 * Reads schema.org `JobPosting` JSON-LD: one posting, an array, or a `@graph`
 * (nodes of other types are passed over). `baseSalary` may be a number or a
 * `MonetaryAmount` whose `value` is a number or a `QuantitativeValue`; several
 * `jobLocation`s are joined with "; " and their `PostalAddress`es give the
 * places; `jobLocationType: TELECOMMUTE` makes the job remote (the places
 * then are `applicantLocationRequirements` where there is no `jobLocation`),
 * with no word added to the location; the id is `identifier`, else `@id`, else `url`.
 *
 * @throws FeedFormatError when there are nodes but no `JobPosting` among them,
 * or no posting has a title.
 */
export function parseJsonLd(data: unknown): Job[] {
  const all = nodes(data, '');
  const postings = all.filter(([node]) => isPosting(node));
  if (all.length && !postings.length) {
    throw new FeedFormatError(`expected a schema.org JobPosting, found @type ${joined(all.map(([node]: any) => node?.['@type'])) ?? 'none'}`);
  }
  return toJobs(postings, (post) => {
    const amount = arr(post.baseSalary)[0] as any;
    const value = amount?.value ?? amount;
    const exact = value?.value ?? value;
    const remote = /TELECOMMUTE/i.test(joined(arr(post.jobLocationType)) ?? '');
    const places = arr(post.jobLocation).flatMap(placeParts);
    return {
      id: text(post.identifier?.value ?? post.identifier) ?? post['@id'],
      title: post.title ?? post.name,
      url: post.url,
      location: joined(arr(post.jobLocation).map(place), '; '),
      places: places.length || !remote ? places : arr(post.applicantLocationRequirements).map((area: any) => ({country: area?.name ?? area})),
      workplace: remote ? 'remote' : undefined,
      salary: {
        min: value?.minValue ?? exact,
        max: value?.maxValue ?? exact,
        currency: amount?.currency ?? post.salaryCurrency,
        period: value?.unitText ?? amount?.unitText,
      },
      type: joined(arr(post.employmentType).map(employment)),
      employment: joined(arr(post.employmentType)),
      posted: post.datePosted,
      validThrough: post.validThrough,
      description: post.description,
      hiringOrganization: arr(post.hiringOrganization)[0],
    };
  });
}

import type {Job} from './job.js';
import {arr, entries, joined, text, toJobs} from './own.js';

/**
 * Decodes the character references Greenhouse escapes its HTML with:
 * `&lt; &gt; &amp; &quot; &apos; &#39; &#x27;`, in one pass, so `&amp;lt;`
 * becomes `&lt;` and stays escaped in the HTML. A reference to no character
 * is left as written.
 */
export const decodeEntities = (html: string): string =>
  html.replace(/&(?:#(x?)([\da-f]+)|(lt|gt|amp|quot|apos));/gi, (whole, hex: string, code: string, name: string) => {
    const point = code ? parseInt(code, hex ? 16 : 10) : 0;
    return name
      ? ({lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"} as Record<string, string>)[name.toLowerCase()]!
      : point > 0 && point < 0x110000
        ? String.fromCodePoint(point)
        : whole;
  });

/**
 * Reads the Greenhouse job board API (`boards-api.greenhouse.io/v1/boards/<board>/jobs`,
 * with `?content=true` for descriptions): `{jobs: [{id, title, absolute_url,
 * location: {name}, updated_at, first_published, content, departments: [{name}],
 * metadata, company_name}]}`. Greenhouse gives no salary there. The type is the
 * metadata field whose name holds "type" ("Employment Type"); `content` is
 * entity-escaped HTML and is decoded.
 *
 * @throws FeedFormatError when `jobs` is not an array or none of its entries is a job.
 */
export function parseGreenhouse(data: unknown): Job[] {
  return toJobs(entries((data as any)?.jobs, '/jobs'), (job) => {
    return {
      id: job.id,
      title: job.title,
      url: job.absolute_url,
      location: job.location?.name ?? job.location,
      department: joined(arr(job.departments).map((department: any) => department?.name)),
      // text(): a regular expression would turn a non-string into one, and a hostile nest overflows the stack doing so.
      type: joined(arr((arr(job.metadata).find((field: any) => /type/i.test(text(field?.name) ?? '')) as any)?.value)),
      posted: job.first_published ?? job.updated_at,
      description: decodeEntities(text(job.content) ?? ''),
      // The board's name: newer answers of the API carry it on every job.
      hiringOrganization: job.company_name,
    };
  });
}

/**
 * File names for pre-rendered job pages. A feed's job id is any string
 * (`../x`, `a/b`, `CON`, 300 characters, emoji, ids differing only in case):
 * its file name keeps only lowercase letters, digits and hyphens, and an id
 * that had to change gets a hash of the whole id, so two ids never share a
 * name, on case-insensitive disks too. Pure: the server names the files and
 * the browser links to them with the same function.
 */

/** Device names Windows refuses as file names, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_SLUG = 60;

/** FNV-1a over the UTF-16 code units: a short, stable fingerprint of the id. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The file name (without `.html`) of the job with `id`.
 *
 * @example
 * ```ts
 * jobFileName('senior-caseworker-42'); // 'senior-caseworker-42'
 * jobFileName('../x');                 // 'x-<hash>'
 * ```
 */
export function jobFileName(id: string): string {
  const slug = id
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  if (slug && slug === id && !RESERVED.test(slug)) return slug;
  return `${slug || 'job'}-${fingerprint(id)}`;
}

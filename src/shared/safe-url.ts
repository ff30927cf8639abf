/**
 * The one rule for URLs that come from data (profiles and feeds).
 *
 * Allowed: `http:`, `https:`, `mailto:`, `tel:` and relative URLs. A URL may
 * not hold whitespace or control characters anywhere: the URL parser strips
 * them (`java\tscript:` and ` javascript:` both become `javascript:`), so a
 * rule that looked only at the start could be tricked. Entities such as
 * `&#106;avascript:` need no rule: bound as a DOM property they are never
 * decoded, so they stay a harmless relative path.
 *
 * JSON Schema patterns have no flags, so the schemes are spelled with case
 * classes; the same source serves the schema and the runtime check.
 */
export const SAFE_URL_PATTERN =
  '^(?![\\s\\S]*[\\s\\u0000-\\u001F\\u007F])' +
  '(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):|(?![A-Za-z][A-Za-z0-9+.\\-]*:))';

const safeUrlRegExp = new RegExp(SAFE_URL_PATTERN);

/**
 * Whether `url` may be used in an `href` or `src`.
 *
 * @example
 * ```ts
 * isSafeUrl('https://example.com'); // true
 * isSafeUrl(' JavaScript:alert(1)'); // false
 * ```
 */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && url !== '' && safeUrlRegExp.test(url);
}

/**
 * Returns `url` when it is safe, else `undefined`, so a template can drop the
 * attribute (`href=${ifDefined(safeUrl(x))}`).
 */
export function safeUrl(url: unknown): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}

/**
 * Field types shared by the profile schemas, each with the message a
 * recruiter sees when a value does not fit.
 */
import * as v from 'valibot';
import {SAFE_URL_PATTERN} from '../shared/safe-url.js';

/** A non-empty string. */
export const text = () => v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));

/** An optional non-empty string. */
export const optionalText = () => v.optional(text());

/** A URL that passes `isSafeUrl`. */
export const url = () =>
  v.pipe(
    v.string(),
    v.regex(
      new RegExp(SAFE_URL_PATTERN),
      'expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces',
    ),
  );

/**
 * An address with `{id}` where a job's id goes, safe as `url()` is
 * (`src/jobs/apply-url.ts`): one pattern, so the JSON Schema says it whole.
 */
export const applyUrl = () =>
  v.pipe(
    v.string(),
    v.regex(
      new RegExp(`(?=[\\s\\S]*\\{id\\})${SAFE_URL_PATTERN}`),
      "expected an address with {id} where the job's id goes, and a safe URL: http:, https:, mailto:, tel: or relative, with no spaces",
    ),
  );

/**
 * An ATS shorthand's shape (`ashby:acme`, `bullhorn:<cluster>:<corpToken>`).
 * Whether it names a provider's feed is checked by `validateProfile`
 * (`readAtsShorthand`), not here: the elements show a profile with a
 * shorthand that names no feed, and the listing says what is wrong with it.
 */
export const atsShorthand = () =>
  v.pipe(v.string(), v.regex(/^\s*[A-Za-z]+(?::[^:\s]*)+\s*$/, 'expected an ATS shorthand such as "greenhouse:acme"'));

/** A stable id for a section or modal, usable as #id. */
export const id = () =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens, like "about-us"'),
  );

/** A CSS colour: hex, a name, or a colour function. */
export const cssColor = () =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(?:#[0-9A-Fa-f]{3,8}|[A-Za-z]+|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9A-Za-z.,%/ +-]*\))$/,
        'expected a CSS colour such as "#1d1d1b" or "rgb(0 0 0)"',
      ),
    ),
  );

/** A CSS font-family list, with nothing that could end the declaration. */
export const fontFamily = () =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[A-Za-z0-9 ,'"-]+$/, 'expected a CSS font-family list such as "Arial, sans-serif"'),
    ),
  );

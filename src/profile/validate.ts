/**
 * Validates an unknown value as an employer profile: the faults that stop it
 * being shown, by JSON-pointer path, and warnings about content that is valid
 * but will read badly. The elements need only the faults (`faults.ts`), so
 * the warnings stay out of the script-tag bundle.
 */
import {readAtsShorthand, type AtsShorthandError} from '../feeds/ats-shorthand.js';
import {parseProfile, type ProfileFault, type ProfileParse} from './faults.js';
import {profileWarnings} from './warnings.js';

export {formatFaults, parseProfile, type ProfileFault, type ProfileParse} from './faults.js';

/**
 * What `validateProfile` finds: the profile or its faults, and on both
 * branches the warnings (content that is valid but will read badly).
 */
export type ProfileResult = ProfileParse & {readonly warnings: readonly ProfileFault[]};

/**
 * Validates `input` as an employer profile, collecting every fault, and
 * warns about content a reader will get wrong: link text such as "here",
 * an image alt that says nothing, a heading that skips a level, theme
 * colours below WCAG AA contrast. Warnings never make a profile invalid.
 *
 * @example
 * ```ts
 * const result = validateProfile(JSON.parse(text));
 * if (!result.ok) console.error(formatFaults(result.faults));
 * if (result.warnings.length) console.warn(formatFaults(result.warnings));
 * ```
 */
export function validateProfile(input: unknown): ProfileResult {
  const parsed = parseProfile(input);
  const warnings = profileWarnings(input);
  const faults = [...(parsed.ok ? [] : parsed.faults), ...shorthandFaults(input, parsed)];
  return parsed.ok && !faults.length ? {...parsed, warnings} : {ok: false, faults, warnings};
}

/**
 * Whether `jobs.feed.ats` names a provider's feed. The elements check only
 * its shape, show the profile, and let the listing say what is wrong; a
 * profile that names no feed is still not valid.
 */
function shorthandFaults(input: unknown, parsed: ProfileParse): ProfileFault[] {
  const path = '/jobs/feed/ats';
  const ats: unknown = (input as {jobs?: {feed?: {ats?: unknown}}} | null)?.jobs?.feed?.ats;
  if (typeof ats !== 'string' || (!parsed.ok && parsed.faults.some((fault) => fault.path === path))) return [];
  try {
    readAtsShorthand(ats);
    return [];
  } catch (error) {
    return [{path, message: `expected an ATS shorthand: ${(error as AtsShorthandError).reason}`}];
  }
}

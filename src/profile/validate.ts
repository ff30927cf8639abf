/**
 * Validates an unknown value as an employer profile: the faults that stop it
 * being shown, by JSON-pointer path, and warnings about content that is valid
 * but will read badly. The elements need only the faults (`faults.ts`), so
 * the warnings stay out of the script-tag bundle.
 */
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
  return {...parseProfile(input), warnings: profileWarnings(input)};
}

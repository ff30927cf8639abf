/**
 * The `employer-widgets/validate` module: `validateProfile` with its
 * warnings, and `formatFaults`, for Node, build scripts and editors. It is a
 * module of its own, without Lit, so that the script-tag bundle does not
 * carry the warnings its elements never need.
 */
export {formatFaults, validateProfile} from './profile/validate.js';
export type {ProfileFault, ProfileResult} from './profile/validate.js';
export type * from './profile/profile.js';

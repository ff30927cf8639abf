/**
 * `employer-widgets/ssr`: the elements rendered on Node to Declarative
 * Shadow DOM, for static-site generators and servers. The page then loads
 * `employer-widgets.js`, which hydrates the markup in place.
 *
 * @example
 * ```js
 * // renderMicrosite and renderToStream from employer-widgets/ssr:
 * renderToStream(renderMicrosite({profile, jobs})).pipe(response);
 * ```
 */
export {
  ProfileInvalidError,
  checkProfile,
  jsonScriptText,
  renderElement,
  renderJobView,
  renderMicrosite,
  renderToStream,
  renderToString,
} from './render.js';
export type {JobViewOptions, MicrositeOptions} from './render.js';
export {buildSite, escapeHtml} from './site.js';
export {styleHashes} from './csp.js';
export type {SiteFiles, SiteOptions} from './site.js';
export {jobFileName} from '../jobs/job-files.js';
/** The `render` command, run by `bin/employer-widgets.js` (not an API). @internal */
export {renderCommand, RENDER_USAGE} from './command.js';
export {html} from 'lit';
export type {Job} from '../feeds/job.js';
export type {EmployerProfile} from '../profile/profile.js';

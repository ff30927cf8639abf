import {html, nothing, type TemplateResult} from 'lit';
import type {ProfileProblem} from '../profile/profile-controller.js';

const SHOWN_FAULTS = 20;

/**
 * The visible message for a profile that cannot be shown: what failed and,
 * for a profile that failed validation, each path and what was expected.
 */
export function renderProfileProblem(problem: ProfileProblem): TemplateResult {
  const faults = problem.faults.slice(0, SHOWN_FAULTS);
  const more = problem.faults.length - faults.length;
  return html`<div part="error" role="alert">
    <strong>${problem.heading}</strong>
    ${problem.faults.length
      ? html`<ul>
          ${faults.map((fault) => html`<li><code>${fault.path || '/'}</code>: ${fault.message}</li>`)}
          ${more > 0 ? html`<li>… and ${more} more</li>` : nothing}
        </ul>`
      : html`<span>${problem.message}</span>`}
  </div>`;
}

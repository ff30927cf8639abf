/**
 * A heading and inline rich text as lit templates: what the hero needs, apart
 * from the blocks of the sections and modals (`render-blocks.ts`), so that
 * the code painted first does not carry those. Every string is bound as
 * text and every URL goes through `safeUrl()`.
 */
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {RichText} from '../profile/profile.js';
import {safeUrl} from '../shared/safe-url.js';

/** A heading of `level` (clamped to 2–6), as a real `<hN>` element. */
export function renderHeading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)}>${content}</h6>`;
  }
}

/** Inline text: strings as text nodes, runs as `<em>`, `<strong>` or `<a>`. */
export function renderRichText(text: RichText): unknown {
  if (typeof text === 'string') return text;
  return text.map((run) => {
    if (typeof run === 'string') return run;
    let content: unknown = run.text;
    if (run.em) content = html`<em>${content}</em>`;
    if (run.strong) content = html`<strong>${content}</strong>`;
    const href = safeUrl(run.href);
    return href ? html`<a href=${href}>${content}</a>` : content;
  });
}

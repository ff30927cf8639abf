/**
 * A sanitised job description (`SafeNode[]` from `parseDescription`) as lit
 * templates: one static template per element, text always bound as text.
 */
import {html} from 'lit';
import {safeUrl} from '../shared/safe-url.js';
import type {SafeNode} from './sanitize.js';

/**
 * Renders a description tree made by `parseDescription`.
 *
 * @example
 * ```ts
 * html`<div class="description">${renderDescription(parseDescription(job.description ?? ''))}</div>`
 * ```
 */
export function renderDescription(nodes: readonly SafeNode[]): unknown {
  return nodes.map(renderNode);
}

function renderNode(node: SafeNode): unknown {
  if (typeof node == 'string') return node;
  const children = renderDescription(node.children);
  switch (node.tag) {
    case 'p':
      return html`<p>${children}</p>`;
    case 'br':
      return html`<br />`;
    case 'ul':
      return html`<ul>${children}</ul>`;
    case 'ol':
      return html`<ol>${children}</ol>`;
    case 'li':
      return html`<li>${children}</li>`;
    case 'em':
      return html`<em>${children}</em>`;
    case 'strong':
      return html`<strong>${children}</strong>`;
    case 'a': {
      // Checked again: the tree may have been built by hand rather than parsed.
      const href = safeUrl(node.href);
      return href ? html`<a href=${href}>${children}</a>` : children;
    }
    case 'h3':
      return html`<h3>${children}</h3>`;
    case 'h4':
      return html`<h4>${children}</h4>`;
    case 'blockquote':
      return html`<blockquote>${children}</blockquote>`;
    default:
      return children;
  }
}

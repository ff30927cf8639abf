/**
 * Declarative Shadow DOM carries each element's styles as inline `<style>`
 * elements, which a Content-Security-Policy without `'unsafe-inline'` blocks
 * unless its `style-src` lists their hashes. These are those hashes.
 */
import {createHash} from 'node:crypto';

/**
 * Every inline `<style>` of our own rendered markup. Text is escaped and JSON
 * in scripts has its `<` escaped, so `<style` starts a real element only; its
 * text is CSS, which never holds `</style`.
 */
const STYLE = /<style\b[^>]*>([^]*?)<\/style>/g;

/**
 * The CSP sources (`'sha256-…'`) of the inline `<style>` elements in
 * pre-rendered markup, each once, in the order first met. Put them in the
 * page's `style-src` in place of `'unsafe-inline'`. They change with the
 * package's version and the profile's theme, so compute them from the
 * markup you serve.
 *
 * @example
 * ```js
 * const html = await renderToString(renderMicrosite({profile, jobs}));
 * response.setHeader('content-security-policy', `style-src 'self' ${styleHashes(html).join(' ')}`);
 * ```
 */
export function styleHashes(html: string): string[] {
  const found = new Set<string>();
  for (const [, css] of html.matchAll(STYLE)) found.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return [...found];
}

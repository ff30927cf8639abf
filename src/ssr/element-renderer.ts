import {LitElementRenderer} from '@lit-labs/ssr';
import type {RenderInfo} from '@lit-labs/ssr';
import type {ThunkedRenderResult} from '@lit-labs/ssr/lib/render-result.js';
import type {Theme} from '../profile/profile.js';
import {themeCss} from './theme-style.js';

interface ThemeOwner {
  serverTheme(): Theme | undefined;
}

/**
 * Renders our elements as Lit's renderer does, with two differences:
 * - `connectedCallback()` runs, so each element's context consumer finds the
 *   provider above it and the profile reaches every piece (the elements guard
 *   their browser-only work with `isServer`);
 * - the element that owns a profile writes its theme into its shadow root as
 *   a `<style data-employer-theme>`, the tokens `ThemeSheet` sets through the
 *   CSSOM in the browser (which replaces that `<style>` once it runs).
 */
export class EmployerElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return LitElementRenderer.matchesClass(ctor) && typeof (ctor.prototype as Partial<ThemeOwner>).serverTheme === 'function';
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    const shadow = super.renderShadow(renderInfo);
    const css = themeCss((this.element as unknown as ThemeOwner).serverTheme());
    if (!shadow || !css) return shadow;
    // After the element's own styles, as the adopted theme sheet comes after them in the browser.
    return [...shadow.slice(0, -1), `<style data-employer-theme>${css}</style>`, ...shadow.slice(-1)];
  }
}

/** Lit's renderer calls `connectedCallback()` for the elements this returns options for. */
LitElementRenderer.renderOptions.push((element) =>
  typeof (element as unknown as Partial<ThemeOwner>).serverTheme === 'function' ? {connectedCallback: true} : undefined,
);

import {LitElementRenderer} from '@lit-labs/ssr';
import type {RenderInfo} from '@lit-labs/ssr';
import type {ThunkedRenderResult} from '@lit-labs/ssr/lib/render-result.js';
import type {Theme} from '../profile/profile.js';
import {themeCss} from './theme-style.js';

interface ThemeOwner {
  serverTheme(): Theme | undefined;
  /** Styles beyond the element's static ones (a listing's view, whose sheet the browser adopts when its chunk loads). */
  serverStyles?(): string | undefined;
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
    const owner = this.element as unknown as ThemeOwner;
    const css = themeCss(owner.serverTheme());
    const more = owner.serverStyles?.();
    if (!shadow || (!css && !more)) return shadow;
    // After the element's own styles, as the adopted sheets come after them in the browser.
    const styles = [more ? `<style>${more}</style>` : '', css ? `<style data-employer-theme>${css}</style>` : ''];
    return [...shadow.slice(0, -1), ...styles.filter(Boolean), ...shadow.slice(-1)];
  }
}

/** Lit's renderer calls `connectedCallback()` for the elements this returns options for. */
LitElementRenderer.renderOptions.push((element) =>
  typeof (element as unknown as Partial<ThemeOwner>).serverTheme === 'function' ? {connectedCallback: true} : undefined,
);

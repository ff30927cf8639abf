import type {Theme} from '../profile/profile.js';
import {darkProperties, themeProperties} from '../profile/theme.js';

/**
 * Applies the theme as custom properties of `:host`, in a constructable
 * stylesheet adopted by the shadow root. A host page's rule on the element
 * itself (`employer-microsite { --employer-color-primary: teal }`) beats a
 * `:host` rule, where an inline style would beat every host rule. Only the
 * element that owns the profile applies it; its descendants inherit.
 *
 * Theme values come from the validated profile; they are set through the
 * CSSOM (`setProperty`), never parsed as a stylesheet string.
 */
export class ThemeSheet {
  private readonly sheet = new CSSStyleSheet();
  private readonly rule: CSSStyleRule;
  private readonly dark: CSSStyleRule;
  /** The theme last applied: the same object again (a frozen profile's) changes nothing, so restyles nothing. */
  private applied?: {readonly theme: Theme | undefined};

  constructor(root: ShadowRoot) {
    this.sheet.insertRule(':host {}');
    this.sheet.insertRule('@media (prefers-color-scheme: dark) { :host {} }', 1);
    this.rule = this.sheet.cssRules[0] as CSSStyleRule;
    this.dark = (this.sheet.cssRules[1] as CSSMediaRule).cssRules[0] as CSSStyleRule;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  apply(theme: Theme | undefined): void {
    if (this.applied && this.applied.theme === theme) return;
    this.applied = {theme};
    set(this.rule.style, themeProperties(theme));
    set(this.dark.style, darkProperties(theme));
  }
}

function set(style: CSSStyleDeclaration, properties: Map<string, string>): void {
  for (let i = style.length - 1; i >= 0; i--) style.removeProperty(style.item(i));
  for (const [name, value] of properties) style.setProperty(name, value);
}

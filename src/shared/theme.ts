import type {Theme} from '../profile/profile.js';

const COLOR_PROPERTIES = {
  primary: '--employer-color-primary',
  onPrimary: '--employer-color-on-primary',
  accent: '--employer-color-accent',
  text: '--employer-color-text',
  muted: '--employer-color-muted',
  background: '--employer-color-background',
  surface: '--employer-color-surface',
  border: '--employer-color-border',
  focus: '--employer-color-focus',
} as const;

/**
 * The profile theme as `--employer-*` custom properties.
 *
 * Pure: the element applies the result. Values were checked by the schema.
 */
export function themeProperties(theme: Theme | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (!theme) return properties;
  for (const [key, name] of Object.entries(COLOR_PROPERTIES)) {
    const value = theme.colors?.[key as keyof typeof COLOR_PROPERTIES];
    if (value) properties.set(name, value);
  }
  if (theme.font) properties.set('--employer-font', theme.font);
  if (theme.headingFont) properties.set('--employer-font-heading', theme.headingFont);
  if (theme.radius) properties.set('--employer-radius', theme.radius);
  properties.set('--employer-color-scheme', theme.colorScheme ?? 'light');
  return properties;
}

/**
 * Dark-mode tokens for a theme that allows it (`colorScheme: "light dark"`):
 * dark surfaces, light text, and the brand colour lightened so it keeps its
 * contrast as text and as a background under dark text.
 */
export function darkProperties(theme: Theme | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (theme?.colorScheme !== 'light dark') return properties;
  const primary = theme.colors?.primary ?? '#5b1f69';
  properties.set('--employer-color-primary', `color-mix(in srgb, ${primary} 30%, white)`);
  properties.set('--employer-color-on-primary', '#17141a');
  properties.set('--employer-color-text', '#f3eff5');
  properties.set('--employer-color-muted', '#cfc7d2');
  properties.set('--employer-color-background', '#17141a');
  properties.set('--employer-color-surface', '#241f27');
  properties.set('--employer-color-border', '#9d90a3');
  properties.set('--employer-color-focus', '#7cc4ff');
  properties.set('--employer-color-scheme', 'dark');
  return properties;
}

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

  constructor(root: ShadowRoot) {
    this.sheet.insertRule(':host {}');
    this.sheet.insertRule('@media (prefers-color-scheme: dark) { :host {} }', 1);
    this.rule = this.sheet.cssRules[0] as CSSStyleRule;
    this.dark = (this.sheet.cssRules[1] as CSSMediaRule).cssRules[0] as CSSStyleRule;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  apply(theme: Theme | undefined): void {
    set(this.rule.style, themeProperties(theme));
    set(this.dark.style, darkProperties(theme));
  }
}

function set(style: CSSStyleDeclaration, properties: Map<string, string>): void {
  for (let i = style.length - 1; i >= 0; i--) style.removeProperty(style.item(i));
  for (const [name, value] of properties) style.setProperty(name, value);
}

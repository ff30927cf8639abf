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

  constructor(root: ShadowRoot) {
    this.sheet.insertRule(':host {}');
    this.rule = this.sheet.cssRules[0] as CSSStyleRule;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  apply(theme: Theme | undefined): void {
    const style = this.rule.style;
    for (let i = style.length - 1; i >= 0; i--) style.removeProperty(style.item(i));
    for (const [name, value] of themeProperties(theme)) style.setProperty(name, value);
  }
}

import type {Theme} from './profile.js';

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

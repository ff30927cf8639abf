import type {Theme, ThemeColors} from './profile.js';

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

/** The elements' own colours, for a theme that leaves one out (the fallbacks in their styles). */
export const LIGHT_DEFAULTS = {
  primary: '#5b1f69',
  onPrimary: '#ffffff',
  text: '#1d1d1b',
  muted: '#595959',
  background: '#ffffff',
  surface: '#f6f3f7',
} as const satisfies ThemeColors;

/**
 * The computed dark palette, for a theme with `colorScheme: "light dark"`
 * and no `dark.colors` of its own (or only some): dark surfaces, light text.
 * The brand colour is the light one lightened (`darkPrimary`).
 */
export const DARK_DEFAULTS = {
  onPrimary: '#17141a',
  text: '#f3eff5',
  muted: '#cfc7d2',
  background: '#17141a',
  surface: '#241f27',
  border: '#9d90a3',
  focus: '#7cc4ff',
} as const satisfies ThemeColors;

/**
 * The default dark brand colour: the light one mixed 30% with white, so it
 * keeps its contrast as text on a dark background and under dark text.
 */
export const darkPrimary = (primary: string) => `color-mix(in srgb, ${primary} 30%, white)`;

function setColors(properties: Map<string, string>, colors: ThemeColors | undefined): void {
  for (const [key, name] of Object.entries(COLOR_PROPERTIES)) {
    const value = colors?.[key as keyof typeof COLOR_PROPERTIES];
    if (value) properties.set(name, value);
  }
}

/**
 * The profile theme as `--employer-*` custom properties.
 *
 * Pure: the element applies the result. Values were checked by the schema.
 */
export function themeProperties(theme: Theme | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (!theme) return properties;
  setColors(properties, theme.colors);
  if (theme.font) properties.set('--employer-font', theme.font);
  if (theme.headingFont) properties.set('--employer-font-heading', theme.headingFont);
  if (theme.radius) properties.set('--employer-radius', theme.radius);
  properties.set('--employer-color-scheme', theme.colorScheme ?? 'light');
  return properties;
}

/**
 * Dark-mode tokens for a theme that allows it (`colorScheme: "light dark"`):
 * the profile's own `dark.colors` over the computed dark palette.
 */
export function darkProperties(theme: Theme | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (theme?.colorScheme !== 'light dark') return properties;
  setColors(properties, {
    ...DARK_DEFAULTS,
    primary: darkPrimary(theme.colors?.primary ?? LIGHT_DEFAULTS.primary),
    ...theme.dark?.colors,
  });
  properties.set('--employer-color-scheme', 'dark');
  return properties;
}

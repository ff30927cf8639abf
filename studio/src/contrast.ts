/**
 * WCAG 2 contrast ratios for the theme's text and background pairs.
 * Pure: colours come in as hex or `rgb()`; the form turns any other CSS
 * colour into `rgb()` through the browser before asking.
 */

/** An sRGB colour, 0–255 a channel. */
export type Rgb = readonly [number, number, number];

/** Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` and `rgb()`/`rgba()` (alpha ignored); else `undefined`. */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex) {
    if (hex.length === 3 || hex.length === 4) return [0, 1, 2].map((i) => parseInt(hex[i]! + hex[i]!, 16)) as never;
    if (hex.length === 6 || hex.length === 8) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as never;
    return undefined;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((n) => Math.min(255, Math.round(n))) as never;
  return undefined;
}

/** `#rrggbb` for a colour input. */
export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
export function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The pairs of theme colours that meet as text on a background, with the default of each token. */
export const CONTRAST_PAIRS = [
  {text: 'text', background: 'background', what: 'Body text on the background'},
  {text: 'muted', background: 'background', what: 'Secondary text on the background'},
  {text: 'onPrimary', background: 'primary', what: 'Button text on the brand colour'},
  {text: 'primary', background: 'background', what: 'Links on the background'},
  {text: 'text', background: 'surface', what: 'Text on cards and panels'},
] as const;

/** The elements' own defaults, used where the theme leaves a colour out. */
export const DEFAULT_COLORS: Record<string, string> = {
  primary: '#5b1f69',
  onPrimary: '#ffffff',
  accent: '#5b1f69',
  text: '#1d1d1b',
  muted: '#595959',
  background: '#ffffff',
  surface: '#f6f3f7',
  border: '#8c7f91',
  focus: '#1c8ed6',
};

/** "7.4:1" and whether it passes AA for body text (4.5:1). */
export function describeRatio(ratio: number): {text: string; passes: boolean; verdict: string} {
  const rounded = Math.floor(ratio * 10) / 10;
  const passes = ratio >= 4.5;
  const verdict = ratio >= 7 ? 'passes AAA' : passes ? 'passes AA' : ratio >= 3 ? 'large text only' : 'fails';
  return {text: `${rounded}:1`, passes, verdict};
}

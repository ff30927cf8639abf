/**
 * WCAG 2 colour contrast of the profile theme's colours: pure, no DOM.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

/** Red, green and blue, each 0–255 (sRGB, gamma-encoded as written in CSS). */
export type Rgb = readonly [number, number, number];

/** The few colour names a profile is likely to use; others are not judged. */
const NAMES: Record<string, Rgb> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  silver: [192, 192, 192],
  red: [255, 0, 0],
  maroon: [128, 0, 0],
  yellow: [255, 255, 0],
  orange: [255, 165, 0],
  green: [0, 128, 0],
  lime: [0, 255, 0],
  teal: [0, 128, 128],
  aqua: [0, 255, 255],
  blue: [0, 0, 255],
  navy: [0, 0, 128],
  purple: [128, 0, 128],
  fuchsia: [255, 0, 255],
};

const channel = (text: string, max: number): number =>
  text.endsWith('%') ? (parseFloat(text) / 100) * max : parseFloat(text);

/**
 * Reads an opaque CSS colour: a hex value, `rgb()`/`rgba()`, `hsl()`/`hsla()`
 * or one of a few names. Anything else (a translucent colour, `oklch()`, an
 * unlisted name) gives `undefined`: its contrast is not judged.
 *
 * @example
 * ```ts
 * parseColor('#5b1f69');        // [91, 31, 105]
 * parseColor('rgb(0 0 0 / 50%)'); // undefined: not opaque
 * ```
 */
export function parseColor(value: string): Rgb | undefined {
  const color = value.trim().toLowerCase();
  if (color in NAMES) return NAMES[color];
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(color)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    if (digits[3] && digits[3] !== 'ff') return undefined;
    return [0, 1, 2].map((i) => parseInt(digits[i], 16)) as unknown as Rgb;
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(color);
  if (!fn) return undefined;
  const parts = fn[2].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  if (parts[3] !== undefined && channel(parts[3], 1) < 1) return undefined;
  if (fn[1].startsWith('rgb')) {
    const rgb = parts.slice(0, 3).map((part) => Math.min(255, Math.max(0, channel(part, 255))));
    return rgb.some(Number.isNaN) ? undefined : (rgb as unknown as Rgb);
  }
  const h = parseFloat(parts[0]);
  const s = channel(parts[1], 1);
  const l = channel(parts[2], 1);
  if ([h, s, l].some(Number.isNaN)) return undefined;
  // CSS Color 4, "Converting HSL colors to sRGB colors".
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}

/** WCAG relative luminance of an sRGB colour: 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color-mix(in srgb, a share%, b)`: `share` of `a`, the rest of `b`. */
export function mix(a: Rgb, share: number, b: Rgb): Rgb {
  return [0, 1, 2].map((i) => a[i] * share + b[i] * (1 - share)) as unknown as Rgb;
}

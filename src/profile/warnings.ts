/**
 * Warnings about a profile: content that validates but that readers, screen
 * readers or search engines will get wrong. Pure, no DOM. It reads the raw
 * value defensively, so a profile with faults still gets its warnings.
 */
import {contrastRatio, mix, parseColor, type Rgb} from './contrast.js';
import {DARK_DEFAULTS, LIGHT_DEFAULTS} from './theme.js';
import type {ProfileFault} from './faults.js';

type Raw = Record<string, unknown>;
type Warn = (path: string, message: string) => void;

const object = (value: unknown): Raw => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Words that say nothing about a link's target (English and German, as the
 * profiles use), after Lighthouse's "Links do not have descriptive text" list.
 * A link whose every word is one of these is flagged: "here", "Read More Here",
 * "click this link", "mehr erfahren".
 */
const VAGUE_LINK_WORDS = new Set(
  (
    'click clicking tap here there this that link page read reading more learn see find out go start continue info information details ' +
    'to the it me on for right now ' +
    'hier klicken klicke klick mehr weiter weiterlesen lesen erfahren siehe dies das diesen link seite infos information informationen'
  ).split(' '),
);

/** Alt texts that name the kind of thing, not what it shows. */
const VAGUE_ALT_WORDS = new Set(
  'image img picture pic photo photograph logo graphic icon banner bild foto grafik'.split(' '),
);

/** A WCAG AA contrast check: the colour `fg` is read on `bg`. */
const PAIRS = [
  ['text', 'background'],
  ['text', 'surface'],
  ['muted', 'background'],
  ['onPrimary', 'primary'],
  ['primary', 'background'],
] as const;
const AA = 4.5;

/**
 * The warnings for `input`, each with the JSON-pointer path it is about.
 *
 * @example
 * ```ts
 * profileWarnings(profile);
 * // [{path: '/modals/1/body/3/text/1/text', message: 'link text "here" does not say where it leads: …'}]
 * ```
 */
export function profileWarnings(input: unknown): ProfileFault[] {
  const warnings: ProfileFault[] = [];
  const warn: Warn = (path, message) => warnings.push({path, message});
  const profile = object(input);
  const employer = object(profile['employer']);
  const hero = object(profile['hero']);
  if ('logo' in employer) checkImage(employer['logo'], '/employer/logo', warn, true);
  if ('image' in hero) checkImage(hero['image'], '/hero/image', warn);
  checkRichText(hero['intro'], '/hero/intro', warn);
  array(hero['actions']).forEach((action, i) => checkLinkText(object(action)['text'], `/hero/actions/${i}/text`, warn));
  array(object(profile['nav'])['items']).forEach((item, i) => checkLinkText(object(item)['text'], `/nav/items/${i}/text`, warn));
  for (const key of ['sections', 'modals']) {
    array(profile[key]).forEach((piece, i) => checkBody(object(piece)['body'], `/${key}/${i}/body`, warn));
  }
  checkTheme(object(profile['theme']), warn);
  return warnings;
}

function checkLinkText(text: unknown, path: string, warn: Warn): void {
  if (typeof text !== 'string') return;
  const all = words(text);
  if (all.length && all.every((word) => VAGUE_LINK_WORDS.has(word))) {
    warn(path, `link text "${text}" does not say where it leads: name the target ("the Disability Confident scheme", not "here"), as search engines and screen readers list links out of context`);
  }
}

function checkRichText(text: unknown, path: string, warn: Warn): void {
  array(text).forEach((run, i) => {
    if (typeof object(run)['href'] === 'string') checkLinkText(object(run)['text'], `${path}/${i}/text`, warn);
  });
}

function checkImage(value: unknown, path: string, warn: Warn, named = false): void {
  const image = object(value);
  const alt = image['alt'];
  if (typeof alt === 'string') {
    const file = String(image['src'] ?? '').split(/[?#]/)[0].split('/').pop()!;
    const altWords = words(alt);
    if (!alt.trim()) {
      // The hero shows the employer's name for a logo with an empty alt.
      if (!named) warn(`${path}/alt`, 'empty alt: screen readers skip the image; describe what it shows, unless it is only decoration');
    } else if (
      /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$/i.test(alt.trim()) ||
      altWords.join(' ') === words(file.replace(/\.[^.]*$/, '')).join(' ') ||
      altWords.every((word) => VAGUE_ALT_WORDS.has(word))
    ) {
      warn(`${path}/alt`, `alt "${alt}" does not describe the image: say what it shows (for a logo, the employer's name)`);
    }
  }
  if (typeof image['src'] === 'string' && (image['width'] === undefined || image['height'] === undefined)) {
    warn(path, 'no width and height: the page shifts when the image loads; give its size in pixels');
  }
}

function checkBody(body: unknown, path: string, warn: Warn): void {
  let previous = 0;
  array(body).forEach((value, i) => {
    const block = object(value);
    const at = `${path}/${i}`;
    switch (block['type']) {
      case 'heading': {
        const level = typeof block['level'] === 'number' ? block['level'] : 1;
        if (level > previous + 1) {
          const after = previous ? `a level-${previous} heading` : 'the title';
          warn(`${at}/level`, `heading skips a level: level ${level} after ${after}; use level ${previous + 1}`);
        }
        previous = level;
        break;
      }
      case 'paragraph':
        checkRichText(block['text'], `${at}/text`, warn);
        break;
      case 'list':
        array(block['items']).forEach((item, j) => checkRichText(item, `${at}/items/${j}`, warn));
        break;
      case 'facts':
        array(block['items']).forEach((item, j) => checkRichText(object(item)['value'], `${at}/items/${j}/value`, warn));
        break;
      case 'link':
        checkLinkText(block['text'], `${at}/text`, warn);
        break;
      case 'image':
        checkImage(block, at, warn);
        break;
      case 'cards':
        array(block['items']).forEach((value, j) => {
          const card = object(value);
          const cardPath = `${at}/items/${j}`;
          checkRichText(card['summary'], `${cardPath}/summary`, warn);
          array(card['body']).forEach((inner, k) => {
            const part = object(inner);
            if (part['type'] === 'paragraph') checkRichText(part['text'], `${cardPath}/body/${k}/text`, warn);
            else array(part['items']).forEach((item, n) => checkRichText(item, `${cardPath}/body/${k}/items/${n}`, warn));
          });
          checkLinkText(object(card['link'])['text'], `${cardPath}/link/text`, warn);
        });
        break;
    }
  });
}

function checkTheme(theme: Raw, warn: Warn): void {
  const light = object(theme['colors']);
  const palette = (own: Raw, defaults: Raw) => {
    const colors: Record<string, Rgb | undefined> = {};
    for (const key of ['text', 'muted', 'background', 'surface', 'primary', 'onPrimary']) {
      const value = own[key] ?? defaults[key];
      colors[key] = typeof value === 'string' ? parseColor(value) : undefined;
    }
    return colors;
  };
  checkPairs(light, palette(light, LIGHT_DEFAULTS), '/theme/colors', '', warn);
  if (Object.keys(object(theme['dark'])).length) {
    const dark = object(object(theme['dark'])['colors']);
    const colors = palette(dark, DARK_DEFAULTS);
    const primary = parseColor(String(light['primary'] ?? LIGHT_DEFAULTS.primary));
    colors['primary'] ??= dark['primary'] === undefined && primary ? mix(primary, 0.3, [255, 255, 255]) : undefined;
    checkPairs(dark, colors, '/theme/dark/colors', 'in dark mode, ', warn);
    if (theme['colorScheme'] !== 'light dark') {
      warn('/theme/dark', 'not used: the dark palette applies only with "colorScheme": "light dark"');
    }
  }
}

/** Warns about each pair below AA where the profile set at least one of the two colours. */
function checkPairs(own: Raw, colors: Record<string, Rgb | undefined>, path: string, when: string, warn: Warn): void {
  for (const [fg, bg] of PAIRS) {
    const [a, b] = [colors[fg], colors[bg]];
    if (!a || !b || (own[fg] === undefined && own[bg] === undefined)) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < AA) {
      const name = (key: string) => `${key} ${own[key] === undefined ? '(default)' : `"${String(own[key])}"`}`;
      warn(
        `${path}/${own[fg] === undefined ? bg : fg}`,
        `${when}${name(fg)} on ${name(bg)} has a contrast of ${Math.floor(ratio * 100) / 100}:1; WCAG AA asks for at least 4.5:1`,
      );
    }
  }
}

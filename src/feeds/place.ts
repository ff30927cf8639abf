/**
 * Where a job is, from the words feeds use: "Dublin, Ireland", "Manchester
 * (hybrid)", "Remote - UK", "San Francisco, CA", "10115 Berlin". Pure: text in,
 * parts out, so every feed format (and a preset slice) reads places alike.
 */
import type {JobPlace, Workplace} from './job.js';

/** Lower case without accents, so "Zürich" and "zurich" meet. */
export const fold = (value: string): string => value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();

/**
 * ISO 3166-1 alpha-2 codes and the names feeds give the countries, in English
 * and in the country's own languages (and German, the second demo's). Small on
 * purpose: a country not here keeps the feed's word.
 */
const COUNTRIES: Record<string, readonly string[]> = {
  GB: ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'Vereinigtes Königreich', 'Großbritannien'],
  IE: ['Ireland', 'Republic of Ireland', 'Éire', 'Irland'],
  US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'Vereinigte Staaten'],
  CA: ['Canada', 'Kanada'],
  DE: ['Germany', 'Deutschland'],
  AT: ['Austria', 'Österreich'],
  CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera'],
  FR: ['France', 'Frankreich'],
  NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland', 'Niederlande'],
  BE: ['Belgium', 'Belgique', 'België', 'Belgien'],
  LU: ['Luxembourg', 'Luxemburg'],
  ES: ['Spain', 'España', 'Spanien'],
  PT: ['Portugal'],
  IT: ['Italy', 'Italia', 'Italien'],
  PL: ['Poland', 'Polska', 'Polen'],
  CZ: ['Czechia', 'Czech Republic', 'Česko', 'Tschechien'],
  DK: ['Denmark', 'Danmark', 'Dänemark'],
  SE: ['Sweden', 'Sverige', 'Schweden'],
  NO: ['Norway', 'Norge', 'Norwegen'],
  FI: ['Finland', 'Suomi', 'Finnland'],
  GR: ['Greece', 'Ελλάδα', 'Griechenland'],
  IN: ['India', 'Indien'],
  SG: ['Singapore', 'Singapur'],
  JP: ['Japan'],
  AU: ['Australia', 'Australien'],
  NZ: ['New Zealand', 'Neuseeland'],
};

/** The nations of the United Kingdom: a region of GB, not a country code. */
const UK_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** US state (and DC) codes: "Austin, TX" is in the US. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DC DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);

const byName = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([code, names]) => names.map((name) => [fold(name), code] as const)),
);

/**
 * The ISO code of a country from its name or code, as the table knows it:
 * `Ireland` → `IE`, `UK` → `GB`, `Deutschland` → `DE`, `gb` → `GB`. A name or
 * code the table lacks is `undefined` ("Leeds, LS" is no country).
 */
export function countryCode(value: string | undefined): string | undefined {
  const word = value?.trim() ?? '';
  if (/^[A-Za-z]{2}$/.test(word) && COUNTRIES[word.toUpperCase()]) return word.toUpperCase();
  return byName.get(fold(word));
}

const nation = (word: string) => UK_NATIONS.find((name) => fold(name) === fold(word));

/**
 * The words for remote and hybrid work, in the languages of the table above.
 * "Hybrid remote" is hybrid: the hybrid words are tried first.
 */
const WORKPLACE_WORDS: ReadonlyArray<readonly [Workplace, RegExp]> = [
  ['hybrid', /\bhybri(?:d|de|do)\b|\bteilweise (?:remote|mobil)\b/i],
  ['remote', /\b(?:fully remote|remote(?: first| only| working| work)?|work(?:ing)? from home|wfh|home[- ]?(?:based|office)|homeoffice|telecommute|t[ée]l[ée]travail|mobiles arbeiten|ortsunabh[äa]ngig|remoto)\b/i],
  ['onsite', /\b(?:on[- ]?site|in[- ]office|vor ort)\b/i],
];

/** Where the work is done, if `text` says ("Manchester (hybrid)" → `hybrid`). */
export function workplaceIn(text: string | undefined): Workplace | undefined {
  return WORKPLACE_WORDS.find(([, words]) => words.test(text ?? ''))?.[0];
}

/** One place from its comma-separated parts, the workplace words taken out. */
function placeOf(words: string): JobPlace | undefined {
  const parts = words
    .replace(/[()[\]]/g, ',')
    .replace(/\s[-–—]\s/g, ',')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // A street address ("City Gate, 51 Mosley Street, Manchester M2 3HQ", "Am Wasserturm 12, 12345 Auenfeld"):
  // the town follows the last street line.
  const street = parts.map((part) => /^\d{1,4}[a-z]?\s+\p{L}|\p{L}\s+\d{1,4}[a-z]?$/u.test(part)).lastIndexOf(true);
  parts.splice(0, street + 1);
  if (!parts.length) return undefined;
  // A postcode ("10115 Berlin", "Manchester M2 3HQ") is no part of the town's name.
  parts[0] = parts[0]!.replace(/^\d{4,5}\s+(?=\p{L})/u, '').replace(/\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/, '');
  const last = parts.at(-1)!;
  let country: string | undefined;
  let region: string | undefined;
  if (parts.length > 1 && US_STATES.has(last) && last !== 'DE') {
    // "Austin, TX": a state. DE stays Germany ("Berlin, DE"); "Dover, DE, US" is Delaware.
    [region, country] = [last, 'US'];
    parts.pop();
  } else if (nation(last)) {
    [region, country] = [nation(last), 'GB'];
    parts.pop();
  } else if ((country = countryCode(last))) {
    parts.pop();
  }
  const [city, ...middle] = parts;
  // The part between town and country is the more precise region ("Manchester, Greater Manchester, England").
  if (middle.length) region = middle.join(', ');
  if (!country && region && US_STATES.has(region)) country = 'US';
  return city || region || country ? clean({city, region, country}) : undefined;
}

function clean(place: {city?: string; region?: string; country?: string}): JobPlace {
  return Object.fromEntries(Object.entries(place).filter(([, value]) => value)) as JobPlace;
}

/** A remote-work word and the brackets or dashes around it, as a separator. */
const STRIP = new RegExp(
  String.raw`\s*[-–—:]?\s*\(?\s*(?:${WORKPLACE_WORDS.map(([, words]) => words.source).join('|')})\s*\)?\s*[-–—:]?\s*`,
  'gi',
);

/**
 * A feed's location text in parts: each place (separated by `;`, `|`, ` / `
 * or a line break) as city, region and ISO country code where the text gives
 * or implies one, and the workplace its words name (remote wins over hybrid
 * over on-site when the places differ).
 *
 * @example
 * ```ts
 * readLocation('Dublin, Ireland');      // {places: [{city: 'Dublin', country: 'IE'}]}
 * readLocation('Manchester (hybrid)'); // {places: [{city: 'Manchester'}], workplace: 'hybrid'}
 * readLocation('Remote - UK');         // {places: [{country: 'GB'}], workplace: 'remote'}
 * ```
 */
export function readLocation(text: string | undefined): {places: JobPlace[]; workplace?: Workplace} {
  const places: JobPlace[] = [];
  const found = new Set<Workplace>();
  for (const part of (text ?? '').split(/\s*(?:[;|\n]|\s\/\s)\s*/)) {
    const workplace = workplaceIn(part);
    if (workplace) found.add(workplace);
    const place = placeOf(workplace ? part.replace(STRIP, ',') : part);
    if (place && !places.some((seen) => samePlace(seen, place))) places.push(place);
  }
  const workplace = (['remote', 'hybrid', 'onsite'] as const).find((kind) => found.has(kind));
  return workplace ? {places, workplace} : {places};
}

const samePlace = (a: JobPlace, b: JobPlace) =>
  fold(a.city ?? '') === fold(b.city ?? '') && fold(a.region ?? '') === fold(b.region ?? '') && a.country === b.country;

/**
 * A place as a feed or a profile gives it in parts (`{city, region, country}`,
 * or schema.org's `addressLocality`, `addressRegion`, `addressCountry`), each
 * part a trimmed string; the country as its ISO code where the table knows
 * the name. `undefined` when no part is a string.
 */
export function placeFrom(value: unknown): JobPlace | undefined {
  if (!value || typeof value != 'object') return undefined;
  const source = value as Record<string, unknown>;
  const word = (...keys: string[]) => {
    for (const key of keys) {
      const item = source[key];
      const named = item && typeof item == 'object' ? (item as {name?: unknown}).name : item;
      if (typeof named == 'string' && named.trim()) return named.trim();
    }
    return undefined;
  };
  const country = word('country', 'addressCountry');
  const place = clean({
    city: word('city', 'addressLocality'),
    region: word('region', 'addressRegion'),
    country: country && (countryCode(country) ?? country),
  });
  return Object.keys(place).length ? place : undefined;
}

/**
 * Whether a place names `word`: its city, its region or its country (by code or
 * by any name the table knows, or `countryName` gives), case and accents aside.
 */
export function placeNames(place: JobPlace, word: string, countryName?: (code: string) => string | undefined): boolean {
  const folded = fold(word);
  if (!folded) return false;
  if (fold(place.city ?? '') === folded || fold(place.region ?? '') === folded) return true;
  const country = place.country;
  if (!country) return false;
  return country === countryCode(word) || fold(country) === folded || fold(countryName?.(country) ?? '') === folded;
}

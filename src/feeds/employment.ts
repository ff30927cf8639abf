/**
 * Employment types in Google's job-posting vocabulary, from the words feeds
 * use ("Full-time", "full_time", "FULLTIME", "Permanent full time", "Vollzeit").
 * Pure: text in, codes out.
 */
import type {EmploymentType} from './job.js';

/** The words for each type, in English, schema.org's and Indeed's codes, German and French. */
const WORDS: ReadonlyArray<readonly [EmploymentType, string]> = [
  ['FULL_TIME', String.raw`full[\s_-]*time|vollzeit|temps[\s_-]*plein`],
  ['PART_TIME', String.raw`part[\s_-]*time|teilzeit|temps[\s_-]*partiel|minijob`],
  ['CONTRACTOR', String.raw`contract(?:or)?|freelance(?:r)?|freiberuflich|freie[\s_-]*mitarbeit`],
  ['TEMPORARY', String.raw`temp(?:orary)?|fixed[\s_-]*term|befristet|seasonal|saisonal|cdd`],
  ['INTERN', String.raw`intern(?:ship)?|praktikum|stage`],
  ['VOLUNTEER', String.raw`volunteer(?:ing)?|ehrenamt(?:lich)?|b[ée]n[ée]volat`],
  ['PER_DIEM', String.raw`per[\s_-]*diem`],
  ['OTHER', 'other'],
];

// \b is ASCII-only, so "unbefristet" (permanent) never reads as "befristet".
const anywhere = WORDS.map(([code, words]) => [code, new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})(?![\p{L}])`, 'iu')] as const);
const whole = WORDS.map(([code, words]) => [code, new RegExp(String.raw`^(?:${words})$`, 'iu')] as const);

/** Every code: a value a feed or a profile may give as is. */
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = WORDS.map(([code]) => code);

/**
 * The type a word names when the word is nothing but that type ("Full-time",
 * "FULL_TIME", "fulltime", "Vollzeit"), the words the elements may print in the
 * profile's language instead. `undefined` for free text ("Permanent full time").
 */
export function employmentWord(word: string | undefined): EmploymentType | undefined {
  const trimmed = word?.trim() ?? '';
  return whole.find(([, words]) => words.test(trimmed))?.[0];
}

/**
 * Every type `text` names, in order, each once: its comma-, semicolon- or
 * slash-separated parts are read one by one, and a part may say more
 * ("Permanent full time" → `FULL_TIME`; "Part-time, fixed term" → `PART_TIME`,
 * `TEMPORARY`).
 */
export function employmentTypes(text: string | undefined): EmploymentType[] {
  const codes = new Set<EmploymentType>();
  for (const part of (text ?? '').split(/[,;/]/)) {
    const code = anywhere.find(([, words]) => words.test(part))?.[0];
    if (code) codes.add(code);
  }
  return [...codes];
}

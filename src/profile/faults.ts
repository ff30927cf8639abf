/**
 * Checks an unknown value against the profile schema and explains every
 * fault by its JSON-pointer path: `/modals/2/body/0/items: expected an array`.
 * What the elements need; `validate.ts` adds the warnings.
 */
import * as v from 'valibot';
import type {EmployerProfile} from './profile.js';
import {ProfileSchema} from './schema.js';

/** One fault in a profile. */
export interface ProfileFault {
  /** JSON pointer to the faulty value ("" is the whole profile). */
  readonly path: string;
  /** What was expected there, in plain words. */
  readonly message: string;
}

/** What `parseProfile` finds: the profile, or why it is not one. */
export type ProfileParse =
  | {readonly ok: true; readonly profile: EmployerProfile}
  | {readonly ok: false; readonly faults: readonly ProfileFault[]};

const TYPE_WORDS: Record<string, string> = {
  array: 'an array',
  object: 'an object',
  strict_object: 'an object',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** Escapes one JSON-pointer segment (RFC 6901). */
const escapeSegment = (key: unknown) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

function pointer(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => `/${escapeSegment(item.key)}`).join('');
}

function describe(issue: v.BaseIssue<unknown>): string {
  // valibot's own messages start "Invalid type: Expected ..."; ours are set on
  // the schema. A custom message never starts with "Invalid".
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.received === 'undefined' && issue.type !== 'strict_object') {
    const word = TYPE_WORDS[issue.type];
    return word ? `missing: expected ${word}` : 'missing';
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `unknown key ${issue.received}: check its spelling`;
  }
  if ((issue.type === 'object' || issue.type === 'strict_object') && issue.expected?.startsWith('"')) {
    return `missing: required key ${issue.expected}`;
  }
  if (issue.type === 'variant') {
    return `expected one of ${issue.expected?.replace(/["()]/g, '').replace(/ \| /g, ', ')}`;
  }
  const word = TYPE_WORDS[issue.type];
  if (word) return `expected ${word}, got ${receivedWord(issue.received)}`;
  return `expected ${issue.expected}, got ${issue.received}`;
}

function receivedWord(received: string): string {
  switch (received) {
    case 'Array':
      return 'an array';
    case 'Object':
      return 'an object';
    case 'null':
      return 'null';
    default:
      // valibot reports primitives by value ("12", "true", "\"text\"").
      if (received.startsWith('"')) return 'a string';
      if (received === 'true' || received === 'false') return 'a boolean';
      if (/^-?[\d.e+]+$|^NaN$|^-?Infinity$/.test(received)) return 'a number';
      return received;
  }
}

/**
 * Validates `input` as an employer profile, collecting every fault but no
 * warnings: what the elements need before they show a profile.
 */
export function parseProfile(input: unknown): ProfileParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : `a ${typeof input}`;
    return {ok: false, faults: [{path: '', message: `expected a profile object, got ${got}`}]};
  }
  const result = v.safeParse(ProfileSchema, input, {abortEarly: false, abortPipeEarly: false});
  if (result.success) return {ok: true, profile: result.output};
  const seen = new Set<string>();
  const faults: ProfileFault[] = [];
  for (const issue of result.issues) {
    const fault = {path: pointer(issue), message: describe(issue)};
    const key = `${fault.path}\n${fault.message}`;
    if (!seen.has(key)) faults.push(fault);
    seen.add(key);
  }
  return {ok: false, faults};
}

/** One line per fault: `/path: message` (the root is shown as `/`). */
export function formatFaults(faults: readonly ProfileFault[]): string {
  return faults.map((fault) => `${fault.path || '/'}: ${fault.message}`).join('\n');
}

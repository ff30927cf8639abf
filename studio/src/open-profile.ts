/**
 * Opening a profile from text (a file, a URL, a stored draft): what the
 * studio accepts and the message it gives for what it does not. A refused
 * file changes nothing, so the draft on screen is never lost.
 */
import type {Json} from './pointer.js';

/** The largest profile the studio opens: five times the largest real one we expect. */
export const MAX_PROFILE_BYTES = 10 * 1024 * 1024;

/** The profile format this studio writes and reads. */
export const STUDIO_VERSION = 1;

/** An opened profile, or why it was refused. */
export type Opened =
  | {readonly ok: true; readonly value: Json; readonly text: string}
  | {readonly ok: false; readonly message: string};

const KEPT = 'Nothing was changed: the profile you were editing is still here.';

/** "2.0 MB" */
export function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The refusal for a file over `MAX_PROFILE_BYTES`, before it is read. */
export function tooLarge(source: string, bytes: number): Opened {
  return {
    ok: false,
    message: `${source} is ${sizeWords(bytes)}; a profile can be at most ${sizeWords(MAX_PROFILE_BYTES)}. Is it the right file? ${KEPT}`,
  };
}

/**
 * Reads `text` as a profile: JSON, an object, and not of a newer format
 * version than this studio knows. Anything else (missing fields, wrong
 * types) opens, and the fault list shows it.
 */
export function openProfile(text: string, source: string): Opened {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message.replace(/^JSON\.parse: /, '');
    return {ok: false, message: `${source} is not a JSON file, so it cannot be a profile (${detail}). ${KEPT}`};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a single ${typeof value}`;
    return {ok: false, message: `${source} holds ${what}, not a profile: a profile is one JSON object ({ … }). ${KEPT}`};
  }
  const version = (value as {version?: unknown}).version;
  if (typeof version === 'number' && version > STUDIO_VERSION) {
    return {
      ok: false,
      message: `${source} is a profile of format version ${version}; this studio reads version ${STUDIO_VERSION}. Open it with a newer version of the studio. ${KEPT}`,
    };
  }
  return {ok: true, value: value as Json, text: JSON.stringify(value, null, 2)};
}

/** The file's text to download: pretty JSON with `$schema` first, so editors can check it. */
export function downloadText(value: Json, schemaUrl: string): string {
  const rest = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const {$schema: _ignored, ...fields} = rest as {[key: string]: Json};
  return `${JSON.stringify({$schema: schemaUrl, ...fields}, null, 2)}\n`;
}

/** A file name from the employer's name: "Stadtwerke Auenfeld" → `stadtwerke-auenfeld.json`. */
export function fileName(value: unknown): string {
  const name = (value as {employer?: {shortName?: unknown; name?: unknown}})?.employer?.name;
  const slug = (typeof name === 'string' ? name : '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'employer-profile'}.json`;
}

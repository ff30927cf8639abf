/**
 * A validator fault in a recruiter's words: `/hero/headline` with "expected a
 * non-empty string" becomes "Hero › Headline is empty".
 */
import {getAt, parsePointer} from './pointer.js';

/** Names for keys whose plain capitalised form reads badly. */
const NAMES: Record<string, string> = {
  shortName: 'Short name',
  onPrimary: 'Text on primary',
  headingFont: 'Heading font',
  colorScheme: 'Colour scheme',
  colors: 'Colours',
  pageSize: 'Jobs per page',
  applyUrl: 'Apply address',
  href: 'Link',
  src: 'Image URL',
  alt: 'Alt text',
  id: 'Id',
  url: 'URL',
  jobs: 'Jobs',
  nav: 'Navigation',
};

/** What one item of each list is called. */
const ITEMS: Record<string, string> = {
  sections: 'Section',
  modals: 'Modal',
  body: 'Block',
  actions: 'Action',
  items: 'Item',
  columns: 'Column',
  lines: 'Line',
  layout: 'Piece',
  text: 'Run',
};

/** `shortName` → "Short name". */
function keyWords(key: string): string {
  if (NAMES[key]) return NAMES[key];
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The place a pointer names, as words joined by "›": `/sections/1/body/0/text`
 * → "Section 2 (Opportunities) › Block 1 › Text". A section's or modal's
 * title is added where the profile has one, so the recruiter finds it.
 */
export function placeWords(pointer: string, profile: unknown): string {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return 'The profile';
  const words: string[] = [];
  segments.forEach((segment, index) => {
    const parent = segments[index - 1];
    // A list's name is said by its item: "Section 2", not "Sections › Section 2".
    if (/^\d+$/.test(segments[index + 1] ?? '') && ITEMS[segment]) return;
    if (/^\d+$/.test(segment) && parent !== undefined) {
      const item = ITEMS[parent] ?? 'Item';
      let word = `${item} ${Number(segment) + 1}`;
      if (parent === 'sections' || parent === 'modals') {
        const title = getAt(profile, `/${parent}/${segment}/title`);
        if (typeof title === 'string' && title.trim()) word += ` (${title.trim().slice(0, 40)})`;
      }
      words.push(word);
    } else {
      words.push(keyWords(segment));
    }
  });
  return words.join(' › ');
}

/** The validator's message as the end of a sentence about the place. */
export function problemWords(message: string, value: unknown): string {
  if (message === 'expected a non-empty string' && value === '') return 'is empty';
  if (message.startsWith('missing')) {
    const key = /required key "([^"]+)"/.exec(message)?.[1];
    return key ? `needs “${keyWords(key)}”` : 'is missing';
  }
  if (message.startsWith('unknown key ')) {
    return `has a key this format does not know: ${message.slice(12).replace(/: check its spelling$/, '')} (check its spelling)`;
  }
  return `: ${message}`;
}

/** "Hero › Headline is empty", or "Theme › Colours › Primary: expected a CSS colour…". */
export function faultWords(fault: {path: string; message: string}, profile: unknown): string {
  const problem = problemWords(fault.message, getAt(profile, fault.path));
  return problem.startsWith(':') ? `${placeWords(fault.path, profile)}${problem}` : `${placeWords(fault.path, profile)} ${problem}`;
}

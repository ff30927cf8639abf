/**
 * The last draft, kept in `localStorage` so that closing the tab or a crash
 * loses nothing; offered again when the studio opens. The text is kept as it
 * is, under a key of its own (a 2 MB profile escaped into a JSON string
 * would take longer to write and a third more room).
 */

const KEY = 'employer-widgets-studio:draft';
const TEXT_KEY = `${KEY}:text`;

/** A kept draft. */
export interface Draft {
  readonly text: string;
  /** When it was kept, in ms since the epoch. */
  readonly savedAt: number;
  /** What it was opened from ("PHSO", a file name). */
  readonly source: string;
}

/** Keeps `draft`; false when the browser refuses (storage full or off). */
export function saveDraft(draft: Draft, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(TEXT_KEY, draft.text);
    storage.setItem(KEY, JSON.stringify({savedAt: draft.savedAt, source: draft.source}));
    return true;
  } catch {
    return false;
  }
}

/** The kept draft, if there is one that can be read (also one kept whole in the first key, as before). */
export function loadDraft(storage: Storage = localStorage): Draft | undefined {
  try {
    const kept = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    if (!kept || typeof kept.savedAt !== 'number') return undefined;
    // A refused write leaves the text before it; a text written whose record was refused is still the newest one.
    const text = typeof kept.text === 'string' ? kept.text : storage.getItem(TEXT_KEY);
    if (typeof text !== 'string') return undefined;
    return {text, savedAt: kept.savedAt, source: typeof kept.source === 'string' ? kept.source : ''};
  } catch {
    return undefined;
  }
}

/** Forgets the kept draft. */
export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
    storage.removeItem(TEXT_KEY);
  } catch {
    // Storage that is off has nothing to clear.
  }
}

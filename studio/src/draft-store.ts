/**
 * The last draft, kept in `localStorage` so that closing the tab or a crash
 * loses nothing; offered again when the studio opens.
 */

const KEY = 'employer-widgets-studio:draft';

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
    storage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The kept draft, if there is one that can be read. */
export function loadDraft(storage: Storage = localStorage): Draft | undefined {
  try {
    const draft = JSON.parse(storage.getItem(KEY) ?? 'null') as Draft | null;
    return draft && typeof draft.text === 'string' && typeof draft.savedAt === 'number' ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the kept draft. */
export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Storage that is off has nothing to clear.
  }
}

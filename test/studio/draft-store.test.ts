import {expect} from '@open-wc/testing';
import {clearDraft, loadDraft, saveDraft} from '../../studio/src/draft-store.js';

/** A Storage over a Map, that can be made to refuse writes. */
function memoryStorage(): Storage & {items: Map<string, string>; full: boolean} {
  const items = new Map<string, string>();
  return {
    items,
    full: false,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem(key, value) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('studio draft store', () => {
  const text = '{\n  "version": 1,\n  "employer": {"name": "Quote \\" and \\\\ back"}\n}';

  it('keeps the text as it is, beside a small record, and reads it back', () => {
    const storage = memoryStorage();
    expect(saveDraft({text, savedAt: 1234, source: 'the blank starter'}, storage)).to.equal(true);
    expect([...storage.items.values()]).to.include(text);
    expect(loadDraft(storage)).to.deep.equal({text, savedAt: 1234, source: 'the blank starter'});
    clearDraft(storage);
    expect(storage.items.size).to.equal(0);
    expect(loadDraft(storage)).to.equal(undefined);
  });

  it('reads a draft kept whole in one record, as the first studio kept it', () => {
    const storage = memoryStorage();
    storage.setItem('employer-widgets-studio:draft', JSON.stringify({text, savedAt: 5, source: 'PHSO'}));
    expect(loadDraft(storage)).to.deep.equal({text, savedAt: 5, source: 'PHSO'});
  });

  it('says so when storage refuses, and still offers the draft kept before', () => {
    const storage = memoryStorage();
    saveDraft({text, savedAt: 1, source: 'a'}, storage);
    storage.full = true;
    expect(saveDraft({text: `${text} `, savedAt: 2, source: 'a'}, storage)).to.equal(false);
    expect(loadDraft(storage)).to.deep.equal({text, savedAt: 1, source: 'a'});
  });
});

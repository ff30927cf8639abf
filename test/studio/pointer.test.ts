import {expect} from '@open-wc/testing';
import {deepFreeze, getAt, insertAt, moveAt, parsePointer, reuseUnchanged, setAt, toPointer, type Json} from '../../studio/src/pointer.js';

describe('studio pointer', () => {
  const doc: Json = {hero: {headline: 'Hi'}, sections: [{id: 'a'}, {id: 'b'}], 'a/b': {'c~d': 1}};

  it('round-trips escaped segments', () => {
    expect(parsePointer('/a~1b/c~0d')).to.deep.equal(['a/b', 'c~d']);
    expect(toPointer(['a/b', 'c~d'])).to.equal('/a~1b/c~0d');
    expect(getAt(doc, '/a~1b/c~0d')).to.equal(1);
  });

  it('reads values, and undefined where there is none', () => {
    expect(getAt(doc, '/sections/1/id')).to.equal('b');
    expect(getAt(doc, '/sections/5/id')).to.equal(undefined);
    expect(getAt(doc, '/hero/headline/x')).to.equal(undefined);
    expect(getAt(doc, '/toString')).to.equal(undefined);
  });

  it('sets a value by copying only the path to it', () => {
    const next = setAt(doc, '/hero/headline', 'Hello') as {hero: object; sections: object};
    expect(getAt(next, '/hero/headline')).to.equal('Hello');
    expect(getAt(doc, '/hero/headline')).to.equal('Hi');
    expect(next.sections).to.equal((doc as {sections: object}).sections);
  });

  it('makes missing objects on the way, and removes with undefined', () => {
    const made = setAt(doc, '/theme/colors/primary', '#000');
    expect(getAt(made, '/theme')).to.deep.equal({colors: {primary: '#000'}});
    const removed = setAt(made, '/theme/colors/primary', undefined);
    expect(getAt(removed, '/theme/colors')).to.deep.equal({});
    expect(getAt(setAt(doc, '/sections/0', undefined), '/sections')).to.deep.equal([{id: 'b'}]);
  });

  it('inserts and moves array items', () => {
    expect(getAt(insertAt(doc, '/sections', {id: 'c'}), '/sections/2/id')).to.equal('c');
    expect(getAt(insertAt(doc, '/sections', {id: 'z'}, 0), '/sections/0/id')).to.equal('z');
    expect(getAt(moveAt(doc, '/sections', 0, 1), '/sections')).to.deep.equal([{id: 'b'}, {id: 'a'}]);
    expect(moveAt(doc, '/sections', 0, 2)).to.equal(doc);
  });

  it('freezes a document all through, and after an edit only what the edit made', () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(doc)) as Json) as {[key: string]: Json};
    expect(Object.isFrozen(frozen) && Object.isFrozen(frozen['sections']) && Object.isFrozen((frozen['sections'] as Json[])[0])).to.equal(true);
    const edited = deepFreeze(setAt(frozen, '/hero/headline', 'Hello')) as {[key: string]: Json};
    expect(Object.isFrozen(edited) && Object.isFrozen(edited['hero'])).to.equal(true);
    expect(edited['sections']).to.equal(frozen['sections']);
    expect(() => ((edited['hero'] as {[key: string]: Json})['headline'] = 'x')).to.throw(TypeError);
  });

  it('shares every unchanged part of a document parsed again', () => {
    const before = deepFreeze(JSON.parse(JSON.stringify(doc)) as Json) as {[key: string]: Json};
    const again = JSON.parse(JSON.stringify(doc)) as {[key: string]: Json};
    expect(reuseUnchanged(before, again)).to.equal(before);

    (again['sections'] as Array<{[key: string]: Json}>)[1]!['id'] = 'c';
    const next = reuseUnchanged(before, again) as {[key: string]: Json};
    expect(next).to.deep.equal(again);
    expect(next['hero']).to.equal(before['hero']);
    expect((next['sections'] as Json[])[0]).to.equal((before['sections'] as Json[])[0]);
    expect((next['sections'] as Json[])[1]).not.to.equal((before['sections'] as Json[])[1]);

    // A new key, keys in another order, an item more: new objects, equal to the text.
    const reordered = JSON.parse('{"sections": [{"id": "a"}, {"id": "b"}, {"id": "x"}], "hero": {"headline": "Hi"}, "a/b": {"c~d": 1}}') as Json;
    const shared = reuseUnchanged(before, reordered) as {[key: string]: Json};
    expect(JSON.stringify(shared)).to.equal(JSON.stringify(reordered));
    expect(shared).not.to.equal(before);
    expect(shared['hero']).to.equal(before['hero']);

    // "__proto__" stays a key of its own.
    const proto = JSON.parse('{"hero": {"headline": "Hi"}, "__proto__": {"polluted": true}}') as Json;
    const kept = reuseUnchanged(before, proto) as {[key: string]: Json};
    expect(Object.keys(kept)).to.deep.equal(['hero', '__proto__']);
    expect(Object.getPrototypeOf(kept)).to.equal(Object.prototype);
    expect(({} as {polluted?: boolean}).polluted).to.equal(undefined);
  });
});

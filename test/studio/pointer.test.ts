import {expect} from '@open-wc/testing';
import {getAt, insertAt, moveAt, parsePointer, setAt, toPointer, type Json} from '../../studio/src/pointer.js';

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
});

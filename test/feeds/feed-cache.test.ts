import {expect} from '@open-wc/testing';
import {FeedCache, textSize} from '../../src/feeds/feed-cache.js';

describe('FeedCache', () => {
  it('keeps what was set, per URL, replacing an earlier value', () => {
    const cache = new FeedCache<string>(4, 100);
    cache.set('a', 'A1', 10);
    cache.set('b', 'B', 10);
    cache.set('a', 'A2', 10);
    expect(cache.get('a')).to.equal('A2');
    expect(cache.get('b')).to.equal('B');
    expect(cache.get('c')).to.equal(undefined);
  });

  it('forgets the least recently used feed beyond its number of feeds', () => {
    const cache = new FeedCache<string>(3, 1000);
    for (const url of ['a', 'b', 'c']) cache.set(url, url.toUpperCase(), 1);
    cache.get('a');
    cache.set('d', 'D', 1);
    expect(['a', 'b', 'c', 'd'].map((url) => cache.get(url))).to.deep.equal(['A', undefined, 'C', 'D']);
  });

  it('forgets the least recently used feeds beyond its size, and never keeps one larger than it', () => {
    const cache = new FeedCache<string>(10, 100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    cache.set('c', 'C', 40);
    expect(['a', 'b', 'c'].map((url) => cache.get(url))).to.deep.equal([undefined, 'B', 'C']);
    cache.set('huge', 'H', 101);
    expect(cache.get('huge')).to.equal(undefined);
    expect(cache.get('b')).to.equal('B');
    // A feed that grew past the size is forgotten, not kept at its old value.
    cache.set('b', 'B2', 500);
    expect(cache.get('b')).to.equal(undefined);
    cache.set('d', 'D', 60);
    expect(cache.get('c')).to.equal('C');
    expect(cache.get('d')).to.equal('D');
  });

  it('measures jobs by the characters of their text', () => {
    expect(textSize([{id: 'a1', title: 'Analyst', salary: {min: 1, currency: 'GBP'}, places: [{city: 'Leeds'}]}])).to.equal(2 + 7 + 8 + 3 + 5);
    expect(textSize([])).to.equal(0);
  });
});

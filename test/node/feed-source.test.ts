// Which feed a <job-listing> reads, from its attributes and its profile's
// jobs.feed: a pure choice, tested in Node (src/feeds/feed-source.ts).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {feedSource, type FeedAttributes, type FeedSource} from '../../src/feeds/feed-source.js';
import type {JobsSettings} from '../../src/profile/profile.js';

const none: FeedAttributes = {src: '', format: 'auto', ats: '', atsProxy: ''};
const LEVER = 'api.lever.co/v0/postings/acme?mode=json';
const ASHBY = 'api.ashbyhq.com/posting-api/job-board/openfair?includeCompensation=true';

describe('feedSource', () => {
  const cases: [string, Partial<FeedAttributes>, JobsSettings['feed'], FeedSource][] = [
    ['no feed at all', {}, undefined, {url: '', format: 'auto'}],
    ['src, in its format', {src: 'jobs.xml', format: 'indeed-xml'}, undefined, {url: 'jobs.xml', format: 'indeed-xml'}],
    ['src over the profile\'s url and format', {src: 'jobs.json'}, {url: '/careers/feed.xml', format: 'indeed-xml'}, {url: 'jobs.json', format: 'auto'}],
    ['src over ats', {src: 'jobs.json', ats: 'lever:acme'}, undefined, {url: 'jobs.json', format: 'auto'}],
    ['src over the profile\'s ats', {src: 'jobs.json'}, {ats: 'lever:acme'}, {url: 'jobs.json', format: 'auto'}],
    ['ats', {ats: 'lever:acme'}, undefined, {url: `https://${LEVER}`, format: 'lever'}],
    ['ats through ats-proxy', {ats: 'lever:acme', atsProxy: '/ats/'}, undefined, {url: `/ats/${LEVER}`, format: 'lever'}],
    ['ats through the profile\'s proxy', {ats: 'lever:acme'}, {ats: 'ashby:openfair', proxy: '/p/'}, {url: `/p/${LEVER}`, format: 'lever'}],
    ['ats-proxy over the profile\'s proxy', {ats: 'lever:acme', atsProxy: '/ats/'}, {ats: 'ashby:openfair', proxy: '/p/'}, {url: `/ats/${LEVER}`, format: 'lever'}],
    ['ats over the profile\'s url', {ats: 'lever:acme'}, {url: '/careers/feed.json'}, {url: `https://${LEVER}`, format: 'lever'}],
    ['the profile\'s url, in its format', {}, {url: '/careers/feed.xml', format: 'indeed-xml'}, {url: '/careers/feed.xml', format: 'indeed-xml'}],
    ['the profile\'s url, in the listing\'s format where it names none', {format: 'greenhouse'}, {url: '/careers/feed.json'}, {url: '/careers/feed.json', format: 'greenhouse'}],
    ['the profile\'s ats, through its proxy', {}, {ats: 'ashby:openfair', proxy: '/p/'}, {url: `/p/${ASHBY}`, format: 'ashby'}],
    ['the profile\'s ats, through ats-proxy first', {atsProxy: '/ats/'}, {ats: 'ashby:openfair', proxy: '/p/'}, {url: `/ats/${ASHBY}`, format: 'ashby'}],
  ];
  for (const [name, attributes, feed, expected] of cases) {
    it(`reads ${name}`, () => {
      assert.deepEqual(feedSource({...none, ...attributes}, feed), expected);
    });
  }

  it('gives the message of a shorthand that names no feed, and throws nothing', () => {
    const unknown = feedSource({...none, ats: 'taleo:acme'}, undefined);
    assert.ok('error' in unknown);
    assert.match(unknown.error, /unknown provider "taleo"/);
    const fromProfile = feedSource(none, {ats: 'lever:'});
    assert.ok('error' in fromProfile, 'the profile\'s bad shorthand too');
  });
});

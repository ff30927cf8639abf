import {expect} from '@open-wc/testing';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';
import {atsFeed, checkFeed} from '../../studio/src/feed-check.js';

describe('studio feed check', () => {
  it('reads a feed that answers, as the listing does', async () => {
    const check = await checkFeed('/test/fixtures/feeds/own.json', 'auto', DEFAULT_LABELS);
    expect(check.ok).to.be.true;
    expect((check as {count: number}).count).to.be.greaterThan(0);
  });

  it('counts the jobs with no link of their own (Bullhorn gives none)', async () => {
    expect(await checkFeed('/test/fixtures/feeds/bullhorn.json', 'auto', DEFAULT_LABELS)).to.deep.equal({ok: true, count: 4, unlinked: 4});
    expect(await checkFeed('/demo/jobs.sample.json', 'auto', DEFAULT_LABELS)).to.deep.equal({ok: true, count: 12, unlinked: 0});
  });

  it("gives the listing's own messages", async () => {
    expect(await checkFeed('/test-server/status/500', 'auto', DEFAULT_LABELS)).to.deep.equal({
      ok: false,
      message: 'The jobs feed answered with an error (500).',
    });
    const garbage = await checkFeed('/test/fixtures/feeds/garbage.txt', 'auto', DEFAULT_LABELS);
    expect(garbage.ok).to.be.false;
    expect((garbage as {message: string}).message).to.match(/^The jobs feed could not be read\. \(not JSON or XML/);
    const german = await checkFeed('/test-server/status/404', 'auto', {...DEFAULT_LABELS, feedStatus: 'Fehler ({status})'});
    expect(german).to.deep.equal({ok: false, message: 'Fehler (404)'});
  });

  it('builds the feed of an ATS shorthand', () => {
    expect(atsFeed('greenhouse:acme')).to.deep.equal({url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true', format: 'greenhouse'});
    expect(atsFeed(' Lever:acme-co ')).to.deep.equal({url: 'https://api.lever.co/v0/postings/acme-co?mode=json', format: 'lever'});
    expect(atsFeed('ashby:acme')).to.deep.equal({url: 'https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true', format: 'ashby'});
    expect(atsFeed('nope:acme')).to.equal(undefined);
    expect(atsFeed('lever:a/b')).to.equal(undefined);
    expect(atsFeed('lever:')).to.equal(undefined);
  });
});

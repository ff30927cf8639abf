import {expect} from '@open-wc/testing';
import {atsFeed, AtsShorthandError} from '../../src/feeds/ats.js';

describe('atsFeed', () => {
  const feeds: [string, string, string][] = [
    ['ashby:openfair', 'https://api.ashbyhq.com/posting-api/job-board/openfair?includeCompensation=true', 'ashby'],
    ['workable:northwind', 'https://apply.workable.com/api/v1/widget/accounts/northwind?details=true', 'workable'],
    ['recruitee:Gruenfeld', 'https://gruenfeld.recruitee.com/api/offers/', 'recruitee'],
    ['smartrecruiters:HarbourRetail', 'https://api.smartrecruiters.com/v1/companies/HarbourRetail/postings?limit=100', 'smartrecruiters'],
    ['personio:alpenblick', 'https://alpenblick.jobs.personio.de/xml?language=en', 'personio-xml'],
    ['personio:alpenblick:de', 'https://alpenblick.jobs.personio.de/xml?language=de', 'personio-xml'],
    ['greenhouse:phso', 'https://boards-api.greenhouse.io/v1/boards/phso/jobs?content=true', 'greenhouse'],
    ['lever:phso', 'https://api.lever.co/v0/postings/phso?mode=json', 'lever'],
    ['  Ashby:open.fair_2-b ', 'https://api.ashbyhq.com/posting-api/job-board/open.fair_2-b?includeCompensation=true', 'ashby'],
  ];
  for (const [shorthand, url, format] of feeds) {
    it(`builds ${format}'s public URL from ${JSON.stringify(shorthand)}`, () => {
      expect(atsFeed(shorthand)).to.deep.equal({url, format});
    });
  }

  it("builds Bullhorn's search from cluster and corporation token, asking for the career portal's fields", () => {
    const {url, format} = atsFeed('bullhorn:32:3xT9aQ');
    expect(format).to.equal('bullhorn');
    const built = new URL(url);
    expect(built.origin + built.pathname).to.equal('https://public-rest32.bullhornstaffing.com/rest-services/3xT9aQ/search/JobOrder');
    expect(built.searchParams.get('query')).to.equal('(isOpen:1) AND (isDeleted:0)');
    expect(built.searchParams.get('fields')!.split(',')).to.include.members(['id', 'title', 'publishedCategory(id', 'dateLastPublished', 'publicDescription', 'salary', 'salaryUnit']);
    expect(built.searchParams.get('start')).to.equal('0');
  });

  it('sends the request through a pass-through on the host when given one', () => {
    expect(atsFeed('lever:phso', '/ats/').url).to.equal('/ats/api.lever.co/v0/postings/phso?mode=json');
    expect(atsFeed('personio:acme', 'https://www.example.com/pass/').url).to.equal('https://www.example.com/pass/acme.jobs.personio.de/xml?language=en');
  });

  const bad: [string, string][] = [
    ['', 'ats="": no provider; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
    ['taleo:acme', 'ats="taleo:acme": unknown provider "taleo"; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
    ['acme', 'ats="acme": unknown provider "acme"; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
    ['ashby', 'ats="ashby": expected ashby:<board>'],
    ['ashby:', 'ats="ashby:": expected ashby:<board>'],
    ['ashby:a:b', 'ats="ashby:a:b": expected ashby:<board>'],
    ['ashby:../admin', 'ats="ashby:../admin": "../admin" may hold only letters, digits, ".", "_" and "-"; expected ashby:<board>'],
    ['workable:acme?x=1', 'ats="workable:acme?x=1": "acme?x=1" may hold only letters, digits, ".", "_" and "-"; expected workable:<account>'],
    ['recruitee:evil.com/x', 'ats="recruitee:evil.com/x": "evil.com/x" may hold only letters, digits and "-" (a subdomain); expected recruitee:<company>'],
    ['personio:-acme', 'ats="personio:-acme": "-acme" may hold only letters, digits and "-" (a subdomain); expected personio:<company>[:<language>]'],
    ['personio:acme:english', 'ats="personio:acme:english": "english" may hold only one of de, en, fr, es, nl, it, pt; expected personio:<company>[:<language>]'],
    ['personio:acme:de:x', 'ats="personio:acme:de:x": expected personio:<company>[:<language>]'],
    ['bullhorn:3xT9aQ', 'ats="bullhorn:3xT9aQ": expected bullhorn:<cluster>:<corpToken>'],
    ['bullhorn:32:', 'ats="bullhorn:32:": expected bullhorn:<cluster>:<corpToken>'],
    ['bullhorn:32.evil.com:x', 'ats="bullhorn:32.evil.com:x": "32.evil.com" may hold only letters, digits and "-" (the number in public-rest<cluster>); expected bullhorn:<cluster>:<corpToken>'],
    ['bullhorn:32:a b', 'ats="bullhorn:32:a b": "a b" may hold only letters and digits; expected bullhorn:<cluster>:<corpToken>'],
    ['constructor:x', 'ats="constructor:x": unknown provider "constructor"; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
  ];
  for (const [shorthand, message] of bad) {
    it(`rejects ${JSON.stringify(shorthand)}`, () => {
      expect(() => atsFeed(shorthand)).to.throw(AtsShorthandError, message);
      try {
        atsFeed(shorthand);
      } catch (error) {
        expect((error as Error).message).to.equal(message);
      }
    });
  }
});

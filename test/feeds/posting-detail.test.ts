import {expect} from '@open-wc/testing';
import {postingDetailUrl} from '../../src/feeds/posting-detail.js';

describe('postingDetailUrl', () => {
  const cases: [string, string, Parameters<typeof postingDetailUrl>[1], string, string | undefined][] = [
    ['the shorthand\'s URL', 'https://api.smartrecruiters.com/v1/companies/Acme/postings?limit=100&offset=200', 'smartrecruiters', '7440001', 'https://api.smartrecruiters.com/v1/companies/Acme/postings/7440001'],
    ['a pass-through', 'https://host.example/ats/api.smartrecruiters.com/v1/companies/Acme/postings?limit=100', 'smartrecruiters', '7', 'https://host.example/ats/api.smartrecruiters.com/v1/companies/Acme/postings/7'],
    ['format="auto" on the API', 'https://api.smartrecruiters.com/v1/companies/Acme/postings', 'auto', '7', 'https://api.smartrecruiters.com/v1/companies/Acme/postings/7'],
    ['a SmartRecruiters feed saved as a file', 'https://host.example/feeds/sr.json', 'smartrecruiters', '7', undefined],
    ['another format', 'https://api.smartrecruiters.com/v1/companies/Acme/postings', 'own', '7', undefined],
    ['format="auto" elsewhere', 'https://host.example/v1/companies/Acme/postings', 'auto', '7', undefined],
    ['an id that would leave the path', 'https://api.smartrecruiters.com/v1/companies/Acme/postings', 'smartrecruiters', '../../x', undefined],
    ['an id with a query', 'https://api.smartrecruiters.com/v1/companies/Acme/postings', 'smartrecruiters', '7?x=1', undefined],
  ];
  for (const [name, url, format, id, expected] of cases) {
    it(`gives ${expected ? 'the posting' : 'nothing'} for ${name}`, () => {
      expect(postingDetailUrl(url, format, id)).to.equal(expected);
    });
  }
});

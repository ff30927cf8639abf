import {expect} from '@open-wc/testing';
import {isSafeUrl, safeUrl} from '../../src/shared/safe-url.js';

describe('safeUrl', () => {
  const safe = [
    'https://www.ombudsman.org.uk/',
    'http://example.com/a?b=c#d',
    'HTTPS://EXAMPLE.COM',
    'mailto:jobs@example.com',
    'tel:+441234567890',
    '#jobs',
    '?job=42',
    '/careers/jobs.json',
    'jobs.sample.json',
    '../dist/profiles/phso.json',
    '//cdn.example.com/logo.svg',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
  ];
  const unsafe = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https://example.com/a b',
    '',
  ];
  for (const url of safe) {
    it(`keeps ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url)).to.be.true;
      expect(safeUrl(url)).to.equal(url);
    });
  }
  for (const url of unsafe) {
    it(`drops ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url)).to.be.false;
      expect(safeUrl(url)).to.be.undefined;
    });
  }
  it('drops values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://x']]) expect(safeUrl(value)).to.be.undefined;
  });
  it('agrees with the browser: every kept URL resolves to an allowed scheme', () => {
    for (const url of safe) {
      const {protocol} = new URL(url, 'https://host.example/page');
      expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(protocol);
    }
  });
});

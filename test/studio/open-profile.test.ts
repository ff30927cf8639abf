import {expect} from '@open-wc/testing';
import {validateProfile} from '../../src/profile/validate.js';
import {downloadText, fileName, MAX_PROFILE_BYTES, openProfile, tooLarge} from '../../studio/src/open-profile.js';
import {starterProfile} from '../../studio/src/starter.js';

describe('studio opening and saving', () => {
  it('the blank starter is a valid profile', () => {
    expect(validateProfile(starterProfile()).ok).to.be.true;
  });

  it('opens an object, pretty-printed', () => {
    const opened = openProfile('{"version":1}', 'x.json');
    expect(opened).to.deep.equal({ok: true, value: {version: 1}, text: '{\n  "version": 1\n}'});
  });

  it('refuses what is not a profile, saying so and that nothing changed', () => {
    const cases: Array<[string, RegExp]> = [
      ['this is not json', /x\.json is not a JSON file/],
      ['[1, 2]', /holds a list, not a profile/],
      ['"text"', /holds a single string/],
      ['null', /holds null/],
      ['{"version": 2, "hero": {}}', /format version 2; this studio reads version 1/],
    ];
    for (const [text, message] of cases) {
      const opened = openProfile(text, 'x.json');
      expect(opened.ok, text).to.be.false;
      const words = opened.ok ? '' : opened.message;
      expect(words).to.match(message);
      expect(words).to.contain('Nothing was changed');
    }
    expect((tooLarge('big.json', 50 * 1024 * 1024) as {message: string}).message).to.match(/big\.json is 50\.0 MB; a profile can be at most 10\.0 MB/);
    expect(MAX_PROFILE_BYTES).to.equal(10 * 1024 * 1024);
  });

  it('downloads pretty JSON with $schema first', () => {
    const text = downloadText({$schema: 'old', version: 1, employer: {name: 'A'}}, 'https://example.com/s.json');
    expect(text).to.equal('{\n  "$schema": "https://example.com/s.json",\n  "version": 1,\n  "employer": {\n    "name": "A"\n  }\n}\n');
  });

  it('names the file after the employer', () => {
    expect(fileName({employer: {name: 'Stadtwerke Auenfeld'}})).to.equal('stadtwerke-auenfeld.json');
    expect(fileName({employer: {name: 'Zürich Ämter & Co.'}})).to.equal('zurich-amter-co.json');
    expect(fileName({})).to.equal('employer-profile.json');
    expect(fileName({employer: {name: '<script>'}})).to.equal('script.json');
  });
});

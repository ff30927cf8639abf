import {expect} from '@open-wc/testing';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {formatFaults, validateProfile} from '../../src/profile/validate.js';
import {copy, loadPhso} from '../helpers.js';

/** The one-line faults of the PHSO profile with `feed` as its jobs feed, or [] when it is valid. */
let phso: EmployerProfile;
function faultsWith(feed: unknown): string[] {
  const profile: any = copy(phso);
  profile.jobs.feed = feed;
  const result = validateProfile(profile);
  return result.ok ? [] : formatFaults(result.faults).split('\n');
}

describe('the profile\'s jobs.feed', () => {
  before(async () => {
    phso = await loadPhso();
  });

  const valid: unknown[] = [
    {url: 'jobs.json', format: 'personio-xml'},
    {url: 'https://api.smartrecruiters.com/v1/companies/Acme/postings', format: 'smartrecruiters'},
    {ats: 'ashby:acme'},
    {ats: 'bullhorn:32:3xT9aQ'},
    {ats: 'lever:acme', proxy: '/ats/'},
  ];
  for (const feed of valid) it(`takes ${JSON.stringify(feed)}`, () => expect(faultsWith(feed)).to.deep.equal([]));

  const invalid: [unknown, string][] = [
    [{ats: 'taleo:acme'}, '/jobs/feed/ats: expected an ATS shorthand: unknown provider "taleo"; expected one of ashby, bullhorn, greenhouse, lever, personio, recruitee, smartrecruiters, workable'],
    [{ats: 'recruitee:a.b'}, '/jobs/feed/ats: expected an ATS shorthand: "a.b" may hold only letters, digits and "-" (a subdomain); expected recruitee:<company>'],
    [{ats: 'bullhorn:32'}, '/jobs/feed/ats: expected an ATS shorthand: expected bullhorn:<cluster>:<corpToken>'],
    [{url: 'jobs.json', ats: 'ashby:acme'}, '/jobs/feed: expected either url or ats'],
    [{format: 'ashby'}, '/jobs/feed: expected either url or ats'],
    [{url: 'jobs.json', format: 'taleo'}, '/jobs/feed/format: expected one of auto, own, json-ld, greenhouse, lever, indeed-xml, bullhorn, workable, ashby, recruitee, smartrecruiters, personio-xml'],
    [{ats: 'lever:acme', proxy: 'javascript:alert(1)//'}, '/jobs/feed/proxy: expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces'],
  ];
  for (const [feed, fault] of invalid) it(`names the fault in ${JSON.stringify(feed)}`, () => expect(faultsWith(feed)).to.deep.equal([fault]));
});

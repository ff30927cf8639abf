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

const APPLY_FAULT = "expected an address with {id} where the job's id goes, and a safe URL: http:, https:, mailto:, tel: or relative, with no spaces";

describe('the profile\'s jobs.applyUrl', () => {
  before(async () => {
    phso = await loadPhso();
  });
  const faultsOf = (applyUrl: unknown): string[] => {
    const profile: any = copy(phso);
    profile.jobs.applyUrl = applyUrl;
    const result = validateProfile(profile);
    return result.ok ? [] : formatFaults(result.faults).split('\n');
  };

  for (const applyUrl of ['https://jobs.agency.example/#/jobs/{id}', '/apply?job={id}']) {
    it(`takes ${applyUrl}`, () => expect(faultsOf(applyUrl)).to.deep.equal([]));
  }
  const invalid: [unknown, string][] = [
    ['https://jobs.agency.example/apply', `/jobs/applyUrl: ${APPLY_FAULT}`],
    ['javascript:alert({id})', `/jobs/applyUrl: ${APPLY_FAULT}`],
    ['https://jobs.agency.example/#/jobs/{id} ', `/jobs/applyUrl: ${APPLY_FAULT}`],
    [7, '/jobs/applyUrl: expected a string, got a number'],
  ];
  for (const [applyUrl, fault] of invalid) it(`names the fault in ${JSON.stringify(applyUrl)}`, () => expect(faultsOf(applyUrl)).to.deep.equal([fault]));
});

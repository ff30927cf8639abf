import {expect} from '@open-wc/testing';
import type {Job} from '../../src/feeds/job.js';
import {withApplyUrls} from '../../src/jobs/apply-url.js';

const TEMPLATE = 'https://jobs.agency.example/#/jobs/{id}';

describe('withApplyUrls', () => {
  it('gives each job without a link the address with its id, URL-encoded', () => {
    const jobs: Job[] = [
      {id: '7', title: 'Payroll Administrator'},
      {id: 'a/b c?d#e', title: 'Forklift Driver'},
    ];
    expect(withApplyUrls(jobs, TEMPLATE).map((job) => job.url)).to.deep.equal([
      'https://jobs.agency.example/#/jobs/7',
      'https://jobs.agency.example/#/jobs/a%2Fb%20c%3Fd%23e',
    ]);
    // The jobs given are not changed.
    expect(jobs[0]).to.not.have.property('url');
  });

  it('keeps the link a job has, and every other field', () => {
    const own: Job = {id: '1', title: 'Nurse', url: 'https://ats.example/1', location: 'Leeds'};
    const bare: Job = {id: '2', title: 'Porter', location: 'York'};
    const [first, second] = withApplyUrls([own, bare], TEMPLATE);
    expect(first).to.equal(own);
    expect(second).to.deep.equal({...bare, url: 'https://jobs.agency.example/#/jobs/2'});
  });

  it('replaces every {id}, relative addresses too', () => {
    const [job] = withApplyUrls([{id: '9', title: 'Clerk'}], '/apply?job={id}&ref=careers-{id}');
    expect(job.url).to.equal('/apply?job=9&ref=careers-9');
  });

  it('gives no link without a template, from one without {id}, or from an unsafe one', () => {
    const jobs: Job[] = [{id: '1', title: 'Nurse'}];
    expect(withApplyUrls(jobs, undefined)).to.equal(jobs);
    expect(withApplyUrls(jobs, '')).to.equal(jobs);
    expect(withApplyUrls(jobs, 'https://jobs.agency.example/apply')).to.equal(jobs);
    for (const unsafe of ['javascript:alert({id})', ' JavaScript:alert({id})', 'data:text/html,{id}', 'https://x.example/{id} y']) {
      expect(withApplyUrls(jobs, unsafe)[0], unsafe).to.not.have.property('url');
    }
  });

  it('returns the same array when every job has its link', () => {
    const jobs: Job[] = [{id: '1', title: 'Nurse', url: 'https://ats.example/1'}];
    expect(withApplyUrls(jobs, TEMPLATE)).to.equal(jobs);
  });
});

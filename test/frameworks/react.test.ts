import {expect} from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import '../../src/index.js';
import type {EmployerHero} from '../../src/employer-hero/employer-hero.js';
import type {EmployerProfileElement} from '../../src/employer-profile/employer-profile.js';
import type {Job} from '../../src/feeds/job.js';
import type {JobListing} from '../../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {copy, loadPhso, sleep, until} from '../helpers.js';
import {part, parts, sampleJobs} from './fixtures.js';

// The README's React 19 usage, through the real React: objects reach the
// elements as properties and `on<event-name>` props listen to their events.
// No JSX here: each test's name gives the JSX its React.createElement calls stand for.
// React ships CommonJS only: web-test-runner.shared.js converts it for the browser.

const JOBS = sampleJobs('react');


describe('React 19 with the elements', () => {
  let phso: EmployerProfile;
  let container: HTMLElement;
  let root: ReactDOMClient.Root | undefined;
  let start: string;
  before(async () => (phso = await loadPhso()));
  beforeEach(() => {
    start = location.href;
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root?.unmount();
    container.remove();
    history.replaceState(null, '', start);
  });

  /** Renders `element` into the container and returns its first `selector`. */
  function render<T extends Element>(element: React.ReactNode, selector: string): T {
    ReactDOM.flushSync(() => root!.render(element));
    return container.querySelector<T>(selector)!;
  }

  it('passes the profile as a property: <employer-profile profile={phso}><employer-hero/></employer-profile>', async () => {
    const provider = render<EmployerProfileElement>(
      React.createElement('employer-profile', {profile: phso}, React.createElement('employer-hero')),
      'employer-profile',
    );
    const hero = provider.querySelector<EmployerHero>('employer-hero')!;
    expect(provider.profile).to.equal(phso);
    expect(provider.hasAttribute('profile')).to.be.false;
    await until(() => !!part(hero, 'headline'), 3000, 'the headline');
    expect(provider.status).to.equal('ready');
    expect(part(hero, 'headline')!.textContent).to.equal('Opportunities with PHSO');
  });

  it('updates the element when it re-renders with a new profile', async () => {
    const other = copy(phso);
    other.hero.headline = 'Work with the Ombudsman';
    const tree = (profile: EmployerProfile) =>
      React.createElement('employer-profile', {profile}, React.createElement('employer-hero'));
    const provider = render<EmployerProfileElement>(tree(phso), 'employer-profile');
    const hero = provider.querySelector<EmployerHero>('employer-hero')!;
    await until(() => part(hero, 'headline')?.textContent === 'Opportunities with PHSO', 3000, 'the first headline');
    expect(render(tree(other), 'employer-profile')).to.equal(provider);
    expect(provider.profile).to.equal(other);
    await until(() => part(hero, 'headline')?.textContent === 'Work with the Ombudsman', 3000, 'the new headline');
  });

  it('passes jobs as a property and page-size as an attribute: <job-listing jobs={jobs} page-size="5">', async () => {
    const listing = render<JobListing>(React.createElement('job-listing', {jobs: JOBS, 'page-size': '5'}), 'job-listing');
    expect(listing.jobs).to.equal(JOBS);
    expect(listing.pageSize).to.equal(5);
    await until(() => parts(listing, 'row').length > 0, 3000, 'rows');
    expect(parts(listing, 'job-link').map((a) => a.textContent)).to.deep.equal(
      ['Caseworker 1', 'Caseworker 2', 'Caseworker 3', 'Caseworker 4', 'Caseworker 5'],
    );
  });

  it('calls an onjob-apply handler with the job, and its preventDefault() keeps the page', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=react-3`);
    const calls: CustomEvent<Job>[] = [];
    const onApply = (event: CustomEvent<Job>) => {
      calls.push(event);
      event.preventDefault();
    };
    const listing = render<JobListing>(React.createElement('job-listing', {jobs: JOBS, 'onjob-apply': onApply}), 'job-listing');
    await until(() => !!part(listing, 'apply-link'), 3000, 'the job view');
    part(listing, 'apply-link')!.click();
    expect(calls).to.have.length(1);
    expect(calls[0].type).to.equal('job-apply');
    expect(calls[0].detail.id).to.equal('react-3');
    expect(calls[0].defaultPrevented).to.be.true;
    // Chromium follows a clicked link at once, Firefox a task later: give it time.
    await sleep(50);
    expect(location.hash).to.equal('');
  });

  it('swaps the listener when the handler changes, and removes it when the prop goes', () => {
    const first: Job[] = [];
    const second: Job[] = [];
    const tree = (handler?: (event: CustomEvent<Job>) => void) =>
      React.createElement('job-listing', {jobs: JOBS, 'onjob-apply': handler});
    const listing = render<JobListing>(tree((event) => first.push(event.detail)), 'job-listing');
    const apply = () => listing.dispatchEvent(new CustomEvent('job-apply', {detail: JOBS[0]}));
    apply();
    render(tree((event) => second.push(event.detail)), 'job-listing');
    apply();
    render(tree(undefined), 'job-listing');
    apply();
    expect([first.length, second.length]).to.deep.equal([1, 1]);
  });

  // React leaves the listener on the removed element (so would a host that
  // holds the node and dispatches on it); what keeps the handler quiet is that
  // the element is out of the page and aborts its load when disconnected.
  it('calls no handler after unmount, even for a profile still loading then', async () => {
    const loaded: EmployerProfile[] = [];
    const tree = React.createElement('employer-profile', {
      src: '/test-server/slow?ms=400&file=profiles/small.json',
      'onprofile-load': (event: CustomEvent<{profile: EmployerProfile}>) => loaded.push(event.detail.profile),
    });
    const provider = render<EmployerProfileElement>(tree, 'employer-profile');
    await provider.updateComplete;
    expect(provider.status).to.equal('loading');
    root!.unmount();
    root = undefined;
    expect(provider.isConnected).to.be.false;
    await sleep(700);
    expect(loaded).to.have.length(0);
    // The same tree, left mounted, does call it.
    root = ReactDOMClient.createRoot(container);
    render(tree, 'employer-profile');
    await until(() => loaded.length === 1, 3000, 'profile-load');
  });
});

import {expect} from '@open-wc/testing';
import {createApp, ref, toRaw, type App} from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import type {EmployerHero} from '../../src/employer-hero/employer-hero.js';
import type {EmployerProfileElement} from '../../src/employer-profile/employer-profile.js';
import type {Job} from '../../src/feeds/job.js';
import type {JobListing} from '../../src/job-listing/job-listing.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {copy, loadPhso, sleep, until} from '../helpers.js';
import {part, parts, sampleJobs} from './fixtures.js';

// The README's Vue 3 usage, through the real Vue: with isCustomElement, Vue
// sets `:profile` as a property (`key in element`) and `@job-apply` listens to
// the event. The templates are compiled in the browser, as Vue's full build does.

const JOBS = sampleJobs('vue');


describe('Vue 3 with the elements', () => {
  let phso: EmployerProfile;
  let container: HTMLElement;
  let app: App | undefined;
  let start: string;
  before(async () => (phso = await loadPhso()));
  beforeEach(() => {
    start = location.href;
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    history.replaceState(null, '', start);
  });

  /** Mounts `template` with `state` as its data, our tags as custom elements, as the README's vite config says. */
  function mount(template: string, state: Record<string, unknown>): App {
    app = createApp({template, setup: () => state});
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('employer-') || tag === 'job-listing';
    app.mount(container);
    return app;
  }

  it('passes :profile as a property: <employer-profile :profile="profile"><employer-hero/></employer-profile>', async () => {
    mount('<employer-profile :profile="profile"><employer-hero></employer-hero></employer-profile>', {profile: ref(phso)});
    const provider = container.querySelector<EmployerProfileElement>('employer-profile')!;
    const hero = provider.querySelector<EmployerHero>('employer-hero')!;
    expect(toRaw(provider.profile)).to.equal(phso);
    expect(provider.hasAttribute('profile')).to.be.false;
    await until(() => !!part(hero, 'headline'), 3000, 'the headline');
    expect(provider.status).to.equal('ready');
    expect(part(hero, 'headline')!.textContent).to.equal('Opportunities with PHSO');
  });

  it('updates the element when the bound profile changes', async () => {
    const other = copy(phso);
    other.hero.headline = 'Work with the Ombudsman';
    const profile = ref(phso);
    mount('<employer-profile :profile="profile"><employer-hero></employer-hero></employer-profile>', {profile});
    const provider = container.querySelector<EmployerProfileElement>('employer-profile')!;
    const hero = provider.querySelector<EmployerHero>('employer-hero')!;
    await until(() => part(hero, 'headline')?.textContent === 'Opportunities with PHSO', 3000, 'the first headline');
    profile.value = other;
    await until(() => part(hero, 'headline')?.textContent === 'Work with the Ombudsman', 3000, 'the new headline');
    expect(container.querySelector('employer-profile')).to.equal(provider);
    expect(toRaw(provider.profile)).to.equal(other);
  });

  it('passes :jobs as a property and page-size as an attribute: <job-listing :jobs="jobs" page-size="5">', async () => {
    mount('<job-listing :jobs="jobs" page-size="5"></job-listing>', {jobs: ref(JOBS)});
    const listing = container.querySelector<JobListing>('job-listing')!;
    expect(toRaw(listing.jobs)).to.equal(JOBS);
    expect(listing.pageSize).to.equal(5);
    await until(() => parts(listing, 'row').length > 0, 3000, 'rows');
    expect(parts(listing, 'job-link').map((a) => a.textContent)).to.deep.equal(
      ['Caseworker 1', 'Caseworker 2', 'Caseworker 3', 'Caseworker 4', 'Caseworker 5'],
    );
  });

  it('calls an @job-apply handler with the job, and its preventDefault() keeps the page', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=vue-3`);
    const calls: CustomEvent<Job>[] = [];
    const onApply = (event: CustomEvent<Job>) => {
      calls.push(event);
      event.preventDefault();
    };
    mount('<job-listing :jobs="jobs" @job-apply="onApply"></job-listing>', {jobs: JOBS, onApply});
    const listing = container.querySelector<JobListing>('job-listing')!;
    await until(() => !!part(listing, 'apply-link'), 3000, 'the job view');
    part(listing, 'apply-link')!.click();
    expect(calls).to.have.length(1);
    expect(calls[0].type).to.equal('job-apply');
    expect(calls[0].detail.id).to.equal('vue-3');
    expect(calls[0].defaultPrevented).to.be.true;
    // Chromium follows a clicked link at once, Firefox a task later: give it time.
    await sleep(50);
    expect(location.hash).to.equal('');
  });

  // Vue leaves the listener on the removed element (so would a host that
  // holds the node and dispatches on it); what keeps the handler quiet is that
  // the element is out of the page and aborts its load when disconnected.
  it('calls no handler after unmount, even for a profile still loading then', async () => {
    const loaded: EmployerProfile[] = [];
    const onLoad = (event: CustomEvent<{profile: EmployerProfile}>) => loaded.push(event.detail.profile);
    const template = '<employer-profile src="/test-server/slow?ms=400&file=profiles/small.json" @profile-load="onLoad"></employer-profile>';
    mount(template, {onLoad});
    const provider = container.querySelector<EmployerProfileElement>('employer-profile')!;
    await provider.updateComplete;
    expect(provider.status).to.equal('loading');
    app!.unmount();
    app = undefined;
    expect(provider.isConnected).to.be.false;
    await sleep(700);
    expect(loaded).to.have.length(0);
    // The same template, left mounted, does call it.
    mount(template, {onLoad});
    await until(() => loaded.length === 1, 3000, 'profile-load');
  });
});

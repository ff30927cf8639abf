import {expect} from '@open-wc/testing';

describe('dist/employer-widgets.js', () => {
  it('defines every element and can be loaded twice without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import('/dist/employer-widgets.js' as string);
    // A query string makes a second, separate module instance: a second copy on the page.
    await import('/dist/employer-widgets.js?copy=2' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of ['employer-profile', 'employer-hero', 'employer-section', 'employer-modal', 'employer-microsite']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('still works after the second copy loaded', async () => {
    const el = document.createElement('employer-profile');
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('profile-load', resolve as never));
    el.setAttribute('src', '/profiles/phso.json');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.profile.employer.shortName).to.equal('PHSO');
    el.remove();
  });
});

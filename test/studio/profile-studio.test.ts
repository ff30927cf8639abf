/**
 * The profile studio driven as a recruiter drives it: real clicks and keys,
 * the real elements in the preview frame, the real JSON Schema and feeds
 * from the test server.
 */
import {expect, fixture} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import {EditorView} from '@codemirror/view';
import {html} from 'lit';
import {validateProfile} from '../../src/profile/validate.js';
import {clearDraft, loadDraft} from '../../studio/src/draft-store.js';
import '../../studio/src/profile-studio.js';
import type {ProfileStudio} from '../../studio/src/profile-studio.js';
import {captureErrors, loadPhso, sleep, until} from '../helpers.js';
import {DANGEROUS_URLS, PAYLOADS, installSentinel} from '../hardening/payloads.js';

/** The text of the kept draft ('' when there is none). */
const draftText = () => loadDraft()?.text ?? '';

/** The studio's stylesheet, so clicks land where a recruiter's would. */
function loadStyles(): Promise<void> {
  if (document.querySelector('link[data-studio]')) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/studio/studio.css'});
  link.dataset['studio'] = '';
  document.head.append(link);
  return new Promise((resolve) => link.addEventListener('load', () => resolve(), {once: true}));
}

async function mount(): Promise<ProfileStudio> {
  await loadStyles();
  return fixture<ProfileStudio>(html`<profile-studio
    schema="/dist/employer-profile.schema.json"
    examples="/dist/profiles/"
    samples="/demo/jobs.sample.json"
    widgets="/dist/employer-widgets.js"
    preview="/studio/preview.html"
  ></profile-studio>`);
}

/** Clicks the middle of `element` with the mouse. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({block: 'center'});
  const box = element.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/** The button (or other element) whose text contains `text`. */
function byText(root: ParentNode, selector: string, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} with "${text}"`);
  return found;
}

const field = (studio: ProfileStudio, pointer: string) =>
  studio.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!;

/** Replaces a field's text by typing, as a recruiter does. */
async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await click(input);
  input.select();
  await sendKeys({type: text});
}

/** The preview frame's microsite once it shows a profile. */
function previewHeadline(studio: ProfileStudio): string | undefined {
  const frame = studio.querySelector<HTMLIFrameElement>('iframe.preview-frame');
  const microsite = frame?.contentDocument?.querySelector('employer-microsite');
  const hero = microsite?.shadowRoot?.querySelector('employer-hero');
  return hero?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
}

const problems = (studio: ProfileStudio) =>
  [...studio.querySelectorAll('.problem')].map((el) => ({
    words: el.querySelector('.problem-words')!.textContent!.trim(),
    path: el.querySelector('code')!.textContent!.trim(),
  }));

async function startBlank(studio: ProfileStudio): Promise<void> {
  await click(byText(studio, '.choice', 'Blank starter'));
  await until(() => previewHeadline(studio) === 'Careers at Your employer', 10000, 'the starter in the preview');
}

const editorView = (studio: ProfileStudio) => EditorView.findFromDOM(studio.querySelector<HTMLElement>('.cm-editor')!)!;

describe('<profile-studio>', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => {
    clearDraft();
    errors = captureErrors();
  });
  afterEach(async () => {
    errors.restore();
    clearDraft();
    await setViewport({width: 1280, height: 800});
  });

  it('starts from the blank starter, and the form changes the preview', async () => {
    const studio = await mount();
    await startBlank(studio);
    expect(studio.querySelector('.problems-summary')!.textContent).to.contain('Valid profile');

    await typeInto(field(studio, '/hero/headline'), 'Work at Acme Trains');
    await until(() => previewHeadline(studio) === 'Work at Acme Trains', 5000, 'the new headline in the preview');
    await typeInto(field(studio, '/employer/name'), 'Acme Trains');
    expect(studio.querySelector('.doc-name')!.textContent).to.equal('Acme Trains');

    // The JSON editor follows the form.
    await click(studio.querySelector('#tab-json')!);
    expect(JSON.parse(editorView(studio).state.doc.toString()).hero.headline).to.equal('Work at Acme Trains');
    expect(errors.calls).to.deep.equal([]);
  });

  it('opens a profile from the keyboard and keeps the place: focus moves to the editor, not to the page start', async () => {
    const studio = await mount();
    byText(studio, '.choice', 'Blank starter').focus();
    await sendKeys({press: 'Enter'});
    await until(() => previewHeadline(studio) === 'Careers at Your employer', 10000, 'the starter in the preview');
    expect(document.activeElement).to.equal(studio.querySelector('#edit-heading'));
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(studio.querySelector('#tab-form'));
  });

  it('adds, moves and removes a block with the mouse and keyboard', async () => {
    const studio = await mount();
    await startBlank(studio);
    const sections = byText(studio, 'details.group > summary', 'Sections');
    await click(sections);
    await click(byText(studio, 'details.item > summary', 'About us'));
    await studio.updateComplete;
    await click(byText(studio, 'button', 'Add block'));
    await studio.updateComplete;
    const blocks = () => [...studio.querySelectorAll('.block-type')].map((el) => el.textContent);
    expect(blocks()).to.deep.equal(['Paragraph 1', 'Paragraph 2']);
    await typeInto(field(studio, '/sections/0/body/1/text'), 'Second paragraph');
    const up = studio.querySelector<HTMLButtonElement>('[aria-label="Move block 2 (Paragraph) up"]')!;
    up.focus();
    await sendKeys({press: 'Enter'});
    await studio.updateComplete;
    expect(field(studio, '/sections/0/body/0/text').value).to.equal('Second paragraph');
    await click(studio.querySelector('[aria-label="Remove block 2 (Paragraph)"]')!);
    await studio.updateComplete;
    expect(blocks()).to.deep.equal(['Paragraph 1']);
    const section = () =>
      studio
        .querySelector<HTMLIFrameElement>('iframe.preview-frame')!
        .contentDocument!.querySelector('employer-microsite')!
        .shadowRoot!.querySelector('employer-section')!.shadowRoot!.textContent!;
    await until(() => section().includes('Second paragraph') && !section().includes('Who you are'), 5000, 'the block in the preview');
  });

  it('keeps the last good preview while the JSON is broken, lists the fault by path, and recovers', async () => {
    const studio = await mount();
    await startBlank(studio);
    await click(studio.querySelector('#tab-json')!);
    const view = editorView(studio);
    const text = view.state.doc.toString();
    const start = text.indexOf('"Careers at Your employer"') + 1;
    view.focus();
    view.dispatch({selection: {anchor: start, head: start + 'Careers at Your employer'.length}});
    await sendKeys({press: 'Backspace'});
    await until(() => problems(studio).length === 1, 5000, 'the fault');
    expect(problems(studio)).to.deep.equal([{words: 'Hero › Headline is empty', path: '/hero/headline'}]);
    expect(previewHeadline(studio)).to.equal('Careers at Your employer');
    expect(studio.querySelector('.stale')!.textContent).to.contain('last valid version');
    // Underlined in the editor, at its place.
    await until(() => studio.querySelector('.cm-lintRange-error') !== null, 5000, 'the underline');

    // Broken JSON: a fault of its own, the preview still the last good one.
    view.dispatch({selection: {anchor: view.state.doc.length}});
    await sendKeys({type: 'oops'});
    await until(() => problems(studio)[0]?.words.startsWith('The JSON is broken here') ?? false, 5000, 'the syntax fault');
    expect(studio.querySelector('#panel-form')!.textContent).to.contain('fix it in the JSON editor');
    expect(previewHeadline(studio)).to.equal('Careers at Your employer');
    for (let i = 0; i < 4; i++) await sendKeys({press: 'Backspace'});

    // Fix it: type a headline back.
    view.dispatch({selection: {anchor: start}});
    await sendKeys({type: 'Fixed headline'});
    await until(() => previewHeadline(studio) === 'Fixed headline', 5000, 'the fixed headline in the preview');
    expect(problems(studio)).to.deep.equal([]);
    expect(studio.querySelector('.stale')).to.equal(null);
    expect(studio.querySelector('.problems-summary')!.textContent).to.contain('Valid profile');
  });

  it('moves to the field of a fault when it is chosen, in the form or in the JSON', async () => {
    const studio = await mount();
    await startBlank(studio);
    await typeInto(field(studio, '/hero/headline'), 'x');
    await sendKeys({press: 'Backspace'});
    await until(() => problems(studio).length === 1, 5000, 'the fault');
    const headline = field(studio, '/hero/headline');
    expect(headline.getAttribute('aria-invalid')).to.equal('true');
    expect(studio.querySelector('.field-fault')!.textContent).to.equal('Hero › Headline is empty');
    await click(studio.querySelector('#tab-json')!);
    await click(studio.querySelector('#tab-form')!);
    await click(studio.querySelector('.problem')!);
    expect(document.activeElement).to.equal(headline);

    // A fault in a closed section opens it and moves there.
    await typeInto(headline, 'Back again');
    await click(studio.querySelector('#tab-json')!);
    const view = editorView(studio);
    const at = view.state.doc.toString().indexOf('"about-us"') + 1;
    view.focus();
    view.dispatch({selection: {anchor: at, head: at + 5}});
    await sendKeys({type: 'About'});
    await until(() => problems(studio).length === 1, 5000, 'the id fault');
    expect(problems(studio)[0]!.path).to.equal('/sections/0/id');
    await click(studio.querySelector('#tab-form')!);
    await click(studio.querySelector('.problem')!);
    expect(document.activeElement).to.equal(field(studio, '/sections/0/id'));

    // A fault the form has no field for goes to its place in the JSON editor.
    await click(studio.querySelector('#tab-json')!);
    view.focus();
    view.dispatch({selection: {anchor: at, head: at + 5}});
    await sendKeys({type: 'about'});
    const version = view.state.doc.toString().indexOf('"version": 1') + '"version": '.length;
    view.dispatch({selection: {anchor: version, head: version + 1}});
    await sendKeys({type: '7'});
    await until(() => problems(studio)[0]?.path === '/version', 5000, 'the version fault');
    await click(studio.querySelector('#tab-form')!);
    await click(studio.querySelector('.problem')!);
    expect(studio.querySelector('#panel-json')!.hasAttribute('hidden')).to.be.false;
    expect(view.hasFocus).to.be.true;
    const selection = view.state.selection.main;
    expect(view.state.doc.sliceString(selection.from, selection.to)).to.equal('7');
  });

  it('completes keys from the schema in the JSON editor', async () => {
    const studio = await mount();
    await startBlank(studio);
    await click(studio.querySelector('#tab-json')!);
    const view = editorView(studio);
    const at = view.state.doc.toString().indexOf('"headline"');
    view.focus();
    view.dispatch({selection: {anchor: at}});
    await sendKeys({type: '"ima'});
    await until(() => studio.querySelector('.cm-tooltip-autocomplete') !== null, 5000, 'the completion list');
    expect(studio.querySelector('.cm-tooltip-autocomplete')!.textContent).to.contain('"image"');
  });

  it('downloads the profile as pretty JSON with $schema, valid', async () => {
    const studio = await mount();
    await startBlank(studio);
    await typeInto(field(studio, '/employer/name'), 'Acme Trains');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), create.call(URL, blob));
    const stop = (event: Event) => {
      if ((event.target as Element).matches?.('a[download]')) event.preventDefault();
    };
    document.addEventListener('click', stop, true);
    try {
      await click(byText(studio, '.topbar button', 'Download profile'));
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', stop, true);
    }
    expect(blobs).to.have.length(1);
    const text = await blobs[0]!.text();
    expect(text.startsWith('{\n  "$schema": "https://unpkg.com/employer-widgets/dist/employer-profile.schema.json",\n  "version": 1,')).to.be.true;
    const profile = JSON.parse(text);
    expect(profile.employer.name).to.equal('Acme Trains');
    expect(validateProfile(profile).ok).to.be.true;
    expect(studio.querySelector('.notice.info')!.textContent).to.contain('acme-trains.json');
  });

  it('shows the embed code for this profile', async () => {
    const studio = await mount();
    await startBlank(studio);
    await typeInto(field(studio, '/employer/name'), 'Acme Trains');
    await click(byText(studio, '.topbar button', 'Copy embed code'));
    const dialog = studio.querySelector<HTMLDialogElement>('dialog.embed')!;
    expect(dialog.open).to.be.true;
    expect(studio.querySelector<HTMLTextAreaElement>('#embed-code')!.value).to.equal(
      `<script type="module" src="${location.origin}/dist/employer-widgets.js"></script>\n<employer-microsite src="acme-trains.json"></employer-microsite>`,
    );
    await until(() => studio.querySelector('.copied')!.textContent !== '', 5000, 'the copy result');
    // The test server is this computer: the dialog says that this script address works only here.
    expect(dialog.querySelector('.local-script')!.textContent).to.contain('works only here');
    await sendKeys({press: 'Escape'});
    expect(dialog.open).to.be.false;

    // A studio served from a web site gives that site's script address, with no such note.
    studio.widgets = 'https://careers.example/vendor/employer-widgets.js';
    await studio.updateComplete;
    expect(studio.querySelector<HTMLTextAreaElement>('#embed-code')!.value).to.contain('src="https://careers.example/vendor/employer-widgets.js"');
    expect(dialog.querySelector('.local-script')).to.equal(null);
  });

  it('checks the feed with the listing\'s own messages', async () => {
    const studio = await mount();
    await startBlank(studio);
    await click(byText(studio, 'details.group > summary', 'Jobs'));
    await typeInto(field(studio, '/jobs/feed/url'), '/test-server/status/503');
    await click(byText(studio, 'button', 'Check the feed'));
    await until(() => studio.querySelector('.feed-check.fail') !== null, 10000, 'the failed check');
    expect(studio.querySelector('.feed-check')!.textContent!.trim()).to.equal('The jobs feed answered with an error (503).');
    await typeInto(field(studio, '/jobs/feed/url'), '/demo/jobs.sample.json');
    await click(byText(studio, 'button', 'Check the feed'));
    await until(() => studio.querySelector('.feed-check.pass') !== null, 10000, 'the good check');
    expect(studio.querySelector('.feed-check')!.textContent!.trim()).to.equal('The feed answers: 12 jobs read.');

    // Bullhorn's jobs carry no link: the check says so, and what the apply address does for them.
    await typeInto(field(studio, '/jobs/feed/url'), '/test/fixtures/feeds/bullhorn.json');
    await click(byText(studio, 'button', 'Check the feed'));
    await until(() => studio.querySelector('.feed-check')!.textContent!.includes('4 jobs'), 10000, 'the Bullhorn check');
    expect(studio.querySelector('.feed-check')!.textContent!.trim()).to.equal('The feed answers: 4 jobs read. None has a link to apply: give the apply address below.');
    await typeInto(field(studio, '/jobs/applyUrl'), 'https://jobs.agency.example/#/jobs/{id}');
    await until(() => studio.querySelector('.feed-check')!.textContent!.includes('so candidates'), 5000, 'the words with an apply address');
    expect(studio.querySelector('.feed-check')!.textContent!.trim()).to.equal('The feed answers: 4 jobs read. None has a link of its own, so candidates apply at the apply address.');
  });

  it('sets the apply address for feeds without job links, and says in words what it lacks', async () => {
    const studio = await mount();
    await startBlank(studio);
    await click(byText(studio, 'details.group > summary', 'Jobs'));
    const apply = field(studio, '/jobs/applyUrl');
    await typeInto(apply, 'https://jobs.agency.example/apply');
    await until(() => problems(studio).length === 1, 5000, 'the fault');
    expect(apply.getAttribute('aria-invalid')).to.equal('true');
    expect(studio.querySelector('.field-fault')!.textContent).to.equal("Jobs › Apply address: expected an address with {id} where the job's id goes, and a safe URL: http:, https:, mailto:, tel: or relative, with no spaces");
    await typeInto(apply, 'https://jobs.agency.example/#/jobs/{id}');
    await until(() => problems(studio).length === 0, 5000, 'no fault');
    expect(apply.getAttribute('aria-invalid')).to.equal('false');
    await expect(studio).to.be.accessible();
    await click(studio.querySelector('#tab-json')!);
    expect(JSON.parse(editorView(studio).state.doc.toString()).jobs.applyUrl).to.equal('https://jobs.agency.example/#/jobs/{id}');
    // Emptied, the optional key goes.
    await click(studio.querySelector('#tab-form')!);
    await click(apply);
    apply.select();
    await sendKeys({press: 'Backspace'});
    await click(studio.querySelector('#tab-json')!);
    expect(JSON.parse(editorView(studio).state.doc.toString()).jobs).to.not.have.property('applyUrl');
  });

  it('keeps the draft and offers it back after a reload', async () => {
    const first = await mount();
    await startBlank(first);
    await typeInto(field(first, '/employer/name'), 'Draft Employer Ltd');
    await until(() => draftText().includes('Draft Employer Ltd'), 5000, 'the draft kept');
    first.remove();

    const second = await mount();
    expect(second.querySelector('.draft-offer')!.textContent).to.contain('the blank starter');
    await click(byText(second, 'button', 'Restore the draft'));
    await second.updateComplete;
    expect(field(second, '/employer/name').value).to.equal('Draft Employer Ltd');
    await until(() => previewHeadline(second) === 'Careers at Your employer', 10000, 'the draft in the preview');
  });

  it('keeps the draft off the typing path, yet has it after a reload right after typing', async () => {
    // The built studio in a frame of its own, so that the frame can really be reloaded.
    const frame = Object.assign(document.createElement('iframe'), {src: '/studio/index.html'});
    frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
    document.body.append(frame);
    try {
      const studioIn = () => frame.contentDocument?.querySelector<ProfileStudio>('profile-studio') ?? null;
      await until(() => !!studioIn()?.querySelector('.choice'), 10000, 'the studio in its frame');
      const clickIn = async (element: Element) => {
        element.scrollIntoView({block: 'center'});
        const outer = frame.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        await sendMouse({type: 'click', position: [Math.round(outer.x + box.x + box.width / 2), Math.round(outer.y + box.y + box.height / 2)]});
      };
      await clickIn(byText(studioIn()!, '.choice', 'Blank starter'));
      await until(() => !!studioIn()!.querySelector('[data-pointer="/employer/name"]'), 10000, 'the form');
      const name = field(studioIn()!, '/employer/name');
      await clickIn(name);
      name.select();
      await sendKeys({type: 'Typed just now'});

      // One more change, and the page is left in the same task: no timer can have kept it.
      name.value = 'Typed just now, and left';
      name.dispatchEvent(new Event('input'));
      expect(draftText()).not.to.contain('Typed just now, and left');
      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.contentWindow!.location.reload();
      await reloaded;

      expect(draftText()).to.contain('Typed just now, and left');
      await until(() => !!studioIn()?.querySelector('.draft-offer'), 10000, 'the draft offered');
      await clickIn(byText(studioIn()!, 'button', 'Restore the draft'));
      await until(() => field(studioIn()!, '/employer/name')?.value === 'Typed just now, and left', 10000, 'the draft back');
    } finally {
      frame.remove();
    }
  });

  it('re-renders in the preview only what an edit changed, from the form and from the JSON editor', async () => {
    const studio = await mount();
    studio.openText(JSON.stringify(await loadPhso()), 'PHSO');
    await until(() => previewHeadline(studio) === 'Opportunities with PHSO', 10000, 'PHSO in the preview');
    const preview = studio.querySelector<HTMLIFrameElement>('iframe.preview-frame')!.contentWindow as Window & typeof globalThis;
    const microsite = preview.document.querySelector('employer-microsite')!;
    const sectionTitle = (id: string) =>
      microsite.shadowRoot!.querySelector(`employer-section[section="${id}"]`)?.shadowRoot?.querySelector('h2')?.textContent?.trim();
    await until(() => sectionTitle('how-to-apply') === 'How to apply', 10000, 'the sections');
    const proto = preview.customElements.get('employer-section')!.prototype as {renderProfile: (profile: unknown) => unknown};
    const original = proto.renderProfile;
    const rendered: string[] = [];
    proto.renderProfile = function (this: HTMLElement & {section: string}, profile: unknown) {
      rendered.push(this.section);
      return original.call(this, profile);
    };
    try {
      await typeInto(field(studio, '/hero/headline'), 'Work at PHSO');
      await until(() => previewHeadline(studio) === 'Work at PHSO', 5000, 'the headline');
      await sleep(100);
      expect(rendered).to.deep.equal([]);

      // Typing inside a string in the JSON editor.
      await click(studio.querySelector('#tab-json')!);
      const view = editorView(studio);
      const title = view.state.doc.toString().indexOf('"title": "How to apply"') + '"title": "How to apply'.length;
      view.focus();
      view.dispatch({selection: {anchor: title}});
      await sendKeys({type: ' now'});
      await until(() => sectionTitle('how-to-apply') === 'How to apply now', 5000, 'the new section title');
      expect(previewHeadline(studio)).to.equal('Work at PHSO');
      expect([...new Set(rendered)]).to.deep.equal(['how-to-apply']);

      // A change of more than one value (a whole string with its quotes) is read from the whole text, and still shares the rest.
      rendered.length = 0;
      const about = view.state.doc.toString().indexOf('"title": "About us"') + '"title": '.length;
      view.dispatch({changes: {from: about, to: about + '"About us"'.length, insert: '"Who we are"'}});
      await until(() => sectionTitle('about-us') === 'Who we are', 5000, 'the retitled section');
      await sleep(100);
      expect([...new Set(rendered)]).to.deep.equal(['about-us']);
      await click(studio.querySelector('#tab-form')!);
      expect(byText(studio, 'details.item > summary', 'Who we are')).to.exist;
    } finally {
      proto.renderProfile = original;
    }
  });

  it('reads a key written twice in the JSON editor as JSON does: the last one counts', async () => {
    const studio = await mount();
    await startBlank(studio);
    await click(studio.querySelector('#tab-json')!);
    const view = editorView(studio);
    const at = view.state.doc.toString().indexOf('"headline"');
    view.focus();
    // The same key and value twice: only the second counts.
    view.dispatch({changes: {from: at, insert: '"headline": "Careers at Your employer", '}});
    await studio.updateComplete;
    expect(problems(studio)).to.deep.equal([]);
    view.dispatch({selection: {anchor: at + '"headline": "Careers at Your employer'.length}});
    await sendKeys({type: ' edited'});
    await sleep(200);
    expect(view.state.doc.toString()).to.contain('"headline": "Careers at Your employer edited", "headline": "Careers at Your employer"');
    expect(previewHeadline(studio)).to.equal('Careers at Your employer');
    expect(field(studio, '/hero/headline').value).to.equal('Careers at Your employer');
  });

  it('refuses bad files with a clear message and loses no draft', async () => {
    const studio = await mount();
    await startBlank(studio);
    await typeInto(field(studio, '/employer/name'), 'Keep Me');
    await until(() => draftText().includes('Keep Me'), 5000, 'the draft kept');
    const kept = draftText();
    const picker = studio.querySelector<HTMLInputElement>('#open-file')!;
    const bad: Array<[File, RegExp]> = [
      [new File(['{"version": 1, oops'], 'broken.json'), /“broken\.json” is not a JSON file/],
      [new File(['[{"version": 1}]'], 'list.json'), /“list\.json” holds a list, not a profile/],
      [new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json'), /“huge\.json” is 50\.0 MB; a profile can be at most 10\.0 MB/],
      [new File(['{"version": 3, "employer": {}}'], 'future.json'), /“future\.json” is a profile of format version 3; this studio reads version 1/],
    ];
    for (const [index, [file, message]] of bad.entries()) {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      if (index % 2 === 0) {
        picker.files = transfer.files;
        picker.dispatchEvent(new Event('change'));
      } else {
        studio.querySelector('.workspace')!.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
      }
      await until(() => message.test(studio.querySelector('.notice.error')?.textContent ?? ''), 10000, `the message for ${file.name}`);
      expect(studio.querySelector('[role="alert"]')!.textContent).to.contain('Nothing was changed');
      expect(field(studio, '/employer/name').value).to.equal('Keep Me');
      expect(draftText()).to.equal(kept);
    }
    expect(errors.calls).to.have.length(4);

    // A good file by drop opens.
    const good = new DataTransfer();
    good.items.add(new File([JSON.stringify({version: 1, employer: {name: 'Dropped'}})], 'dropped.json'));
    studio.querySelector('.workspace')!.dispatchEvent(new DragEvent('drop', {dataTransfer: good, bubbles: true, cancelable: true}));
    await until(() => field(studio, '/employer/name')?.value === 'Dropped', 5000, 'the dropped profile');
    expect(problems(studio).map((problem) => problem.path)).to.include('/hero');
  });

  it('opens the PHSO and Auenfeld examples and a profile by address', async () => {
    const studio = await mount();
    await click(byText(studio, '.choice', 'PHSO example'));
    await until(() => previewHeadline(studio) === 'Opportunities with PHSO', 10000, 'PHSO in the preview');
    await click(byText(studio, '.topbar button', 'Open…'));
    await click(byText(studio, '.choice', 'Auenfeld'));
    await until(() => (previewHeadline(studio) ?? '').includes('Auenfeld'), 10000, 'Auenfeld in the preview');
    await click(byText(studio, '.topbar button', 'Open…'));
    await typeInto(studio.querySelector<HTMLInputElement>('#open-url')!, `${location.origin}/test/fixtures/profiles/small.json`);
    await sendKeys({press: 'Enter'});
    await until(() => studio.querySelector('.notice.info')?.textContent?.startsWith('Opened http') ?? false, 10000, 'the profile by address');
    await click(byText(studio, '.topbar button', 'Open…'));
    await typeInto(studio.querySelector<HTMLInputElement>('#open-url')!, `${location.origin}/test-server/status/404`);
    await sendKeys({press: 'Enter'});
    await until(() => studio.querySelector('.notice.error') !== null, 10000, 'the failed address');
    expect(studio.querySelector('.notice.error')!.textContent).to.contain('The server answered 404.');
  });

  it('runs nothing from the profile: the XSS corpus through the form and the JSON editor', async () => {
    const sentinel = installSentinel();
    try {
      const studio = await mount();
      await startBlank(studio);
      const frame = studio.querySelector<HTMLIFrameElement>('iframe.preview-frame')!;
      (frame.contentWindow as Window).__xss = (n: number) => void sentinel.calls.push(`frame ${n}`);
      const put = (pointer: string, text: string) => {
        const input = field(studio, pointer);
        input.value = text;
        input.dispatchEvent(new Event('input'));
      };
      for (const payload of PAYLOADS) {
        put('/employer/name', payload.text);
        put('/hero/headline', payload.text);
        put('/hero/intro', payload.text);
        await studio.updateComplete;
      }
      const last = PAYLOADS[PAYLOADS.length - 1]!.text;
      await until(() => previewHeadline(studio) === last, 5000, 'the last payload as text in the preview');
      expect(studio.querySelector('.doc-name')!.textContent).to.equal(last);

      // Through the editor, typed inside a string: each payload is one new value in place.
      await click(studio.querySelector('#tab-json')!);
      const view = editorView(studio);
      for (const payload of PAYLOADS) {
        const text = view.state.doc.toString();
        const key = text.indexOf('"headline": "') + '"headline": "'.length;
        const end = text.indexOf('",\n', key);
        view.dispatch({changes: {from: key, to: end, insert: JSON.stringify(payload.text).slice(1, -1)}});
      }
      const typed = PAYLOADS[PAYLOADS.length - 1]!.text;
      await until(() => previewHeadline(studio) === typed, 5000, 'the last payload typed in the editor, as text in the preview');

      // Payloads as values and as keys, dangerous URLs where URLs go.
      const profile = JSON.parse(view.state.doc.toString());
      profile.sections[0].body = PAYLOADS.map((payload) => ({type: 'paragraph', text: payload.text}));
      profile.hero.actions = DANGEROUS_URLS.map((danger) => ({text: 'Apply', href: danger.url}));
      profile.hero[PAYLOADS[0]!.text] = PAYLOADS[1]!.text;
      view.focus();
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: JSON.stringify(profile, null, 2)}});
      await until(() => problems(studio).length > 0, 5000, 'the faults');
      const words = problems(studio).map((problem) => problem.words).join('\n');
      expect(words).to.contain(PAYLOADS[0]!.text);
      expect(problems(studio).map((problem) => problem.path)).to.include('/hero/actions/0/href');
      // Valid again with the payloads as text only: the preview renders them.
      delete profile.hero[PAYLOADS[0]!.text];
      profile.hero.actions = [];
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: JSON.stringify(profile, null, 2)}});
      await until(() => problems(studio).length === 0, 5000, 'a valid profile');
      await sleep(300);
      expect(studio.querySelectorAll('img, script:not([type]), iframe:not(.preview-frame), svg').length).to.equal(0);
      expect(sentinel.calls).to.deep.equal([]);
    } finally {
      sentinel.restore();
    }
  });

  it('previews at the width of the window it opens in (a phone previews a phone), and keeps the width picked', async () => {
    const checked = (studio: ProfileStudio) => studio.querySelector<HTMLInputElement>('input[name="preview-width"]:checked')?.value;
    const frameWidth = (studio: ProfileStudio) => studio.querySelector<HTMLIFrameElement>('iframe.preview-frame')!.style.width;
    await setViewport({width: 360, height: 740});
    const phone = await mount();
    await startBlank(phone);
    expect([checked(phone), frameWidth(phone)]).to.deep.equal(['320', '320px']);
    phone.remove();
    await setViewport({width: 1280, height: 800});
    const desktop = await mount();
    await startBlank(desktop);
    expect([checked(desktop), frameWidth(desktop)]).to.deep.equal(['1280', '1280px']);
    await click(desktop.querySelector<HTMLInputElement>('input[name="preview-width"][value="768"]')!.closest('label')!);
    await desktop.updateComplete;
    // A narrower window later leaves the width picked (the stage's observer has had time to see it).
    await setViewport({width: 1000, height: 800});
    await sleep(200);
    expect([checked(desktop), frameWidth(desktop)]).to.deep.equal(['768', '768px']);
  });

  for (const width of [320, 1280]) {
    it(`is accessible at ${width} px: start, form, JSON, faults, embed dialog`, async () => {
      await setViewport({width, height: 800});
      const studio = await mount();
      await expect(studio).to.be.accessible();
      await startBlank(studio);
      for (const group of studio.querySelectorAll<HTMLDetailsElement>('details.group')) group.open = true;
      await typeInto(field(studio, '/hero/headline'), ' ');
      await sendKeys({press: 'Backspace'});
      await until(() => problems(studio).length === 1, 5000, 'the fault');
      await expect(studio).to.be.accessible({ignoredRules: ['region']});
      await click(studio.querySelector('#tab-json')!);
      await expect(studio).to.be.accessible({ignoredRules: ['region']});
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      await click(byText(studio, '.topbar button', 'Copy embed code'));
      const dialog = studio.querySelector<HTMLDialogElement>('dialog.embed')!;
      expect(dialog.open).to.be.true;
      await expect(dialog).to.be.accessible();
      expect(dialog.getBoundingClientRect().right).to.be.at.most(width);
      await sendKeys({press: 'Escape'});
    });
  }
});

/**
 * `<profile-studio>`: open, edit (a form and a schema-aware JSON editor over
 * one document), preview and publish an employer profile. A page of its
 * own (`studio/index.html`), never part of the widgets' bundle.
 */
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {labelsOf, DEFAULT_LABELS} from '../../src/profile/labels.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {FEED_FORMATS} from '../../src/profile/schema.js';
import {validateProfile, type ProfileFault} from '../../src/profile/validate.js';
import type {FeedFormat} from '../../src/feeds/detect.js';
import {FetchError, fetchText} from '../../src/shared/fetch-text.js';
import {contrastRatio, CONTRAST_PAIRS, DEFAULT_COLORS, describeRatio, parseColor, toHex, type Rgb} from './contrast.js';
import {clearDraft, loadDraft, saveDraft, type Draft} from './draft-store.js';
import {embedCode, isLocalAddress} from './embed.js';
import {faultWords} from './fault-words.js';
import {atsFeed, ATS_PROVIDERS, checkFeed, type FeedCheck} from './feed-check.js';
import {JsonEditor, type EditorChange} from './json-editor.js';
import {downloadText, fileName, MAX_PROFILE_BYTES, openProfile, sizeWords, tooLarge, type Opened} from './open-profile.js';
import {deepFreeze, getAt, insertAt, join, moveAt, reuseUnchanged, setAt, type Json} from './pointer.js';
import type {SchemaNode} from './schema-help.js';
import {starterProfile} from './starter.js';

type Width = 320 | 768 | 1280;
type Notice = {readonly kind: 'error' | 'info'; readonly text: string};
type Fault = ProfileFault & {readonly at?: number};

const WIDTHS: readonly Width[] = [320, 768, 1280];

/** The widest preview width that fits `room` pixels: on a phone, the phone's layout; on a desktop, the desktop's. */
function fitWidth(room: number): Width {
  return [...WIDTHS].reverse().find((width) => width <= room) ?? WIDTHS[0]!;
}
const COLOR_NAMES: Record<string, string> = {
  primary: 'Brand colour',
  onPrimary: 'Text on the brand colour',
  accent: 'Accent',
  text: 'Text',
  muted: 'Secondary text',
  background: 'Background',
  surface: 'Cards and panels',
  border: 'Borders',
  focus: 'Focus ring',
};
const BLOCK_NAMES: Record<string, string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  list: 'List',
  link: 'Link',
  address: 'Address',
  image: 'Image',
  cards: 'Cards',
  facts: 'Facts',
};
const NEW_BLOCKS: Record<string, Json> = {
  heading: {type: 'heading', text: 'New heading'},
  paragraph: {type: 'paragraph', text: 'New paragraph.'},
  list: {type: 'list', items: ['First item']},
  link: {type: 'link', text: 'Link text', href: 'https://'},
  address: {type: 'address', lines: ['Street', 'Town']},
  image: {type: 'image', src: 'https://', alt: ''},
};
/**
 * Above this size, a change in the JSON editor that is more than a new
 * value in one place (a key, a bracket, a pasted block) is read after a
 * pause in typing, not on every key.
 */
const LARGE_TEXT = 200_000;
const TEXT_PAUSE = 80;

/**
 * What a feed check says of the jobs with no link of their own (Bullhorn's
 * have none): give the apply address, or candidates apply there.
 */
function unlinkedWords(check: {count: number; unlinked: number}, applyUrl: boolean): string {
  const n = check.unlinked;
  if (!n) return '';
  const phrase = n === check.count ? (n === 1 ? 'It has no link' : 'None has a link') : `${n} of them ${n === 1 ? 'has' : 'have'} no link`;
  return applyUrl ? ` ${phrase} of its own, so candidates apply at the apply address.` : ` ${phrase} to apply: give the apply address below.`;
}

/** The id of the form field for a pointer. */
const fieldId = (pointer: string) => `field${pointer.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** Runs `work` when the browser is idle (within 2 s); a timer where there is no `requestIdleCallback`. */
const whenIdle = (work: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, {timeout: 2000}) : window.setTimeout(work, 0);
const cancelIdle = (handle: number | undefined) => {
  if (handle === undefined) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
};

const sameFaults = (a: readonly ProfileFault[], b: readonly ProfileFault[]) =>
  a.length === b.length && a.every((fault, i) => fault.path === b[i]!.path && fault.message === b[i]!.message);

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The profile studio.
 *
 * @tag profile-studio
 * @summary Edits an employer profile with a form and a JSON editor, previews it and publishes it.
 */
export class ProfileStudio extends LitElement {
  /** URL of the published JSON Schema. */
  @property() schema = '../dist/employer-profile.schema.json';
  /** URL of the preview page (loads the widgets and shows one `<employer-microsite>`). */
  @property() preview = 'preview.html';
  /** URL of the sample jobs the preview shows by default. */
  @property() samples = '../demo/jobs.sample.json';
  /** Folder of the example profiles (`phso.json`, `auenfeld.json`). */
  @property() examples = '../dist/profiles/';
  /** URL of `employer-widgets.js`, for the embed code. */
  @property() widgets = '../dist/employer-widgets.js';
  /** The `$schema` written into a downloaded profile. */
  @property({attribute: 'schema-id'}) schemaId = 'https://unpkg.com/employer-widgets/dist/employer-profile.schema.json';

  @state() private value?: Json;
  @state() private syntax?: Fault;
  @state() private faults: readonly ProfileFault[] = [];
  @state() private warnings: readonly ProfileFault[] = [];
  @state() private source = '';
  @state() private mode: 'form' | 'json' = 'form';
  /** The preview's width: at first the widest that fits the studio's own window (`fitWidth`), so a phone previews a phone. */
  @state() private width: Width = 1280;
  @state() private jobsSource: 'sample' | 'feed' = 'sample';
  @state() private notice?: Notice;
  @state() private offered?: Draft;
  @state() private openPanel = false;
  @state() private feedCheck?: FeedCheck | 'checking';
  @state() private stale = false;
  @state() private dragging = false;
  @state() private expanded = new Set<string>();
  @state() private frameWidth = 0;
  @state() private copied = '';

  private editor?: JsonEditor;
  private lastGood?: EmployerProfile;
  private pendingText?: number;
  /** A draft waits to be kept: a timer after the last change, then an idle moment. */
  private saveTimer?: number;
  private saveIdle?: number;
  /** The preview's jobs settings with the sample feed, made once per jobs settings. */
  private sampleJobs?: {readonly from: unknown; readonly url: string; readonly jobs: Json};
  private previewFrame = 0;
  private resizeObserver?: ResizeObserver;
  private colorContext?: CanvasRenderingContext2D | null;

  /** The studio lays itself out with the page's stylesheet (`studio.css`). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offered = loadDraft();
    this.openPanel = true;
    if (!this.hasUpdated) this.width = fitWidth(window.innerWidth);
    this.addEventListener('dragover', this.handleDragOver);
    this.addEventListener('dragleave', this.handleDragLeave);
    this.addEventListener('drop', this.handleDrop);
    // The draft is kept after a pause in typing, and at once when the page is left or hidden.
    window.addEventListener('pagehide', this.handleLeave);
    document.addEventListener('visibilitychange', this.handleLeave);
    void this.loadSchema();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handleLeave);
    document.removeEventListener('visibilitychange', this.handleLeave);
    this.flushSave();
    this.resizeObserver?.disconnect();
    this.editor?.destroy();
    this.editor = undefined;
  }

  protected override firstUpdated(): void {
    const stage = this.querySelector<HTMLElement>('.stage');
    if (stage) {
      // Set in the next frame: a re-render inside the observer's callback would
      // report "ResizeObserver loop completed with undelivered notifications".
      this.resizeObserver = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry!.contentRect.width);
        requestAnimationFrame(() => {
          if (width !== this.frameWidth) this.frameWidth = width;
        });
      });
      this.resizeObserver.observe(stage);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('faults' as keyof ProfileStudio) || changed.has('warnings' as keyof ProfileStudio) || changed.has('syntax' as keyof ProfileStudio)) {
      this.editor?.showMarks([
        ...(this.syntax ? [{...this.syntax, severity: 'error' as const}] : []),
        ...this.faults.map((fault) => ({...fault, severity: 'error' as const})),
        ...this.warnings.map((fault) => ({...fault, severity: 'warning' as const})),
      ]);
    }
  }

  // ---- Opening ----

  /** Opens `text` as the document; a refused text leaves everything as it was. */
  openText(text: string, source: string): boolean {
    return this.accept(openProfile(text, source), source);
  }

  private accept(opened: Opened, source: string): boolean {
    if (!opened.ok) {
      this.notice = {kind: 'error', text: opened.message};
      console.error(`profile studio: ${opened.message}`);
      return false;
    }
    this.source = source;
    this.notice = {kind: 'info', text: `Opened ${source}.`};
    this.openPanel = false;
    this.offered = undefined;
    this.expanded = new Set();
    this.lastGood = undefined;
    this.syntax = undefined;
    this.ensureEditor(opened.text);
    this.editor?.setText(opened.text);
    this.setValue(opened.value);
    this.keepFocus();
    return true;
  }

  /**
   * Opening a profile or the draft removes the button that did it: focus
   * would fall to the page's start, and a keyboard or screen-reader user
   * would lose their place. It goes to the editor's heading instead.
   */
  private keepFocus(): void {
    void this.updateComplete.then(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) this.querySelector<HTMLElement>('#edit-heading')?.focus();
    });
  }

  private async openUrl(url: string, source: string): Promise<void> {
    this.notice = {kind: 'info', text: `Opening ${source}…`};
    try {
      const {text} = await fetchText(url, {timeout: 15_000, maxBytes: MAX_PROFILE_BYTES});
      this.openText(text, source);
    } catch (error) {
      const message =
        error instanceof FetchError && error.kind === 'too-large'
          ? `${source} is larger than ${sizeWords(MAX_PROFILE_BYTES)}; a profile cannot be that large. Nothing was changed.`
          : `${source} could not be opened: ${(error as Error).message} Nothing was changed.`;
      this.notice = {kind: 'error', text: message};
      console.error(`profile studio: ${message}`);
    }
  }

  private async openFile(file: File): Promise<void> {
    if (file.size > MAX_PROFILE_BYTES) {
      this.accept(tooLarge(`“${file.name}”`, file.size), file.name);
      return;
    }
    this.openText(await file.text(), `“${file.name}”`);
  }

  private openStarter(): void {
    this.openText(JSON.stringify(starterProfile(), null, 2), 'the blank starter');
  }

  private restoreDraft(): void {
    const draft = this.offered;
    if (!draft) return;
    this.ensureEditor(draft.text);
    this.editor?.setText(draft.text);
    this.source = draft.source;
    this.offered = undefined;
    this.openPanel = false;
    this.notice = {kind: 'info', text: 'Your draft is back.'};
    this.handleText(draft.text);
    this.keepFocus();
  }

  // ---- The one document ----

  private ensureEditor(text: string): void {
    if (this.editor) return;
    const host = this.querySelector<HTMLElement>('.json-host');
    if (!host) return;
    this.editor = new JsonEditor(host, {
      text,
      label: 'Profile JSON',
      onChange: (change) => this.handleTextSoon(change),
    });
    void this.loadSchema();
  }

  private schemaNode?: SchemaNode;
  private async loadSchema(): Promise<void> {
    if (!this.schemaNode) {
      try {
        this.schemaNode = (await (await fetch(this.schema)).json()) as SchemaNode;
      } catch (error) {
        console.error(`profile studio: the JSON Schema ${this.schema} could not be loaded: ${(error as Error).message}`);
        return;
      }
    }
    if (this.editor) this.editor.schema = this.schemaNode;
  }

  /**
   * The JSON editor changed. A new value in one place of a valid document
   * is put in place at once (as a form edit is); any other change is read
   * from the whole text, at once for a small one, after a pause for a large one.
   */
  private handleTextSoon(change: EditorChange): void {
    window.clearTimeout(this.pendingText);
    this.scheduleSave();
    const literal = change.literal;
    if (literal && this.pendingText === undefined && this.value !== undefined && !this.syntax && getAt(this.value, literal.pointer) === literal.before) {
      this.setValue(setAt(this.value, literal.pointer, literal.value));
      return;
    }
    const editor = this.editor!;
    if (editor.length < LARGE_TEXT) {
      this.pendingText = undefined;
      this.handleText(editor.text);
      return;
    }
    this.pendingText = window.setTimeout(() => {
      this.pendingText = undefined;
      this.handleText(editor.text);
    }, TEXT_PAUSE);
  }

  private handleText(text: string): void {
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch (error) {
      const at = this.editor?.firstErrorOffset();
      const detail = (error as Error).message.replace(/^JSON\.parse: /, '');
      this.syntax = {path: '', message: `The JSON is broken here: ${detail}`, at};
      this.faults = [];
      this.warnings = [];
      this.stale = this.lastGood !== undefined;
      return;
    }
    this.syntax = undefined;
    // Parts the change did not touch stay the same objects, so only the changed part is checked and re-rendered.
    this.setValue(reuseUnchanged(this.value, value));
  }

  /** A form field changed `pointer` to `next` (`undefined` removes it). */
  private edit(pointer: string, next: Json | undefined): void {
    if (this.value === undefined || this.syntax) return;
    const value = setAt(this.value, pointer, next);
    this.editor?.replaceValue(pointer, next, () => JSON.stringify(value, null, 2));
    this.setValue(value);
    this.scheduleSave();
  }

  /** A form button changed the whole document (add, remove, move). */
  private replace(value: Json, pointer: string): void {
    this.editor?.replaceValue(pointer, getAt(value, pointer) as Json, () => JSON.stringify(value, null, 2));
    this.setValue(value);
    this.scheduleSave();
  }

  /**
   * The document is frozen, and each edit copies only the path to its change
   * (`setAt`), so every unchanged part stays the same frozen object: the
   * validator skips it (`src/profile/frozen-memo.ts`), and so do the
   * preview's elements when they re-render.
   */
  private setValue(value: Json): void {
    value = deepFreeze(value);
    this.value = value;
    const result = validateProfile(value);
    // The same lists when nothing in them changed: the editor then keeps its marks as they are.
    if (!sameFaults(this.warnings, result.warnings)) this.warnings = result.warnings;
    if (result.ok) {
      if (this.faults.length) this.faults = [];
      // The frozen document itself, not the validator's copy: it equals it, and the
      // preview's validator recognises its unchanged frozen parts.
      this.lastGood = value as unknown as EmployerProfile;
      this.stale = false;
      this.schedulePreview();
    } else {
      if (!sameFaults(this.faults, result.faults)) this.faults = result.faults;
      this.stale = this.lastGood !== undefined;
    }
  }

  /**
   * Keeps the draft off the typing path: 400 ms after the last change, in an
   * idle moment (writing 2 MB to storage takes tens of milliseconds). Leaving
   * or hiding the page keeps it at once (`handleLeave`).
   */
  private scheduleSave(): void {
    window.clearTimeout(this.saveTimer);
    cancelIdle(this.saveIdle);
    this.saveIdle = undefined;
    this.saveTimer = window.setTimeout(() => {
      this.saveIdle = whenIdle(() => this.flushSave());
    }, 400);
  }

  private handleLeave = () => {
    if (document.visibilityState === 'hidden' || !this.isConnected) this.flushSave();
  };

  /** Keeps a waiting draft now. */
  private flushSave(): void {
    if (this.saveTimer === undefined || !this.editor) return;
    window.clearTimeout(this.saveTimer);
    cancelIdle(this.saveIdle);
    this.saveTimer = undefined;
    this.saveIdle = undefined;
    if (!saveDraft({text: this.editor.text, savedAt: Date.now(), source: this.source})) {
      this.notice = {kind: 'error', text: 'This browser would not keep a copy of the draft (storage is full or off): download the profile to keep it.'};
    }
  }

  // ---- Preview ----

  private schedulePreview(): void {
    cancelAnimationFrame(this.previewFrame);
    this.previewFrame = requestAnimationFrame(() => this.showPreview());
  }

  /** The profile as the preview shows it: with the sample jobs unless the profile's own feed is chosen. */
  private previewProfile(profile: EmployerProfile): EmployerProfile {
    if (this.jobsSource === 'feed' || !profile.jobs) return profile;
    const url = new URL(this.samples, location.href).href;
    // The same object while the jobs settings are unchanged, so the listing is not re-rendered for other edits.
    if (this.sampleJobs?.from !== profile.jobs || this.sampleJobs.url !== url) {
      this.sampleJobs = {from: profile.jobs, url, jobs: deepFreeze({...(profile.jobs as unknown as {[key: string]: Json}), feed: {url, format: 'own'}})};
    }
    return {...profile, jobs: this.sampleJobs.jobs as unknown as EmployerProfile['jobs']};
  }

  private showPreview(): void {
    const frame = this.querySelector<HTMLIFrameElement>('iframe.preview-frame');
    const microsite = frame?.contentDocument?.querySelector('employer-microsite') as (HTMLElement & {profile?: unknown}) | null;
    if (!microsite || !this.lastGood) return;
    microsite.profile = this.previewProfile(this.lastGood);
  }

  private handleFrameLoad = () => {
    const frame = this.querySelector<HTMLIFrameElement>('iframe.preview-frame');
    const win = frame?.contentWindow as (Window & typeof globalThis) | null;
    void win?.customElements.whenDefined('employer-microsite').then(() => this.showPreview());
  };

  // ---- Leaving with ----

  private download(): void {
    if (this.value === undefined) return;
    const blob = new Blob([downloadText(this.value, this.schemaId)], {type: 'application/json'});
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName(this.value);
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.notice = {kind: 'info', text: `Downloaded ${link.download}${this.faults.length || this.syntax ? ' (it still has faults: fix them before publishing)' : ''}.`};
  }

  private get embed(): string {
    return embedCode(new URL(this.widgets, location.href).href, fileName(this.value));
  }

  private async copyEmbed(): Promise<void> {
    const dialog = this.querySelector<HTMLDialogElement>('dialog.embed');
    dialog?.showModal();
    try {
      await navigator.clipboard.writeText(this.embed);
      this.copied = 'Copied to the clipboard.';
    } catch {
      this.copied = 'Select the code and copy it (Ctrl+C or ⌘C).';
      this.querySelector<HTMLTextAreaElement>('dialog.embed textarea')?.select();
    }
  }

  private async checkFeed(): Promise<void> {
    const feed = getAt(this.value, '/jobs/feed') as {url?: string; format?: FeedFormat} | undefined;
    if (!feed?.url) return;
    this.feedCheck = 'checking';
    this.feedCheck = await checkFeed(feed.url, feed.format ?? 'auto', labelsOf(this.lastGood));
  }

  // ---- Faults ----

  /** Moves to the field of a fault in the form, else to its place in the JSON editor. */
  async goTo(fault: Fault): Promise<void> {
    if (fault.at === undefined && this.mode === 'form') {
      const match = /^\/(sections|modals)\/(\d+)/.exec(fault.path);
      if (match) {
        this.expanded = new Set([...this.expanded, `/${match[1]}/${match[2]}`]);
        await this.updateComplete;
      }
      const field = this.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(fault.path)}"]`);
      if (field) {
        for (let details = field.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
        field.scrollIntoView({block: 'center'});
        field.focus();
        return;
      }
    }
    this.mode = 'json';
    await this.updateComplete;
    this.editor?.reveal(fault.path, fault.at);
  }

  // ---- Render ----

  override render(): TemplateResult {
    const loaded = this.value !== undefined || this.syntax !== undefined;
    return html`
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true"></span>
          <h1>Profile studio</h1>
          ${loaded ? html`<p class="doc-name">${this.documentName()}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="button" class="button" aria-expanded=${this.openPanel ? 'true' : 'false'} aria-controls="open-panel" @click=${() => (this.openPanel = !this.openPanel)}>Open…</button>
          <button type="button" class="button" ?disabled=${!loaded} @click=${this.download}>Download profile</button>
          <button type="button" class="button primary" ?disabled=${!loaded} @click=${this.copyEmbed}>Copy embed code</button>
        </div>
      </header>
      <div class="notice-area" role="status" aria-live="polite">
        ${this.notice?.kind === 'info' ? html`<p class="notice info">${this.notice.text}</p>` : nothing}
      </div>
      <div role="alert">
        ${this.notice?.kind === 'error'
          ? html`<div class="notice error"><p>${this.notice.text}</p><button type="button" class="link-button" @click=${() => (this.notice = undefined)}>Dismiss</button></div>`
          : nothing}
      </div>
      ${this.offered ? this.renderDraftOffer(this.offered) : nothing}
      ${this.openPanel || !loaded ? this.renderOpen(loaded) : nothing}
      <main class="workspace" ?hidden=${!loaded}>
        <section class="pane editor-pane" aria-labelledby="edit-heading">
          <div class="pane-head">
            <h2 id="edit-heading" tabindex="-1">Edit</h2>
            <div class="tabs" role="tablist" aria-label="Edit with" @keydown=${this.handleTabKeys}>
              ${this.renderTab('form', 'Form')} ${this.renderTab('json', 'JSON')}
            </div>
          </div>
          ${this.renderProblems()}
          <div id="panel-form" role="tabpanel" aria-labelledby="tab-form" class="form-panel" ?hidden=${this.mode !== 'form'}>
            ${this.syntax
              ? html`<p class="hint">The JSON has a syntax error, so the form waits: fix it in the JSON editor.</p>`
              : isObject(this.value)
                ? this.renderForm(this.value)
                : nothing}
          </div>
          <div id="panel-json" role="tabpanel" aria-labelledby="tab-json" class="json-panel" ?hidden=${this.mode !== 'json'}>
            <p class="hint">Everything in the profile. <kbd>Ctrl</kbd>+<kbd>Space</kbd> completes keys and values from the schema; hover a key for its help; faults are underlined.</p>
            <div class="json-host"></div>
          </div>
        </section>
        <section class="pane preview-pane" aria-labelledby="preview-heading">
          <div class="pane-head">
            <h2 id="preview-heading">Preview</h2>
            ${this.renderPreviewControls()}
          </div>
          ${this.stale
            ? html`<p class="stale" role="status">The preview shows the last valid version; fix the faults to see your changes.</p>`
            : nothing}
          <div class="stage">${this.renderFrame()}</div>
        </section>
      </main>
      ${this.renderEmbedDialog()}
      <input id="open-file" class="visually-hidden" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" @change=${this.handleFilePicked} />
      ${this.dragging ? html`<div class="drop-hint" aria-hidden="true"><p>Drop a profile (.json) to open it</p></div>` : nothing}
    `;
  }

  private documentName(): string {
    const name = getAt(this.value, '/employer/name');
    return typeof name === 'string' && name ? name : this.source;
  }

  private renderDraftOffer(draft: Draft): TemplateResult {
    const when = new Date(draft.savedAt).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
    return html`<section class="draft-offer" aria-labelledby="draft-heading">
      <h2 id="draft-heading">Continue where you left off?</h2>
      <p>A draft from ${when}${draft.source ? html` (opened from ${draft.source})` : nothing} is kept in this browser.</p>
      <div class="row">
        <button type="button" class="button primary" @click=${this.restoreDraft}>Restore the draft</button>
        <button type="button" class="button" @click=${() => {
          clearDraft();
          this.offered = undefined;
        }}>Discard it</button>
      </div>
    </section>`;
  }

  private renderOpen(loaded: boolean): TemplateResult {
    return html`<section id="open-panel" class="open-panel" aria-labelledby="open-heading">
      <h2 id="open-heading">${loaded ? 'Open another profile' : 'Start a profile'}</h2>
      <p class="lede">Each employer's careers page is one profile. Start from the blank starter, copy an example, or open a profile you have.</p>
      <ul class="choices">
        <li><button type="button" class="choice" @click=${this.openStarter}><strong>Blank starter</strong><span>Every required part, with placeholder text to replace</span></button></li>
        <li><button type="button" class="choice" @click=${() => this.openUrl(`${this.examples}phso.json`, 'the PHSO example')}><strong>PHSO example</strong><span>A complete English profile: sections, modals, jobs</span></button></li>
        <li><button type="button" class="choice" @click=${() => this.openUrl(`${this.examples}auenfeld.json`, 'the Auenfeld example')}><strong>Stadtwerke Auenfeld example</strong><span>A German profile with its own theme</span></button></li>
        <li><button type="button" class="choice" @click=${() => this.querySelector<HTMLInputElement>('#open-file')?.click()}><strong>A file on this computer…</strong><span>Or drop a .json file anywhere on this page</span></button></li>
      </ul>
      <form class="url-form" @submit=${this.handleUrlSubmit}>
        <label for="open-url">Or the address of a profile</label>
        <div class="row">
          <input id="open-url" name="url" type="url" inputmode="url" placeholder="https://example.com/careers/profile.json" required />
          <button type="submit" class="button">Open address</button>
        </div>
      </form>
    </section>`;
  }

  private renderTab(mode: 'form' | 'json', label: string): TemplateResult {
    const selected = this.mode === mode;
    return html`<button type="button" role="tab" id="tab-${mode}" aria-controls="panel-${mode}" aria-selected=${selected ? 'true' : 'false'} tabindex=${selected ? 0 : -1} @click=${() => (this.mode = mode)}>${label}</button>`;
  }

  private handleTabKeys = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    this.mode = this.mode === 'form' ? 'json' : 'form';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${this.mode}`)?.focus());
  };

  private renderProblems(): TemplateResult {
    const errors: Fault[] = this.syntax ? [this.syntax] : [...this.faults];
    const count = errors.length;
    const words = (fault: Fault) => (fault.at !== undefined ? fault.message : faultWords(fault, this.value));
    const item = (fault: Fault, kind: 'fault' | 'warning') => html`<li class=${kind}>
      <button type="button" class="problem" @click=${() => this.goTo(fault)}>
        <span class="problem-kind">${kind === 'fault' ? 'Fault' : 'Warning'}</span>
        <span class="problem-words">${words(fault)}</span>
        <code>${fault.path || '/'}</code>
      </button>
    </li>`;
    return html`<section class="problems ${count ? 'has-faults' : 'ok'}" aria-labelledby="problems-heading">
      <h3 id="problems-heading" class="problems-summary" aria-live="polite">
        ${count
          ? `${count} ${count === 1 ? 'fault' : 'faults'} to fix`
          : 'Valid profile'}${this.warnings.length ? ` · ${this.warnings.length} ${this.warnings.length === 1 ? 'warning' : 'warnings'}` : ''}
      </h3>
      ${count || this.warnings.length
        ? html`<ul class="problem-list">${errors.map((fault) => item(fault, 'fault'))}${this.warnings.map((fault) => item(fault, 'warning'))}</ul>`
        : nothing}
    </section>`;
  }

  private renderPreviewControls(): TemplateResult {
    return html`<div class="preview-controls">
      <fieldset class="segmented">
        <legend class="visually-hidden">Preview width</legend>
        ${WIDTHS.map(
          (width) => html`<label><input type="radio" name="preview-width" .value=${String(width)} .checked=${this.width === width} @change=${() => (this.width = width)} /><span>${width} px</span></label>`,
        )}
      </fieldset>
      <label class="jobs-source">
        <span>Jobs</span>
        <select @change=${(event: Event) => {
          this.jobsSource = (event.target as HTMLSelectElement).value as 'sample' | 'feed';
          this.schedulePreview();
        }}>
          <option value="sample" ?selected=${this.jobsSource === 'sample'}>Sample jobs</option>
          <option value="feed" ?selected=${this.jobsSource === 'feed'}>The profile's feed</option>
        </select>
      </label>
    </div>`;
  }

  private renderFrame(): TemplateResult {
    const scale = this.frameWidth && this.frameWidth < this.width ? this.frameWidth / this.width : 1;
    const height = 900;
    return html`<div class="frame-box" style="width:${this.width * scale}px;height:${height * scale}px">
      <iframe
        class="preview-frame"
        title="Preview of the microsite at ${this.width} pixels wide"
        src=${this.preview}
        style="width:${this.width}px;height:${height}px;transform:scale(${scale})"
        @load=${this.handleFrameLoad}
      ></iframe>
    </div>`;
  }

  private renderEmbedDialog(): TemplateResult {
    const name = fileName(this.value);
    return html`<dialog class="embed" aria-labelledby="embed-heading" @click=${(event: Event) => {
      if (event.target === event.currentTarget) (event.currentTarget as HTMLDialogElement).close();
    }}>
      <div class="dialog-body">
        <h2 id="embed-heading">Put the microsite on your page</h2>
        <ol>
          <li>Download the profile (<strong>${name}</strong>) and upload it beside the page that shows the jobs.</li>
          ${isLocalAddress(new URL(this.widgets, location.href).href)
            ? html`<li class="local-script">The script address below points at this computer, so it works only here. Upload the
                  <code>employer-widgets*.js</code> files from the <code>dist/</code> folder to your web site (all of them, in one folder),
                  and change <code>src</code> to the address of <code>employer-widgets.js</code> there.</li>`
            : nothing}
          <li>Paste this code where the microsite should appear:</li>
        </ol>
        <label class="visually-hidden" for="embed-code">Embed code</label>
        <textarea id="embed-code" readonly rows="3" .value=${this.embed}></textarea>
        <p role="status" class="copied">${this.copied}</p>
        <p class="hint">If the profile lives elsewhere, change <code>src</code> to its address.</p>
        <div class="row end">
          <button type="button" class="button" @click=${this.download}>Download profile</button>
          <button type="button" class="button primary" @click=${() => this.querySelector<HTMLDialogElement>('dialog.embed')?.close()}>Done</button>
        </div>
      </div>
    </dialog>`;
  }

  // ---- The form ----

  private renderForm(profile: Record<string, Json>): TemplateResult {
    return html`<div class="form">
      ${this.renderEmployer()} ${this.renderTheme(profile)} ${this.renderHero(profile)}
      ${this.renderList('sections', 'Sections', 'Section')} ${this.renderList('modals', 'Modals', 'Modal')}
      ${this.renderJobs(profile)} ${this.renderLabels(profile)}
    </div>`;
  }

  /**
   * The sections or modals group, rendered again only when the list, the
   * open items or the faults change: a key press elsewhere in a profile of a
   * thousand sections does not rebuild a thousand rows.
   */
  private renderList(key: 'sections' | 'modals', title: string, singular: string): unknown {
    return guard([getAt(this.value, `/${key}`), this.expanded, this.faults], () => this.renderItems(key, title, singular));
  }

  private faultAt(pointer: string): ProfileFault | undefined {
    return this.faults.find((fault) => fault.path === pointer);
  }

  /** One text field bound to `pointer`. `optional` fields are removed when emptied. */
  private field(label: string, pointer: string, options: {optional?: boolean; multiline?: boolean; hint?: string; type?: string; placeholder?: string} = {}): TemplateResult {
    const value = getAt(this.value, pointer);
    const id = fieldId(pointer);
    if (value !== undefined && typeof value !== 'string') {
      return html`<div class="field">
        <span class="label">${label}</span>
        <p class="hint">This text has links or emphasis, so it is edited in JSON.
          <button type="button" class="link-button" @click=${() => this.goTo({path: pointer, message: ''})}>Edit ${label.toLowerCase()} in JSON</button></p>
      </div>`;
    }
    const fault = this.faultAt(pointer);
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      this.edit(pointer, options.optional && text === '' ? undefined : text);
    };
    const describedBy = [options.hint ? `${id}-hint` : '', fault ? `${id}-fault` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${fault ? 'invalid' : ''}">
      <label for=${id}>${label}${options.optional ? html` <span class="optional">(optional)</span>` : nothing}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${options.multiline
        ? html`<textarea id=${id} data-pointer=${pointer} rows="3" .value=${value ?? ''} placeholder=${options.placeholder ?? ''} aria-invalid=${fault ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput}></textarea>`
        : html`<input id=${id} data-pointer=${pointer} type=${options.type ?? 'text'} .value=${value ?? ''} placeholder=${options.placeholder ?? ''} aria-invalid=${fault ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput} />`}
      ${fault ? html`<p class="field-fault" id="${id}-fault">${faultWords(fault, this.value)}</p>` : nothing}
    </div>`;
  }

  private group(title: string, body: TemplateResult | unknown, open = false, description = ''): TemplateResult {
    return html`<details class="group" ?open=${open}>
      <summary><span class="group-title">${title}</span>${description ? html`<span class="group-note">${description}</span>` : nothing}</summary>
      <div class="group-body">${body}</div>
    </details>`;
  }

  private renderEmployer(): TemplateResult {
    return this.group(
      'Employer',
      html`${this.field('Employer name', '/employer/name')}
        ${this.field('Short name', '/employer/shortName', {hint: 'Used where space is short, such as "PHSO".'})}
        ${this.field('Logo URL', '/employer/logo/src', {optional: true, type: 'url', placeholder: 'https://…/logo.svg'})}
        ${getAt(this.value, '/employer/logo') !== undefined
          ? this.field('Logo alt text', '/employer/logo/alt', {hint: 'What the logo says, such as the employer\'s name.'})
          : nothing}
        ${this.field('Employer website', '/employer/site', {optional: true, type: 'url'})}
        ${this.field('Language', '/locale', {hint: 'A language tag: en-GB, de-DE, fr-FR…'})}`,
      true,
    );
  }

  /** A colour as the browser reads it, for the picker and the contrast ratio. */
  private resolveColor(value: string): Rgb | undefined {
    const direct = parseColor(value);
    if (direct) return direct;
    this.colorContext ??= document.createElement('canvas').getContext('2d');
    if (!this.colorContext) return undefined;
    this.colorContext.fillStyle = '#010203';
    this.colorContext.fillStyle = value;
    const read = String(this.colorContext.fillStyle);
    return read === '#010203' && value.trim() !== '#010203' ? undefined : parseColor(read);
  }

  private renderTheme(profile: Record<string, Json>): TemplateResult {
    const colors = (getAt(profile, '/theme/colors') ?? {}) as Record<string, string>;
    const color = (key: string) => this.resolveColor(typeof colors[key] === 'string' ? colors[key] : DEFAULT_COLORS[key]!);
    const row = (key: string) => {
      const pointer = `/theme/colors/${key}`;
      const rgb = color(key);
      const id = fieldId(pointer);
      const fault = this.faultAt(pointer);
      return html`<div class="color-row ${fault ? 'invalid' : ''}">
        <input type="color" aria-label="${COLOR_NAMES[key]} picker" .value=${rgb ? toHex(rgb) : '#000000'} @input=${(event: Event) => this.edit(pointer, (event.target as HTMLInputElement).value)} />
        <div class="field">
          <label for=${id}>${COLOR_NAMES[key]}</label>
          <input id=${id} data-pointer=${pointer} .value=${colors[key] ?? ''} placeholder=${`${DEFAULT_COLORS[key]} (default)`} aria-invalid=${fault ? 'true' : 'false'} @input=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value.trim();
            this.edit(pointer, text === '' ? undefined : text);
          }} />
          ${fault ? html`<p class="field-fault">${faultWords(fault, this.value)}</p>` : nothing}
        </div>
      </div>`;
    };
    const pairs = CONTRAST_PAIRS.map((pair) => {
      const text = color(pair.text);
      const background = color(pair.background);
      const ratio = text && background ? describeRatio(contrastRatio(text, background)) : undefined;
      return html`<li class=${ratio ? (ratio.passes ? 'pass' : 'fail') : ''}>
        <span class="swatch" style="color:${text ? toHex(text) : 'inherit'};background:${background ? toHex(background) : 'transparent'}" aria-hidden="true">Aa</span>
        <span class="pair">${pair.what}</span>
        <span class="ratio">${ratio ? `${ratio.text} · ${ratio.verdict}` : 'cannot tell for this colour'}</span>
      </li>`;
    });
    return this.group(
      'Theme colours',
      html`<div class="colors">${Object.keys(COLOR_NAMES).map(row)}</div>
        <h3 class="sub">Contrast (WCAG 2: 4.5:1 for text)</h3>
        <ul class="contrast" aria-live="polite">${pairs}</ul>
        ${this.field('Font', '/theme/font', {optional: true, placeholder: 'Arial, sans-serif'})}
        ${this.field('Corner radius', '/theme/radius', {optional: true, placeholder: '4px'})}`,
    );
  }

  private renderHero(profile: Record<string, Json>): TemplateResult {
    const actions = getAt(profile, '/hero/actions');
    const list = Array.isArray(actions) ? actions : [];
    return this.group(
      'Hero',
      html`${this.field('Headline', '/hero/headline')}
        ${this.field('Introduction', '/hero/intro', {optional: true, multiline: true})}
        <h3 class="sub">Calls to action</h3>
        ${list.map((_, index) => {
          const pointer = `/hero/actions/${index}`;
          return html`<div class="item">
            ${this.itemTools('/hero/actions', index, list.length, `action ${index + 1}`)}
            ${this.field('Text', `${pointer}/text`)} ${this.field('Link', `${pointer}/href`, {hint: '#jobs for the listing, or an address'})}
            <label class="check"><input type="checkbox" .checked=${getAt(profile, `${pointer}/primary`) === true} @change=${(event: Event) => this.edit(`${pointer}/primary`, (event.target as HTMLInputElement).checked || undefined)} /> Main action (filled button)</label>
          </div>`;
        })}
        <button type="button" class="button small" @click=${() => this.replace(insertAt(this.value!, '/hero/actions', {text: 'New action', href: '#jobs'}), '/hero/actions')}>Add a call to action</button>`,
      true,
    );
  }

  /** Move up, move down and remove for item `index` of the list at `list`. */
  private itemTools(list: string, index: number, count: number, name: string): TemplateResult {
    const move = (to: number) => {
      this.replace(moveAt(this.value!, list, index, to), list);
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[data-move="${CSS.escape(`${list}/${to}`)}"]`)?.focus());
    };
    return html`<div class="item-tools" role="group" aria-label="${name}">
      <button type="button" class="icon-button" data-move="${list}/${index}" aria-label="Move ${name} up" ?disabled=${index === 0} @click=${() => move(index - 1)}>↑</button>
      <button type="button" class="icon-button" aria-label="Move ${name} down" ?disabled=${index === count - 1} @click=${() => move(index + 1)}>↓</button>
      <button type="button" class="icon-button danger" aria-label="Remove ${name}" @click=${() => this.replace(setAt(this.value!, join(list, index), undefined), list)}>✕</button>
    </div>`;
  }

  private renderItems(key: 'sections' | 'modals', title: string, singular: string): TemplateResult {
    const items = getAt(this.value, `/${key}`);
    const list = Array.isArray(items) ? items : [];
    const add = () => {
      const ids = new Set(list.map((item) => (isObject(item) ? item['id'] : undefined)));
      let n = list.length + 1;
      while (ids.has(`${singular.toLowerCase()}-${n}`)) n++;
      const id = `${singular.toLowerCase()}-${n}`;
      const item: Json =
        key === 'sections'
          ? {id, title: `New ${singular.toLowerCase()}`, body: [{type: 'paragraph', text: 'Text of the section.'}]}
          : {id, button: `New ${singular.toLowerCase()}`, title: `New ${singular.toLowerCase()}`, body: [{type: 'paragraph', text: 'Text of the modal.'}]};
      this.expanded = new Set([...this.expanded, `/${key}/${list.length}`]);
      this.replace(insertAt(this.value!, `/${key}`, item), `/${key}`);
    };
    return this.group(
      title,
      html`${list.map((item, index) => {
          const pointer = `/${key}/${index}`;
          const open = this.expanded.has(pointer);
          const itemTitle = isObject(item) && typeof item['title'] === 'string' && item['title'] ? item['title'] : `${singular} ${index + 1}`;
          return html`<details class="item" ?open=${open} @toggle=${(event: Event) => {
            const next = new Set(this.expanded);
            if ((event.target as HTMLDetailsElement).open) next.add(pointer);
            else next.delete(pointer);
            if (next.size !== this.expanded.size) this.expanded = next;
          }}>
            <summary>${itemTitle}${isObject(item) && typeof item['id'] === 'string' ? html` <code>#${item['id']}</code>` : nothing}</summary>
            ${open
              ? html`${this.itemTools(`/${key}`, index, list.length, `${singular.toLowerCase()} “${itemTitle}”`)}
                  ${this.field('Id (address on the page)', `${pointer}/id`, {hint: 'Lowercase letters, digits and hyphens; the page links to it as #id.'})}
                  ${key === 'modals' ? this.field('Button label', `${pointer}/button`) : nothing}
                  ${this.field('Title', `${pointer}/title`)} ${this.renderBlocks(`${pointer}/body`)}`
              : nothing}
          </details>`;
        })}
        <button type="button" class="button small" @click=${add}>Add a ${singular.toLowerCase()}</button>`,
      false,
      `${list.length}`,
    );
  }

  private renderBlocks(pointer: string): TemplateResult {
    const body = getAt(this.value, pointer);
    const blocks = Array.isArray(body) ? body : [];
    let choice = 'paragraph';
    const selectId = `${fieldId(pointer)}-new`;
    return html`<div class="blocks">
      <h4 class="sub">Content blocks</h4>
      ${blocks.map((block, index) => {
        const at = `${pointer}/${index}`;
        const type = isObject(block) ? String(block['type']) : '';
        const name = `${BLOCK_NAMES[type] ?? 'Block'} ${index + 1}`;
        return html`<div class="block">
          <div class="block-head"><span class="block-type">${name}</span>${this.itemTools(pointer, index, blocks.length, `block ${index + 1} (${BLOCK_NAMES[type] ?? type})`)}</div>
          ${this.renderBlock(type, at, block)}
        </div>`;
      })}
      <div class="row add-block">
        <label for=${selectId}>New block</label>
        <select id=${selectId} @change=${(event: Event) => (choice = (event.target as HTMLSelectElement).value)}>
          ${Object.keys(NEW_BLOCKS).map((type) => html`<option value=${type}>${BLOCK_NAMES[type]}</option>`)}
        </select>
        <button type="button" class="button small" @click=${() => this.replace(insertAt(this.value!, pointer, NEW_BLOCKS[choice]!), pointer)}>Add block</button>
      </div>
    </div>`;
  }

  private renderBlock(type: string, at: string, block: Json): TemplateResult {
    switch (type) {
      case 'heading':
        return this.field('Heading', `${at}/text`);
      case 'paragraph':
        return this.field('Text', `${at}/text`, {multiline: true});
      case 'link':
        return html`${this.field('Link text', `${at}/text`)} ${this.field('Address', `${at}/href`)}`;
      case 'image':
        return html`${this.field('Image URL', `${at}/src`)} ${this.field('Alt text', `${at}/alt`, {hint: 'What the image shows; leave empty only for decoration.'})}`;
      case 'list':
      case 'address': {
        const key = type === 'list' ? 'items' : 'lines';
        const lines = getAt(block, `/${key}`);
        if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) break;
        const pointer = `${at}/${key}`;
        const id = fieldId(pointer);
        const fault = this.faultAt(pointer);
        return html`${type === 'address' ? this.field('Title', `${at}/title`, {optional: true}) : nothing}
          <div class="field ${fault ? 'invalid' : ''}">
            <label for=${id}>${type === 'list' ? 'Items, one a line' : 'Address lines, one a line'}</label>
            <textarea id=${id} data-pointer=${pointer} rows=${Math.min(8, lines.length + 1)} .value=${(lines as string[]).join('\n')} aria-invalid=${fault ? 'true' : 'false'} @input=${(event: Event) =>
              this.edit(pointer, (event.target as HTMLTextAreaElement).value.split('\n').filter((line) => line.trim() !== ''))}></textarea>
            ${fault ? html`<p class="field-fault">${faultWords(fault, this.value)}</p>` : nothing}
          </div>
          ${type === 'address' ? this.field('Map link', `${at}/map`, {optional: true}) : nothing}`;
      }
    }
    return html`<p class="hint">This ${BLOCK_NAMES[type]?.toLowerCase() ?? 'block'} block is edited in JSON.
      <button type="button" class="link-button" @click=${() => this.goTo({path: at, message: ''})}>Edit it in JSON</button></p>`;
  }

  private renderJobs(profile: Record<string, Json>): TemplateResult {
    if (!isObject(profile['jobs'])) {
      return this.group(
        'Jobs',
        html`<p class="hint">This profile has no jobs listing.</p>
          <button type="button" class="button small" @click=${() => this.replace(setAt(this.value!, '/jobs', (starterProfile() as Record<string, Json>)['jobs']!), '/jobs')}>Add a jobs listing</button>`,
      );
    }
    const feed = getAt(profile, '/jobs/feed') as {url?: string; format?: string} | undefined;
    const check = this.feedCheck;
    let ats = '';
    return this.group(
      'Jobs',
      html`${this.field('Listing title', '/jobs/title')} ${this.field('When there is no job', '/jobs/empty')}
        ${this.field('Feed URL', '/jobs/feed/url', {optional: true, type: 'url', hint: 'The address of the jobs feed: your ATS\'s public feed, or a JSON file.'})}
        <div class="field">
          <label for="feed-format">Feed format</label>
          <select id="feed-format" data-pointer="/jobs/feed/format" ?disabled=${!feed?.url} @change=${(event: Event) => {
            const format = (event.target as HTMLSelectElement).value;
            this.edit('/jobs/feed/format', format === 'auto' ? undefined : format);
          }}>
            ${FEED_FORMATS.map((format) => html`<option value=${format} ?selected=${(feed?.format ?? 'auto') === format}>${format === 'auto' ? 'Detect it (auto)' : format}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="feed-ats">Or your ATS account</label>
          <p class="hint" id="feed-ats-hint">The system and your account on it, such as greenhouse:acme, ashby:acme or bullhorn:cluster:token (${ATS_PROVIDERS.join(', ')}); fills in the feed URL and format.</p>
          <div class="row">
            <input id="feed-ats" aria-describedby="feed-ats-hint" placeholder="greenhouse:acme" @input=${(event: Event) => (ats = (event.target as HTMLInputElement).value)} />
            <button type="button" class="button small" @click=${() => {
              const found = atsFeed(ats);
              if (!found) {
                this.notice = {kind: 'error', text: `“${ats}” is not an ATS account the studio knows: write one of ${ATS_PROVIDERS.join(', ')}, a colon, and the account name (Bullhorn: bullhorn:cluster:token).`};
                return;
              }
              this.replace(setAt(this.value!, '/jobs/feed', found), '/jobs/feed');
            }}>Use it</button>
          </div>
        </div>
        <div class="row">
          <button type="button" class="button small" ?disabled=${!feed?.url || check === 'checking'} @click=${this.checkFeed}>Check the feed</button>
          <p class="feed-check ${check && check !== 'checking' ? (check.ok ? 'pass' : 'fail') : ''}" role="status">
            ${check === 'checking'
              ? 'Checking…'
              : check?.ok
                ? `The feed answers: ${check.count} ${check.count === 1 ? 'job' : 'jobs'} read.${unlinkedWords(check, getAt(profile, '/jobs/applyUrl') !== undefined)}`
                : check
                  ? check.message
                  : ''}
          </p>
        </div>
        ${this.field('Apply address', '/jobs/applyUrl', {
          optional: true,
          hint: "For feeds whose jobs have no link, such as Bullhorn's: where candidates apply, with {id} for the job's id. Jobs with their own link keep it.",
          placeholder: 'https://jobs.your-agency.example/#/jobs/{id}',
        })}`,
    );
  }

  private renderLabels(profile: Record<string, Json>): TemplateResult {
    const keys = Object.keys(DEFAULT_LABELS) as Array<keyof typeof DEFAULT_LABELS>;
    const set = Object.keys((getAt(profile, '/labels') ?? {}) as object).length;
    return this.group(
      'Labels',
      html`<p class="hint">Every word the page prints. Empty fields use the English default shown in grey.</p>
        ${keys.map((key) => {
          const pointer = `/labels/${key}`;
          const id = fieldId(pointer);
          const value = getAt(profile, pointer);
          return html`<div class="field compact">
            <label for=${id}>${key}</label>
            <input id=${id} data-pointer=${pointer} .value=${typeof value === 'string' ? value : ''} placeholder=${DEFAULT_LABELS[key]} @input=${(event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              this.edit(pointer, text === '' ? undefined : text);
            }} />
          </div>`;
        })}`,
      false,
      set ? `${set} changed` : 'defaults',
    );
  }

  // ---- Files ----

  private handleFilePicked = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.openFile(file);
  };

  private handleUrlSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    if (input.value) void this.openUrl(input.value, input.value);
  };

  private handleDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private handleDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null || !this.contains(event.relatedTarget as Node)) this.dragging = false;
  };

  private handleDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };
}

if (!customElements.get('profile-studio')) customElements.define('profile-studio', ProfileStudio);

declare global {
  interface HTMLElementTagNameMap {
    'profile-studio': ProfileStudio;
  }
}

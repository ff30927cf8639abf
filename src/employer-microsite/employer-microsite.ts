import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import '../employer-hero/employer-hero.js';
import {EmployerProfileElement} from '../employer-profile/employer-profile.js';
import {renderProfileProblem} from '../profile-consumer/problem.js';
import {labelsOf} from '../profile/labels.js';
import type {EmployerProfile} from '../profile/profile.js';
import {define} from '../shared/define.js';
import {nextTask} from '../shared/next-task.js';
import {micrositeStyles} from './employer-microsite.styles.js';

// The sections, the modal buttons and the listing sit below the hero: their code comes beside it, not before it.
let belowTheHeroLoaded = false;
const belowTheHero = import('../below-the-hero.js').then(
  () => void (belowTheHeroLoaded = true),
  (error: Error) => console.error(`<employer-microsite>: the sections, the modals and the jobs listing could not be loaded: ${error.message}`),
);

/**
 * The parts of each piece, re-exported as `<piece>__<part>` so that a host
 * page styles them through the one tag:
 * `employer-microsite::part(hero__headline)`. The lists follow each
 * element's `@csspart` tags (a test compares them with the manifest).
 */
const EXPORTED = Object.fromEntries(
  Object.entries({
    hero: 'base brand logo nav menu-button nav-list headline intro action primary image error',
    section: 'base card map-link error',
    modal: 'trigger dialog base title close-button body card map-link error',
    jobs:
      'base controls search location-filter status error retry table title sort-button row job-link empty ' +
      'pagination page-button detail not-found back-link job-title job-facts description apply-link',
  }).map(([piece, parts]) => [piece, parts.split(' ').map((part) => `${part}:${piece}__${part}`).join(', ')]),
) as Record<'hero' | 'section' | 'modal' | 'jobs', string>;

/** The order of the page's pieces: the profile's `layout`, else hero, sections, modals, jobs. */
function layoutOf(profile: EmployerProfile): readonly string[] {
  return profile.layout ?? ['hero', ...profile.sections.map((section) => `section:${section.id}`), 'modals', 'jobs'];
}

/**
 * The whole careers microsite from one tag: loads the profile (as
 * `<employer-profile>` does) and shows the hero with its navigation, the
 * sections, the row of modal buttons and the jobs listing, in the order of
 * the profile's `layout`. While the profile loads, a skeleton keeps roughly
 * the final height so the host page does not jump.
 *
 * @tag employer-microsite
 * @summary The complete employer careers page from one profile.
 *
 * @csspart base - The column holding every piece.
 * @csspart modal-row - The row of buttons that open the modals.
 * @csspart skeleton - The placeholder shown while the profile loads.
 * @csspart error - The message shown when the profile cannot be shown.
 * @csspart hero__<part> - Each part of the hero (`hero__headline`, `hero__nav`…), re-exported.
 * @csspart section__<part> - Each part of the sections (`section__base`, `section__card`…), re-exported.
 * @csspart modal__<part> - Each part of the modals and their buttons (`modal__trigger`, `modal__dialog`…), re-exported.
 * @csspart jobs__<part> - Each part of the jobs listing (`jobs__table`, `jobs__row`, `jobs__apply-link`…), re-exported.
 *
 * @cssprop --employer-microsite-gap - Space between the pieces.
 * @cssprop --employer-color-primary - Brand colour (default from the profile theme).
 * @cssprop --employer-color-on-primary - Text on the brand colour.
 * @cssprop --employer-color-text - Text colour.
 * @cssprop --employer-color-background - Background.
 * @cssprop --employer-font - Body font.
 * @cssprop --employer-radius - Corner radius.
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The profile is valid and shown. Detail: `{profile}`.
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile cannot be shown. Detail: `{message, faults, source}`.
 */
export class EmployerMicrosite extends EmployerProfileElement {
  static override styles = micrositeStyles;

  // Declared here rather than with decorators: the decorators' code would weigh on the critical path.
  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    jobs: {attribute: false},
    jobPages: {attribute: 'job-pages'},
  };

  /** Level of the hero headline and section headings (default 2). */
  headingLevel = 2;

  /**
   * Jobs for the listing, as `<job-listing>`'s `.jobs` (wins over the
   * profile's feed). A pre-rendered page carries them in a child
   * `<script type="application/json" data-jobs>` instead.
   * @type {readonly Job[] | undefined}
   */
  jobs?: unknown;

  /** Folder of pre-rendered job pages (`jobs/`), as `<job-listing>`'s `job-pages`. */
  jobPages = '';

  private scriptJobs?: {text: string; value: unknown};

  /**
   * While the pieces come, how many of the layout's are in the column: the
   * hero first, then each piece below it in a task of its own, added once
   * those above it have rendered, so that nothing shown moves and no task
   * builds the whole page. Meanwhile the column keeps a viewport's height,
   * so the host's content below stays out of view.
   */
  private revealed = 1;
  private revealing?: Promise<void>;
  /** Every piece has come: the whole layout shows. */
  private piecesShown = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer || this.jobs !== undefined) return;
    const text = this.querySelector(':scope > script[type="application/json"][data-jobs]')?.textContent;
    if (text != null && text !== this.scriptJobs?.text) {
      let value: unknown = null;
      try {
        value = JSON.parse(text);
      } catch {
        // null: the listing reports the jobs as unreadable.
      }
      this.scriptJobs = {text, value};
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendered without the pieces below the hero, the column keeps a viewport's height until they come.
    if (!belowTheHeroLoaded) void belowTheHero.then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.piecesShown || this.prerendered || this.revealing || !belowTheHeroLoaded || this.loadState.status !== 'ready') return;
    this.revealing = this.reveal();
  }

  private async reveal(): Promise<void> {
    for (let state = this.loadState; state.status === 'ready' && this.revealed < layoutOf(state.profile).length; state = this.loadState) {
      // A piece renders in the task that adds it: the next one waits for a task of its own.
      await nextTask();
      this.revealed++;
      this.requestUpdate();
    }
    await nextTask();
    this.piecesShown = true;
    this.requestUpdate();
  }

  /**
   * Also waits for the modals' and the listing's code and for each piece's
   * first render, so that the whole page is there once this resolves.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await belowTheHero;
    await super.getUpdateComplete();
    await this.revealing;
    return super.getUpdateComplete();
  }

  override render(): unknown {
    const state = this.loadState;
    if (state.status === 'error') return renderProfileProblem(state.error);
    if (state.status !== 'ready') return this.renderSkeleton();
    const profile = state.profile;
    // Pre-rendered, the pieces came with their content.
    const waiting = !isServer && !this.prerendered && !this.piecesShown;
    const layout = layoutOf(profile).slice(0, waiting ? this.revealed : undefined);
    return html`<div part="base" class=${waiting ? 'waiting' : ''} lang=${profile.locale}>
      ${layout.map((piece) => this.renderPiece(piece, profile))}
    </div>`;
  }

  private renderPiece(piece: string, profile: EmployerProfile): TemplateResult | typeof nothing {
    if (piece === 'hero') return html`<employer-hero heading-level=${this.headingLevel} exportparts=${EXPORTED.hero}></employer-hero>`;
    if (piece === 'modals') {
      if (!profile.modals.length) return nothing;
      return html`<ul part="modal-row" role="list">
        ${profile.modals.map((modal) => html`<li><employer-modal modal=${modal.id} exportparts=${EXPORTED.modal}></employer-modal></li>`)}
      </ul>`;
    }
    if (piece === 'jobs') {
      if (!profile.jobs) return nothing;
      return html`<job-listing
        id=${profile.jobs.id ?? 'jobs'}
        heading-level=${this.headingLevel}
        job-pages=${this.jobPages || nothing}
        exportparts=${EXPORTED.jobs}
        .jobs=${this.jobs ?? this.scriptJobs?.value}
      ></job-listing>`;
    }
    return html`<employer-section
      section=${piece.slice('section:'.length)}
      heading-level=${this.headingLevel}
      exportparts=${EXPORTED.section}
    ></employer-section>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">${labelsOf(undefined).loading}</span>
      <div class="bone hero"></div>
      <div class="bone text"></div>
      <div class="bone row"></div>
      <div class="bone jobs"></div>
    </div>`;
  }
}

define('employer-microsite', EmployerMicrosite);

declare global {
  interface HTMLElementTagNameMap {
    'employer-microsite': EmployerMicrosite;
  }
}

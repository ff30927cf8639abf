import {ContextProvider} from '@lit/context';
import {LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import type {EmployerProfile, Theme} from '../profile/profile.js';
import {profileContext, type ProfileState} from '../profile/profile-context.js';
import {
  PROFILE_FETCH,
  ProfileController,
  type ProfileLoad,
  type ProfileProblem,
} from '../profile/profile-controller.js';
import type {ProfileFault} from '../profile/faults.js';
import {define} from '../shared/define.js';
import {emit} from '../shared/emit.js';
import {ThemeSheet} from '../profile-consumer/theme-sheet.js';
import {profileStyles} from './employer-profile.styles.js';
import {renderProfileProblem} from '../profile-consumer/problem.js';

/** Detail of `profile-load`. */
export interface ProfileLoadDetail {
  readonly profile: EmployerProfile;
}

/** Detail of `profile-error`. */
export interface ProfileErrorDetail {
  /** What went wrong, in one or more lines. */
  readonly message: string;
  /** Each validation fault with its JSON-pointer path (empty for a fetch or JSON failure). */
  readonly faults: readonly ProfileFault[];
  /** Where the profile came from: its URL, `.profile` or `script`. */
  readonly source: string;
}

/**
 * Loads an employer profile, validates it and provides it to every
 * descendant element through `@lit/context`.
 *
 * The profile comes from `.profile` (an object) if set, else from `src` (a
 * URL), else from a child `<script type="application/json">`. A profile that
 * cannot be shown leaves a visible message naming each fault, one
 * `console.error`, and never an exception in the host page.
 *
 * @tag employer-profile
 * @summary Loads and validates an employer profile and shares it with its children.
 *
 * @slot - The elements that show the profile (`<employer-hero>`, `<employer-section>`…).
 *
 * @csspart base - Wrapper around the slotted content.
 * @csspart error - The message shown when the profile cannot be shown.
 *
 * @cssprop --employer-color-error - Border of the error message.
 * @cssprop --employer-color-text - Text colour (default from the profile theme).
 * @cssprop --employer-color-background - Background of the error message.
 * @cssprop --employer-font - Font family (default from the profile theme).
 * @cssprop --employer-radius - Corner radius.
 *
 * @fires {CustomEvent<ProfileLoadDetail>} profile-load - The profile is valid and shown. Detail: `{profile}`.
 * @fires {CustomEvent<ProfileErrorDetail>} profile-error - The profile cannot be shown. Detail: `{message, faults, source}`.
 */
export class EmployerProfileElement extends LitElement {
  static override styles = profileStyles;

  // Declared here rather than with decorators: the decorators' code would weigh on the critical path.
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: {type: Number},
    profile: {attribute: false},
  };

  private readonly loader = new ProfileController(this, (state) => this.handleSettled(state));
  private theme?: ThemeSheet;
  private scriptObserver?: MutationObserver;

  // A controller rather than @provide: the decorator's code is more than the page needs before the hero paints.
  private readonly provider = new ContextProvider(this, {context: profileContext, initialValue: {status: 'loading'} as ProfileState});

  /** URL of the profile JSON. Ignored while `.profile` is set. */
  src = '';

  /** Milliseconds to wait for `src` before giving up (default 10000). */
  timeout: number = PROFILE_FETCH.timeout;

  /**
   * The profile as an object; wins over `src` and a child script. It is
   * validated like one read from a file.
   * @type {EmployerProfile | undefined}
   */
  profile?: unknown;

  /** Where loading stands: `idle`, `loading`, `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.loader.state.status;
  }

  /**
   * The theme this element applies, for a server render that writes it into
   * the shadow root as a `<style>` (no constructable stylesheets there).
   * @internal
   * @ignore
   */
  serverTheme(): Theme | undefined {
    const state = this.loader.state;
    return state.status === 'ready' ? state.profile.theme : undefined;
  }

  /** The whole loading state, for subclasses that render the profile themselves. */
  protected get loadState(): ProfileLoad {
    return this.loader.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server render (to HTML) reads the child script in willUpdate; there is nothing to observe.
    if (isServer) return;
    this.scriptObserver = new MutationObserver(() => {
      if (this.profile === undefined && !this.src) this.readSource();
    });
    this.scriptObserver.observe(this, {childList: true, subtree: true, characterData: true});
    if (this.hasUpdated) this.readSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver?.disconnect();
    // The controller aborted an unfinished fetch: load it again on reconnection.
    if (this.loader.state.status === 'loading') this.loadingSrc = undefined;
  }

  /** Whether the element arrived with a shadow root rendered on a server (the parser attached it before upgrade). */
  protected readonly prerendered = !isServer && !!this.shadowRoot;

  /** A pre-rendered element hydrates in a task of its own, so the page's hydration is many short tasks, not one long one. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.prerendered && !this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    return super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    this.theme = new ThemeSheet(this.renderRoot as ShadowRoot);
    this.applyTheme();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profile') || changed.has('src')) this.readSource();
  }

  override render(): unknown {
    const state = this.loader.state;
    return html`${state.status === 'error' ? renderProfileProblem(state.error) : nothing}
      <div part="base" aria-busy=${state.status === 'loading' ? 'true' : 'false'}><slot></slot></div>`;
  }

  /** Picks the source by precedence and starts loading it. */
  private readSource(): void {
    if (this.profile !== undefined) {
      this.scriptText = undefined;
      this.loader.useObject(this.profile);
    } else if (this.src) {
      this.scriptText = undefined;
      if (this.src !== this.loadingSrc) {
        this.loadingSrc = this.src;
        void this.loader.load(this.src, this.timeout);
      }
      return;
    } else {
      const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]:not([data-jobs])');
      const text = script?.textContent ?? undefined;
      // The observer also sees unrelated changes in the subtree: parse only new text.
      if (text !== this.scriptText || this.loader.state.status === 'idle') {
        if (text === undefined) this.loader.clear();
        else this.loader.useText(text, 'script');
      }
      this.scriptText = text;
    }
    this.loadingSrc = undefined;
  }

  private loadingSrc?: string;
  private scriptText?: string;

  private handleSettled(state: ProfileLoad): void {
    if (state.status === 'ready') {
      this.provider.setValue({status: 'ready', profile: state.profile});
      this.applyTheme();
      emit(this, 'profile-load', {profile: state.profile});
    } else if (state.status === 'error') {
      this.provider.setValue({status: 'error'});
      this.applyTheme();
      console.error(`<${this.localName}>: ${state.error.message}`);
      reportError(this, state.error);
    }
  }

  private applyTheme(): void {
    const state = this.loader.state;
    this.theme?.apply(state.status === 'ready' ? state.profile.theme : undefined);
  }
}

function reportError(host: HTMLElement, problem: ProfileProblem): void {
  emit(host, 'profile-error', {message: problem.message, faults: problem.faults, source: problem.source});
}

define('employer-profile', EmployerProfileElement);

/** The events of `<employer-profile>` and `<employer-microsite>`, by name. */
export interface EmployerProfileEventMap {
  'profile-load': CustomEvent<ProfileLoadDetail>;
  'profile-error': CustomEvent<ProfileErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'employer-profile': EmployerProfileElement;
  }
  interface HTMLElementEventMap extends EmployerProfileEventMap {}
  // The events bubble out of shadow roots (composed): a host may listen on the document or window.
  interface DocumentEventMap extends EmployerProfileEventMap {}
  interface WindowEventMap extends EmployerProfileEventMap {}
}

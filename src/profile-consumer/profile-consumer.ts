import {ContextConsumer} from '@lit/context';
import {LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {renderProfileProblem} from './problem.js';
import {labelsOf} from '../profile/labels.js';
import type {EmployerProfile, Labels, Theme} from '../profile/profile.js';
import {profileContext, type ProfileState} from '../profile/profile-context.js';
import {ProfileController} from '../profile/profile-controller.js';
import {ThemeSheet} from './theme-sheet.js';

/**
 * Base of every element that shows part of a profile. The profile comes from
 * an enclosing `<employer-profile>` (or `<employer-microsite>`) through
 * context, or from the element's own `.profile`, which wins: then the
 * element validates it, applies its theme, and shows any problem itself.
 *
 * The theme tokens below are read by every element that shows profile
 * content; each element lists its own on top of them.
 *
 * @csspart error - The message shown when the profile, or the part of it this element shows, cannot be shown.
 *
 * @cssprop --employer-color-text - Text colour (default from the profile theme).
 * @cssprop --employer-color-heading - Heading colour (default: the text colour).
 * @cssprop --employer-color-link - Link colour (default: the primary colour).
 * @cssprop --employer-color-muted - Secondary text: dates, counts.
 * @cssprop --employer-color-background - Background behind the content (default transparent).
 * @cssprop --employer-color-surface - Card background.
 * @cssprop --employer-color-border - Card and field borders.
 * @cssprop --employer-color-accent - The stripe at the top of each card.
 * @cssprop --employer-color-focus - The focus ring.
 * @cssprop --employer-color-error - Border of an error message.
 * @cssprop --employer-font - Body font (default from the profile theme).
 * @cssprop --employer-font-heading - Heading font (default: the body font).
 * @cssprop --employer-font-size - Base text size (default 1rem).
 * @cssprop --employer-radius - Corner radius.
 */
export abstract class ProfileConsumer extends LitElement {
  // Declared here rather than with decorators: the decorators' code would weigh on the critical path.
  static override properties: PropertyDeclarations = {
    provided: {state: true, attribute: false},
    profile: {attribute: false},
  };

  protected provided?: ProfileState;

  constructor() {
    super();
    // A controller rather than @consume: the decorator's code is more than the page needs before the hero paints.
    new ContextConsumer(this, {context: profileContext, subscribe: true, callback: (value: ProfileState) => (this.provided = value)});
  }

  /**
   * An employer profile object to use instead of the one from an enclosing
   * `<employer-profile>`. It is validated like one read from a file: a bad
   * one shows a message naming each fault.
   * @type {EmployerProfile | undefined}
   */
  profile?: unknown;

  private readonly own = new ProfileController(this, (state) => {
    if (state.status === 'error') console.error(`<${this.localName}>: ${state.error.message}`);
  });
  private theme?: ThemeSheet;
  /** The parts of the provider's profile this element last rendered (`partsOf`). */
  private shownParts?: readonly unknown[];

  /** The valid profile this element shows, if there is one yet. */
  protected get current(): EmployerProfile | undefined {
    if (this.profile !== undefined) {
      return this.own.state.status === 'ready' ? this.own.state.profile : undefined;
    }
    return this.provided?.profile;
  }

  /**
   * The theme this element applies itself (with its own `.profile`), for a
   * server render that writes it into the shadow root as a `<style>`.
   * @internal
   * @ignore
   */
  serverTheme(): Theme | undefined {
    return this.profile === undefined ? undefined : this.current?.theme;
  }

  /** The profile's labels over the English defaults. */
  protected get labels(): Labels {
    return labelsOf(this.current);
  }

  /**
   * Markup rendered on a server (Declarative Shadow DOM) is hydrated by the
   * first render, which must render what the server did: under a provider
   * still reading its profile, that first render waits for the profile.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const waiting =
      !this.hasUpdated && this.profile === undefined && this.provided !== undefined && this.provided.status === 'loading';
    return !(waiting && this.prerendered) && !this.showsSameParts(changed) && super.shouldUpdate(changed);
  }

  /**
   * The parts of the profile this element shows. When the provider shares a
   * new profile whose parts are the same objects as those last rendered (a
   * frozen profile keeps its unchanged parts, see `frozen-memo.ts`), the
   * element skips re-rendering. By default, the whole profile.
   */
  protected partsOf(profile: EmployerProfile): readonly unknown[] {
    return [profile];
  }

  private partsNow(): readonly unknown[] | undefined {
    const profile = this.profile === undefined ? this.provided?.profile : undefined;
    return profile && this.partsOf(profile);
  }

  /** Whether the only change is a new profile from the provider, with the same parts as last rendered. */
  private showsSameParts(changed: PropertyValues<this>): boolean {
    const shown = this.shownParts;
    if (!shown || !this.hasUpdated || changed.size !== 1 || !(changed as Map<PropertyKey, unknown>).has('provided')) return false;
    const parts = this.partsNow();
    return !!parts && parts.length === shown.length && parts.every((part, i) => part === shown[i]);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.shownParts = this.partsNow();
    super.update(changed);
  }

  /** Whether the element arrived with a shadow root rendered on a server (the parser attached it before upgrade). */
  private readonly prerendered = !isServer && !!this.shadowRoot;

  /**
   * Resolves when this pre-rendered element is to hydrate: in a task of its
   * own, so the page's hydration is many short tasks, not one long one.
   * `LazyProfileConsumer` waits until the element is needed instead.
   */
  protected untilHydrationNeeded(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve));
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.prerendered && !this.hasUpdated) await this.untilHydrationNeeded();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profile')) {
      if (this.profile === undefined) this.own.clear();
      else this.own.useObject(this.profile);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('profile')) {
      this.theme ??= new ThemeSheet(this.renderRoot as ShadowRoot);
      this.theme.apply(this.profile === undefined ? undefined : this.current?.theme);
    }
  }

  override render(): unknown {
    const profile = this.current;
    if (profile) return this.renderProfile(profile);
    const own = this.own.state;
    if (this.profile !== undefined && own.status === 'error') return renderProfileProblem(own.error);
    // Under a provider that is loading or failed: the provider speaks for us.
    return this.renderPending();
  }

  /** What to show while there is no profile yet. */
  protected renderPending(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Shows `profile`. */
  protected abstract renderProfile(profile: EmployerProfile): TemplateResult | typeof nothing;

  /** A visible, announced problem of this element (an unknown id), logged once per message. */
  protected renderProblem(message: string): TemplateResult {
    if (message !== this.reported) console.error(`<${this.localName}>: ${message}`);
    this.reported = message;
    return html`<div part="error" role="alert">${message}</div>`;
  }

  private reported?: string;
}

import {consume} from '@lit/context';
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {renderProfileProblem} from '../employer-profile/problem.js';
import {labelsOf} from '../profile/labels.js';
import type {EmployerProfile, Labels} from '../profile/profile.js';
import {profileContext, type ProfileState} from '../profile/profile-context.js';
import {ProfileController} from '../profile/profile-controller.js';
import {ThemeSheet} from './theme.js';

/**
 * Base of every element that shows part of a profile. The profile comes from
 * an enclosing `<employer-profile>` (or `<employer-microsite>`) through
 * context, or from the element's own `.profile`, which wins: then the
 * element validates it, applies its theme, and shows any problem itself.
 */
export abstract class ProfileConsumer extends LitElement {
  @consume({context: profileContext, subscribe: true})
  @state()
  protected provided?: ProfileState;

  /** A profile to use instead of the one from an enclosing `<employer-profile>`. */
  @property({attribute: false}) profile?: unknown;

  private readonly own = new ProfileController(this, (state) => {
    if (state.status === 'error') console.error(`<${this.localName}>: ${state.error.message}`);
  });
  private theme?: ThemeSheet;

  /** The valid profile this element shows, if there is one yet. */
  protected get current(): EmployerProfile | undefined {
    if (this.profile !== undefined) {
      return this.own.state.status === 'ready' ? this.own.state.profile : undefined;
    }
    return this.provided?.profile;
  }

  /** The profile's labels over the English defaults. */
  protected get labels(): Labels {
    return labelsOf(this.current);
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

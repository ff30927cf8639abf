import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import type {EmployerProfile} from '../profile/profile.js';
import {renderHeading, renderRichText} from '../rich-text/rich-text.js';
import {define} from '../shared/define.js';
import {ProfileConsumer} from '../profile-consumer/profile-consumer.js';
import {safeUrl} from '../shared/safe-url.js';
import {heroStyles} from './employer-hero.styles.js';

/**
 * The top of the careers page: the employer's name or logo, a navigation of
 * the page's sections, the headline, an introduction and calls to action.
 *
 * Below 768px of its own width (a container query, since the widget may sit
 * in a narrow column of a wide page) the navigation folds behind a menu
 * button with `aria-expanded`; Escape closes it and returns focus to the
 * button, and the employer's short name stands in for its full name. The
 * hero image keeps its space while it loads (its width and height from the
 * profile give its aspect ratio), so nothing below it moves.
 *
 * @tag employer-hero
 * @summary Hero with the employer's name, headline, calls to action and section navigation.
 *
 * @csspart base - The hero wrapper.
 * @csspart brand - The employer's name or logo; below 768px, its short name (`employer.shortName`).
 * @csspart logo - The logo image.
 * @csspart nav - The navigation landmark.
 * @csspart menu-button - The button that opens the navigation on narrow widths.
 * @csspart nav-list - The list of navigation links.
 * @csspart headline - The headline.
 * @csspart intro - The introduction.
 * @csspart action - Each call to action (also `primary` on the main one).
 * @csspart image - The hero image (`hero.image`), beside the headline from 768px, below it on narrower widths.
 * @csspart error - The message shown for a profile that cannot be shown.
 *
 * @cssprop --employer-color-primary - Hero background (default from the profile theme).
 * @cssprop --employer-color-on-primary - Hero text.
 * @cssprop --employer-hero-background - Overrides the hero background (a colour or gradient).
 * @cssprop --employer-hero-color - Overrides the hero text colour.
 * @cssprop --employer-hero-padding - Padding of the hero.
 * @cssprop --employer-hero-focus - Focus ring colour inside the hero (default: the text colour).
 * @cssprop --employer-font - Body font.
 * @cssprop --employer-font-heading - Heading font.
 * @cssprop --employer-radius - Corner radius.
 */
export class EmployerHero extends ProfileConsumer {
  static override styles = heroStyles;

  // Declared here rather than with decorators: the decorators' code would weigh on the critical path.
  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    menuOpen: {state: true, attribute: false},
  };

  /** Level of the headline: 1 when the hero heads the host page, 2 (default) inside it. */
  headingLevel = 2;

  private menuOpen = false;

  private get menuButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="menu-button"]');
  }

  protected override renderProfile(profile: EmployerProfile): TemplateResult {
    const {employer, hero, nav} = profile;
    const logo = employer.logo && safeUrl(employer.logo.src);
    const image = hero.image && safeUrl(hero.image.src);
    // A div, not a region: the headline often repeats a section's title.
    return html`<div part="base" lang=${profile.locale}>
      <div class="bar">
        <p part="brand">
          ${logo
            ? html`<img part="logo" src=${logo} alt=${employer.logo!.alt || employer.name} width=${employer.logo!.width ?? nothing} height=${employer.logo!.height ?? nothing} />`
            : this.renderName(employer)}
        </p>
        ${nav ? this.renderNav(nav) : nothing}
      </div>
      <div class=${image ? 'main with-image' : 'main'}>
        <div class="text">
          ${renderHeading(this.headingLevel, hero.headline, 'headline', 'headline')}
          ${hero.intro ? html`<p part="intro">${renderRichText(hero.intro)}</p>` : nothing}
          ${hero.actions?.length
            ? html`<p class="actions">
                ${hero.actions.map((action) => {
                  const href = safeUrl(action.href);
                  return href
                    ? html`<a part=${action.primary ? 'action primary' : 'action'} href=${href}>${action.text}</a>`
                    : nothing;
                })}
              </p>`
            : nothing}
        </div>
        ${image
          ? html`<img part="image" src=${image} alt=${hero.image!.alt} width=${hero.image!.width ?? nothing} height=${hero.image!.height ?? nothing} />`
          : nothing}
      </div>
    </div>`;
  }

  /**
   * The employer's name; below 768px its short name, where it has one. The
   * full name stays for screen readers, which then skip the short one.
   */
  private renderName(employer: EmployerProfile['employer']) {
    if (employer.shortName === employer.name) return employer.name;
    return html`<span class="full-name">${employer.name}</span><span class="short-name" aria-hidden="true">${employer.shortName}</span>`;
  }

  private renderNav(nav: NonNullable<EmployerProfile['nav']>) {
    return html`<nav part="nav" aria-label=${nav.label} @keydown=${this.handleNavKeydown}>
      <button
        part="menu-button"
        type="button"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="nav-list"
        @click=${this.handleMenuClick}
      >
        <span class="menu-icon" aria-hidden="true"></span>${this.labels.menu}
      </button>
      <ul id="nav-list" part="nav-list" class=${this.menuOpen ? 'open' : ''} @click=${this.handleLinkClick}>
        ${nav.items.map((item) => {
          const href = safeUrl(item.href);
          return html`<li>${href ? html`<a href=${href}>${item.text}</a>` : item.text}</li>`;
        })}
      </ul>
    </nav>`;
  }

  private handleMenuClick(): void {
    this.menuOpen = !this.menuOpen;
  }

  private handleNavKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.menuOpen) {
      event.stopPropagation();
      this.menuOpen = false;
      this.menuButton?.focus();
    }
  }

  private handleLinkClick(event: Event): void {
    if ((event.target as Element).closest('a')) this.menuOpen = false;
  }
}

define('employer-hero', EmployerHero);

declare global {
  interface HTMLElementTagNameMap {
    'employer-hero': EmployerHero;
  }
}

import {html, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {pieceById} from '../profile/piece-index.js';
import type {EmployerProfile} from '../profile/profile.js';
import {renderBlocks, renderHeading} from '../rich-text/render-blocks.js';
import {define} from '../shared/define.js';
import {hashId, revealHash} from '../shared/deep-link.js';
import {ProfileConsumer} from '../profile-consumer/profile-consumer.js';
import {sectionStyles} from './employer-section.styles.js';

/**
 * One content section of the employer profile: its heading and its blocks
 * (paragraphs, lists, cards, addresses, links, facts, images). The section
 * carries the profile's `id`, so `#about-us` links and deep links reach it,
 * also inside `<employer-microsite>`'s shadow root.
 *
 * @tag employer-section
 * @summary Renders one profile section: headings, paragraphs, lists, cards.
 *
 * @csspart base - The section landmark, with the section's id.
 * @csspart card - Each card of a cards block.
 * @csspart map-link - The map link of an address.
 * @csspart error - The message shown when the section cannot be shown.
 *
 * @cssprop --employer-section-padding - Padding of the section.
 * @cssprop --employer-section-max-width - Line length of the text (default 70ch).
 * @cssprop --employer-scroll-margin - Space kept above the section when a link scrolls to it.
 * @cssprop --employer-color-text - Text colour (default from the profile theme).
 * @cssprop --employer-color-primary - Link colour.
 * @cssprop --employer-color-surface - Card background.
 * @cssprop --employer-color-border - Card border.
 * @cssprop --employer-font - Body font.
 * @cssprop --employer-font-heading - Heading font.
 */
export class EmployerSection extends ProfileConsumer {
  static override styles = sectionStyles;

  // Declared here rather than with decorators, as every element of ours: their code would be one more thing to load.
  static override properties: PropertyDeclarations = {
    section: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  /** Id of the section in the profile (`sections[].id`). */
  section = '';

  /** Level of the section heading (default 2); its sub-headings sit one below. */
  headingLevel = 2;

  private revealed = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A deep link to this section, once the section exists to scroll to.
    if (!this.revealed && this.current && hashId() === this.section) {
      this.revealed = true;
      revealHash();
    }
  }

  /** Re-rendered only when its own section, the language or the labels change. */
  protected override partsOf(profile: EmployerProfile): readonly unknown[] {
    return [pieceById(profile.sections, this.section), profile.locale, profile.labels];
  }

  protected override renderProfile(profile: EmployerProfile): TemplateResult {
    const found = pieceById(profile.sections, this.section);
    if (!found) return this.renderProblem(`No section "${this.section}" in the profile.`);
    const headingId = `${found.id}-heading`;
    return html`<section part="base" id=${found.id} aria-labelledby=${headingId} lang=${profile.locale}>
      ${renderHeading(this.headingLevel, found.title, headingId)}
      ${renderBlocks(found.body, {level: this.headingLevel + 1, locale: profile.locale, labels: this.labels})}
    </section>`;
  }
}

define('employer-section', EmployerSection);

declare global {
  interface HTMLElementTagNameMap {
    'employer-section': EmployerSection;
  }
}

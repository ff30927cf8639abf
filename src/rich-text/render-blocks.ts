/**
 * Profile blocks to lit templates. Every string is bound as text and every
 * URL goes through `safeUrl()`: no HTML is ever parsed from data.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {
  AddressBlock,
  Block,
  Card,
  CardsBlock,
  FactsBlock,
  ImageBlock,
  Labels,
  ListBlock,
} from '../profile/profile.js';
import {safeUrl} from '../shared/safe-url.js';
import {renderHeading, renderRichText} from './rich-text.js';

export {renderHeading, renderRichText};

/** What the blocks need from around them. */
export interface BlockContext {
  /** Level of a `heading` block of level 1 (2–6): one below the enclosing heading. */
  readonly level: number;
  /** BCP 47 tag for dates. */
  readonly locale: string;
  readonly labels: Labels;
}

/**
 * Renders a list of blocks. A heading of `level` 1 takes `context.level`, one
 * of level 2 the next, and so on; cards after a heading sit one level below
 * it. The validator warns about a heading that skips a level.
 *
 * @example
 * ```ts
 * html`<section><h2>${title}</h2>${renderBlocks(body, {level: 3, locale, labels})}</section>`
 * ```
 */
export function renderBlocks(blocks: readonly Block[], context: BlockContext): TemplateResult[] {
  let cardLevel = context.level;
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading': {
        const level = context.level + (block.level ?? 1) - 1;
        cardLevel = level + 1;
        return renderHeading(level, block.text);
      }
      case 'paragraph':
        return html`<p>${renderRichText(block.text)}</p>`;
      case 'list':
        return renderList(block);
      case 'cards':
        return renderCards(block, cardLevel, context);
      case 'address':
        return renderAddress(block, context.labels);
      case 'link':
        return renderLink(block.href, block.text);
      case 'facts':
        return renderFacts(block);
      case 'image':
        return renderImage(block);
    }
  });
}

function renderList(block: ListBlock): TemplateResult {
  const items = block.items.map((item) => html`<li>${renderRichText(item)}</li>`);
  return block.ordered ? html`<ol class="list">${items}</ol>` : html`<ul class="list">${items}</ul>`;
}

function renderCards(block: CardsBlock, level: number, context: BlockContext): TemplateResult {
  return html`<ul class="cards" role="list">
    ${block.items.map((card) => html`<li class="card" part="card">${renderCard(card, level, context)}</li>`)}
  </ul>`;
}

function renderCard(card: Card, level: number, context: BlockContext): unknown {
  const body = (card.body ?? []).map((block) =>
    block.type === 'list' ? renderList(block) : html`<p>${renderRichText(block.text)}</p>`,
  );
  return html`${renderHeading(level, card.title)}
    ${card.date ? html`<p class="date"><time datetime=${card.date}>${formatDate(card.date, context.locale)}</time></p>` : nothing}
    ${card.summary ? html`<p>${renderRichText(card.summary)}</p>` : nothing} ${body}
    ${card.link ? renderLink(card.link.href, card.link.text) : nothing}`;
}

function renderAddress(block: AddressBlock, labels: Labels): TemplateResult {
  const map = safeUrl(block.map);
  return html`<div class="address-block">
    <address>
      ${block.title ? html`<strong class="address-title">${block.title}</strong>` : nothing}
      ${block.lines.map((line) => html`<span class="address-line">${line}</span>`)}
    </address>
    ${map ? html`<a class="map-link" part="map-link" href=${map}>${labels.map}</a>` : nothing}
  </div>`;
}

function renderLink(href: string, text: string): TemplateResult {
  const url = safeUrl(href);
  return url ? html`<p class="link"><a href=${url}>${text}</a></p>` : html`<p class="link">${text}</p>`;
}

function renderFacts(block: FactsBlock): TemplateResult {
  return html`<dl class="facts">
    ${block.items.map((fact) => html`<div><dt>${fact.label}</dt><dd>${renderRichText(fact.value)}</dd></div>`)}
  </dl>`;
}

function renderImage(block: ImageBlock): TemplateResult {
  const src = safeUrl(block.src);
  if (!src) return html`${nothing}`;
  return html`<figure class="image">
    <img src=${src} alt=${block.alt} width=${ifDefined(block.width)} height=${ifDefined(block.height)} loading="lazy" decoding="async" />
    ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
  </figure>`;
}

/** A `YYYY-MM-DD` date in words for `locale` ("5 October 2021" in en-GB). */
export function formatDate(date: string, locale: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  try {
    return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(value);
  } catch {
    return new Intl.DateTimeFormat(undefined, {dateStyle: 'long', timeZone: 'UTC'}).format(value);
  }
}

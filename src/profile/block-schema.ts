/**
 * Content blocks of a section or modal body, and inline rich text: the
 * structured data that stands in for HTML in a profile.
 */
import * as v from 'valibot';
import {text, optionalText, url} from './schema-fields.js';

/** A run of inline text: plain, emphasised, strong, or a link. */
export const TextRunSchema = v.strictObject({
  text: text(),
  href: v.optional(url()),
  em: v.optional(v.boolean()),
  strong: v.optional(v.boolean()),
});

/** Inline text: a plain string, or a list of strings and runs. */
export const RichTextSchema = v.pipe(
  v.union(
    [
      v.pipe(v.string(), v.minLength(1)),
      v.pipe(v.array(v.union([v.string(), TextRunSchema])), v.minLength(1)),
    ],
    'expected text: a string, or a list of strings and {text, href?, em?, strong?} runs',
  )
);

export const LinkSchema = v.strictObject({
  text: text(),
  href: url(),
});

export const ImageFields = {
  src: url(),
  alt: v.string(),
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
};

/**
 * A sub-heading inside a section or modal. `level` 1 (the default) sits
 * directly below the section's or modal's title, 2 below a level-1 heading,
 * and so on.
 */
export const HeadingBlockSchema = v.strictObject({
  type: v.literal('heading'),
  text: text(),
  level: v.optional(v.picklist([1, 2, 3, 4], 'expected 1 (below the title), 2, 3 or 4')),
});

export const ParagraphBlockSchema = v.strictObject({
  type: v.literal('paragraph'),
  text: RichTextSchema,
});

export const ListBlockSchema = v.strictObject({
  type: v.literal('list'),
  ordered: v.optional(v.boolean()),
  items: v.pipe(v.array(RichTextSchema), v.minLength(1, 'expected at least one item')),
});

/** A card's body: paragraphs and lists only, so cards never nest. */
const CardBodyBlockSchema = v.variant('type', [ParagraphBlockSchema, ListBlockSchema]);

export const CardSchema = v.strictObject({
  title: text(),
  date: v.optional(
    v.pipe(
      v.string(),
      v.isoDate('expected a date as YYYY-MM-DD')
    ),
  ),
  summary: v.optional(RichTextSchema),
  body: v.optional(v.array(CardBodyBlockSchema)),
  link: v.optional(LinkSchema),
});

export const CardsBlockSchema = v.strictObject({
  type: v.literal('cards'),
  items: v.pipe(v.array(CardSchema), v.minLength(1, 'expected at least one card')),
});

export const AddressBlockSchema = v.strictObject({
  type: v.literal('address'),
  title: optionalText(),
  lines: v.pipe(v.array(text()), v.minLength(1, 'expected at least one line')),
  map: v.optional(url()),
});

export const LinkBlockSchema = v.strictObject({
  type: v.literal('link'),
  text: text(),
  href: url(),
});

export const FactsBlockSchema = v.strictObject({
  type: v.literal('facts'),
  items: v.pipe(
    v.array(v.strictObject({label: text(), value: RichTextSchema})),
    v.minLength(1, 'expected at least one fact'),
  ),
});

export const ImageBlockSchema = v.strictObject({
  type: v.literal('image'),
  ...ImageFields,
  caption: optionalText(),
});

/** Every block a section or modal body may hold. */
export const BlockSchema = v.variant('type', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ListBlockSchema,
  CardsBlockSchema,
  AddressBlockSchema,
  LinkBlockSchema,
  FactsBlockSchema,
  ImageBlockSchema,
]);

export const BodySchema = v.array(BlockSchema);

/**
 * TypeScript types of the employer profile, inferred from the schema so that
 * types, validator and JSON Schema cannot disagree.
 */
import type * as v from 'valibot';
import type {
  AddressBlockSchema,
  BlockSchema,
  CardSchema,
  CardsBlockSchema,
  FactsBlockSchema,
  HeadingBlockSchema,
  ImageBlockSchema,
  LinkBlockSchema,
  ListBlockSchema,
  ParagraphBlockSchema,
  RichTextSchema,
  TextRunSchema,
} from './block-schema.js';
import type {ColorsSchema, JobsSchema, LabelsSchema, ModalSchema, ProfileSchema, SectionSchema, ThemeSchema} from './schema.js';

export type EmployerProfile = v.InferOutput<typeof ProfileSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type HeadingBlock = v.InferOutput<typeof HeadingBlockSchema>;
export type ParagraphBlock = v.InferOutput<typeof ParagraphBlockSchema>;
export type ListBlock = v.InferOutput<typeof ListBlockSchema>;
export type CardsBlock = v.InferOutput<typeof CardsBlockSchema>;
export type Card = v.InferOutput<typeof CardSchema>;
export type AddressBlock = v.InferOutput<typeof AddressBlockSchema>;
export type LinkBlock = v.InferOutput<typeof LinkBlockSchema>;
export type FactsBlock = v.InferOutput<typeof FactsBlockSchema>;
export type ImageBlock = v.InferOutput<typeof ImageBlockSchema>;
export type RichText = v.InferOutput<typeof RichTextSchema>;
export type TextRun = v.InferOutput<typeof TextRunSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Modal = v.InferOutput<typeof ModalSchema>;
export type JobsSettings = v.InferOutput<typeof JobsSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type ThemeColors = v.InferOutput<typeof ColorsSchema>;
export type Labels = Required<v.InferOutput<typeof LabelsSchema>>;

/**
 * The employer profile format, version 1: the one source of truth.
 *
 * The runtime validator (`validate.ts`), the TypeScript types (`profile.ts`)
 * and the shipped JSON Schema (`dist/employer-profile.schema.json`, written by
 * the CLI's `schema` command) all come from the valibot schemas below.
 * Content is structured data, never HTML.
 */
import * as v from 'valibot';
import {SAFE_URL_PATTERN} from '../shared/safe-url.js';

const text = () => v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));

const optionalText = () => v.optional(text());

const url = () =>
  v.pipe(
    v.string(),
    v.regex(
      new RegExp(SAFE_URL_PATTERN),
      'expected a safe URL: http:, https:, mailto:, tel: or relative, with no spaces',
    ),
  );

const id = () =>
  v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens, like "about-us"'),
  );

const cssColor = () =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(?:#[0-9A-Fa-f]{3,8}|[A-Za-z]+|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9A-Za-z.,%/ +-]*\))$/,
        'expected a CSS colour such as "#1d1d1b" or "rgb(0 0 0)"',
      ),
    ),
  );

const fontFamily = () =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[A-Za-z0-9 ,'"-]+$/, 'expected a CSS font-family list such as "Arial, sans-serif"'),
    ),
  );

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

const LinkSchema = v.strictObject({
  text: text(),
  href: url(),
});

const ImageFields = {
  src: url(),
  alt: v.string(),
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
};

/** A sub-heading inside a section or modal. */
export const HeadingBlockSchema = v.strictObject({
  type: v.literal('heading'),
  text: text(),
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

const BodySchema = v.array(BlockSchema);

export const SectionSchema = v.strictObject({
  id: id(),
  title: text(),
  body: BodySchema,
});

export const ModalSchema = v.strictObject({
  id: id(),
  button: text(),
  title: text(),
  body: BodySchema,
});

export const FEED_FORMATS = ['auto', 'own', 'json-ld', 'greenhouse', 'lever', 'indeed-xml'] as const;
export const JOB_COLUMNS = ['title', 'location', 'salary', 'department', 'type', 'posted'] as const;

export const JobsSchema = v.strictObject({
  id: v.optional(id()),
  title: text(),
  feed: v.optional(
    v.strictObject({
      url: url(),
      format: v.optional(v.picklist(FEED_FORMATS, `expected one of ${FEED_FORMATS.join(', ')}`)),
    }),
  ),
  empty: text(),
  columns: v.pipe(
    v.array(
      v.strictObject({
        key: v.picklist(JOB_COLUMNS, `expected one of ${JOB_COLUMNS.join(', ')}`),
        label: text(),
      }),
    ),
    v.minLength(1, 'expected at least one column'),
  ),
  pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
});

export const ThemeSchema = v.strictObject({
  colors: v.optional(
    v.strictObject({
      primary: cssColor(),
      onPrimary: cssColor(),
      accent: cssColor(),
      text: cssColor(),
      muted: cssColor(),
      background: cssColor(),
      surface: cssColor(),
      border: cssColor(),
      focus: cssColor(),
    }),
  ),
  font: fontFamily(),
  headingFont: fontFamily(),
  radius: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(?:0|\d+(?:\.\d+)?(?:px|rem|em))$/, 'expected a CSS length such as "4px" or "0.5rem"')
    ),
  ),
  colorScheme: v.optional(
    v.pipe(
      v.picklist(['light', 'light dark'], 'expected "light" or "light dark"')
    ),
  ),
});

/**
 * Every word the elements print. All optional: English defaults fill the gaps
 * (see `labels.ts`), so a profile in another language overrides them all.
 * `{count}`, `{page}`, `{pages}`, `{status}` are replaced at run time.
 */
export const LabelsSchema = v.strictObject({
  menu: optionalText(),
  close: optionalText(),
  map: optionalText(),
  loading: optionalText(),
  retry: optionalText(),
  search: optionalText(),
  location: optionalText(),
  allLocations: optionalText(),
  department: optionalText(),
  type: optionalText(),
  posted: optionalText(),
  salary: optionalText(),
  jobsCountOne: optionalText(),
  jobsCountOther: optionalText(),
  jobsMatchOne: optionalText(),
  jobsMatchOther: optionalText(),
  previous: optionalText(),
  next: optionalText(),
  page: optionalText(),
  pages: optionalText(),
  sortBy: optionalText(),
  perYear: optionalText(),
  perMonth: optionalText(),
  perWeek: optionalText(),
  perDay: optionalText(),
  perHour: optionalText(),
  apply: optionalText(),
  backToJobs: optionalText(),
  jobNotFound: optionalText(),
  feedTimeout: optionalText(),
  feedStatus: optionalText(),
  feedUnreadable: optionalText(),
  feedTooLarge: optionalText(),
  feedNetwork: optionalText(),
  profileError: optionalText(),
});

export const PROFILE_VERSION = 1;

const uniqueIds = (items: ReadonlyArray<{id: string}>, what: string, addIssue: (i: {message: string; index: number}) => void) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) addIssue({message: `duplicate ${what} id "${item.id}"`, index});
    seen.add(item.id);
  });
};

/** The whole employer profile. */
export const ProfileSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    version: v.literal(PROFILE_VERSION, `expected ${PROFILE_VERSION} (this format is version ${PROFILE_VERSION})`),
    employer: v.strictObject({
      name: text(),
      shortName: text(),
      logo: v.optional(v.strictObject(ImageFields)),
      site: v.optional(url()),
    }),
    locale: v.pipe(
      v.string(),
      v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en-GB"')
    ),
    theme: v.optional(ThemeSchema),
    hero: v.strictObject({
      headline: text(),
      intro: v.optional(RichTextSchema),
      actions: v.optional(
        v.array(
          v.strictObject({
            text: text(),
            href: url(),
            primary: v.optional(v.boolean()),
          }),
        ),
      ),
      image: v.optional(v.strictObject(ImageFields)),
    }),
    nav: v.optional(
      v.strictObject({
        label: text(),
        items: v.pipe(v.array(LinkSchema), v.minLength(1, 'expected at least one link')),
      }),
    ),
    sections: v.array(SectionSchema),
    modals: v.array(ModalSchema),
    jobs: v.optional(JobsSchema),
    layout: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.regex(
              /^(?:hero|modals|jobs|section:[a-z][a-z0-9-]*)$/,
              'expected "hero", "modals", "jobs" or "section:<id>"',
            ),
          ),
        )
      ),
    ),
    labels: v.optional(LabelsSchema),
  }),
  v.rawCheck(({dataset, addIssue}) => {
    if (!dataset.typed) return;
    const profile = dataset.value;
    const at = (key: string, index: number, field: string) =>
      [
        {type: 'object', origin: 'value', input: profile, key, value: (profile as never)[key]},
        {type: 'array', origin: 'value', input: (profile as never)[key], key: index, value: undefined},
        {type: 'object', origin: 'value', input: undefined, key: field, value: undefined},
      ] as never;
    uniqueIds(profile.sections, 'section', ({message, index}) =>
      addIssue({message, path: at('sections', index, 'id')}),
    );
    uniqueIds(profile.modals, 'modal', ({message, index}) =>
      addIssue({message, path: at('modals', index, 'id')}),
    );
    const sectionIds = new Set(profile.sections.map((section) => section.id));
    profile.layout?.forEach((piece, index) => {
      if (piece.startsWith('section:') && !sectionIds.has(piece.slice(8))) {
        addIssue({
          message: `expected the id of a section; there is no section "${piece.slice(8)}"`,
          path: [
            {type: 'object', origin: 'value', input: profile, key: 'layout', value: profile.layout},
            {type: 'array', origin: 'value', input: profile.layout, key: index, value: piece},
          ] as never,
        });
      }
    });
  }),
);

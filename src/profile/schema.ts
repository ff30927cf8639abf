/**
 * The employer profile format, version 1: the one source of truth.
 *
 * The runtime validator (`validate.ts`), the TypeScript types (`profile.ts`)
 * and the shipped JSON Schema (`dist/employer-profile.schema.json`, written by
 * the CLI's `schema` command) all come from the valibot schemas below, with
 * the content blocks in `block-schema.ts`: structured data, never HTML.
 */
import * as v from 'valibot';
import {BodySchema, ImageFields, LinkSchema, RichTextSchema} from './block-schema.js';
import {memoizeFrozen} from './frozen-memo.js';
import {applyUrl, atsShorthand, cssColor, fontFamily, id, optionalText, text, url} from './schema-fields.js';

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

export const FEED_FORMATS = [
  'auto', 'own', 'json-ld', 'greenhouse', 'lever', 'indeed-xml',
  'bullhorn', 'workable', 'ashby', 'recruitee', 'smartrecruiters', 'personio-xml',
] as const;
export const JOB_COLUMNS = ['title', 'location', 'salary', 'department', 'type', 'posted'] as const;

export const JobsSchema = v.strictObject({
  id: v.optional(id()),
  title: text(),
  feed: v.optional(
    v.pipe(
      v.strictObject({
        url: v.optional(url()),
        format: v.optional(v.picklist(FEED_FORMATS, `expected one of ${FEED_FORMATS.join(', ')}`)),
        ats: v.optional(atsShorthand()),
        proxy: v.optional(url()),
      }),
      v.check((feed) => !!feed.url !== !!feed.ats, 'expected either url or ats'),
    ),
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
  /** Where a candidate applies for a job whose feed gives no link: `{id}` stands for the job's id. */
  applyUrl: v.optional(applyUrl()),
});

/** The theme's colours; each sets one `--employer-color-*` property. */
export const ColorsSchema = v.strictObject({
  primary: cssColor(),
  onPrimary: cssColor(),
  accent: cssColor(),
  text: cssColor(),
  muted: cssColor(),
  background: cssColor(),
  surface: cssColor(),
  border: cssColor(),
  focus: cssColor(),
});

export const ThemeSchema = v.strictObject({
  colors: v.optional(ColorsSchema),
  /** The palette for readers in dark mode, used with `colorScheme: "light dark"`. */
  dark: v.optional(v.strictObject({colors: v.optional(ColorsSchema)})),
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
 * `{count}`, `{page}`, `{pages}`, `{status}`, `{detail}`, `{job}`, `{employer}` are replaced at run time.
 * The employment types (`fullTime`…`otherEmployment`, Google's `FULL_TIME`…`OTHER`)
 * and the workplaces (`remote`, `hybrid`) name what a feed gives as a code or word.
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
  perYear: optionalText(),
  perMonth: optionalText(),
  perWeek: optionalText(),
  perDay: optionalText(),
  perHour: optionalText(),
  apply: optionalText(),
  backToJobs: optionalText(),
  jobNotFound: optionalText(),
  jobPageTitle: optionalText(),
  feedTimeout: optionalText(),
  feedStatus: optionalText(),
  feedUnreadable: optionalText(),
  feedTooLarge: optionalText(),
  feedNetwork: optionalText(),
  profileError: optionalText(),
  fullTime: optionalText(),
  partTime: optionalText(),
  contractor: optionalText(),
  temporary: optionalText(),
  intern: optionalText(),
  volunteer: optionalText(),
  perDiem: optionalText(),
  otherEmployment: optionalText(),
  remote: optionalText(),
  hybrid: optionalText(),
  partFailed: optionalText(),
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
    employer: memoizeFrozen(v.strictObject({
      name: text(),
      shortName: text(),
      logo: v.optional(v.strictObject(ImageFields)),
      site: v.optional(url()),
    })),
    locale: v.pipe(
      v.string(),
      v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en-GB"')
    ),
    theme: v.optional(memoizeFrozen(ThemeSchema)),
    hero: memoizeFrozen(v.strictObject({
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
    })),
    nav: v.optional(
      memoizeFrozen(v.strictObject({
        label: text(),
        items: v.pipe(v.array(LinkSchema), v.minLength(1, 'expected at least one link')),
      })),
    ),
    // Each piece by itself, so that an unchanged frozen one is not checked again (frozen-memo.ts).
    sections: v.array(memoizeFrozen(SectionSchema)),
    modals: v.array(memoizeFrozen(ModalSchema)),
    jobs: v.optional(memoizeFrozen(JobsSchema)),
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
    labels: v.optional(memoizeFrozen(LabelsSchema)),
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

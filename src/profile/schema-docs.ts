/**
 * Descriptions for the JSON Schema that editors show while a recruiter types.
 * They live apart from `schema.ts` so the browser bundle does not carry them;
 * keys are property paths with array levels left out (`sections.title`), or
 * `block:<type>` for a block.
 */
export const SCHEMA_DOCS: Record<string, string> = {
  $schema: 'The JSON Schema of this file, so editors can complete and check it.',
  version: 'Format version of the profile: 1.',
  employer: 'Who is hiring.',
  'employer.name': 'Full name of the employer.',
  'employer.shortName': 'Short name, such as "PHSO": the hero shows it in place of the full name below 768px.',
  'employer.logo': 'The logo: src, alt (required), width, height.',
  'employer.logo.alt': 'Text alternative; use "" only for a purely decorative image.',
  'employer.site': "The employer's own website.",
  locale: 'BCP 47 language tag for text, dates and salaries, such as "en-GB".',
  theme: 'Colours, fonts and radius: the default --employer-* custom properties.',
  'theme.colors.primary': 'Brand colour: buttons, links, the hero. --employer-color-primary',
  'theme.colors.onPrimary': 'Text on the brand colour. --employer-color-on-primary',
  'theme.colors.accent': 'Secondary accent. --employer-color-accent',
  'theme.colors.text': 'Body text. --employer-color-text',
  'theme.colors.muted': 'Secondary text. --employer-color-muted',
  'theme.colors.background': 'Background of the widgets. --employer-color-background',
  'theme.colors.surface': 'Cards and panels. --employer-color-surface',
  'theme.colors.border': 'Lines and borders. --employer-color-border',
  'theme.colors.focus': 'The focus ring. --employer-color-focus',
  'theme.font': 'Font family list. --employer-font',
  'theme.headingFont': 'Heading font family list. --employer-font-heading',
  'theme.radius': 'Corner radius, such as "4px". --employer-radius',
  'theme.colorScheme': '"light dark" lets the widgets follow the reader\'s dark mode.',
  'theme.dark': 'The palette for readers in dark mode; used with colorScheme "light dark".',
  'theme.dark.colors':
    'The same keys as theme.colors, for dark mode; those left out take computed dark colours (dark surfaces, light text, the brand colour lightened).',
  hero: 'The top of the page: headline, intro, calls to action.',
  'hero.headline': 'The main heading of the page.',
  'hero.actions': 'Calls to action: {text, href, primary}.',
  'hero.image':
    'An image beside the headline (below it on narrow screens): src, alt, and width and height in pixels, so the page keeps its space while it loads.',
  'hero.image.alt': 'What the image shows; use "" only for a purely decorative image.',
  'hero.actions.href': 'Where it leads, such as "#jobs".',
  nav: 'Links to the parts of the page, shown in the hero.',
  'nav.label': 'Accessible name of the navigation, such as "Page sections".',
  sections: 'Content sections, each reachable at #id.',
  'sections.id': 'Stable id: lowercase letters, digits and hyphens. The section is at #id.',
  'sections.title': 'The section heading.',
  'sections.body': 'The content, as blocks.',
  modals: 'Pop-up panels, each opened by a button. #id opens one.',
  'modals.id': 'Stable id: #id opens the modal.',
  'modals.button': 'The label of the button that opens the modal.',
  'modals.title': 'The modal heading.',
  'modals.body': 'The content, as blocks.',
  jobs: 'The jobs listing.',
  'jobs.id': 'Anchor id of the listing (default "jobs").',
  'jobs.title': 'The listing caption, such as "Latest jobs".',
  'jobs.feed.url': 'URL of the jobs feed, relative to the host page or absolute. Give url or ats.',
  'jobs.feed.format': 'auto (default), own, json-ld, greenhouse, lever, indeed-xml, bullhorn, workable, ashby, recruitee, smartrecruiters or personio-xml.',
  'jobs.feed.ats': 'An ATS\'s public feed instead of a URL: "ashby:acme", "workable:acme", "recruitee:acme", "smartrecruiters:Acme", "personio:acme" (or "personio:acme:de"), "greenhouse:acme", "lever:acme" or "bullhorn:<cluster>:<corpToken>".',
  'jobs.feed.proxy': 'A pass-through on the host\'s own site for ats ("/ats/"): the provider\'s URL, without https://, is appended to it.',
  'jobs.empty': 'Shown when there is no job, such as "No job found".',
  'jobs.columns': 'Columns of the table, in order: {key, label}.',
  'jobs.pageSize': 'Jobs per page.',
  'jobs.applyUrl': 'Where a candidate applies for a job whose feed gives no link (Bullhorn\'s gives none): an address with {id} where the job\'s id goes, such as "https://jobs.agency.example/#/jobs/{id}". Jobs with a link of their own keep it.',
  layout: 'Order of the pieces of <employer-microsite>: "hero", "modals", "jobs", "section:<id>".',
  labels: 'Every word the elements print; English defaults fill the gaps.',
  'block:heading': 'A sub-heading. level 1 (default) sits below the section or modal title, 2 below a level-1 heading, up to 4.',
  'block:paragraph': 'A paragraph of text: a string, or strings and {text, href, em, strong} runs.',
  'block:list': 'A bulleted (or ordered) list.',
  'block:cards': 'Cards: {title, date (YYYY-MM-DD), summary, body, link}.',
  'block:address': 'A postal address with an optional map link.',
  'block:link': 'A link on its own line.',
  'block:facts': 'Label and value pairs.',
  'block:image': 'An image; alt is required.',
};

type JsonSchemaNode = {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  const?: unknown;
};

/** Adds the descriptions above to a generated JSON Schema, in place. */
export function describeSchema(node: JsonSchemaNode, path: readonly string[] = []): void {
  const type = node.properties?.['type']?.const;
  const doc = typeof type === 'string' ? SCHEMA_DOCS[`block:${type}`] : SCHEMA_DOCS[path.join('.')];
  if (doc && !node.description) node.description = doc;
  for (const [key, child] of Object.entries(node.properties ?? {})) describeSchema(child, [...path, key]);
  if (node.items) describeSchema(node.items, path);
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) describeSchema(branch, path);
}

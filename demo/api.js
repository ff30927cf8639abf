// The API reference, built in the browser from custom-elements.json: each element
// that has a tag, with its attributes, properties, methods, events, slots, CSS parts
// and CSS custom properties. Every string from the manifest is set as a text node,
// never parsed as HTML, so the page also works under a strict CSP.

const MANIFEST = new URL('../custom-elements.json', import.meta.url);

/** An element with `children` appended: strings become text nodes. */
function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

/** Text with `backtick` spans as <code>, the manifest's only markup we show. */
function inline(text) {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((piece, index) => {
    if (piece) fragment.append(index % 2 ? h('code', {}, piece) : piece);
  });
  return fragment;
}

/** A JSDoc text as paragraphs: blank lines split them, single line breaks are spaces. */
function paragraphs(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((block) => h('p', {}, inline(block)));
}

const code = (text) => (text ? h('code', {}, text) : '');
const described = (text) => (text ? inline(text.replace(/\s*\n\s*/g, ' ')) : '—');
const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public';

/** The declarations that define a tag, in manifest order, each tag once. */
function taggedDeclarations(manifest) {
  const byTag = new Map();
  for (const declaration of (manifest.modules ?? []).flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName && !byTag.has(declaration.tagName)) byTag.set(declaration.tagName, declaration);
  }
  return [...byTag.values()];
}

/** The tables of one element: a title, its columns and its rows; empty tables are left out. */
function tablesOf(declaration) {
  const members = (declaration.members ?? []).filter(isPublic);
  const attributes = declaration.attributes ?? [];
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const type = (item) => code(item.type?.text);
  const fallback = (item) => code(item.default);
  const about = (item) => described(item.description);
  return [
    {
      title: 'Attributes',
      note: 'Each is also a property of the same meaning.',
      rows: attributes,
      columns: [
        ['Attribute', (item) => code(item.name)],
        ['Property', (item) => code(item.fieldName)],
        ['Type', type],
        ['Default', fallback],
        ['Description', about],
      ],
    },
    {
      title: 'Properties',
      note: 'Set from JavaScript; they have no attribute.',
      rows: members.filter((member) => member.kind === 'field' && !withAttribute.has(member.name)),
      columns: [
        ['Property', (item) => code(item.name)],
        ['Type', type],
        ['Default', fallback],
        ['Description', about],
      ],
    },
    {
      title: 'Methods',
      rows: members.filter((member) => member.kind === 'method'),
      columns: [
        ['Method', (item) => code(`${item.name}(${(item.parameters ?? []).map((parameter) => parameter.name).join(', ')})`)],
        ['Returns', (item) => code(item.return?.type?.text)],
        ['Description', about],
      ],
    },
    {
      title: 'Events',
      note: 'All bubble and are composed.',
      rows: declaration.events ?? [],
      columns: [
        ['Event', (item) => code(item.name)],
        ['Type', type],
        ['Description', about],
      ],
    },
    {
      title: 'Slots',
      rows: declaration.slots ?? [],
      columns: [
        ['Slot', (item) => (item.name ? code(item.name) : '(default)')],
        ['Description', about],
      ],
    },
    {
      title: 'CSS parts',
      note: 'Style them with `::part()`.',
      rows: declaration.cssParts ?? [],
      columns: [
        ['Part', (item) => code(item.name)],
        ['Description', about],
      ],
    },
    {
      title: 'CSS custom properties',
      rows: declaration.cssProperties ?? [],
      columns: [
        ['Property', (item) => code(item.name)],
        ['Syntax', (item) => code(item.syntax)],
        ['Default', fallback],
        ['Description', about],
      ],
    },
  ].filter((table) => table.rows.length > 0);
}

/**
 * One table. A column every row leaves empty (say, no event declares a type) is
 * dropped; each cell carries its column's label for the stacked narrow layout.
 */
function renderTable(id, {title, note, rows, columns}) {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const kept = columns.map((_, index) => index === 0 || index === columns.length - 1 || cells.some((row) => row[index] !== ''));
  const labels = columns.map(([label]) => label).filter((_, index) => kept[index]);
  const headingId = `${id}-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return [
    h('h3', {id: headingId}, title),
    note ? h('p', {class: 'api-note'}, inline(note)) : undefined,
    h(
      'table',
      {'aria-labelledby': headingId},
      h('thead', {}, h('tr', {}, ...labels.map((label) => h('th', {scope: 'col'}, label)))),
      h(
        'tbody',
        {},
        ...cells.map((row) =>
          h('tr', {}, ...row.filter((_, index) => kept[index]).map((cell, index) => h('td', {'data-label': labels[index]}, cell))),
        ),
      ),
    ),
  ];
}

function renderElement(declaration) {
  const id = declaration.tagName;
  return h(
    'section',
    {id, class: 'api-element', 'aria-labelledby': `${id}-heading`},
    h('h2', {id: `${id}-heading`}, h('code', {}, `<${id}>`)),
    declaration.summary ? h('p', {class: 'api-summary'}, inline(declaration.summary)) : undefined,
    ...paragraphs(declaration.description ?? ''),
    ...tablesOf(declaration).flatMap((table) => renderTable(id, table)),
  );
}

function renderContents(declarations) {
  return h(
    'nav',
    {'aria-label': 'Elements', class: 'api-contents'},
    h('ul', {}, ...declarations.map(({tagName, summary}) =>
      h('li', {}, h('a', {href: `#${tagName}`}, h('code', {}, `<${tagName}>`)), summary ? ': ' : '', summary ? inline(summary) : ''),
    )),
  );
}

async function main() {
  const target = document.getElementById('api');
  try {
    const response = await fetch(MANIFEST);
    if (!response.ok) throw new Error(`${MANIFEST.pathname} answered ${response.status}`);
    const declarations = taggedDeclarations(await response.json());
    if (declarations.length === 0) throw new Error(`${MANIFEST.pathname} names no element with a tag`);
    target.replaceChildren(renderContents(declarations), ...declarations.map(renderElement));
    // The page was built after load, so the browser could not scroll to #job-listing itself.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    console.error('The API reference could not be built:', error);
    target.replaceChildren(h('p', {role: 'alert', class: 'api-error'}, `The API reference could not be built: ${error.message}`));
  } finally {
    target.setAttribute('aria-busy', 'false');
  }
}

main();

/**
 * The JSON editor: CodeMirror 6 with JSON highlighting, driven by the
 * published JSON Schema (completion of keys and values, hover help from the
 * schema's descriptions) and showing the studio's faults underlined at their
 * place. Faults come from `validateProfile()`, the same check as the CLI
 * and the elements, so the words match everywhere.
 */
import {autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type Completion, type CompletionContext, type CompletionResult} from '@codemirror/autocomplete';
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands';
import {json} from '@codemirror/lang-json';
import {bracketMatching, ensureSyntaxTree, foldGutter, foldKeymap, HighlightStyle, indentOnInput, syntaxHighlighting, syntaxTree} from '@codemirror/language';
import {lintGutter, lintKeymap, setDiagnostics, type Diagnostic} from '@codemirror/lint';
import {Annotation, EditorSelection, EditorState, type Text} from '@codemirror/state';
import {drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers, type ViewUpdate} from '@codemirror/view';
import type {SyntaxNode, Tree} from '@lezer/common';
import {tags} from '@lezer/highlight';
import {parsePointer, toPointer, type Json} from './pointer.js';
import {describeAt, keysAt, valuesAt, type SchemaNode} from './schema-help.js';

/** A fault or warning to underline. */
export interface EditorMark {
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** An offset in the text, for faults that have no path (broken JSON). */
  readonly at?: number;
}

/** Marks a change the studio made itself, so it is not reported back as the recruiter's. */
const fromStudio = Annotation.define<boolean>();

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** Colours that keep 4.5:1 on white (CodeMirror's defaults do not all). */
const highlight = HighlightStyle.define([
  {tag: tags.propertyName, color: '#1f4e79'},
  {tag: tags.string, color: '#a1260d'},
  {tag: tags.number, color: '#116329'},
  {tag: [tags.bool, tags.null], color: '#6f2da8'},
  {tag: tags.invalid, color: '#b00020', textDecoration: 'underline wavy'},
]);

/** The text of a node, as the key or index it stands for. */
function keyOf(doc: Text, name: SyntaxNode): string {
  const raw = doc.sliceString(name.from, name.to);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

/** The value children of an Array node. */
function itemsOf(array: SyntaxNode): SyntaxNode[] {
  const items: SyntaxNode[] = [];
  for (let child = array.firstChild; child; child = child.nextSibling) if (VALUE_NODES.has(child.name)) items.push(child);
  return items;
}

/** The Property child of an Object node with `key`. */
function propertyOf(doc: Text, object: SyntaxNode, key: string): SyntaxNode | undefined {
  for (let child = object.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Property') continue;
    const name = child.getChild('PropertyName');
    if (name && keyOf(doc, name) === key) return child;
  }
  return undefined;
}

/** The value node of a Property. */
const valueOf = (property: SyntaxNode) => {
  for (let child = property.lastChild; child; child = child.prevSibling) if (VALUE_NODES.has(child.name)) return child;
  return undefined;
};

/**
 * Where `pointer` is in the text: the value's node when it exists (`exact`),
 * else the deepest node on its way (its key, where it has one).
 */
export function locate(tree: Tree, doc: Text, pointer: string): {from: number; to: number; exact: boolean} {
  let node: SyntaxNode | null | undefined = tree.topNode.firstChild;
  let keyNode: SyntaxNode | undefined;
  if (!node) return {from: 0, to: 0, exact: pointer === ''};
  for (const segment of parsePointer(pointer)) {
    let next: SyntaxNode | undefined;
    let nextKey: SyntaxNode | undefined;
    if (node.name === 'Object') {
      const property = propertyOf(doc, node, segment);
      next = property && valueOf(property);
      nextKey = property?.getChild('PropertyName') ?? undefined;
    } else if (node.name === 'Array') {
      next = itemsOf(node)[Number(segment)];
    }
    if (!next) {
      const at = keyNode ?? node;
      return {from: at.from, to: keyNode ? at.to : Math.min(at.to, at.from + 1), exact: false};
    }
    node = next;
    keyNode = nextKey;
  }
  return {from: node.from, to: node.to, exact: true};
}

/** The pointer segments of the value that holds `node`, and whether `node` is a key. */
function segmentsAt(doc: Text, start: SyntaxNode): {segments: string[]; onKey: boolean} {
  const segments: string[] = [];
  let onKey = false;
  let node: SyntaxNode | null = start;
  if (node.name === 'PropertyName') onKey = true;
  for (; node; node = node.parent) {
    const parent: SyntaxNode | null = node.parent;
    if (!parent) break;
    if (parent.name === 'Property') {
      const name = parent.getChild('PropertyName');
      if (name && (node === name || VALUE_NODES.has(node.name))) segments.unshift(keyOf(doc, name));
    } else if (parent.name === 'Array' && VALUE_NODES.has(node.name)) {
      segments.unshift(String(itemsOf(parent).findIndex((item) => item.from === node!.from)));
    }
  }
  return {segments, onKey};
}

/** The segments of an Object or Array node itself. */
function containerSegments(doc: Text, node: SyntaxNode): string[] {
  return node.parent?.name === 'JsonText' ? [] : segmentsAt(doc, node).segments;
}

/** A `typeAt` for schema lookups: the `type` key of the block objects on the path, read from the text. */
function blockTypes(doc: Text, tree: Tree, segments: readonly string[]): (depth: number) => string | undefined {
  return (depth) => {
    const pointer = segments.slice(0, depth).map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    const found = locate(tree, doc, `${pointer}/type`);
    if (!found.exact) return undefined;
    try {
      const value: unknown = JSON.parse(doc.sliceString(found.from, found.to));
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * A change the recruiter made. When it stayed inside one string, number,
 * `true`, `false` or `null` of a document that was valid JSON, it also says
 * which value changed and to what (`literal`): the studio then puts that one
 * value in place instead of parsing the whole text again.
 */
export interface EditorChange {
  readonly literal?: {readonly pointer: string; readonly before: Json; readonly value: Json};
}

/** Options for `JsonEditor`. */
export interface JsonEditorOptions {
  readonly text: string;
  /** The accessible name of the editing area. */
  readonly label: string;
  /** Called after each change the recruiter makes; the whole text is `editor.text`. */
  readonly onChange: (change: EditorChange) => void;
}

const LITERALS = new Set(['String', 'Number', 'True', 'False', 'Null']);

/** The innermost literal value node (not a key) around `from`–`to`, in a tree that covers it. */
function literalAt(tree: Tree, from: number, to: number): SyntaxNode | undefined {
  if (tree.length < to) return undefined;
  // Inside a literal either side finds it; at its end (digits typed after a number) only the left one does.
  for (const start of [tree.resolveInner(from, 1), tree.resolveInner(to, -1)]) {
    for (let node: SyntaxNode | null = start; node; node = node.parent) {
      if (node.from <= from && node.to >= to) {
        if (LITERALS.has(node.name) && node.parent?.name !== 'JsonText') return node;
        break;
      }
    }
  }
  return undefined;
}

/** Whether each key on the way to `node` is the only one of its name in its object (JSON.parse keeps the last of two). */
function keysUnique(doc: Text, node: SyntaxNode): boolean {
  for (let at: SyntaxNode | null = node; at; at = at.parent) {
    if (at.name !== 'Property' || !at.parent) continue;
    const name = at.getChild('PropertyName');
    if (!name) return false;
    const key = keyOf(doc, name);
    let count = 0;
    for (let sibling = at.parent.firstChild; sibling; sibling = sibling.nextSibling) {
      const other = sibling.name === 'Property' ? sibling.getChild('PropertyName') : null;
      if (other && keyOf(doc, other) === key) count++;
    }
    if (count !== 1) return false;
  }
  return true;
}

/**
 * The one literal a change edited, when it did: one changed range, inside a
 * literal of the text before (for a string, between its quotes), that is
 * still one valid literal, with the same start, after. The rest of the text
 * is untouched, so a valid document stays valid with only that value new.
 */
function editedLiteral(update: ViewUpdate): EditorChange['literal'] {
  const ranges: Array<[number, number, number, number]> = [];
  update.changes.iterChangedRanges((fromA, toA, fromB, toB) => void ranges.push([fromA, toA, fromB, toB]));
  if (ranges.length !== 1) return undefined;
  const [fromA, toA, fromB, toB] = ranges[0]!;
  const before = literalAt(syntaxTree(update.startState), fromA, toA);
  if (!before || (before.name === 'String' && (fromA <= before.from || toA >= before.to))) return undefined;
  const doc = update.state.doc;
  const to = before.to + (toB - fromB) - (toA - fromA);
  const after = literalAt(syntaxTree(update.state), fromB, toB);
  if (!after || after.from !== before.from || after.to !== to || !keysUnique(doc, after)) return undefined;
  let value: unknown;
  let old: unknown;
  try {
    value = JSON.parse(doc.sliceString(after.from, after.to));
    old = JSON.parse(update.startState.doc.sliceString(before.from, before.to));
  } catch {
    return undefined;
  }
  if (typeof value === 'object' && value !== null) return undefined;
  return {pointer: toPointer(segmentsAt(doc, after).segments), before: old as Json, value: value as Json};
}

/** CodeMirror over the profile's JSON text. */
export class JsonEditor {
  readonly view: EditorView;
  /** The published JSON Schema; completion and hover help wait for it. */
  schema?: SchemaNode;
  /** How many marks are shown, so that clearing none costs nothing. */
  private marked = 0;

  constructor(parent: HTMLElement, options: JsonEditorOptions) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: options.text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          json(),
          syntaxHighlighting(highlight),
          autocompletion({override: [(context) => this.complete(context)], icons: false}),
          hoverTooltip((view, pos, side) => this.hover(view, pos, side)),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap]),
          // tabindex: axe counts a contenteditable as focusable only with it (scrollable-region-focusable).
          EditorView.contentAttributes.of({'aria-label': options.label, tabindex: '0'}),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromStudio))) {
              options.onChange({literal: editedLiteral(update)});
            }
          }),
        ],
      }),
    });
  }

  /** The text as it is now. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /** The length of the text, without making the text. */
  get length(): number {
    return this.view.state.doc.length;
  }

  /** Replaces the whole text (opening a profile). */
  setText(text: string): void {
    const state = this.view.state;
    if (state.doc.toString() === text) return;
    this.view.dispatch({changes: {from: 0, to: state.doc.length, insert: text}, annotations: fromStudio.of(true)});
  }

  /**
   * Puts `value` at `pointer` after a form edit, rewriting only that value's
   * text when it is there, so the recruiter's layout, cursor and undo history
   * elsewhere stay. Falls back to the whole `fullText`.
   */
  replaceValue(pointer: string, value: Json | undefined, fullText: () => string): void {
    const state = this.view.state;
    // A full parse once (a large text may take a moment); later edits reparse only what changed.
    const tree = value === undefined ? null : ensureSyntaxTree(state, state.doc.length, 5000);
    const found = tree && locate(tree, state.doc, pointer);
    if (!found?.exact || tree!.length < state.doc.length) {
      this.setText(fullText());
      return;
    }
    const line = state.doc.lineAt(found.from);
    const indent = /^\s*/.exec(line.text)![0];
    const insert = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    this.view.dispatch({changes: {from: found.from, to: found.to, insert}, annotations: fromStudio.of(true)});
  }

  /** Underlines faults and warnings at their place. */
  showMarks(marks: readonly EditorMark[]): void {
    if (marks.length === 0 && this.marked === 0) return;
    this.marked = marks.length;
    const state = this.view.state;
    const tree = ensureSyntaxTree(state, state.doc.length, 200) ?? syntaxTree(state);
    const diagnostics: Diagnostic[] = marks.map((mark) => {
      const place = mark.at !== undefined ? {from: mark.at, to: Math.min(state.doc.length, mark.at + 1)} : locate(tree, state.doc, mark.path);
      return {from: place.from, to: Math.max(place.to, place.from), severity: mark.severity, message: `${mark.path || '/'}: ${mark.message}`};
    });
    this.view.dispatch(setDiagnostics(state, diagnostics));
  }

  /** Selects the value at `pointer` (or offset `at`), scrolls to it and moves focus there. */
  reveal(pointer: string, at?: number): void {
    const state = this.view.state;
    const tree = ensureSyntaxTree(state, state.doc.length, 500) ?? syntaxTree(state);
    const place = at !== undefined ? {from: at, to: at} : locate(tree, state.doc, pointer);
    this.view.dispatch({selection: EditorSelection.range(place.from, place.to), scrollIntoView: true});
    this.view.focus();
  }

  /** The offset of the first syntax error, if the text has one. */
  firstErrorOffset(): number | undefined {
    const state = this.view.state;
    const tree = ensureSyntaxTree(state, state.doc.length, 200);
    let at: number | undefined;
    tree?.iterate({
      enter: (node) => {
        if (at !== undefined) return false;
        if (node.type.isError) at = node.from;
        return undefined;
      },
    });
    return at;
  }

  destroy(): void {
    this.view.destroy();
  }

  private complete(context: CompletionContext): CompletionResult | null {
    const schema = this.schema;
    if (!schema) return null;
    const {state, pos} = context;
    const tree = syntaxTree(state);
    let node: SyntaxNode | null = tree.resolveInner(pos, -1);
    const word = context.matchBefore(/"?[\w$-]*"?/);
    // Find what the cursor is in: a key, a property's value, an object, an array.
    for (; node; node = node.parent) {
      if (node.name === 'PropertyName') return this.completeKeys(context, node.parent!.parent!, word, schema);
      if (node.name === 'Property') {
        const colon = node.getChild(':');
        if (!colon || pos <= colon.from) return this.completeKeys(context, node.parent!, word, schema);
        const {segments} = segmentsAt(state.doc, node.getChild('PropertyName')!);
        return this.completeValues(context, segments, word, schema, tree);
      }
      if (node.name === 'Object') return this.completeKeys(context, node, word, schema);
      if (node.name === 'Array') return this.completeValues(context, [...containerSegments(state.doc, node), '0'], word, schema, tree);
    }
    return null;
  }

  private completeKeys(context: CompletionContext, object: SyntaxNode, word: {from: number; to: number} | null, schema: SchemaNode): CompletionResult | null {
    const {state} = context;
    if (!word && !context.explicit) return null;
    const segments = containerSegments(state.doc, object);
    const tree = syntaxTree(state);
    const present = new Set<string>();
    for (let child = object.firstChild; child; child = child.nextSibling) {
      const name = child.name === 'Property' ? child.getChild('PropertyName') : null;
      if (name && !(word && name.from === word.from)) present.add(keyOf(state.doc, name));
    }
    const options: Completion[] = keysAt(schema, segments, blockTypes(state.doc, tree, segments))
      .filter((help) => !present.has(help.key))
      .map((help) => ({
        label: `"${help.key}"`,
        apply: `"${help.key}": `,
        detail: help.required ? 'required' : help.type,
        info: help.description,
        type: 'property',
      }));
    return options.length ? {from: word?.from ?? context.pos, options, validFor: /^"?[\w$-]*"?$/} : null;
  }

  private completeValues(context: CompletionContext, segments: string[], word: {from: number; to: number} | null, schema: SchemaNode, tree: Tree): CompletionResult | null {
    if (!word && !context.explicit) return null;
    const values = valuesAt(schema, segments, blockTypes(context.state.doc, tree, segments));
    const options: Completion[] = values.map((value) => ({label: JSON.stringify(value), type: 'constant'}));
    return options.length ? {from: word?.from ?? context.pos, options} : null;
  }

  private hover(view: EditorView, pos: number, side: -1 | 1) {
    const schema = this.schema;
    if (!schema) return null;
    const tree = syntaxTree(view.state);
    const node = tree.resolveInner(pos, side);
    if (!VALUE_NODES.has(node.name) && node.name !== 'PropertyName') return null;
    const {segments} = segmentsAt(view.state.doc, node);
    const description = describeAt(schema, segments, blockTypes(view.state.doc, tree, segments));
    if (!description) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-hover';
        const path = document.createElement('code');
        path.textContent = segments.map((segment) => `/${segment}`).join('') || '/';
        const text = document.createElement('p');
        text.textContent = description;
        dom.append(path, text);
        return {dom};
      },
    };
  }
}

// Reading rendered HTML in Node, for the server-rendering tests: parse5 follows the HTML
// standard and keeps a declarative shadow root's <template> content.
import {parse} from 'parse5';

/** A parse5 node, seen through the members the tests read. */
export interface El {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: {name: string; value: string}[];
  childNodes?: El[];
  content?: El;
}

/** `html` parsed as a document. */
export const doc = (html: string) => parse(html) as unknown as El;

/** Every node, through template contents (shadow roots) too. */
export function* walk(node: El): Generator<El> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

export const attr = (node: El, name: string) => node.attrs?.find((a) => a.name === name)?.value;
export const elements = (root: El, tag: string) => [...walk(root)].filter((node) => node.tagName === tag);
export const withPart = (root: El, part: string) =>
  [...walk(root)].filter((node) => (attr(node, 'part') ?? '').split(/\s+/).includes(part));

/** The text of a node; scripts and styles left out. */
export function text(node: El): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'script' || node.tagName === 'style') return '';
  return [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(text).join('');
}

/** `value` with its runs of white space as one space, trimmed. */
export const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

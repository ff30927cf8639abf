/**
 * Job descriptions arrive from feeds as HTML, possibly hostile. They are
 * parsed into an inert document and rebuilt as a small allowlisted tree
 * (`SafeNode`), which is then rendered as lit templates or as escaped HTML:
 * the feed's markup itself is never injected.
 */
import {safeUrl} from '../shared/safe-url.js';
import {parseInert} from '../shared/trusted-types.js';

/** The elements a description may hold. */
export type SafeTag = 'p' | 'br' | 'ul' | 'ol' | 'li' | 'em' | 'strong' | 'a' | 'h3' | 'h4' | 'blockquote';

/** Text, or an allowlisted element; only `a` has an `href`, and it passed `safeUrl()`. */
export type SafeNode = string | {tag: SafeTag; href?: string; children: SafeNode[]};

/**
 * Deeper elements are dropped and rebuilding stops after this many nodes, and
 * only the first characters are parsed at all, so hostile input stays cheap
 * (Firefox takes over a second to parse 3 MB of markup on a slow machine).
 */
const MAX_DEPTH = 20;
const MAX_NODES = 5000;
const MAX_CHARS = 200_000;

const TAGS: Record<string, SafeTag> = {
  p: 'p', br: 'br', ul: 'ul', ol: 'ol', li: 'li', em: 'em', i: 'em', strong: 'strong', b: 'strong', a: 'a',
  h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4', blockquote: 'blockquote',
};
const BLOCKS = new Set<SafeTag>(['p', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote']);
/** Dropped with everything inside them. */
const DROPPED = new Set(
  'script style template iframe object embed svg math noscript form textarea select title noembed noframes xmp'.split(' '),
);
/** Containers that keep their children, their loose text becoming paragraphs. */
const CONTAINERS = new Set(
  'div section article header footer main aside nav address figure figcaption pre dl dt dd table caption tr td th details summary center'.split(' '),
);

/**
 * Parses a feed's description HTML into an allowlisted tree: text, paragraphs,
 * lists, emphasis, links with safe URLs and headings (`h1`–`h3` become `h3`,
 * `h4`–`h6` become `h4`). Scripts, styles, frames, SVG, forms and comments are
 * dropped with their content; every attribute but a safe `href` is dropped;
 * other elements (`span`, `font`, `div`) keep their children, and text loose
 * in a container becomes a paragraph. Whitespace collapses as HTML would, and
 * empty paragraphs go.
 *
 * @example
 * ```ts
 * parseDescription('<p onclick="x()">Hi <b>there</b></p><script>alert(1)</script>');
 * // [{tag: 'p', children: ['Hi ', {tag: 'strong', children: ['there']}]}]
 * ```
 */
export function parseDescription(html: string): SafeNode[] {
  return rebuild(parseHtml(html));
}

/** A parser that builds the tree `DOMParser` would, for a server render where there is none. */
export type HtmlParser = (html: string) => Node;

let serverParser: HtmlParser | undefined;

/**
 * Where there is no `DOMParser` (rendering on Node), the HTML parser to use:
 * one that follows the HTML standard, so a page rendered on the server and
 * the same page rendered in the browser show the same description.
 */
export function useHtmlParser(parse: HtmlParser): void {
  serverParser = parse;
}

/** The one DOM call. A `DOMParser` document is inert: its scripts never run and its images never load. */
function parseHtml(html: string): Node {
  if (serverParser && typeof DOMParser == 'undefined') return serverParser(html.slice(0, MAX_CHARS));
  try {
    return parseInert(html.slice(0, MAX_CHARS), 'text/html').body;
  } catch {
    // Trusted Types refused the parse (the host's `trusted-types` list leaves our policy out): the text alone.
    const body = document.createElement('div');
    body.textContent = html.slice(0, MAX_CHARS).replace(/<[^>]*>/g, ' ');
    return body;
  }
}

/** Whether `node` holds text matching `pattern`. */
const filled = (node: SafeNode, pattern: RegExp): boolean =>
  typeof node == 'string' ? pattern.test(node) : node.children.some((child) => filled(child, pattern));

/** Ends a paragraph where a block was dropped (`a<p></p>b` is two paragraphs); never output. */
const SPLIT: SafeNode = {tag: 'p', children: []};

/** Wraps each run of inline nodes in a `wrap` element (`p` in a container, `li` in a list), dropping empty runs. */
function blocks(list: SafeNode[], wrap: SafeTag): SafeNode[] {
  const out: SafeNode[] = [];
  let run: SafeNode[] = [];
  const flush = () => {
    const node = {tag: wrap, children: run};
    if (filled(node, /\S/)) out.push(node);
    run = [];
  };
  for (const node of list) {
    if (node === SPLIT) flush();
    else if (typeof node == 'string' || !(wrap == 'li' ? node.tag == 'li' : BLOCKS.has(node.tag))) run.push(node);
    else {
      flush();
      // A list item outside a list is a paragraph.
      out.push(node.tag == 'li' && wrap != 'li' ? {tag: 'p', children: node.children} : node);
    }
  }
  flush();
  return out;
}

/** The allowlisted tree of `root`'s children. */
function rebuild(root: Node): SafeNode[] {
  let budget = MAX_NODES;
  // As in HTML, a space right after a line start or after another space
  // collapses, and a space just before a line end goes: `last` is where the
  // last text went, so a line end can trim it.
  let space = true;
  let last: [SafeNode[], number] | undefined;
  const lineBreak = () => {
    if (last) {
      const [list, index] = last;
      const text = (list[index] as string).replace(/ $/, '');
      if (text) list[index] = text;
      else list.splice(index, 1);
    }
    last = undefined;
    space = true;
  };
  const walkChildren = (node: Node, depth: number, inline: boolean, out: SafeNode[]) => {
    for (let child = node.firstChild; child && budget > 0; child = child.nextSibling) walk(child, depth, inline, out);
    return out;
  };
  // `inline`: inside a paragraph, heading, emphasis or link, where containers keep their children inline.
  const walk = (node: Node, depth: number, inline: boolean, out: SafeNode[]): void => {
    budget--;
    // Node.TEXT_NODE; comments and the like (other types) are dropped below.
    if (node.nodeType == 3) {
      let text = (node as Text).data.replace(/[\t\n\f\r ]+/g, ' ');
      if (space) text = text.replace(/^ /, '');
      if (text) {
        // Text beside text (around a dropped or unwrapped element) joins it.
        const index = typeof out[out.length - 1] == 'string' ? out.length - 1 : out.push('') - 1;
        out[index] += text;
        last = [out, index];
        space = text.endsWith(' ');
      }
      return;
    }
    if (node.nodeType != 1 || depth >= MAX_DEPTH) return;
    const name = (node as Element).localName;
    if (DROPPED.has(name)) return;
    const href = safeUrl((node as Element).getAttribute('href'));
    // Own keys only: a `<constructor>` element must not find Object.prototype's.
    const tag = Object.hasOwn(TAGS, name) && (name != 'a' || href) ? TAGS[name] : undefined;
    if (tag == 'br') {
      lineBreak();
      out.push({tag, children: []});
    } else if (!tag && !(CONTAINERS.has(name) && !inline)) {
      walkChildren(node, depth + 1, inline, out);
    } else if (!tag) {
      lineBreak();
      const list = walkChildren(node, depth + 1, false, []);
      lineBreak();
      out.push(...blocks(list, 'p'), SPLIT);
    } else {
      const block = BLOCKS.has(tag);
      if (block) lineBreak();
      let children = walkChildren(node, depth + 1, !block || tag == 'p' || tag == 'h3' || tag == 'h4', []);
      if (block) lineBreak();
      children =
        tag == 'ul' || tag == 'ol'
          ? blocks(children, 'li')
          : tag == 'blockquote'
            ? blocks(children, 'p')
            : tag == 'li'
              ? children.filter((child) => child !== SPLIT)
              : children;
      const element: SafeNode = tag == 'a' ? {tag, href, children} : {tag, children};
      if (filled(element, block ? /\S/ : /./)) out.push(element);
      if (block && !inline) out.push(SPLIT);
    }
  };
  const list = walkChildren(root, 0, false, []);
  lineBreak();
  return blocks(list, 'p');
}

const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The tree as an HTML string, every text and attribute escaped: for the
 * JSON-LD `description`, where Google prefers formatted text.
 *
 * @example
 * ```ts
 * descriptionHtml([{tag: 'p', children: ['1 < 2 & "yes"']}]); // '<p>1 &#60; 2 &#38; &#34;yes&#34;</p>'
 * ```
 */
export function descriptionHtml(nodes: readonly SafeNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node == 'string') return escapeHtml(node);
      if (node.tag == 'br') return '<br>';
      const href = node.tag == 'a' && safeUrl(node.href);
      return `<${node.tag}${href ? ` href="${escapeHtml(href)}"` : ''}>${descriptionHtml(node.children)}</${node.tag}>`;
    })
    .join('');
}

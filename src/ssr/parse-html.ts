/**
 * Feed descriptions parsed on Node with parse5 (the HTML standard's parser,
 * as the browser's `DOMParser` is), seen through the few `Node` members the
 * sanitiser reads: `nodeType`, `data`, `localName`, `getAttribute`,
 * `firstChild` and `nextSibling`.
 */
import {parse} from 'parse5';

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: {name: string; value: string}[];
  childNodes?: Parse5Node[];
}

class NodeView {
  constructor(
    private readonly node: Parse5Node,
    private readonly siblings: readonly Parse5Node[],
    private readonly index: number,
  ) {}

  get nodeType(): number {
    if (this.node.nodeName === '#text') return 3;
    return this.node.tagName ? 1 : 8;
  }

  get data(): string {
    return this.node.value ?? this.node.data ?? '';
  }

  get localName(): string {
    return this.node.tagName ?? '';
  }

  getAttribute(name: string): string | null {
    return this.node.attrs?.find((attr) => attr.name === name)?.value ?? null;
  }

  get firstChild(): NodeView | null {
    // A <template>'s content is not among its children, as in the DOM.
    const children = this.node.childNodes ?? [];
    return children.length ? new NodeView(children[0], children, 0) : null;
  }

  get nextSibling(): NodeView | null {
    const next = this.index + 1;
    return next < this.siblings.length ? new NodeView(this.siblings[next], this.siblings, next) : null;
  }
}

/** The `<body>` of `html` parsed as a document, as `DOMParser` gives it. */
export function parseHtmlBody(html: string): Node {
  const document = parse(html) as unknown as Parse5Node;
  const root = document.childNodes?.find((node) => node.tagName === 'html');
  const body = root?.childNodes?.find((node) => node.tagName === 'body') ?? {nodeName: 'body', tagName: 'body'};
  return new NodeView(body, [body], 0) as unknown as Node;
}

/**
 * Checks a rendered tree for anything that could run script or load a
 * dangerous URL: walks every element, through open shadow roots (dialog
 * content included) and template contents, and lists each fault found.
 */

/**
 * Elements data must never produce. `animate` and `set` can write a
 * `javascript:` href in SVG; `noscript` is how mutation XSS hides markup.
 */
const FORBIDDEN = new Set(
  'iframe frame frameset object embed applet base meta link portal style noscript animate set'.split(' '),
);

/** Attributes that hold a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(
  'href src action formaction xlink:href poster data background ping cite longdesc lowsrc dynsrc codebase manifest icon archive'.split(' '),
);

const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Why `value` is not a safe URL, or `undefined` when it is one: what the
 * browser's own URL parser makes of it (after stripping whitespace and control
 * characters, as the parser does) must be http, https, mailto or tel;
 * relative URLs resolve to the page's http.
 */
export function urlFault(value: string): string | undefined {
  let scheme: string | undefined;
  try {
    scheme = new URL(value, document.baseURI).protocol;
  } catch {
    // Unparsable: the browser would not follow it, unless a scheme still shows.
    const match = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]/g, ''));
    scheme = match ? `${match[1].toLowerCase()}:` : undefined;
  }
  return scheme && !SCHEMES.has(scheme) ? `scheme ${scheme}` : undefined;
}

/** Every element under `root`, in its shadow roots and template contents, depth first. */
export function composedElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const element of (node as ParentNode).querySelectorAll?.('*') ?? []) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element instanceof HTMLTemplateElement) visit(element.content);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** How to name an element in a fault: its tag, and the host it sits in. */
function describe(element: Element): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${element.localName}>${host}`;
}

/**
 * The faults in the tree under `root`: an `on*` attribute, a `<script>` other
 * than JSON-LD, a JSON-LD script whose text could close its element or does
 * not parse, a frame, object, embed, base, meta, link, style or noscript element, a
 * `srcdoc`, an attribute holding a URL of a scheme other than http, https,
 * mailto and tel, a `srcset` with one, or a `style` attribute that loads
 * anything. An empty list means the tree is clean.
 */
export function auditTree(root: Node): string[] {
  const faults: string[] = [];
  for (const element of composedElements(root)) {
    const name = element.localName;
    const where = describe(element);
    if (name === 'script') {
      const text = element.textContent ?? '';
      if ((element as HTMLScriptElement).type !== 'application/ld+json') faults.push(`${where} of type "${(element as HTMLScriptElement).type}"`);
      else if (/<\/script|<!--/i.test(text)) faults.push(`${where} JSON-LD holding "</script" or "<!--"`);
      else {
        try {
          JSON.parse(text);
        } catch {
          faults.push(`${where} JSON-LD that does not parse`);
        }
      }
    }
    if (FORBIDDEN.has(name)) faults.push(where);
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attr.startsWith('on')) faults.push(`${where} ${attr}="${value}"`);
      else if (attr === 'srcdoc') faults.push(`${where} srcdoc`);
      else if (URL_ATTRIBUTES.has(attr) || attribute.localName === 'href') {
        const fault = urlFault(value);
        if (fault) faults.push(`${where} ${attr}="${value}": ${fault}`);
      } else if (attr === 'srcset') {
        for (const candidate of value.split(',')) {
          const fault = urlFault(candidate.trim().split(/\s+/)[0] ?? '');
          if (fault) faults.push(`${where} srcset="${value}": ${fault}`);
        }
      } else if (attr === 'style' && /url\s*\(|expression\s*\(|javascript:|@import/i.test(value)) {
        faults.push(`${where} style="${value}"`);
      }
    }
  }
  return faults;
}

/** The text of the tree under `root` as a reader meets it: text nodes through shadow roots, scripts and styles left out. */
export function composedText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      else if (child instanceof Element && child.localName !== 'script' && child.localName !== 'style') {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return text;
}

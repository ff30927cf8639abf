/**
 * Feed XML read on Node, where there is no `DOMParser`: the XML readers of
 * `src/feeds/` (Indeed, Personio) call `new DOMParser()` through
 * `parseInert`, and `withServerDomParser` gives them one for the time of a
 * read, built on @xmldom/xmldom. It answers as the browser's does: the
 * document of well-formed XML (CDATA read as text, the five predefined
 * entities and character references decoded), or for malformed XML a
 * document whose `<parsererror>` holds the reason.
 */
import {DOMParser as XmlDomParser} from '@xmldom/xmldom';
import {parseHtmlBody} from './parse-html.js';

/**
 * Characters XML 1.0 does not allow anywhere, which xmldom lets through and
 * the browser refuses: controls other than tab and line ends, lone
 * surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** CDATA sections and comments, whose text may hold `&` and `]]>` freely. */
const RAW = /<!\[CDATA\[[^]*?\]\]>|<!--[^]*?-->/g;

/** An `&` that starts no entity or character reference, which xmldom keeps as text and the browser refuses. */
const BARE_AMPERSAND = /&(?![A-Za-z_:][\w.:-]*;|#\d+;|#x[\dA-Fa-f]+;)/;

const position = (text: string, index: number) => {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
};

/** What xmldom leaves to the browser's stricter parser: the reason, or `undefined` for text it may read. */
function strictFault(xml: string): string | undefined {
  const bad = NOT_XML.exec(xml);
  if (bad) return `${position(xml, bad.index)}: the character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  // Blank the raw sections (keeping offsets) so their `&` and `]]>` are not taken for markup.
  const markup = xml.replace(RAW, (raw) => raw.replace(/[^\n]/g, ' '));
  const amp = BARE_AMPERSAND.exec(markup);
  if (amp) return `${position(xml, amp.index)}: "&" starts no entity (write &amp;)`;
  const end = markup.indexOf(']]>');
  if (end >= 0) return `${position(xml, end)}: "]]>" outside a CDATA section`;
  return undefined;
}

/** A stand-in for the browser's error document: `querySelector('parsererror')` finds the reason in a `<div>`, as in Chromium. */
function errorDocument(reason: string): Document {
  const div = {textContent: reason};
  const error = {querySelector: (selector: string) => (selector === 'div' ? div : null)};
  return {querySelector: (selector: string) => (selector === 'parsererror' ? error : null)} as unknown as Document;
}

/** Parses XML as the browser's `DOMParser` does for `application/xml`. */
function parseXmlDocument(xml: string): Document {
  const strict = strictFault(xml);
  if (strict) return errorDocument(strict);
  let reason: string | undefined;
  try {
    const doc = new XmlDomParser({
      onError(level, message, context) {
        // Warnings are malformed attributes and end tags, except a U+FFFD in the text, which is well-formed.
        if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
        const at = (context as {locator?: {lineNumber?: number; columnNumber?: number}} | undefined)?.locator;
        reason ??= `${at?.lineNumber ? `line ${at.lineNumber}, column ${at.columnNumber}: ` : ''}${message.split('\n')[0].trim()}`;
        throw new Error(reason);
      },
    }).parseFromString(xml, 'application/xml');
    // The readers look for the browser's error element; a document xmldom built has none.
    return Object.assign(doc, {querySelector: () => null}) as unknown as Document;
  } catch (error) {
    return errorDocument(reason ?? (error as Error).message.split('\n')[0]);
  }
}

/** The `DOMParser` of a server read: XML through xmldom, HTML through parse5 (as the sanitiser reads it). */
class ServerDomParser {
  parseFromString(text: string, type: string): Document {
    if (type === 'text/html') return {body: parseHtmlBody(text)} as unknown as Document;
    return parseXmlDocument(text);
  }
}

/**
 * Runs `read` with a global `DOMParser` that reads XML (and HTML), where
 * there is none (Node), and takes it away afterwards. Only the `render`
 * command uses it, around reading its feed: the Node API takes jobs already
 * read and leaves the global scope alone.
 */
export async function withServerDomParser<T>(read: () => T | Promise<T>): Promise<T> {
  const scope = globalThis as {DOMParser?: unknown};
  if (scope.DOMParser !== undefined) return read();
  scope.DOMParser = ServerDomParser;
  try {
    return await read();
  } finally {
    delete scope.DOMParser;
  }
}

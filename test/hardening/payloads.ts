/**
 * The XSS corpus for the hardening tests: classic payloads and dangerous
 * URLs. Every one of them, if it ever ran, would call the global sentinel
 * `__xss(n)` with its own number, so "no script ran" is asserted by the
 * sentinel never being called, and a call names the payload that got through.
 *
 * `sink` says where a payload would run: `html` payloads run when the string
 * is parsed as HTML once (an `innerHTML` bug); `xss-corpus.test.ts` checks
 * that each one really does, in a throwaway frame, so the corpus cannot rot
 * into strings that would prove nothing; `click` payloads run when their
 * link or button is clicked, and `mutation` ones when HTML is parsed,
 * serialised and parsed again (the sanitiser-bypass classics). The others
 * need another sink: a quoted attribute, a second decoding, a template
 * engine, a `<script>` element's text, or an old browser.
 */

/** One payload. */
export interface Payload {
  /** The number it passes to `__xss`. */
  readonly n: number;
  readonly text: string;
  readonly sink: 'html' | 'click' | 'mutation' | 'attribute' | 'decoded' | 'template' | 'script' | 'legacy';
}

const corpus: Array<[Payload['sink'], string]> = [
  ['html', '<img src=x onerror=__xss(1)>'],
  ['html', '<script>__xss(2)</script>'],
  ['html', '"><svg onload=__xss(3)>'],
  ['html', "'><img src=x onerror=__xss(4)>"],
  ['html', '<iframe srcdoc="<script>parent.__xss(5)</script>"></iframe>'],
  ['click', '<a href="javascript:__xss(6)">click me</a>'],
  ['legacy', '<IMG SRC=JaVaScRiPt:__xss(7)>'],
  ['html', '<ScRiPt>__xss(8)</sCrIpT>'],
  ['decoded', '&#x3C;script&#x3E;__xss(9)&#x3C;/script&#x3E;'],
  ['decoded', '&lt;img src=x onerror=__xss(10)&gt;'],
  ['html', '<details open ontoggle=__xss(11)>'],
  ['mutation', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(12)>'],
  ['html', '<svg><foreignObject><img src=x onerror=__xss(13)></foreignObject></svg>'],
  ['html', '<noscript><p title="</noscript><img src=x onerror=__xss(14)>">'],
  ['legacy', "<style>@import 'javascript:__xss(15)';</style>"],
  ['html', '</textarea><script>__xss(16)</script>'],
  ['script', '</script><script>__xss(17)</script>'],
  ['template', '${__xss(18)}'],
  ['template', "{{constructor.constructor('__xss(19)')()}}"],
  ['html', '<body onload=__xss(20)>'],
  ['html', '<svg/onload=__xss(21)>'],
  ['html', '<video><source onerror=__xss(22)></video>'],
  ['html', '<svg><script>__xss(23)</script></svg>'],
  ['click', '<svg><a xlink:href="javascript:__xss(24)"><text y="20">click me</text></a></svg>'],
  ['click', '<form><button formaction="javascript:__xss(25)">click me</button></form>'],
  ['html', '<!--<img src="--><img src=x onerror=__xss(26)//">'],
  ['click', '<a href="&#106;avascript:__xss(27)">click me</a>'],
  ['click', '<a href="java&#x09;script:__xss(28)">click me</a>'],
  ['attribute', '" onmouseover="__xss(29)" x="'],
  ['attribute', "' autofocus onfocus='__xss(30)' x='"],
  ['html', '<iframe src="javascript:parent.__xss(31)"></iframe>'],
  ['legacy', '<div style="background:url(javascript:__xss(32))">x</div>'],
  ['legacy', '<meta http-equiv="refresh" content="0;url=javascript:__xss(33)">'],
  ['decoded', '\\u003cimg src=x onerror=__xss(34)\\u003e'],
  ['decoded', '%3Cimg%20src%3Dx%20onerror%3D__xss(35)%3E'],
  ['script', '<!--<script>__xss(36)</script>-->'],
  ['legacy', '<object data="javascript:parent.__xss(37)"></object>'],
  ['legacy', '<embed src="javascript:parent.__xss(38)">'],
  ['html', '<input autofocus onfocus=__xss(39)>'],
  ['html', '<audio src=x onerror=__xss(40)>'],
  ['legacy', '<link rel=import href="data:text/html,<script>__xss(41)</script>">'],
  ['html', '<img src=x onerror="&#95;&#95;xss(42)">'],
  ['html', '<img/src=x\nonerror=__xss(43)>'],
  ['click', '<a href=" \tjavascript:__xss(44)">click me</a>'],
  ['html', '<table background=x><td><img src=x onerror=__xss(45)></td></table>'],
];

/** The payloads, numbered 1 and up. */
export const PAYLOADS: readonly Payload[] = corpus.map(([sink, text], i) => ({n: i + 1, sink, text}));

/** One dangerous URL. */
export interface DangerousUrl {
  readonly n: number;
  readonly url: string;
  /**
   * The browser's URL parser reads it as a relative path, so it is harmless
   * as an attribute value; it is dangerous only to code that decodes HTML
   * entities in it or drops the character that breaks the scheme.
   */
  readonly inert?: boolean;
}

/** URLs that must never reach an `href` or `src` as what they are. Numbered from 101. */
export const DANGEROUS_URLS: readonly DangerousUrl[] = [
  {n: 101, url: 'javascript:__xss(101)'},
  {n: 102, url: 'JaVaScRiPt:__xss(102)'},
  {n: 103, url: '   javascript:__xss(103)'},
  {n: 104, url: '\tjava\tscript:__xss(104)'},
  {n: 105, url: 'java\nscript:__xss(105)'},
  {n: 106, url: '\u0001javascript:__xss(106)'},
  {n: 107, url: '&#106;avascript:__xss(107)', inert: true},
  {n: 108, url: 'javascript&colon;__xss(108)', inert: true},
  {n: 109, url: 'data:text/html,<script>parent.__xss(109)</script>'},
  {n: 110, url: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTEwKTwvc2NyaXB0Pg=='},
  {n: 111, url: 'vbscript:__xss(111)'},
  {n: 112, url: 'javascript://%0a__xss(112)'},
  {n: 113, url: 'JAVASCRIPT:__xss(113)'},
  {n: 114, url: 'data:image/svg+xml,<svg onload="__xss(114)"/>'},
  {n: 115, url: 'javascript\u0000:__xss(115)', inert: true},
  {n: 116, url: 'java\rscript:__xss(116)'},
  {n: 117, url: 'blob:https://example.com/__xss(117)'},
  {n: 118, url: 'file:///etc/passwd#__xss(118)'},
];

/** A URL that is safe and shows the Apply link, for feeds whose URLs the test keeps valid. */
export const SAFE_URL = 'https://jobs.example.com/apply?ref=xss';

declare global {
  interface Window {
    __xss?: (n: number) => void;
  }
}

/**
 * Installs the sentinel: `__xss`, and `alert`, `confirm`, `prompt` as well, in
 * case a payload of someone else's makes it in. Returns the calls so far and
 * a function that restores the window.
 */
export function installSentinel(): {calls: unknown[]; restore: () => void} {
  const calls: unknown[] = [];
  const saved = {alert: window.alert, confirm: window.confirm, prompt: window.prompt};
  window.__xss = (n) => void calls.push(n);
  window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => (calls.push(`confirm(${message})`), false);
  window.prompt = (message?: string) => (calls.push(`prompt(${message})`), null);
  return {
    calls,
    restore: () => {
      delete window.__xss;
      Object.assign(window, saved);
    },
  };
}

/**
 * The corpus and the audit check themselves, so the hardening tests cannot
 * pass by accident: each `html` payload does call the sentinel when a page
 * parses it as HTML, each `click` payload does when its link or button is
 * clicked, and the audit flags every one of them once they are markup.
 */
import {expect} from '@open-wc/testing';
import {sleep} from '../helpers.js';
import {auditTree, urlFault} from './audit.js';
import {DANGEROUS_URLS, PAYLOADS, type Payload} from './payloads.js';

declare global {
  interface Window {
    __calibrate?: (n: number) => void;
  }
}

const LIVE = new Map<Payload['sink'], string>([
  ['html', 'when parsed as HTML'],
  ['click', 'when parsed as HTML and clicked'],
  ['mutation', 'when parsed, serialised and parsed again'],
]);

/** `html` parsed into a template, whose content is inert: nothing in it loads or runs. */
function inert(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}

/** The sentinel calls `payload` makes when a page is written from it, in a throwaway frame. */
async function callsWhenParsed(payload: Payload): Promise<unknown[]> {
  const calls: unknown[] = [];
  window.__calibrate = (n) => void calls.push(n);
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const markup = payload.sink === 'mutation' ? inert(payload.text).innerHTML : payload.text;
  frame.srcdoc = `<script>window.__xss = parent.__calibrate</script>${markup}`;
  document.body.append(frame);
  try {
    await loaded;
    await sleep(150);
    // autofocus acts only in a focused frame, which a test tab running beside another need not be:
    // focus the element as the browser would have.
    frame.contentDocument!.querySelector<HTMLElement>('[autofocus]')?.focus();
    await sleep(50);
    if (payload.sink === 'click') {
      for (const target of frame.contentDocument!.querySelectorAll('a, button')) {
        target.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: frame.contentWindow}));
      }
      await sleep(150);
    }
  } finally {
    frame.remove();
    delete window.__calibrate;
  }
  return calls;
}

describe('the XSS corpus', () => {
  it('holds at least 30 payloads and 15 dangerous URLs, each numbered once', () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    expect(DANGEROUS_URLS.length).to.be.at.least(15);
    for (const payload of PAYLOADS) expect(payload.text).to.contain(`xss(${payload.n})`);
    for (const {n, url} of DANGEROUS_URLS) {
      const base64 = /;base64,(.*)$/.exec(url)?.[1];
      expect(base64 ? atob(base64) : url).to.contain(`xss(${n})`);
    }
    const numbers = [...PAYLOADS.map((p) => p.n), ...DANGEROUS_URLS.map((u) => u.n)];
    expect(new Set(numbers).size).to.equal(numbers.length);
  });

  for (const payload of PAYLOADS.filter((p) => LIVE.has(p.sink))) {
    it(`payload ${payload.n} runs ${LIVE.get(payload.sink)}: ${payload.text}`, async () => {
      expect(await callsWhenParsed(payload)).to.include(payload.n);
    });
  }

  it('the audit flags every html, click and mutation payload once it is markup', () => {
    for (const payload of PAYLOADS.filter((p) => LIVE.has(p.sink))) {
      const markup = payload.sink === 'mutation' ? inert(payload.text).innerHTML : payload.text;
      // As a fragment (what a component would insert) and as a whole page (`<body onload>` counts only there).
      const faults = [...auditTree(inert(markup).content), ...auditTree(new DOMParser().parseFromString(markup, 'text/html'))];
      expect(faults, `payload ${payload.n}: ${payload.text}`).to.not.be.empty;
    }
  });

  it('the audit finds the scheme of every dangerous URL that is not an entity, as the browser reads it', () => {
    for (const {n, url, inert} of DANGEROUS_URLS) {
      const link = document.createElement('a');
      link.href = url;
      // The browser agrees with the audit: an inert URL is a relative path on this page.
      expect(link.protocol, `URL ${n}`).to.equal(inert ? location.protocol : new URL(link.href).protocol);
      if (inert) expect(urlFault(url), `URL ${n}`).to.be.undefined;
      else expect(urlFault(url), `URL ${n}: ${JSON.stringify(url)}`).to.be.a('string');
    }
    for (const safe of ['https://example.com/', 'mailto:a@b.example', 'tel:+441234', '/jobs?x=1', '#top', 'jobs.json', '//cdn.example/x']) {
      expect(urlFault(safe), safe).to.be.undefined;
    }
  });
});

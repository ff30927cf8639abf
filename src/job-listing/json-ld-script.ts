/**
 * One `<script type="application/ld+json">` in the host's light DOM, where
 * search engines read it; shadow DOM would hide it from some crawlers.
 */
export class JsonLdScript {
  private script?: HTMLScriptElement;

  constructor(private readonly host: HTMLElement) {}

  /** Writes `text` (JSON from `jsonLdText`), or removes the script for `undefined`. */
  set(text: string | undefined): void {
    if (text === undefined) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
    }
    // A text node, not textContent: data is never script, and this stays clear of Trusted Types sinks.
    if (this.script.textContent !== text) this.script.replaceChildren(document.createTextNode(text));
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }
}

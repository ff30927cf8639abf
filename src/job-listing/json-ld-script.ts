import {setJsonScriptText} from '../shared/trusted-types.js';

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
    if (this.script.textContent !== text) {
      try {
        // Under `require-trusted-types-for 'script'` a script's text is checked even for a data block.
        setJsonScriptText(this.script, text);
      } catch (error) {
        console.error(`<${this.host.localName}>: no JSON-LD for this job: ${(error as Error).message}`);
        return this.set(undefined);
      }
    }
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }
}

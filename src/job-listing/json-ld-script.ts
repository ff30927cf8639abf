import {setJsonScriptText} from '../shared/trusted-types.js';

/** The mark on our JSON-LD script in `document.head`, shared with pre-rendered pages. */
const MARK = 'data-employer-widgets';
const SELECTOR = `script[type="application/ld+json"][${MARK}="job-posting"]`;

/** Scripts a listing holds, so two listings never claim the same one. */
const held = new WeakSet<HTMLScriptElement>();

/** The id (`identifier.value`) of the job a JSON-LD script describes, if it parses. */
function jobIdOf(script: HTMLScriptElement): string | undefined {
  try {
    const value = JSON.parse(script.text)?.identifier?.value;
    return value == null ? undefined : String(value);
  } catch {
    return undefined;
  }
}

/**
 * One job's `<script type="application/ld+json" data-employer-widgets="job-posting">`
 * in `document.head`, where every crawler reads it: not in a shadow root,
 * and not in the listing's light DOM, which is itself in a shadow root when
 * the listing is inside `<employer-microsite>`. A script for the same job
 * already in the head (a pre-rendered page) is adopted, not doubled, and
 * its text is left as the server wrote it.
 */
export class JsonLdScript {
  private script?: HTMLScriptElement;
  /** The job the script describes. */
  private jobId?: string;
  private adopted = false;

  constructor(private readonly host: HTMLElement) {}

  /** Writes the JSON-LD `text` (from `jsonLdText`) of job `id`, or removes the script for `undefined`. */
  set(job: {readonly id: string; readonly text: string} | undefined): void {
    if (!job) return this.release();
    if (job.id !== this.jobId) {
      this.release();
      this.jobId = job.id;
      this.script = this.adopt(job.id);
      this.adopted = !!this.script;
    }
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.setAttribute(MARK, 'job-posting');
      held.add(this.script);
    }
    if (!this.adopted && this.script.text !== job.text) {
      try {
        // Under `require-trusted-types-for 'script'` a script's text is checked even for a data block.
        setJsonScriptText(this.script, job.text);
      } catch (error) {
        console.error(`<${this.host.localName}>: no JSON-LD for this job: ${(error as Error).message}`);
        return this.release();
      }
    }
    if (this.script.parentNode !== document.head) document.head.append(this.script);
  }

  /** A pre-rendered script for job `id` in the head that no listing holds yet. */
  private adopt(id: string): HTMLScriptElement | undefined {
    const found = [...document.head.querySelectorAll<HTMLScriptElement>(SELECTOR)].find(
      (script) => !held.has(script) && jobIdOf(script) === id,
    );
    if (found) held.add(found);
    return found;
  }

  private release(): void {
    if (this.script) {
      held.delete(this.script);
      this.script.remove();
    }
    this.script = undefined;
    this.jobId = undefined;
    this.adopted = false;
  }
}

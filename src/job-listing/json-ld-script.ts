import {setJsonScriptText} from '../shared/trusted-types.js';

/** The mark on our JSON-LD script in `document.head`, shared with pre-rendered pages. */
const MARK = 'data-employer-widgets';
const SELECTOR = `script[type="application/ld+json"][${MARK}="job-posting"]`;

/**
 * The scripts listings hold, with how many hold each: two listings that show
 * the same job (on one `param`, from one feed) share its script, which goes
 * when the last of them lets go.
 */
const holders = new Map<HTMLScriptElement, number>();

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
 * already in the head (a pre-rendered page's, or another listing's) is
 * adopted, not doubled, and its text is left as it was written.
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
      holders.set(this.script, 1);
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

  /** A script for job `id` already in the head: the server's, or one another listing holds. */
  private adopt(id: string): HTMLScriptElement | undefined {
    const found = [...document.head.querySelectorAll<HTMLScriptElement>(SELECTOR)].find((script) => jobIdOf(script) === id);
    if (found) holders.set(found, (holders.get(found) ?? 0) + 1);
    return found;
  }

  private release(): void {
    const script = this.script;
    if (script) {
      const left = (holders.get(script) ?? 1) - 1;
      if (left > 0) holders.set(script, left);
      else {
        holders.delete(script);
        script.remove();
      }
    }
    this.script = undefined;
    this.jobId = undefined;
    this.adopted = false;
  }
}

/**
 * The bundle's own Trusted Types policy, `employer-widgets`, for a host page
 * that sends `require-trusted-types-for 'script'`. It is used in two places only:
 * - feed HTML and XML given to `DOMParser`, whose document is inert (no script
 *   runs, nothing loads) and is only read to rebuild an allowlisted tree;
 * - the text of the JSON-LD `<script type="application/ld+json">`, a data block
 *   the browser never runs; the policy refuses text that is not JSON.
 * Lit's templates go through Lit's own policy, `lit-html`.
 */
interface Policy {
  createHTML(text: string): string;
  createScript(text: string): string;
}

interface PolicyFactory {
  createPolicy(name: string, rules: Policy): Policy;
}

let policy: Policy | null | undefined;

/** The policy, made on first use; null where there is no Trusted Types or the host's `trusted-types` list leaves the name out. */
function ownPolicy(): Policy | null {
  if (policy === undefined) {
    try {
      const factory = (globalThis as {trustedTypes?: PolicyFactory}).trustedTypes;
      policy = factory?.createPolicy('employer-widgets', {
        createHTML: (text) => text,
        createScript: (text) => (JSON.parse(text), text),
      }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Parses markup into an inert document. Without the policy the string goes to
 * the sink as it is (the host's default policy, if any, decides).
 */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  // A TrustedHTML where the policy exists; typed as the string it stands for.
  return new DOMParser().parseFromString(ownPolicy()?.createHTML(text) ?? text, type);
}

/** Sets the text of a JSON-LD script (`text` must be JSON). */
export function setJsonScriptText(script: HTMLScriptElement, text: string): void {
  script.text = ownPolicy()?.createScript(text) ?? text;
}

/**
 * What an `ats="<provider>:<account>"` shorthand may be: each provider's
 * form and the parts it takes, apart from the feed URLs they name
 * (`ats.ts`), so that checking a profile does not carry those.
 */

/** A path segment an account may be: letters, digits, `.`, `_`, `-`. */
const SEGMENT = /^[A-Za-z0-9][\w.-]{0,99}$/;
/** A DNS label, for accounts that are a subdomain (Recruitee, Personio). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

interface Shorthand {
  /** How the shorthand is written, for messages. */
  readonly form: string;
  /** What each part after the provider must be, and how it is described. */
  readonly parts: readonly (readonly [pattern: RegExp, what: string])[];
  /** How many of `parts` must be given (default: all). */
  readonly required?: number;
}

const ACCOUNT = [SEGMENT, 'letters, digits, ".", "_" and "-"'] as const;
const SUBDOMAIN = [LABEL, 'letters, digits and "-" (a subdomain)'] as const;

const SHORTHANDS = {
  ashby: {form: 'ashby:<board>', parts: [ACCOUNT]},
  bullhorn: {
    form: 'bullhorn:<cluster>:<corpToken>',
    parts: [
      [/^[a-z0-9-]{1,12}$/i, 'letters, digits and "-" (the number in public-rest<cluster>)'],
      [/^[A-Za-z0-9]{1,64}$/, 'letters and digits'],
    ],
  },
  greenhouse: {form: 'greenhouse:<board>', parts: [ACCOUNT]},
  lever: {form: 'lever:<site>', parts: [ACCOUNT]},
  personio: {form: 'personio:<company>[:<language>]', parts: [SUBDOMAIN, [/^(?:de|en|fr|es|nl|it|pt)$/, 'one of de, en, fr, es, nl, it, pt']], required: 1},
  recruitee: {form: 'recruitee:<company>', parts: [SUBDOMAIN]},
  smartrecruiters: {form: 'smartrecruiters:<company>', parts: [ACCOUNT]},
  workable: {form: 'workable:<account>', parts: [ACCOUNT]},
} as const satisfies Record<string, Shorthand>;

/** A provider the shorthand knows. */
export type AtsProvider = keyof typeof SHORTHANDS;

/** The providers the shorthand knows, in the order messages list them. */
export const ATS_PROVIDERS = Object.keys(SHORTHANDS) as AtsProvider[];

/** A shorthand that names no feed, with the reason in words. */
export class AtsShorthandError extends Error {
  override readonly name = 'AtsShorthandError';
  constructor(
    shorthand: string,
    /** What is wrong, without the shorthand. */
    readonly reason: string,
  ) {
    super(`ats="${shorthand}": ${reason}`);
  }
}

/**
 * The provider and parts of an ATS shorthand (`ashby:acme`,
 * `personio:acme:de`, `bullhorn:<cluster>:<corpToken>`); the provider's name
 * in any case.
 *
 * @throws AtsShorthandError naming the fault: an unknown provider, a missing,
 * empty or malformed account, or parts left over.
 */
export function readAtsShorthand(shorthand: string): {provider: AtsProvider; parts: string[]} {
  const fault = (reason: string) => new AtsShorthandError(shorthand, reason);
  const [name = '', ...parts] = shorthand.trim().split(':');
  const provider = name.toLowerCase();
  if (!Object.hasOwn(SHORTHANDS, provider)) {
    throw fault(`${name ? `unknown provider "${name}"` : 'no provider'}; expected one of ${ATS_PROVIDERS.join(', ')}`);
  }
  const rule: Shorthand = SHORTHANDS[provider as AtsProvider];
  if (parts.length < (rule.required ?? rule.parts.length) || parts.length > rule.parts.length || parts.some((part) => !part)) {
    throw fault(`expected ${rule.form}`);
  }
  parts.forEach((part, i) => {
    const [pattern, what] = rule.parts[i]!;
    if (!pattern.test(part)) throw fault(`"${part}" may hold only ${what}; expected ${rule.form}`);
  });
  return {provider: provider as AtsProvider, parts};
}

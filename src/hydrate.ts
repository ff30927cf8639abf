/**
 * Hydration of server-rendered elements (Declarative Shadow DOM), loaded by
 * the entry only on a page that holds one. `@lit-labs/ssr-client`'s support
 * sets a hook that `lit-element` calls when it first runs; Lit ran before
 * this chunk (it imports Lit from the core chunk), so the hook is called here,
 * once, before the entry lets our elements be defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

type HydrateSupport = (lit: {LitElement: typeof LitElement}) => void;

// The support adds `defer-hydration` to LitElement's own `observedAttributes`:
// present already when some other copy of the support was loaded before Lit.
if (!Object.hasOwn(LitElement, 'observedAttributes')) {
  (globalThis as {litElementHydrateSupport?: HydrateSupport}).litElementHydrateSupport?.({LitElement});
}

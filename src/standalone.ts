/**
 * employer-widgets in one file (`dist/employer-widgets.standalone.js`), for
 * hosts who want no further requests: every element, with hydration support
 * for server-rendered ones, which must run before Lit does.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './elements.js';
export * from './below-the-hero.js';

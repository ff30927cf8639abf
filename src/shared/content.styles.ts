import {css} from 'lit';

/** `:host` as a block that `hidden` hides: every element but the inline modal trigger. */
export const hostStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Typography of profile content (the blocks' layout is `blockStyles`) and
 * the shared focus ring. Every value reads an `--employer-*` token with a fallback.
 */
export const contentStyles = css`
  [part~='base'] {
    box-sizing: border-box;
    color: var(--employer-color-text, #1d1d1b);
    background: var(--employer-color-background, transparent);
    font-family: var(--employer-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--employer-font-size, 1rem);
    line-height: 1.55;
    color-scheme: var(--employer-color-scheme, light);
    overflow-wrap: break-word;
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--employer-font-heading, var(--employer-font, inherit));
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
    color: var(--employer-color-heading, var(--employer-color-text, #1d1d1b));
  }
  h2 {
    font-size: 1.75rem;
    margin-top: 0;
  }
  h3 {
    font-size: 1.3rem;
  }
  h4,
  h5,
  h6 {
    font-size: 1.1rem;
  }
  p {
    margin: 0 0 1em;
  }
  a {
    color: var(--employer-color-link, var(--employer-color-primary, #5b1f69));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--employer-color-focus, #1c8ed6);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The message an element shows in place of content it cannot show. */
export const problemStyles = css`
  [part='error'] {
    display: block;
    box-sizing: border-box;
    margin: 1rem 0;
    padding: 1rem 1.25rem;
    border: 2px solid var(--employer-color-error, #b00020);
    border-radius: var(--employer-radius, 4px);
    background: var(--employer-color-background, #fff);
    color: var(--employer-color-text, #1d1d1b);
    font: 1rem/1.5 var(--employer-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    display: block;
    font-size: 1.125rem;
  }
  [part='error'] ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  [part='error'] code {
    font-family: ui-monospace, monospace;
  }
`;

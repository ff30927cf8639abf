import {css} from 'lit';

export const profileStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: block;
  }
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
  code {
    font-family: ui-monospace, monospace;
  }
`;

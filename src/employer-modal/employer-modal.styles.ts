import {css} from 'lit';
import {blockStyles} from '../shared/block.styles.js';
import {contentStyles, problemStyles} from '../shared/content.styles.js';

export const modalStyles = [
  contentStyles,
  blockStyles,
  problemStyles,
  css`
    /* The button's final height from the start, whatever the line around it. */
    :host {
      display: inline-block;
      min-height: 44px;
      vertical-align: top;
    }
    :host([hidden]) {
      display: none;
    }
    [part~='trigger'] {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.625rem 1.125rem;
      border: 2px solid var(--employer-color-primary, #5b1f69);
      border-radius: var(--employer-radius, 4px);
      background: var(--employer-modal-trigger-background, var(--employer-color-background, #fff));
      color: var(--employer-modal-trigger-color, var(--employer-color-primary, #5b1f69));
      font: inherit;
      font-weight: 700;
      line-height: 1.25;
      text-align: start;
      cursor: pointer;
    }
    [part~='trigger']:hover {
      background: var(--employer-color-primary, #5b1f69);
      color: var(--employer-color-on-primary, #fff);
    }
    dialog {
      box-sizing: border-box;
      width: min(var(--employer-modal-width, 48rem), calc(100vw - 1rem));
      max-width: none;
      max-height: calc(100dvh - 1rem);
      padding: 0;
      border: none;
      border-radius: var(--employer-radius, 4px);
      background: var(--employer-color-background, #fff);
      color: var(--employer-color-text, #1d1d1b);
      box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.35);
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog::backdrop {
      background: var(--employer-modal-backdrop, rgb(20 10 25 / 0.6));
    }
    header {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--employer-color-background, #fff);
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 1rem;
      padding: 1rem clamp(1rem, 4vw, 2rem);
      border-bottom: 1px solid var(--employer-color-border, #8c7f91);
    }
    header h2 {
      margin: 0.25rem 0 0;
      font-size: 1.5rem;
    }
    [part~='close-button'] {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 44px;
      min-width: 44px;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--employer-color-border, #8c7f91);
      border-radius: var(--employer-radius, 4px);
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }
    [part~='close-button']:hover {
      border-color: currentColor;
    }
    .close-icon {
      font-size: 1.5rem;
      line-height: 1;
    }
    [part~='body'] {
      padding: 1.25rem clamp(1rem, 4vw, 2rem) 1.5rem;
    }
    [part~='body'] > :first-child {
      margin-top: 0;
    }
    @media (prefers-reduced-motion: no-preference) {
      dialog[open] {
        animation: employer-modal-in 160ms ease-out;
      }
      @keyframes employer-modal-in {
        from {
          opacity: 0;
          transform: translateY(0.5rem);
        }
      }
    }
  `,
];

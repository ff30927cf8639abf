import {css} from 'lit';
import {hostStyles, problemStyles} from '../shared/content.styles.js';

export const micrositeStyles = [
  hostStyles,
  problemStyles,
  css`
    [part~='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--employer-microsite-gap, 1.5rem);
      color: var(--employer-color-text, #1d1d1b);
      background: var(--employer-color-background, transparent);
      font-family: var(--employer-font, system-ui, sans-serif);
      color-scheme: var(--employer-color-scheme, light);
    }
    [part~='base'].waiting {
      min-height: 100vh;
    }
    [part~='modal-row'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* At least a viewport tall, so the host's content below starts out of view and the page does not jump. */
    [part~='skeleton'] {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      min-height: 100vh;
    }
    .bone {
      border-radius: var(--employer-radius, 4px);
      background: color-mix(in srgb, var(--employer-color-text, #1d1d1b) 8%, transparent);
    }
    .bone.hero {
      height: 22rem;
    }
    .bone.text {
      height: 14rem;
      max-width: 70ch;
    }
    .bone.row {
      height: 3rem;
    }
    .bone.jobs {
      height: 24rem;
    }
    @media (prefers-reduced-motion: no-preference) {
      .bone {
        animation: employer-pulse 1.4s ease-in-out infinite alternate;
      }
      @keyframes employer-pulse {
        to {
          opacity: 0.55;
        }
      }
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];

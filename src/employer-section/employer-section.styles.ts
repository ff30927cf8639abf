import {css} from 'lit';
import {blockStyles} from '../shared/block.styles.js';
import {contentStyles, hostStyles, problemStyles} from '../shared/content.styles.js';

export const sectionStyles = [
  hostStyles,
  contentStyles,
  blockStyles,
  problemStyles,
  css`
    [part~='base'] {
      padding: var(--employer-section-padding, 1.5rem 0);
      max-width: var(--employer-section-max-width, 70ch);
      scroll-margin-top: var(--employer-scroll-margin, 1rem);
    }
    [part~='base']:focus {
      outline: none;
    }
    [part~='base']:focus-visible {
      outline: 3px solid var(--employer-color-focus, #1c8ed6);
    }
  `,
];

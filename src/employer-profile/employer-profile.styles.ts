import {css} from 'lit';
import {hostStyles, problemStyles} from '../shared/content.styles.js';

export const profileStyles = [
  hostStyles,
  css`
    [part='base'] {
      display: block;
    }
  `,
  problemStyles,
];

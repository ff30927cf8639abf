import {css} from 'lit';
import {problemStyles} from '../shared/content.styles.js';

export const profileStyles = [
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    [part='base'] {
      display: block;
    }
  `,
  problemStyles,
];

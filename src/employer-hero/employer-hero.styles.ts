import {css} from 'lit';
import {contentStyles, hostStyles, problemStyles} from '../shared/content.styles.js';

export const heroStyles = [
  hostStyles,
  contentStyles,
  problemStyles,
  css`
    [part~='base'] {
      container: hero / inline-size;
      background: var(--employer-hero-background, var(--employer-color-primary, #5b1f69));
      color: var(--employer-hero-color, var(--employer-color-on-primary, #fff));
      border-radius: var(--employer-radius, 4px);
      padding: var(--employer-hero-padding, 1rem clamp(1rem, 4vw, 2.5rem) 2.5rem);
    }
    a,
    h1,
    h2,
    h3 {
      color: inherit;
    }
    :focus-visible {
      outline-color: var(--employer-hero-focus, currentColor);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem 1.5rem;
      padding-bottom: 1rem;
      margin-bottom: 2rem;
      border-bottom: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    }
    [part='brand'] {
      margin: 0;
      font-weight: 700;
      font-size: 1.125rem;
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    [part='logo'] {
      display: block;
      max-height: 3rem;
      width: auto;
    }
    .short-name {
      display: none;
    }
    .main.with-image {
      display: grid;
      gap: 1.5rem;
    }
    .with-image .text > :last-child {
      margin-bottom: 0;
    }
    [part='image'] {
      display: block;
      width: 100%;
      height: auto;
      border-radius: var(--employer-radius, 4px);
      object-fit: cover;
    }
    @container hero (min-width: 768px) {
      .main.with-image {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: center;
        gap: 2.5rem;
      }
    }
    nav {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
    }
    [part='menu-button'] {
      display: none;
      align-items: center;
      gap: 0.5rem;
      min-height: 44px;
      padding: 0.5rem 1rem;
      border: 2px solid currentColor;
      border-radius: var(--employer-radius, 4px);
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }
    .menu-icon {
      width: 1.125rem;
      height: 0.875rem;
      background: linear-gradient(currentColor 0 0) top / 100% 2px no-repeat,
        linear-gradient(currentColor 0 0) center / 100% 2px no-repeat,
        linear-gradient(currentColor 0 0) bottom / 100% 2px no-repeat;
    }
    [part='nav-list'] {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      padding: 0;
    }
    [part='nav-list'] a {
      display: inline-block;
      padding: 0.5rem 0.25rem;
      font-weight: 600;
    }
    [part='headline'] {
      font-size: clamp(1.75rem, 1.2rem + 3cqi, 2.75rem);
      margin: 0 0 0.75rem;
      max-width: 40ch;
    }
    [part='intro'] {
      font-size: 1.125rem;
      max-width: 60ch;
      margin: 0 0 1.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
    }
    [part~='action'] {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.625rem 1.25rem;
      border: 2px solid currentColor;
      border-radius: var(--employer-radius, 4px);
      font-weight: 700;
      text-decoration: none;
    }
    [part~='primary'] {
      background: var(--employer-color-on-primary, #fff);
      border-color: var(--employer-color-on-primary, #fff);
      color: var(--employer-color-primary, #5b1f69);
    }
    [part~='action']:hover {
      text-decoration: underline;
    }
    @container hero (max-width: 767.98px) {
      .bar {
        align-items: flex-start;
      }
      .short-name {
        display: inline;
      }
      .full-name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      nav {
        flex: 1 1 auto;
      }
      [part='menu-button'] {
        display: inline-flex;
      }
      [part='nav-list'] {
        display: none;
        flex-direction: column;
        align-self: stretch;
        gap: 0;
        margin-top: 0.75rem;
      }
      [part='nav-list'].open {
        display: flex;
      }
      [part='nav-list'] a {
        display: block;
        padding: 0.75rem 0.25rem;
        border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      }
      /* A pre-rendered page read with scripts off: the menu button cannot work, so the links show. */
      @media (scripting: none) {
        [part='menu-button'] {
          display: none;
        }
        [part='nav-list'] {
          display: flex;
        }
      }
    }
  `,
];

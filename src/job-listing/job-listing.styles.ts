import {css} from 'lit';
import {blockStyles} from '../shared/block.styles.js';
import {contentStyles, hostStyles} from '../shared/content.styles.js';

/** What the listing's skeleton needs: the heading, controls, table, cards and the error with Retry. */
export const jobListingStyles = [
  hostStyles,
  contentStyles,
  blockStyles,
  css`
    [part~='base'] {
      container: jobs / inline-size;
      scroll-margin-top: var(--employer-scroll-margin, 1rem);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    label {
      font-weight: 700;
    }
    input,
    select {
      box-sizing: border-box;
      width: 100%;
      min-height: 44px;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--employer-color-border, #8c7f91);
      border-radius: var(--employer-radius, 4px);
      background: var(--employer-color-background, #fff);
      color: inherit;
      font: inherit;
    }
    .status {
      margin: 0 0 0.5rem;
      color: var(--employer-color-muted, #595959);
      min-height: 1.55em;
    }
    [part~='error'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--employer-color-error, #b00020);
      border-radius: var(--employer-radius, 4px);
    }
    [part~='error'] p {
      margin: 0;
      flex: 1 1 14rem;
    }
    button {
      font: inherit;
      color: inherit;
      cursor: pointer;
    }
    [part~='retry'],
    [part~='page-button'] {
      min-height: 44px;
      min-width: 44px;
      padding: 0.5rem 0.875rem;
      border: 2px solid var(--employer-color-primary, #5b1f69);
      border-radius: var(--employer-radius, 4px);
      background: var(--employer-color-background, #fff);
      color: var(--employer-color-primary, #5b1f69);
      font-weight: 700;
    }
    [part~='page-button'][aria-current='page'] {
      background: var(--employer-color-primary, #5b1f69);
      color: var(--employer-color-on-primary, #fff);
    }
    [part~='page-button']:disabled {
      opacity: 0.45;
      cursor: default;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    [part~='title'] {
      margin: 0 0 0.75rem;
    }
    /* The room the page buttons will take, kept while the rows load. */
    .pagination-room {
      height: calc(44px + 1rem);
    }
    table:focus {
      outline: none;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.75rem 0.75rem 0.75rem 0;
      border-bottom: 1px solid var(--employer-color-border, #8c7f91);
    }
    thead th {
      border-bottom-width: 2px;
      white-space: nowrap;
    }
    tbody th {
      font-weight: 400;
    }
    [part~='sort-button'] {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 44px;
      padding: 0;
      border: none;
      background: none;
      font-weight: 700;
      text-align: start;
    }
    .arrow {
      width: 0.75em;
      text-align: center;
      color: var(--employer-color-primary, #5b1f69);
    }
    /* A line's height in all (1lh), like the text that replaces it. */
    .bone {
      display: block;
      height: 1em;
      margin-block: calc((1lh - 1em) / 2);
      border-radius: 3px;
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    @container jobs (max-width: 599.98px) {
      table,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
      thead tr {
        display: contents;
      }
      thead th {
        border: none;
        padding: 0;
      }
      tbody tr {
        margin-bottom: 0.75rem;
        padding: 0.75rem 1rem;
        border: 1px solid var(--employer-color-border, #8c7f91);
        border-radius: var(--employer-radius, 4px);
        background: var(--employer-color-surface, #f6f3f7);
      }
      tbody th,
      tbody td {
        border: none;
        padding: 0.125rem 0;
      }
      tbody td[data-label]::before {
        content: attr(data-label) ': ';
        font-weight: 700;
      }
    }
  `,
];

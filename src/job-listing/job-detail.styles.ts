import {css} from 'lit';

/** A job's own view: in its chunk (`job-view.ts`), adopted by the listing when that arrives. */
export const jobDetailStyles = css`
  [part~='detail'] {
    max-width: 70ch;
  }
  .back {
    margin: 0 0 1rem;
  }
  [part~='back-link']::before {
    content: '← ';
  }
  [part~='job-title'] {
    margin: 0 0 1rem;
  }
  [part~='job-title']:focus {
    outline: none;
  }
  .job-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.375rem 1.25rem;
    margin: 0 0 1.25rem;
  }
  .job-facts div {
    display: contents;
  }
  .job-facts dt {
    font-weight: 700;
  }
  .job-facts dd {
    margin: 0;
  }
  .apply {
    margin: 0 0 1.25rem;
  }
  [part~='apply-link'] {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.625rem 1.5rem;
    border-radius: var(--employer-radius, 4px);
    background: var(--employer-color-primary, #5b1f69);
    color: var(--employer-color-on-primary, #fff);
    font-weight: 700;
    text-decoration: none;
  }
  [part~='apply-link']:hover {
    text-decoration: underline;
  }
  .description ul,
  .description ol {
    padding-inline-start: 1.5em;
  }
  @container jobs (max-width: 599.98px) {
    .job-facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .job-facts dd {
      margin-bottom: 0.5rem;
    }
  }
`;

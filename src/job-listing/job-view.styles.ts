import {css} from 'lit';

/** What only the full list needs (the job links, the pagination): in the listing's chunk. */
export const jobViewStyles = css`
  [part~='job-link'] {
    font-weight: 700;
  }
  [part~='empty'] {
    padding: 1.5rem 0;
    font-weight: 700;
  }
  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  [part~='pagination'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .gap {
    align-self: center;
  }
  @container jobs (max-width: 599.98px) {
    [part~='pagination'] [part~='page-button'] {
      padding-inline: 0.5rem;
    }
  }
`;

import {css} from 'lit';

/**
 * The layout of the profile's blocks (`renderBlocks`): lists, cards,
 * addresses, facts and images. Apart from `contentStyles`, which the hero
 * uses without these, so that the code painted first does not carry them.
 */
export const blockStyles = css`
  .list {
    margin: 0 0 1em;
    padding-inline-start: 1.5em;
  }
  .list li + li {
    margin-top: 0.35em;
  }
  .cards {
    list-style: none;
    margin: 0 0 1.5em;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .card {
    padding: 1rem 1.125rem;
    border: 1px solid var(--employer-color-border, #8c7f91);
    border-top: 4px solid var(--employer-color-accent, var(--employer-color-primary, #5b1f69));
    border-radius: var(--employer-radius, 4px);
    background: var(--employer-color-surface, #f6f3f7);
  }
  .card > :first-child {
    margin-top: 0;
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  .card .date {
    color: var(--employer-color-muted, #595959);
    font-size: 0.9375em;
    margin-top: -0.25em;
  }
  .address-block {
    margin: 0 0 1em;
  }
  address {
    font-style: normal;
    margin-bottom: 0.5em;
  }
  .address-title,
  .address-line {
    display: block;
  }
  .facts {
    margin: 0 0 1em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .image {
    margin: 0 0 1em;
  }
  .image img {
    max-width: 100%;
    height: auto;
  }
  figcaption {
    color: var(--employer-color-muted, #595959);
    font-size: 0.9375em;
  }
`;

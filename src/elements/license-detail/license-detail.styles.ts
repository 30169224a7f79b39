import { css } from 'lit';

/** On top of the license list's styles, which give the facts list, the history table and problems. */
export const licenseDetailStyles = css`
  h2 {
    font-size: 1.2em;
    margin-block: 0 0.3em;
  }
  h3 {
    font-size: 1em;
    margin-block: 1em 0.4em;
  }
  p {
    margin-block: 0 0.4em;
  }
  .pending {
    padding-block: 0.1em;
    padding-inline: 0.8em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .pending.blocked {
    border-inline-start-color: var(--_danger);
  }
  .users {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .users li {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  /* A flex item is as wide as its longest word unless told otherwise: a long name wraps beside the portrait. */
  .users li > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
`;

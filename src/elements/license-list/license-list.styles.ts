import { css } from 'lit';

export const licenseListStyles = css`
  .owner h3 {
    font-size: 1.05em;
    margin-block: 0 0.4em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 1em;
    margin-block: 0 1em;
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .expiry.expiring .warning {
    color: var(--_warning);
  }
  .expiry.expired dd,
  .expiry.expired .warning {
    color: var(--_danger);
    font-weight: 600;
  }
  .warning {
    margin-inline-start: 0.5em;
  }
  .export {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.05em;
    padding-block-end: 0.4em;
  }
  th,
  td {
    text-align: start;
    padding-block: 0.35em;
    padding-inline: 0.6em;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.group th {
    background: var(--_surface-alt);
    font-weight: 600;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .name {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .description {
    color: var(--_muted);
  }
  tr.over-assigned .in-use,
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem {
    display: block;
    font-size: 0.85em;
  }
`;

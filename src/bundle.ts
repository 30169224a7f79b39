/**
 * The drop-in bundle (one file, Lit included) for `<script type="module" src=".../license-widgets.js">`.
 * It carries its own copies of Lit and @lit/localize; like the npm build it configures neither, so it can
 * sit beside a host's own copies (or the npm build) on one page.
 */
export * from './index.js';

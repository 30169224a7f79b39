/**
 * The drop-in bundle (one file, Lit included) for `<script type="module" src=".../license-widgets.js">`.
 * It carries its own copy of @lit/localize, so configuring it here cannot clash with a host's.
 */
import { ensureLocalization } from './i18n/localization.js';

ensureLocalization();
export * from './index.js';

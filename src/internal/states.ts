/** The loading, empty and error views every element shows the same way. Called from render(). */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/msg.js';
import { describeError } from './error-message.js';
import { DataError } from '../data/errors.js';
import { isolate } from '../i18n/format.js';

/** Retrying cannot help when the data source does not offer the resource at all. */
const retryable = (error: unknown) => !(error instanceof DataError && error.kind === 'unsupported');

export function loadingView(label: string) {
  return html`<div class="state loading" role="status" part="loading">
    <span class="spinner" aria-hidden="true"></span>${label}
  </div>`;
}

export function emptyView(title: string, detail?: string) {
  return html`<div class="state empty" role="status" part="empty">
    <strong>${title}</strong>${detail ? html`<p>${detail}</p>` : nothing}
  </div>`;
}

/** The endpoint answered, and it lists no license owners at all (a new installation, a wrong database). */
export function noLicensesView() {
  return emptyView(msg('No licenses', { desc: 'Title of an empty state: the service lists no licenses.' }), msg('The license service lists no license owners.'));
}

export function noEndpointView() {
  return emptyView(msg('No data endpoint'), msg('Set the endpoint attribute to the address of the license service.'));
}

export interface ErrorViewOptions {
  /** Offers Try again (unless retrying cannot help). */
  retry?: () => void;
  /** Replaces the title that describes the kind of error, e.g. "The license file was refused". */
  title?: string;
  /** More to say below the detail, e.g. the licenses a conflict concerns. */
  more?: unknown;
  /** The caller loads again by itself when a server's `Retry-After` ends (see `describeError`). */
  retrying?: boolean;
}

const technicalDetail = (technical: string | undefined) =>
  technical ? html`<p><small class="technical">${msg(str`Technical detail: ${isolate(technical)}`)}</small></p>` : nothing;

const serverSays = (text: string | undefined) =>
  text
    ? html`<p class="server-says" part="server-says">${msg(str`The license service says: “${isolate(text)}”`, {
        desc: "Quotes the server's own explanation of an error. Use your language's quotation marks.",
      })}</p>`
    : nothing;

/** A failure with nothing else to show: the reason, and a way to try again where that can help. */
export function errorView(error: unknown, endpoint: string, { retry, title, more, retrying }: ErrorViewOptions = {}) {
  const text = describeError(error, endpoint, retrying);
  return html`<div class="state error" role="alert" part="error">
    <strong>${title ?? text.title}</strong>
    <p>${text.detail}</p>
    ${serverSays(text.serverSays)} ${technicalDetail(text.technical)} ${more ?? nothing}
    ${retry && retryable(error) ? html`<button type="button" part="retry-button" @click=${retry}>${msg('Try again', { desc: 'Button: repeat the request that failed.' })}</button>` : nothing}
  </div>`;
}

/**
 * `/licenses` failed while the Status tab is shown: one line for the owner tabs that are missing, with
 * its cause in a few words, beside the panel that tells its own failures in full.
 */
export function ownerTabsNotice(error: unknown, endpoint: string, retry: () => void) {
  const text = describeError(error, endpoint, true);
  return html`<div class="notice" role="status" part="owner-tabs-notice">
    <span><strong>${msg('The license owners could not be loaded, so their tabs are missing.')}</strong> ${text.title}.</span>
    ${retryable(error) ? html`<button type="button" part="retry-button" @click=${retry}>${msg('Try again', { desc: 'Button: repeat the request that failed.' })}</button>` : nothing}
  </div>`;
}

/**
 * A failed refresh above data that is still shown: the data stays, the notice says it may be old. Only
 * readers show it, and they load again by themselves when a `Retry-After` ends.
 */
export function staleNotice(error: unknown, endpoint: string, retry: () => void) {
  const text = describeError(error, endpoint, true);
  return html`<div class="notice" role="alert" part="stale-notice">
    <span><strong>${msg('Could not refresh; showing the last data received.')}</strong> ${text.title}. ${text.detail}
      ${serverSays(text.serverSays)} ${technicalDetail(text.technical)}</span>
    <button type="button" part="retry-button" @click=${retry}>${msg('Try again', { desc: 'Button: repeat the request that failed.' })}</button>
  </div>`;
}

/** What each kind of failure means to a person, in their language. Called from render(). */
import { msg, str } from '../i18n/msg.js';
import { DataError } from '../data/errors.js';
import { formatMoment, isolate } from '../i18n/format.js';

export interface ErrorText {
  title: string;
  detail: string;
  /** For the curious and for support: where exactly the data was wrong (a field path). */
  technical?: string;
  /**
   * The server's own explanation (a problem document's `detail`, RFC 9457), shown beside ours when ours
   * does not already quote it: "The license database is not available." says more than "HTTP 500".
   */
  serverSays?: string;
}

/**
 * `retrying`: the caller loads again by itself when the server's `Retry-After` ends (readers do; writes
 * wait for the person), so the text may promise it.
 */
export function describeError(error: unknown, endpoint: string, retrying = false): ErrorText {
  const text = describeKind(error, endpoint, retrying);
  const detail = error instanceof DataError ? error.problem?.detail : undefined;
  return detail && text.detail !== detail ? { ...text, serverSays: detail } : text;
}

function describeKind(error: unknown, endpoint: string, retrying: boolean): ErrorText {
  if (!(error instanceof DataError)) {
    return {
      title: msg('Something went wrong'),
      detail: msg(str`The data from ${isolate(endpoint)} could not be shown.`),
    };
  }
  const status = error.status ?? 0;
  const serverSays = error.problem?.detail ?? error.problem?.title;
  switch (error.kind) {
    case 'network':
      return {
        title: msg('The license service cannot be reached'),
        detail: msg(str`No connection to ${isolate(endpoint)}. Check the network and try again.`),
      };
    case 'timeout':
      return {
        title: msg('The license service did not answer in time'),
        detail: msg(str`${isolate(endpoint)} took too long to answer. Try again in a moment.`),
      };
    case 'unauthorized':
      return {
        title: msg('You are not signed in'),
        detail: msg('Sign in again to see the license information.'),
      };
    case 'forbidden':
      return {
        title: msg('You are not allowed to see this'),
        detail: msg('Your user does not have access to the license information. Ask an administrator.'),
      };
    case 'not-found':
      return {
        title: msg('Not found', { desc: 'Error title: the address asked for does not exist.' }),
        detail: msg(str`${isolate(error.url)} does not exist. Check the endpoint address.`),
      };
    case 'conflict':
    case 'rejected':
      return {
        title: msg('The license service refused the request'),
        detail: serverSays ?? msg(str`HTTP status ${status}.`),
      };
    case 'throttled':
      return {
        title: msg('Too many requests'),
        detail: whenAgain(error.retryAt, retrying) ?? msg('The license service is busy. Try again in a moment.'),
      };
    case 'server':
      return {
        title: msg('The license service has a problem'),
        detail:
          error.retryAt === undefined
            ? msg(str`It answered with HTTP status ${status}. Try again later.`)
            : `${msg(str`It answered with HTTP status ${status}.`)} ${whenAgain(error.retryAt, retrying) ?? ''}`,
      };
    case 'malformed':
      return {
        title: msg('The license service sent unreadable data'),
        detail: msg(str`The answer from ${isolate(error.url)} is not valid JSON.`),
      };
    case 'contract':
      return {
        title: msg('The license service sent unexpected data'),
        detail: msg(
          str`The answer from ${isolate(error.url)} is incomplete or in a form this screen does not understand, so it cannot be shown. Try again later, or tell the administrator of the license service.`,
        ),
        // The validator's own words with the field path, e.g. `owners: Invalid type: Expected Array …`.
        technical: error.message,
      };
    case 'redirect':
      return {
        title: msg('The license service sent the request on to another site'),
        detail: msg(str`${isolate(endpoint)} redirected to another site, so its answer is not shown. Check the endpoint address.`),
        technical: error.message,
      };
    case 'protocol':
      return {
        title: msg('The license service answered in a way this screen cannot use'),
        detail: msg(
          str`${isolate(error.url)} answered “not modified” although this screen had no earlier copy of the data. Try again later, or tell the administrator of the license service.`,
        ),
        technical: error.message,
      };
    case 'unsupported':
      return {
        title: msg('Not available from this data source'),
        detail: msg(str`${isolate(endpoint)} does not offer this information.`),
      };
    case 'http':
      return {
        title: msg('The license service answered with an error'),
        detail: msg(str`It answered with HTTP status ${status}.`),
      };
  }
}

/** The moment the server named in `Retry-After`, as the next step. */
function whenAgain(retryAt: number | undefined, retrying: boolean): string | undefined {
  if (retryAt === undefined) return undefined;
  const time = formatMoment(retryAt);
  return retrying ? msg(str`Trying again at ${time}.`) : msg(str`The license service takes requests again at ${time}.`);
}

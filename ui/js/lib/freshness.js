// @ts-check
//! Pure text for the list's freshness line ("Updated 14:05", "Offline since …") and the
//! rate-limit waiting notice. No DOM, no IPC, no clock reads: callers pass `now`.

import { clockOrDay } from './format.js';

/**
 * @typedef {Object} Freshness
 * @property {{ fetchedAt: string, fromCache: boolean } | null} list  the list on screen
 * @property {boolean} refreshing  a tokensRefresh call is in flight
 * @property {{ kind: string, message: string } | null} error  the last refresh failure
 * @property {string | Date | null} offlineSince  first network failure of the current streak
 */
/** @typedef {'busy'|'ok'|'offline'|'error'|'none'} FreshnessTone */

/**
 * The freshness line under the toolbar.
 * @param {Freshness} s
 * @param {Date} now
 * @param {{ timeZone?: string }} [opt]
 * @returns {{ text: string, tone: FreshnessTone }}
 */
export function freshnessText(s, now, opt) {
  const from = s.list ? clockOrDay(s.list.fetchedAt, now, opt) : '';
  if (s.refreshing) {
    if (!s.list) return { text: 'Loading tokens…', tone: 'busy' };
    if (s.list.fromCache || s.error) return { text: `Refreshing… showing the list from ${from}`, tone: 'busy' };
    return { text: 'Refreshing…', tone: 'busy' };
  }
  if (s.error) {
    if (s.error.kind === 'network') {
      const since = clockOrDay(s.offlineSince ?? now, now, opt);
      if (s.list) return { text: `Offline since ${since} — showing the list from ${from}`, tone: 'offline' };
      return { text: `Offline since ${since}. ${s.error.message}`, tone: 'offline' };
    }
    if (s.list) return { text: `${s.error.message} Showing the list from ${from}.`, tone: 'error' };
    return { text: s.error.message, tone: 'error' };
  }
  if (!s.list) return { text: '', tone: 'none' };
  if (s.list.fromCache) return { text: `Showing the list from ${from}`, tone: 'offline' };
  return { text: `Updated ${from}`, tone: 'ok' };
}

/**
 * The next freshness state after a refresh failed: a network failure starts (or continues)
 * an offline streak; any other failure ends it.
 * @param {Freshness} s
 * @param {{ kind: string, message: string }} error
 * @param {Date} now
 * @returns {Freshness}
 */
export function afterFailure(s, error, now) {
  const offlineSince = error.kind === 'network' ? (s.offlineSince ?? now) : null;
  return { ...s, refreshing: false, error: { kind: error.kind, message: error.message }, offlineSince };
}

/**
 * The next freshness state after a refresh succeeded.
 * @param {Freshness} s
 * @param {{ fetchedAt: string, fromCache: boolean }} list
 * @returns {Freshness}
 */
export function afterSuccess(s, list) {
  return { ...s, list: { fetchedAt: list.fetchedAt, fromCache: list.fromCache }, refreshing: false, error: null, offlineSince: null };
}

const WAIT_LEAD = {
  rateLimited: 'Scriptix is rate-limiting',
  unavailable: 'Scriptix is temporarily unavailable',
  network: 'Scriptix cannot be reached right now',
};

/**
 * "Scriptix is rate-limiting; retrying in 12 s…" for an `api-waiting` event.
 * @param {string} reason  "rateLimited" | "unavailable" | "network"
 * @param {number} secondsLeft
 * @param {number} [attempt]  retry number; shown from the second attempt on
 */
export function waitingText(reason, secondsLeft, attempt) {
  const lead = /** @type {Record<string,string>} */ (WAIT_LEAD)[reason] ?? 'Scriptix asked the app to wait';
  const s = Math.max(0, Math.ceil(secondsLeft));
  const when = s > 0 ? `retrying in ${s} s…` : 'retrying now…';
  const nth = attempt && attempt > 1 ? ` (attempt ${attempt})` : '';
  return `${lead}; ${when}${nth}`;
}

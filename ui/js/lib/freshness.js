// @ts-check
//! Pure text for the list's freshness line ("Updated 14:05", "Offline since …") and the
//! rate-limit waiting notice, in the language in use (main.ftl). No DOM, no IPC, no clock reads: callers pass `now`.

import { clockOrDay } from './format.js';
import { t } from './i18n.js';

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
    if (!s.list) return { text: t('main-fresh-loading'), tone: 'busy' };
    if (s.list.fromCache || s.error) return { text: t('main-fresh-refreshing-from', { from }), tone: 'busy' };
    return { text: t('main-fresh-refreshing'), tone: 'busy' };
  }
  if (s.error) {
    if (s.error.kind === 'network') {
      const since = clockOrDay(s.offlineSince ?? now, now, opt);
      if (s.list) return { text: t('main-fresh-offline-from', { since, from }), tone: 'offline' };
      return { text: t('main-fresh-offline-error', { since, message: s.error.message }), tone: 'offline' };
    }
    if (s.list) return { text: t('main-fresh-error-from', { message: s.error.message, from }), tone: 'error' };
    return { text: s.error.message, tone: 'error' };
  }
  if (!s.list) return { text: '', tone: 'none' };
  if (s.list.fromCache) return { text: t('main-fresh-cached', { from }), tone: 'offline' };
  return { text: t('main-fresh-updated', { from }), tone: 'ok' };
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
 * The freshness state with `list` shown (the cached list at the start: a refresh may still be
 * running, and an error stays said).
 * @param {Freshness} s
 * @param {{ fetchedAt: string, fromCache: boolean }} list
 * @returns {Freshness}
 */
export function withList(s, list) {
  return { ...s, list: { fetchedAt: list.fetchedAt, fromCache: list.fromCache } };
}

/**
 * The next freshness state after a refresh succeeded.
 * @param {Freshness} s
 * @param {{ fetchedAt: string, fromCache: boolean }} list
 * @returns {Freshness}
 */
export function afterSuccess(s, list) {
  return { ...withList(s, list), refreshing: false, error: null, offlineSince: null };
}

/** @type {Record<string, () => string>} */
const WAIT_LEAD = {
  rateLimited: () => t('main-wait-rate-limited'),
  unavailable: () => t('main-wait-unavailable'),
  network: () => t('main-wait-network'),
};

/**
 * "Scriptix is rate-limiting; retrying in 12 s…" for an `api-waiting` event.
 * @param {string} reason  "rateLimited" | "unavailable" | "network"
 * @param {number} secondsLeft
 * @param {number} [attempt]  retry number; shown from the second attempt on
 * @param {{ spoken?: boolean }} [opt]  spoken: the seconds as words, for screen readers
 */
export function waitingText(reason, secondsLeft, attempt, opt = {}) {
  const lead = WAIT_LEAD[reason]?.() ?? t('main-wait-other');
  const seconds = Math.max(0, Math.ceil(secondsLeft));
  const when = seconds === 0 ? t('main-wait-now')
    : opt.spoken ? t('main-wait-in-spoken', { seconds }) : t('main-wait-in', { seconds });
  return attempt && attempt > 1 ? t('main-wait-attempt', { reason: lead, when, attempt }) : t('main-wait', { reason: lead, when });
}

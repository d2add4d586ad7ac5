// @ts-check
//! Pure logic for the expiry centre and its badge: the reminder thresholds (parsed from what
//! the user typed, with specific messages), grouping tokens into expired / expiring, the
//! rotations in progress, the badge count and the window title. No DOM, no IPC, no clock
//! reads: "now" is passed in (the core's clock from rotations_list when known). Messages are
//! in the language in use (expiry.ftl).

import { isDue, isOpen } from './rotation.js';
import { t, intlLocale } from './i18n.js';

/**
 * @typedef {import('./tokens.js').Token} Token
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 */

const DAY = 86_400_000;
export const DEFAULT_THRESHOLDS = /** @type {readonly number[]} */ ([30, 14, 7, 1, 0]);
export const MAX_THRESHOLD_DAYS = 365;
export const MAX_THRESHOLDS = 10;

/**
 * Parse "30, 14, 7, 1, 0" into unique whole days, largest first.
 * @param {string} text
 * @returns {{ ok: true, values: number[] } | { ok: false, message: string }}
 */
export function parseThresholds(text) {
  const parts = String(text ?? '').split(/[,;\s]+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: t('expiry-thresholds-empty') };
  /** @type {Set<number>} */
  const seen = new Set();
  for (const p of parts) {
    if (/^-\d+$/.test(p)) return { ok: false, message: t('expiry-thresholds-negative', { value: p }) };
    if (!/^\d+$/.test(p)) return { ok: false, message: t('expiry-thresholds-not-number', { value: p }) };
    const n = Number(p);
    if (n > MAX_THRESHOLD_DAYS) return { ok: false, message: t('expiry-thresholds-too-far', { days: n, max: MAX_THRESHOLD_DAYS }) };
    seen.add(n);
  }
  if (seen.size > MAX_THRESHOLDS) return { ok: false, message: t('expiry-thresholds-too-many', { max: MAX_THRESHOLDS }) };
  return { ok: true, values: [...seen].sort((a, b) => b - a) };
}

/** @param {readonly number[] | null | undefined} values */
export function formatThresholds(values) {
  return (values && values.length ? values : DEFAULT_THRESHOLDS).join(', ');
}

/** The expiry centre's window: the largest threshold (30 days by default). @param {readonly number[] | null | undefined} thresholds */
export function horizonDays(thresholds) {
  const v = thresholds && thresholds.length ? thresholds : DEFAULT_THRESHOLDS;
  return Math.max(...v);
}

/** @param {Token} t */
function expiresMs(t) {
  if (!t.expiresAt) return null;
  const ms = Date.parse(t.expiresAt);
  return Number.isNaN(ms) ? null : ms;
}

/** @param {Token} t @param {Date} now */
export function isExpired(t, now) {
  const ms = expiresMs(t);
  return t.status === 'expired' || (ms !== null && ms <= now.getTime());
}

/** @param {Token} t @param {number} days @param {Date} now */
export function expiresWithin(t, days, now) {
  const ms = expiresMs(t);
  return ms !== null && ms > now.getTime() && ms <= now.getTime() + days * DAY && !isExpired(t, now);
}

/** By expiry, soonest first; ties by name. @param {Token} a @param {Token} b */
const bySoonest = (a, b) => (expiresMs(a) ?? 0) - (expiresMs(b) ?? 0) || String(a.name).localeCompare(String(b.name), intlLocale());

/**
 * @typedef {Object} ExpiryGroups
 * @property {Token[]} expired
 * @property {Token[]} expiring   within the horizon, soonest first
 * @property {Rotation[]} rotations  those still going on, newest first (as listed)
 * @property {Rotation[]} attention  needing attention or due
 * @property {number} horizon  days
 * @property {number} badge
 */

/**
 * @param {readonly Token[]} tokens
 * @param {readonly Rotation[]} rotations
 * @param {Date} now
 * @param {readonly number[] | null | undefined} thresholds
 * @returns {ExpiryGroups}
 */
export function groupExpiry(tokens, rotations, now, thresholds) {
  const horizon = horizonDays(thresholds);
  const expired = tokens.filter((t) => isExpired(t, now)).sort(bySoonest);
  const expiring = tokens.filter((t) => expiresWithin(t, horizon, now)).sort(bySoonest);
  const open = rotations.filter(isOpen);
  const attention = open.filter((r) => r.state === 'needsAttention' || r.state === 'vaultFailed' || isDue(r, now));
  // A token already being replaced is handled: only its rotation may need the user.
  const replacing = new Set(open.map((r) => String(r.oldTokenId)));
  const unhandled = (/** @type {Token} */ t) => !replacing.has(String(t.id));
  const badge = expired.filter(unhandled).length + expiring.filter(unhandled).length + attention.length;
  return { expired, expiring, rotations: open, attention, horizon, badge };
}

/**
 * Tokens "Rotate all expiring within N days" would rotate: expiring (or already expired)
 * within N days, skipping tokens already in a rotation.
 * @param {readonly Token[]} tokens
 * @param {readonly Rotation[]} rotations
 * @param {number} days
 * @param {Date} now
 */
export function rotatableExpiring(tokens, rotations, days, now) {
  const busy = new Set();
  for (const r of rotations) if (isOpen(r)) { busy.add(String(r.oldTokenId)); if (r.newTokenId) busy.add(String(r.newTokenId)); }
  return tokens.filter((t) => !busy.has(String(t.id)) && expiresWithin(t, days, now)).sort(bySoonest);
}

/**
 * "30" → 30; anything not a whole number from 1 to 365 → null.
 * @param {string} text
 */
export function parseDays(text) {
  const s = String(text ?? '').trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_THRESHOLD_DAYS ? n : null;
}

/**
 * The token list's title with the badge: "API tokens — Scriptix Keys (3)", or the usual title
 * when nothing waits. The same words as the title Rust sets after its reminder check
 * (window-title-tokens-attention), so the two never take turns.
 * @param {number} badge
 * @param {string} [base]
 */
export function windowTitle(badge, base = t('window-title-tokens')) {
  return badge > 0 ? t('window-title-tokens-attention', { count: badge }) : base;
}

// @ts-check
//! Pure usage helpers: the "Last used" cell's texts, the `unused` / `in use` filter words,
//! what each anomaly hint means and what to do next, and the 30-day chart's geometry and
//! summary. No DOM, no IPC.

import { relativeTime, exactDateTime } from './format.js';

/**
 * @typedef {Object} LastUsed
 * @property {string} tokenId
 * @property {string|null} lastUsedAt
 * @property {string|null} lastIp
 * @property {'server'|'local'} source
 * @property {'copied'|'exported'|'checked'|null} localAction
 * @typedef {Object} UsageHint
 * @property {string} id
 * @property {string} tokenId
 * @property {string|null} tokenName
 * @property {'newIp'|'spike'|'failedAuth'|'retiringInUse'|'unused'} kind
 * @property {string} at
 * @property {{ ip?: string, date?: string, count?: number, median?: number, reason?: string, minutesAgo?: number, days?: number }} args
 * @typedef {{ date: string, requests: number, errors: number, failedAuth: number }} DayUsage
 */

const DAY = 24 * 60 * 60 * 1000;
/** A key not used for this many days is "unused" (the gentle hint and the filter word). */
export const UNUSED_DAYS = 90;
/** The default of the `recentUseHours` setting. */
export const DEFAULT_RECENT_HOURS = 24;
/** Said once when the server has no usage endpoint. */
export const UNAVAILABLE_TEXT = 'Usage isn’t available from this server. “Last used” shows what this device did with each key (copied, exported or checked here).';

const LOCAL_VERB = { copied: 'Copied here', exported: 'Exported here', checked: 'Checked here' };

/**
 * The "Last used" cell: `text` shown, `title` on hover (exact time and IP), `spoken` for
 * screen readers, `local` when it is this device's knowledge, not the server's.
 * @param {LastUsed | undefined} lu
 * @param {Date} now
 * @returns {{ text: string, title: string, spoken: string, local: boolean }}
 */
export function lastUsedCell(lu, now) {
  if (!lu) return { text: '…', title: 'Not asked yet', spoken: 'Last use not known yet', local: false };
  const rel = relativeTime(lu.lastUsedAt, now);
  const exact = exactDateTime(lu.lastUsedAt);
  if (lu.source === 'local') {
    if (!lu.lastUsedAt || !lu.localAction) {
      return { text: '—', title: 'Nothing known: this server does not report usage, and this device never copied, exported or checked the key.', spoken: 'Last use unknown', local: true };
    }
    const verb = LOCAL_VERB[lu.localAction];
    return { text: `${verb} ${rel}`, title: `${verb} ${exact} (this device only; the server does not report usage)`, spoken: `${verb} ${exact}, this device only`, local: true };
  }
  if (!lu.lastUsedAt) return { text: 'Never', title: 'Scriptix has no use of this key on record.', spoken: 'Never used', local: false };
  const from = lu.lastIp ? ` from ${lu.lastIp}` : '';
  return { text: rel, title: `${exact}${from}`, spoken: `Last used ${exact}${from}`, local: false };
}

/**
 * Whether a key counts as unused: the server knows it was not used for [`UNUSED_DAYS`] days,
 * or never, for a key at least that old (a new key is not "unused" yet; one of unknown age
 * is not judged). Local knowledge never makes a key "unused".
 * @param {LastUsed | undefined} lu @param {Date} now @param {string | null} [createdAt]
 */
export function isUnused(lu, now, createdAt = null) {
  if (!lu || lu.source !== 'server') return false;
  const since = Date.parse(lu.lastUsedAt ?? createdAt ?? '');
  return !Number.isNaN(since) && now.getTime() - since >= UNUSED_DAYS * DAY;
}

/**
 * Whether a key was used within `hours` (server knowledge only).
 * @param {LastUsed | undefined} lu @param {Date} now @param {number} [hours]
 */
export function isInUse(lu, now, hours = DEFAULT_RECENT_HOURS) {
  if (!lu || lu.source !== 'server' || !lu.lastUsedAt) return false;
  const t = Date.parse(lu.lastUsedAt);
  return !Number.isNaN(t) && now.getTime() - t <= hours * 60 * 60 * 1000;
}

/**
 * Takes the usage words out of a filter query: `unused` and `in use` (also `in-use`).
 * @param {string} query
 * @returns {{ rest: string, unused: boolean, inUse: boolean }}
 */
export function usageWords(query) {
  let rest = ` ${query.toLowerCase()} `;
  const inUse = /\sin[\s-]use\s/.test(rest);
  rest = rest.replace(/\sin[\s-]use(?=\s)/g, ' ');
  const unused = /\sunused\s/.test(rest);
  rest = rest.replace(/\sunused(?=\s)/g, ' ');
  return { rest: rest.trim(), unused, inUse };
}

/**
 * Sort value of the "Last used" column: the time, or null (unknown, never) — nulls go last.
 * @param {LastUsed | undefined} lu
 * @returns {number | null}
 */
export function lastUsedTime(lu) {
  if (!lu?.lastUsedAt) return null;
  const t = Date.parse(lu.lastUsedAt);
  return Number.isNaN(t) ? null : t;
}

/**
 * What a hint means and what to do next, for the attention centre.
 * @param {UsageHint} h
 * @returns {{ title: string, meaning: string, next: string, actions: ('rotate'|'delete'|'notes'|'details')[] }}
 */
export function hintText(h) {
  const a = h.args ?? {};
  const name = h.tokenName || `token ${h.tokenId}`;
  switch (h.kind) {
    case 'newIp':
      return {
        title: `“${name}” used from a new address`,
        meaning: `${a.ip ?? 'An address'} used this key on ${a.date ?? 'a recent day'} and had not used it in the 30 days before.`,
        next: 'If you do not recognise it, rotate the key now (emergency rotation). If you do, note who uses it.',
        actions: ['rotate', 'notes', 'details'],
      };
    case 'spike':
      return {
        title: `“${name}”: unusual number of requests`,
        meaning: `${a.count ?? 0} requests on ${a.date ?? 'a recent day'}, more than three times its usual day (median ${formatNumber(a.median ?? 0)}).`,
        next: 'Check who uses the key (its “Used by” note). If the traffic is not yours, rotate it now.',
        actions: ['rotate', 'notes', 'details'],
      };
    case 'failedAuth':
      return {
        title: `Something still uses the ${a.reason ?? 'revoked'} key “${name}”`,
        meaning: `${a.count ?? 0} failed sign-ins with this ${a.reason ?? 'revoked'} key in the last week, the last from ${a.ip ?? 'an unknown address'}.`,
        next: 'An integration still has the old key: give it the current key (see the “Used by” note).',
        actions: ['notes', 'details'],
      };
    case 'retiringInUse':
      return {
        title: `“${name}” is being retired but still in use`,
        meaning: `Still in use from ${a.ip ?? 'an unknown address'} ${minutesText(a.minutesAgo ?? 0)} ago, although its replacement exists.`,
        next: 'Put the new key where this one is used; the old key is deleted only once it has gone quiet.',
        actions: ['notes', 'details'],
      };
    case 'unused':
    default:
      return {
        title: `“${name}” is unused`,
        meaning: `Not used for ${a.days ?? UNUSED_DAYS} days.`,
        next: 'If nothing needs it any more, delete it: fewer live keys, fewer keys to leak.',
        actions: ['delete', 'details'],
      };
  }
}

/** Gentle hints (unused keys) are shown but not counted. @param {UsageHint} h */
export function countsInBadge(h) {
  return h.kind !== 'unused';
}

/** "1 minute", "45 minutes", "3 hours". @param {number} minutes */
export function minutesText(minutes) {
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return `${hours} hours`;
}

/** @param {number} n */
function formatNumber(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * The chart's geometry: one group of three bars per day, scaled to the busiest value.
 * @param {DayUsage[]} daily  oldest first
 * @param {{ width: number, height: number }} size
 * @returns {{ max: number, bars: { date: string, series: 'requests'|'errors'|'failedAuth', x: number, y: number, w: number, h: number, value: number }[] }}
 */
export function chartBars(daily, size) {
  const max = Math.max(1, ...daily.map((d) => Math.max(d.requests, d.errors, d.failedAuth)));
  const slot = daily.length ? size.width / daily.length : size.width;
  const w = Math.max(1, (slot - 2) / 3);
  /** @type {ReturnType<typeof chartBars>['bars']} */
  const bars = [];
  daily.forEach((d, i) => {
    /** @type {('requests'|'errors'|'failedAuth')[]} */ (['requests', 'errors', 'failedAuth']).forEach((series, k) => {
      const value = d[series];
      const h = value === 0 ? 0 : Math.max(1, (value / max) * size.height);
      bars.push({ date: d.date, series, x: i * slot + 1 + k * w, y: size.height - h, w, h, value });
    });
  });
  return { max, bars };
}

/**
 * One sentence that says what the chart shows.
 * @param {DayUsage[]} daily
 */
export function chartSummary(daily) {
  if (daily.length === 0) return 'No usage recorded.';
  const sum = (/** @type {'requests'|'errors'|'failedAuth'} */ k) => daily.reduce((n, d) => n + d[k], 0);
  const busiest = daily.reduce((b, d) => (d.requests > b.requests ? d : b), daily[0]);
  const parts = [`${sum('requests')} requests in the last ${daily.length} days`];
  parts.push(`${sum('errors')} errors`);
  parts.push(`${sum('failedAuth')} failed authentications`);
  const tail = busiest.requests > 0 ? `; busiest day ${busiest.date} with ${busiest.requests} requests.` : '.';
  return `${parts.join(', ')}${tail}`;
}

// @ts-check
//! Pure usage helpers: the "Last used" cell's texts, the `unused` / `in use` filter words,
//! what each anomaly hint means and what to do next, and the 30-day chart's geometry and
//! summary, in the language in use (usage-view.ftl). No DOM, no IPC.

import { relativeTime, exactDateTime } from './format.js';
import { t } from './i18n.js';

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
export function unavailableText() {
  return t('usage-view-unavailable');
}

/**
 * The "Last used" cell: `text` shown, `title` on hover (exact time and IP), `spoken` for
 * screen readers, `local` when it is this device's knowledge, not the server's.
 * @param {LastUsed | undefined} lu
 * @param {Date} now
 * @returns {{ text: string, title: string, spoken: string, local: boolean }}
 */
export function lastUsedCell(lu, now) {
  if (!lu) return { text: '…', title: t('usage-view-not-asked'), spoken: t('usage-view-not-known-spoken'), local: false };
  const rel = relativeTime(lu.lastUsedAt, now);
  const exact = exactDateTime(lu.lastUsedAt);
  if (lu.source === 'local') {
    if (!lu.lastUsedAt || !lu.localAction) {
      return { text: '—', title: t('usage-view-nothing-known'), spoken: t('usage-view-unknown-spoken'), local: true };
    }
    const at = t('usage-view-local-at', { action: lu.localAction, when: exact });
    return { text: t('usage-view-local-at', { action: lu.localAction, when: rel }), title: t('usage-view-local-title', { at }),
      spoken: t('usage-view-local-spoken', { at }), local: true };
  }
  if (!lu.lastUsedAt) return { text: t('usage-view-never'), title: t('usage-view-never-title'), spoken: t('usage-view-never-spoken'), local: false };
  if (!lu.lastIp) return { text: rel, title: exact, spoken: t('usage-view-last-used-spoken', { date: exact }), local: false };
  return { text: rel, title: t('usage-view-at-from', { date: exact, ip: lu.lastIp }),
    spoken: t('usage-view-last-used-from-spoken', { date: exact, ip: lu.lastIp }), local: false };
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
  const at = Date.parse(lu.lastUsedAt);
  return !Number.isNaN(at) && now.getTime() - at <= hours * 60 * 60 * 1000;
}

/**
 * A word (or words, then also joined by "-") of the filter as a pattern between spaces.
 * @param {string[]} words
 */
function wordPattern(words) {
  const alternatives = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .map((w) => w.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]'));
  return new RegExp(`\\s(?:${alternatives.join('|')})(?=\\s)`, 'g');
}

/**
 * Takes the usage words out of a filter query: `unused` and `in use` (also `in-use`), and
 * the same words in the language in use ("ongebruikt", "in gebruik").
 * @param {string} query
 * @returns {{ rest: string, unused: boolean, inUse: boolean }}
 */
export function usageWords(query) {
  let rest = ` ${query.toLowerCase()} `;
  const inUseWords = wordPattern(['in use', t('usage-view-word-in-use')]);
  const inUse = inUseWords.test(rest);
  rest = rest.replace(inUseWords, ' ');
  const unusedWords = wordPattern(['unused', t('usage-view-word-unused')]);
  const unused = unusedWords.test(rest);
  rest = rest.replace(unusedWords, ' ');
  return { rest: rest.trim(), unused, inUse };
}

/**
 * Sort value of the "Last used" column: the time, or null (unknown, never) — nulls go last.
 * @param {LastUsed | undefined} lu
 * @returns {number | null}
 */
export function lastUsedTime(lu) {
  if (!lu?.lastUsedAt) return null;
  const at = Date.parse(lu.lastUsedAt);
  return Number.isNaN(at) ? null : at;
}

/**
 * What a hint means and what to do next, for the attention centre.
 * @param {UsageHint} h
 * @returns {{ title: string, meaning: string, next: string, actions: ('rotate'|'delete'|'notes'|'details')[] }}
 */
export function hintText(h) {
  const a = h.args ?? {};
  const name = h.tokenName || t('usage-view-hint-token', { id: h.tokenId });
  const date = a.date ?? t('usage-view-hint-recent-day');
  const reason = a.reason ?? 'revoked';
  switch (h.kind) {
    case 'newIp':
      return {
        title: t('usage-view-hint-new-ip-title', { name }),
        meaning: t('usage-view-hint-new-ip-meaning', { ip: a.ip ?? t('usage-view-hint-some-address'), date }),
        next: t('usage-view-hint-new-ip-next'),
        actions: ['rotate', 'notes', 'details'],
      };
    case 'spike':
      return {
        title: t('usage-view-hint-spike-title', { name }),
        meaning: t('usage-view-hint-spike-meaning', { count: a.count ?? 0, date, median: a.median ?? 0 }),
        next: t('usage-view-hint-spike-next'),
        actions: ['rotate', 'notes', 'details'],
      };
    case 'failedAuth':
      return {
        title: t('usage-view-hint-failed-title', { reason, name }),
        meaning: t('usage-view-hint-failed-meaning', { count: a.count ?? 0, reason, ip: a.ip ?? t('usage-view-unknown-address') }),
        next: t('usage-view-hint-failed-next'),
        actions: ['notes', 'details'],
      };
    case 'retiringInUse':
      return {
        title: t('usage-view-hint-retiring-title', { name }),
        meaning: t('usage-view-hint-retiring-meaning', { ip: a.ip ?? t('usage-view-unknown-address'), duration: minutesText(a.minutesAgo ?? 0) }),
        next: t('usage-view-hint-retiring-next'),
        actions: ['notes', 'details'],
      };
    case 'unused':
    default:
      return {
        title: t('usage-view-hint-unused-title', { name }),
        meaning: t('usage-view-hint-unused-meaning', { days: a.days ?? UNUSED_DAYS }),
        next: t('usage-view-hint-unused-next'),
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
  if (minutes < 90) return t('usage-view-minutes', { minutes });
  return t('usage-view-hours', { hours: Math.round(minutes / 60) });
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
  if (daily.length === 0) return t('usage-view-summary-none');
  const sum = (/** @type {'requests'|'errors'|'failedAuth'} */ k) => daily.reduce((n, d) => n + d[k], 0);
  const busiest = daily.reduce((b, d) => (d.requests > b.requests ? d : b), daily[0]);
  const totals = t('usage-view-summary-totals', { requests: sum('requests'), days: daily.length, errors: sum('errors'), failed: sum('failedAuth') });
  return busiest.requests > 0
    ? t('usage-view-summary-busiest', { totals, date: busiest.date, busiest: busiest.requests })
    : t('usage-view-summary', { totals });
}

// @ts-check
//! Pure formatting for the token list: relative and exact dates, clock times, status and
//! type badges, and the count line, in the language in use (lib/i18n.js: words from the
//! catalogue, locale for `Intl`). No DOM, no IPC, no clock reads: "now" is always passed in,
//! so every function is deterministic under test.

import { t, intlLocale } from './i18n.js';

/** @typedef {'active'|'expiring30'|'expiring7'|'expired'|'unknown'} TokenStatus */
/** @typedef {{ label: string, glyph: string, tone: string }} Badge */
/** @typedef {{ timeZone?: string }} ZoneOpt  timeZone is for tests; the app uses the OS zone. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Parse an RFC 3339 string; null for missing or unparseable input.
 * @param {string | null | undefined} iso
 * @returns {Date | null}
 */
export function parseDate(iso) {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Intl formatters are slow to build and used per row: one per locale and options. */
/** @type {Map<string, any>} */
const formatters = new Map();

/**
 * @template T
 * @param {string} key
 * @param {() => T} make
 * @returns {T}
 */
function cached(key, make) {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** @param {number} n @param {Intl.RelativeTimeFormatUnit} unit */
function relative(n, unit) {
  const locale = intlLocale();
  return cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' })).format(n, unit);
}

/**
 * "in 5 days", "3 days ago", "in 2 hours", "just now", "in 11 months", "2 years ago".
 * Days are counted as whole 24-hour periods, rounded to the nearest, so "in 5 days" is
 * never shown for something 4 days and 1 hour away.
 * @param {string | null | undefined} iso
 * @param {Date} now
 * @returns {string} "" when the date is missing
 */
export function relativeTime(iso, now) {
  const span = relativeSpan(iso, now);
  if (span === null) return '';
  return span === 'now' ? t('format-just-now') : relative(span[0], span[1]);
}

/**
 * What `relativeTime` says of `iso` at `now`, before it is put into words: a count and its
 * unit, `'now'` for "just now", null when the date is missing. Two moments with equal spans
 * read the same in every language, so a text can be kept while its span stays the same.
 * @param {string | null | undefined} iso
 * @param {Date} now
 * @returns {[number, Intl.RelativeTimeFormatUnit] | 'now' | null}
 */
export function relativeSpan(iso, now) {
  const d = parseDate(iso);
  if (!d) return null;
  const diff = d.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const sign = diff > 0 ? 1 : -1;
  if (abs < MINUTE) return 'now';
  if (abs < HOUR) return [sign * Math.round(abs / MINUTE), 'minute'];
  if (abs < DAY) return [sign * Math.round(abs / HOUR), 'hour'];
  if (abs < 45 * DAY) return [sign * Math.round(abs / DAY), 'day'];
  if (abs < 548 * DAY) return [sign * Math.max(2, Math.round(abs / (30.44 * DAY))), 'month'];
  return [sign * Math.round(abs / (365.25 * DAY)), 'year'];
}

/**
 * The short month name of `d` in the language in use ("Mar", "mrt").
 * @param {Date} d
 * @param {ZoneOpt} [opt]
 */
function monthName(d, opt = {}) {
  const locale = intlLocale();
  return cached(`month|${locale}|${opt.timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: opt.timeZone })).format(d);
}

/**
 * Calendar parts of a date in the given zone (default: the OS zone).
 * @param {Date} d
 * @param {ZoneOpt} [opt]
 */
function parts(d, opt = {}) {
  // Numbers only (no words), so the locale of this formatter never shows.
  if (!opt.timeZone) {
    return { y: d.getFullYear(), m: d.getMonth(), day: d.getDate(), h: d.getHours(), min: d.getMinutes() };
  }
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: opt.timeZone, year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
  });
  /** @type {Record<string, number>} */
  const p = {};
  for (const part of fmt.formatToParts(d)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year, m: p.month - 1, day: p.day, h: p.hour % 24, min: p.minute };
}

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * "14:05" (24-hour clock, local time, in every language).
 * @param {string | Date | null | undefined} when
 * @param {ZoneOpt} [opt]
 */
export function clockTime(when, opt) {
  const d = when instanceof Date ? when : parseDate(when);
  if (!d) return '';
  const p = parts(d, opt);
  return `${pad(p.h)}:${pad(p.min)}`;
}

/**
 * "12 Mar 2026" ("12 mrt 2026"): a month name, never a numeric month, so US and European
 * readers agree. The order is the catalogue's: English Intl would say "Mar 12, 2026".
 * @param {string | null | undefined} iso
 * @param {ZoneOpt} [opt]
 */
export function exactDate(iso, opt) {
  const d = parseDate(iso);
  if (!d) return '';
  const p = parts(d, opt);
  // Day and year as text: a number argument would be grouped ("2,026").
  return t('format-date', { day: String(p.day), month: monthName(d, opt), year: String(p.y) });
}

/**
 * "12 Mar 2026, 14:05" — the exact value shown on hover and read by screen readers.
 * @param {string | null | undefined} iso
 * @param {ZoneOpt} [opt]
 */
export function exactDateTime(iso, opt) {
  const d = parseDate(iso);
  if (!d) return '';
  return t('format-date-time', { date: exactDate(iso, opt), time: clockTime(d, opt) });
}

/**
 * "14:05" when `when` falls on the same local day as `now`, else "12 Mar, 14:05".
 * Used for "Updated …" and "showing the list from …".
 * @param {string | Date | null | undefined} when
 * @param {Date} now
 * @param {ZoneOpt} [opt]
 */
export function clockOrDay(when, now, opt) {
  const d = when instanceof Date ? when : parseDate(when);
  if (!d) return '';
  const a = parts(d, opt);
  const b = parts(now, opt);
  const time = `${pad(a.h)}:${pad(a.min)}`;
  if (a.y === b.y && a.m === b.m && a.day === b.day) return time;
  if (a.y !== b.y) return t('format-date-time', { date: exactDate(d.toISOString(), opt), time });
  return t('format-day-time', { day: String(a.day), month: monthName(d, opt), time });
}

/** @type {Record<TokenStatus, { label: () => string, glyph: string, tone: string }>} */
const STATUS = {
  active: { label: () => t('format-status-active'), glyph: '✓', tone: 'ok' },
  expiring30: { label: () => t('format-status-expiring30'), glyph: '◔', tone: 'notice' },
  expiring7: { label: () => t('format-status-expiring7'), glyph: '!', tone: 'warn' },
  expired: { label: () => t('format-status-expired'), glyph: '✕', tone: 'danger' },
  unknown: { label: () => t('format-status-unknown'), glyph: '?', tone: 'muted' },
};

/**
 * Badge for a token status. Colour is never the only signal: each has its own text and glyph.
 * Anything outside the contract is shown as unknown rather than guessed.
 * @param {string | null | undefined} status
 * @returns {Badge}
 */
export function statusBadge(status) {
  const s = STATUS[/** @type {TokenStatus} */ (status)] ?? STATUS.unknown;
  return { label: s.label(), glyph: s.glyph, tone: s.tone };
}

/**
 * Badge for a token type: batch and realtime get their own colour; other types are shown
 * exactly as the server sent them.
 * @param {string | null | undefined} type
 * @returns {Badge}
 */
export function typeBadge(type) {
  const sent = (type ?? '').trim();
  if (sent.toLowerCase() === 'batch') return { label: t('format-type-batch'), glyph: '▤', tone: 'batch' };
  if (sent.toLowerCase() === 'realtime') return { label: t('format-type-realtime'), glyph: '◉', tone: 'realtime' };
  if (!sent) return { label: t('format-type-unknown'), glyph: '', tone: 'other' };
  return { label: sent, glyph: '', tone: 'other' };
}

/**
 * "12 tokens · 2 expired · 2 expiring within 7 days · 2 within 30 days". Zero parts are
 * left out so the line stays short; "1 token" is singular.
 * @param {{ total: number, expired: number, expiring7: number, expiring30: number }} c
 */
export function countsText(c) {
  const bits = [t('format-count-tokens', { count: c.total })];
  if (c.expired) bits.push(t('format-count-expired', { count: c.expired }));
  if (c.expiring7 && c.expiring30) {
    bits.push(t('format-count-expiring7', { count: c.expiring7 }), t('format-count-within30', { count: c.expiring30 }));
  } else if (c.expiring7) bits.push(t('format-count-expiring7', { count: c.expiring7 }));
  else if (c.expiring30) bits.push(t('format-count-expiring30', { count: c.expiring30 }));
  return bits.join(' · ');
}

/**
 * "Showing 3 of 12" — only meaningful while a filter is active.
 * @param {number} shown
 * @param {number} total
 */
export function showingText(shown, total) {
  return t('format-showing', { shown, total });
}

/** The name Rust gives the demo profile when it makes it (profiles.rs, `upsert_demo`). */
const DEMO_DEFAULT_NAME = 'Demo workspace';

/**
 * A profile as the profile switchers list it: the demo profile marked as such, and named in
 * the language in use while it keeps the name it was made with.
 * @param {{ name: string, demo?: boolean }} p
 */
export function profileLabel(p) {
  if (!p.demo) return p.name;
  return p.name === DEMO_DEFAULT_NAME ? t('format-profile-demo-default') : t('format-profile-demo', { name: p.name });
}

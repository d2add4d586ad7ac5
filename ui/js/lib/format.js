// @ts-check
//! Pure formatting for the token list: relative and exact dates, clock times, status and
//! type badges, and the count line. No DOM, no IPC, no clock reads: "now" is always passed in,
//! so every function is deterministic under test.

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

/**
 * @param {number} n
 * @param {string} unit singular unit
 */
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
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
  const d = parseDate(iso);
  if (!d) return '';
  const diff = d.getTime() - now.getTime();
  const abs = Math.abs(diff);
  let phrase;
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) phrase = plural(Math.round(abs / MINUTE), 'minute');
  else if (abs < DAY) phrase = plural(Math.round(abs / HOUR), 'hour');
  else if (abs < 45 * DAY) phrase = plural(Math.round(abs / DAY), 'day');
  else if (abs < 548 * DAY) phrase = plural(Math.max(2, Math.round(abs / (30.44 * DAY))), 'month');
  else phrase = plural(Math.round(abs / (365.25 * DAY)), 'year');
  return diff > 0 ? `in ${phrase}` : `${phrase} ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Calendar parts of a date in the given zone (default: the OS zone).
 * @param {Date} d
 * @param {ZoneOpt} [opt]
 */
function parts(d, opt = {}) {
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
 * "14:05" (24-hour clock, local time).
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
 * "12 Mar 2026": a month name, never a numeric month, so US and European readers agree.
 * @param {string | null | undefined} iso
 * @param {ZoneOpt} [opt]
 */
export function exactDate(iso, opt) {
  const d = parseDate(iso);
  if (!d) return '';
  const p = parts(d, opt);
  return `${p.day} ${MONTHS[p.m]} ${p.y}`;
}

/**
 * "12 Mar 2026, 14:05" — the exact value shown on hover and read by screen readers.
 * @param {string | null | undefined} iso
 * @param {ZoneOpt} [opt]
 */
export function exactDateTime(iso, opt) {
  const d = parseDate(iso);
  if (!d) return '';
  return `${exactDate(iso, opt)}, ${clockTime(d, opt)}`;
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
  return `${a.day} ${MONTHS[a.m]}${a.y === b.y ? '' : ` ${a.y}`}, ${time}`;
}

/** @type {Record<TokenStatus, Badge>} */
const STATUS = {
  active: { label: 'Active', glyph: '✓', tone: 'ok' },
  expiring30: { label: 'Expires in ≤ 30 days', glyph: '◔', tone: 'notice' },
  expiring7: { label: 'Expires in ≤ 7 days', glyph: '!', tone: 'warn' },
  expired: { label: 'Expired', glyph: '✕', tone: 'danger' },
  unknown: { label: 'Unknown expiry', glyph: '?', tone: 'muted' },
};

/**
 * Badge for a token status. Colour is never the only signal: each has its own text and glyph.
 * Anything outside the contract is shown as unknown rather than guessed.
 * @param {string | null | undefined} status
 * @returns {Badge}
 */
export function statusBadge(status) {
  return STATUS[/** @type {TokenStatus} */ (status)] ?? STATUS.unknown;
}

/**
 * Badge for a token type: batch and realtime get their own colour; other types are shown
 * exactly as the server sent them.
 * @param {string | null | undefined} type
 * @returns {Badge}
 */
export function typeBadge(type) {
  const t = (type ?? '').trim();
  if (t.toLowerCase() === 'batch') return { label: 'Batch', glyph: '▤', tone: 'batch' };
  if (t.toLowerCase() === 'realtime') return { label: 'Realtime', glyph: '◉', tone: 'realtime' };
  if (!t) return { label: 'Unknown', glyph: '', tone: 'other' };
  return { label: t, glyph: '', tone: 'other' };
}

/**
 * "12 tokens · 2 expired · 2 expiring within 7 days · 2 within 30 days". Zero parts are
 * left out so the line stays short; "1 token" is singular.
 * @param {{ total: number, expired: number, expiring7: number, expiring30: number }} c
 */
export function countsText(c) {
  const bits = [plural(c.total, 'token')];
  if (c.expired) bits.push(`${c.expired} expired`);
  if (c.expiring7 && c.expiring30) {
    bits.push(`${c.expiring7} expiring within 7 days`, `${c.expiring30} within 30 days`);
  } else if (c.expiring7) bits.push(`${c.expiring7} expiring within 7 days`);
  else if (c.expiring30) bits.push(`${c.expiring30} expiring within 30 days`);
  return bits.join(' · ');
}

/**
 * "Showing 3 of 12" — only meaningful while a filter is active.
 * @param {number} shown
 * @param {number} total
 */
export function showingText(shown, total) {
  return `Showing ${shown} of ${total}`;
}

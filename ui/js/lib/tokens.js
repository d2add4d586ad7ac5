// @ts-check
//! Pure list logic for tokens: sorting by any column, as-you-type filtering, counts by status.
//! No DOM, no IPC. Inputs are never mutated. Text is compared in the language in use.

import { intlLocale } from './i18n.js';

import { usageWords, isUnused, isInUse, lastUsedTime } from './usage.js';

/**
 * @typedef {Object} Token
 * @property {string} id
 * @property {string} name
 * @property {string} type
 * @property {string|null} createdAt
 * @property {string|null} expiresAt
 * @property {'server'|'local'|'unknown'} expirySource
 * @property {'active'|'expiring30'|'expiring7'|'expired'|'unknown'} status
 * @property {boolean} hasLocalKey
 * @property {string | null} [keyHint]  `sk_live_…` + the last 4 characters of the key this device holds
 * @property {TokenNotes | null} [notes]  this device's notes (never sent to Scriptix)
 */
/**
 * @typedef {Object} TokenNotes
 * @property {string} description
 * @property {string} environment  "production" | "staging" | "dev" | custom text | ""
 * @property {string} usedBy
 * @property {string} owner
 * @property {string | null} updatedAt
 */
/** @typedef {'id'|'name'|'type'|'createdAt'|'expiresAt'|'status'|'lastUsed'} SortKey */
/** @typedef {{ key: SortKey, dir: 'asc'|'desc' }} Sort */

/** The order a fresh list opens in: soonest expiry first. */
export const DEFAULT_SORT = /** @type {Sort} */ ({ key: 'expiresAt', dir: 'asc' });

export const SORT_KEYS = /** @type {SortKey[]} */ (['id', 'name', 'type', 'createdAt', 'expiresAt', 'status', 'lastUsed']);

/** @type {{ locale: string, collator: Intl.Collator } | null} */
let collation = null;

/** The collator of the language in use (built once per language: sorting calls it a lot). */
function collator() {
  const locale = intlLocale();
  if (collation?.locale !== locale) collation = { locale, collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }) };
  return collation.collator;
}

/** Urgency order used when sorting by status (ascending = most urgent first). */
const STATUS_RANK = { expired: 0, expiring7: 1, expiring30: 2, active: 3 };

/**
 * @param {string|null} iso
 * @returns {number|null}
 */
function time(iso) {
  if (!iso) return null;
  let t = parsedTimes.get(iso);
  if (t === undefined) {
    const ms = Date.parse(iso);
    t = Number.isNaN(ms) ? null : ms;
    if (parsedTimes.size > 100_000) parsedTimes.clear();
    parsedTimes.set(iso, t);
  }
  return t;
}

/** Date.parse is the slowest step of sorting thousands of tokens: each timestamp is parsed once. */
/** @type {Map<string, number | null>} */
const parsedTimes = new Map();

/**
 * Compare ids: numerically when both are plain integers, otherwise as natural text.
 * @param {string} a
 * @param {string} b
 * @param {Intl.Collator} coll
 */
function compareIds(a, b, coll) {
  const sa = String(a);
  const sb = String(b);
  if (/^\d+$/.test(sa) && /^\d+$/.test(sb)) {
    return sa.length - sb.length || (sa < sb ? -1 : sa > sb ? 1 : 0);
  }
  return coll.compare(sa, sb);
}

/**
 * @param {Token} t
 * @param {number} now
 */
function isExpired(t, now) {
  if (t.status === 'expired') return true;
  const e = time(t.expiresAt);
  return e !== null && e <= now && t.status !== 'unknown';
}

/**
 * The numbers a sort by a date or status column compares, per token: `primary`, then
 * `secondary`; ascending numbers are the column's order in `sort`'s direction. A missing
 * value is +Infinity, last in both directions (two missing give NaN, which the comparison
 * reads as a tie). Ties go on to the name and id. Null for the columns sorted as text (id,
 * name, type).
 * The expiry column in ascending order (the default): valid tokens soonest-first, then
 * expired ones (most recently expired first), then tokens whose expiry is unknown;
 * descending: latest expiry first, unknown still last.
 * @param {readonly Token[]} tokens
 * @param {Sort} sort
 * @param {number} now  ms since the epoch
 * @param {(t: Token) => import('./usage.js').LastUsed | undefined} lastUsed
 * @returns {{ primary: Float64Array, secondary: Float64Array } | null}
 */
export function sortKeys(tokens, sort, now, lastUsed) {
  const n = tokens.length;
  const primary = new Float64Array(n);
  const secondary = new Float64Array(n);
  const sign = sort.dir === 'desc' ? -1 : 1;
  switch (sort.key) {
    case 'id':
    case 'name':
    case 'type':
      return null;
    case 'createdAt':
      for (let i = 0; i < n; i += 1) primary[i] = orLast(time(tokens[i].createdAt), sign);
      break;
    case 'lastUsed':
      for (let i = 0; i < n; i += 1) primary[i] = orLast(lastUsedTime(lastUsed(tokens[i])), sign);
      break;
    case 'status':
      for (let i = 0; i < n; i += 1) {
        primary[i] = orLast(rank(tokens[i]), sign);
        secondary[i] = orLast(time(tokens[i].expiresAt), 1);
      }
      break;
    case 'expiresAt':
    default:
      for (let i = 0; i < n; i += 1) {
        const t = tokens[i];
        const e = time(t.expiresAt);
        if (e === null) primary[i] = sort.dir === 'desc' ? 1 : 2;
        else if (sort.dir === 'desc') secondary[i] = -e;
        else if (isExpired(t, now)) { primary[i] = 1; secondary[i] = -e; } else secondary[i] = e;
      }
  }
  return { primary, secondary };
}

/** @param {number | null} v @param {number} sign */
function orLast(v, sign) {
  return v === null ? Infinity : sign * v;
}

/**
 * The positions in `tokens` in sorted order (the table keeps them, to put any filter of the
 * same list in that order without comparing again). Missing values (no date, unknown
 * status, empty type) go last in both directions; ties are broken by name, then id, so equal
 * keys never shuffle between renders. Dates and statuses are read once per token (sortKeys),
 * not twice per comparison: sorting 10,000 tokens in no particular order makes about 130,000
 * comparisons.
 * @param {readonly Token[]} tokens
 * @param {Sort} [sort]
 * @param {Date} [now]
 * @param {(t: Token) => import('./usage.js').LastUsed | undefined} [lastUsed]  for the "Last used" column
 * @returns {number[]}
 */
export function sortOrder(tokens, sort = DEFAULT_SORT, now = new Date(), lastUsed = () => undefined) {
  const sign = sort.dir === 'desc' ? -1 : 1;
  const n = tokens.length;
  const coll = collator();
  /** @type {number[]} */
  const order = new Array(n);
  /** @type {string[]} */
  const names = new Array(n);
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    names[i] = tokens[i].name ?? '';
  }
  /** @param {number} i @param {number} j */
  const byId = (i, j) => compareIds(tokens[i].id, tokens[j].id, coll);
  /** @param {number} i @param {number} j */
  const tieBreak = (i, j) => coll.compare(names[i], names[j]) || byId(i, j);
  const keys = sortKeys(tokens, sort, now.getTime(), lastUsed);
  /** @type {(i: number, j: number) => number} */
  let cmp;
  if (keys) {
    const { primary, secondary } = keys;
    cmp = (i, j) => (primary[i] - primary[j]) || (secondary[i] - secondary[j]) || tieBreak(i, j);
  } else if (sort.key === 'id') cmp = (i, j) => sign * byId(i, j) || tieBreak(i, j);
  else if (sort.key === 'name') cmp = (i, j) => sign * coll.compare(names[i], names[j]) || byId(i, j);
  else {
    cmp = (i, j) => nullsLast(tokens[i].type || null, tokens[j].type || null, (x, y) => sign * coll.compare(x, y)) || tieBreak(i, j);
  }
  // Rust sends the list in the default order (view.rs, `window_order`), so it usually comes
  // sorted: n - 1 comparisons confirm it instead of the ~130,000 of sorting 10,000 tokens.
  // The sort is stable and the order total, so a confirmed list is what sorting returns.
  let sorted = true;
  for (let i = 1; i < n && sorted; i += 1) sorted = !(cmp(i - 1, i) > 0);
  if (!sorted) order.sort(cmp);
  return order;
}

/**
 * @param {Token} t
 * @returns {number|null}
 */
function rank(t) {
  const r = /** @type {Record<string, number>} */ (STATUS_RANK)[t.status];
  return r === undefined ? null : r;
}

/**
 * @template T
 * @param {T|null} a
 * @param {T|null} b
 * @param {(a: T, b: T) => number} cmp
 */
function nullsLast(a, b, cmp) {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return cmp(a, b);
}

/**
 * The next sort after clicking a column header: same column toggles direction, a new
 * column starts ascending.
 * @param {Sort} current
 * @param {SortKey} key
 * @returns {Sort}
 */
export function nextSort(current, key) {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: 'asc' };
}

/**
 * As-you-type filter over name, id, type and this device's notes (description, environment,
 * used by, owner), case-insensitive. Several words must all match (each anywhere, possibly in
 * different fields), so "prod batch" finds batch tokens named "Production".
 * The words `unused` and `in use` match by usage (see lib/usage.js) when `usage` is given.
 * A list is taken as never changing once passed (a changed list is a new array, as the
 * workspace makes it): its search texts are kept with it, and a query that only adds to the
 * last one searches the last result.
 * Returns the matches' positions in `tokens` (ascending), or null when the query keeps them
 * all. The array is kept to narrow the next query from: read it, never change it.
 * @param {readonly Token[]} tokens
 * @param {string} query
 * @param {{ lastUsed: (t: Token) => import('./usage.js').LastUsed | undefined, now: Date, recentHours?: number }} [usage]
 * @returns {number[] | null}
 */
export function filterPositions(tokens, query, usage) {
  const u = usage ? usageWords(query) : { rest: query, unused: false, inUse: false };
  const words = u.rest.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !u.unused && !u.inUse) {
    last = null;
    return null;
  }
  const texts = searchTexts(tokens);
  // Typing one more character only narrows: when every word of the last query is part of a
  // word of this one (and usage plays no part), only the last result's rows can match.
  const usageFree = !u.unused && !u.inUse;
  const from = usageFree && last && last.tokens === tokens && last.words.every((w) => words.some((n) => n.includes(w)))
    ? last.matches : null;
  /** @type {number[]} */
  const matches = [];
  const n = from ? from.length : tokens.length;
  for (let k = 0; k < n; k += 1) {
    const i = from ? from[k] : k;
    const t = tokens[i];
    if (usage && u.unused && !isUnused(usage.lastUsed(t), usage.now, t.createdAt)) continue;
    if (usage && u.inUse && !isInUse(usage.lastUsed(t), usage.now, usage.recentHours)) continue;
    const hay = texts[i];
    let all = true;
    for (const w of words) if (!hay.includes(w)) { all = false; break; }
    if (all) matches.push(i);
  }
  last = usageFree ? { tokens, words, matches } : null;
  return matches;
}

/**
 * The last filter without usage words: its list, words and matching positions.
 * @type {{ tokens: readonly Token[], words: string[], matches: number[] } | null}
 */
let last = null;

/** Lower-cased search text per token object; a changed token is a new object (never mutated). */
/** @type {WeakMap<Token, string>} */
const searchTextOf = new WeakMap();
/** The search texts of a list, in its order (one lookup per list instead of per token and keystroke). */
/** @type {WeakMap<readonly Token[], string[]>} */
const listTexts = new WeakMap();

/** @param {readonly Token[]} tokens */
function searchTexts(tokens) {
  let texts = listTexts.get(tokens);
  if (texts === undefined || texts.length !== tokens.length) {
    texts = tokens.map(searchText);
    listTexts.set(tokens, texts);
  }
  return texts;
}

/** The list `prepareSearch` is working through (a newer list stops an older one's work). */
/** @type {readonly Token[] | null} */
let preparing = null;

/**
 * Works out the search texts of a new list before the first keystroke needs them: 10,000
 * take ~10 ms, and each refresh brings new token objects, so the first keystroke after it
 * paid for them. `slice` tokens per call of `later` (a task of its own, e.g. after a paint);
 * a newer list stops the work on this one. Filtering before it ends finds the same rows.
 * @param {readonly Token[]} tokens
 * @param {(step: () => void) => void} later
 * @param {number} [slice]
 */
export function prepareSearch(tokens, later, slice = 2500) {
  if (listTexts.get(tokens)?.length === tokens.length) return;
  preparing = tokens;
  /** @type {string[]} */
  const texts = new Array(tokens.length);
  let i = 0;
  const step = () => {
    // A newer list came, or a keystroke already worked them all out.
    if (preparing !== tokens || listTexts.get(tokens)?.length === tokens.length) return;
    const end = Math.min(tokens.length, i + slice);
    for (; i < end; i += 1) texts[i] = searchText(tokens[i]);
    if (i < tokens.length) { later(step); return; }
    preparing = null;
    listTexts.set(tokens, texts);
  };
  later(step);
}

/** @param {Token} t */
function searchText(t) {
  let hay = searchTextOf.get(t);
  if (hay === undefined) {
    const n = t.notes;
    const notes = n ? [n.description, n.environment, n.usedBy, n.owner].map((v) => v ?? '').join('\u0000') : '';
    hay = `${t.name ?? ''}\u0000${String(t.id)}\u0000${t.type ?? ''}\u0000${notes}`.toLowerCase();
    searchTextOf.set(t, hay);
  }
  return hay;
}

/**
 * Counts by status. `expiring30` counts only tokens in the 8–30 day band (the server's
 * `expiring30` status), so the numbers add up to `total`.
 * @param {readonly Token[]} tokens
 */
export function countTokens(tokens) {
  const c = { total: tokens.length, active: 0, expiring30: 0, expiring7: 0, expired: 0, unknown: 0 };
  for (const t of tokens) {
    if (t.status in c && t.status !== /** @type {any} */ ('total')) c[t.status] += 1;
    else c.unknown += 1;
  }
  return c;
}

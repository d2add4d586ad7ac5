// @ts-check
//! Pure rules and texts for the token lifecycle: the name check (the same rules the core
//! applies, with the same messages, so the user hears about a problem before any call), the
//! expiry a new token will get, the bulk-delete count check, the clipboard countdown and the
//! delete report summary; their words come from the catalogue (locales/*/lifecycle.ftl).
//! No DOM, no IPC, no clock reads: "now" is always passed in.

import { exactDate } from './format.js';
import { t, intlLocale } from './i18n.js';

/** Longest accepted token name, in characters (code points), as in core/src/names.rs. */
export const NAME_MAX = 100;

/** @typedef {{ ok: true, name: string } | { ok: false, message: string }} NameCheck */

/** @param {number} cp */
const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** @param {number} cp */
function isBidiControl(cp) {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f;
}

/** Rust's char::is_control: the C0 and C1 control ranges. @param {number} cp */
function isControl(cp) {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
}

/**
 * Trim and check a token name. Characters are checked first (an invisible character is the
 * more surprising problem), then the length, in the same order as the core.
 * @param {string} input
 * @returns {NameCheck}
 */
export function validateTokenName(input) {
  const name = String(input ?? '').trim();
  if (!name) return { ok: false, message: t('lifecycle-name-empty') };
  let chars = 0;
  for (const ch of name) {
    const cp = /** @type {number} */ (ch.codePointAt(0));
    if (isBidiControl(cp)) {
      return { ok: false, message: t('lifecycle-name-bidi', { code: hex(cp) }) };
    }
    if (isControl(cp)) {
      return { ok: false, message: t('lifecycle-name-control', { code: hex(cp) }) };
    }
    chars += 1;
  }
  if (chars > NAME_MAX) return { ok: false, message: t('lifecycle-name-too-long', { length: chars, max: NAME_MAX }) };
  return { ok: true, name };
}

/**
 * A warning (not an error) when a token with the same name already exists. Compared after
 * trimming, ignoring case, since "Prod" and "prod" are just as easy to mix up.
 * @param {string} input
 * @param {readonly string[]} existingNames
 * @returns {string | null}
 */
export function duplicateNameWarning(input, existingNames) {
  const name = String(input ?? '').trim();
  if (!name) return null;
  const locale = intlLocale();
  const key = name.toLocaleLowerCase(locale);
  const same = existingNames.some((n) => String(n ?? '').trim().toLocaleLowerCase(locale) === key);
  return same ? t('lifecycle-name-duplicate', { name }) : null;
}

/**
 * The expiry periods the create dialog offers; 1 year is the recommended default. `label` is
 * read when shown, so it follows the language in use.
 */
export const EXPIRY_CHOICES = /** @type {const} */ ([
  { years: 1, get label() { return t('lifecycle-years', { years: 1 }); }, recommended: true },
  { years: 2, get label() { return t('lifecycle-years', { years: 2 }); }, recommended: false },
  { years: 5, get label() { return t('lifecycle-years', { years: 5 }); }, recommended: false },
]);

/**
 * `now` plus whole years, on the same calendar day in UTC. 29 February becomes 28 February
 * in a non-leap year, as the server (chrono's checked_add_months) does.
 * @param {Date} now
 * @param {number} years
 * @returns {Date}
 */
export function addYears(now, years) {
  const y = now.getUTCFullYear() + years;
  const m = now.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(now.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, d, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
}

/**
 * "Expires on 27 Nov 2027" for a token created `now` with this period.
 * @param {Date} now
 * @param {number} years
 * @param {{ timeZone?: string }} [opt]
 */
export function expiryText(now, years, opt) {
  return t('lifecycle-expires-on', { date: exactDate(addYears(now, years).toISOString(), opt) });
}

/**
 * Does what the user typed equal the number of tokens about to be deleted?
 * Only plain digits count ("3", " 3 "); "03", "3.0" or "three" do not.
 * @param {string} typed
 * @param {number} count
 */
export function bulkCountMatches(typed, count) {
  const digits = String(typed ?? '').trim();
  return count >= 1 && /^[1-9]\d*$/.test(digits) && Number(digits) === count;
}

/**
 * The clipboard status line while a copied key waits to be cleared.
 * @param {number | null} secondsLeft  null when the user chose "never"
 */
export function countdownText(secondsLeft) {
  if (secondsLeft === null || secondsLeft === undefined) return t('clipboard-copied');
  const s = Math.ceil(secondsLeft);
  if (s <= 0) return t('clipboard-copied-clearing');
  return t('clipboard-copied-clears-in', { seconds: s });
}

/** The "Clear clipboard after" choices (null = never); `label` follows the language in use. */
export const CLIPBOARD_CHOICES = /** @type {const} */ ([
  { value: 10, get label() { return t('clipboard-choice-seconds', { seconds: 10 }); } },
  { value: 30, get label() { return t('clipboard-choice-seconds-default', { seconds: 30 }); } },
  { value: 60, get label() { return t('clipboard-choice-seconds', { seconds: 60 }); } },
  { value: 120, get label() { return t('clipboard-choice-minutes', { minutes: 2 }); } },
  { value: null, get label() { return t('clipboard-choice-never'); } },
]);

/**
 * `“Production” (ID 7)`: how a token is named in confirmations and reports.
 * @param {{ id: string, name?: string | null }} token
 */
export function tokenLabel(token) {
  return token.name
    ? t('lifecycle-token-label', { name: token.name, id: String(token.id) })
    : t('lifecycle-token-label-unnamed', { id: String(token.id) });
}

/**
 * The native confirmation text for deleting one or several tokens.
 * @param {readonly { id: string, name?: string | null }[]} tokens
 */
export function deleteConfirmMessage(tokens) {
  if (tokens.length === 1) return t('lifecycle-delete-confirm-one', { token: tokenLabel(tokens[0]) });
  return t('lifecycle-delete-confirm-many', { count: tokens.length });
}

/**
 * @typedef {{ id: string, name: string | null, ok: boolean, alreadyGone: boolean, message: string | null }} DeleteResult
 * @typedef {{ text: string, tone: 'ok' | 'error', failures: { label: string, message: string }[] }} DeleteSummary
 */

/**
 * Summarise a DeleteReport: successes in one quiet line, each failure with its own message.
 * "Already gone" counts as deleted (the token no longer works either way).
 * @param {{ results: readonly DeleteResult[] }} report
 * @returns {DeleteSummary}
 */
export function deleteSummary(report) {
  const results = report?.results ?? [];
  const done = results.filter((r) => r.ok);
  const gone = done.filter((r) => r.alreadyGone).length;
  const failed = results.filter((r) => !r.ok);
  const failures = failed.map((r) => ({
    label: tokenLabel({ id: String(r.id), name: r.name }),
    message: r.message || t('lifecycle-delete-unconfirmed'),
  }));
  let text;
  if (failed.length === 0) {
    text = gone
      ? t('lifecycle-deleted-some-gone', { count: done.length, gone })
      : t('lifecycle-deleted', { count: done.length });
  } else if (done.length === 0) {
    text = t('lifecycle-delete-failed', { count: failed.length });
  } else {
    text = t('lifecycle-deleted-partly', { done: done.length, failed: failed.length });
  }
  return { text, tone: failed.length ? 'error' : 'ok', failures };
}

/**
 * The orphan notice: keys in this device's vault whose tokens no longer exist.
 * @param {number} n
 */
export function orphansText(n) {
  return t('lifecycle-orphans', { count: n });
}

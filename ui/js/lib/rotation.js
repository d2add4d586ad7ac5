// @ts-check
//! Pure rules and texts for revoke-and-replace rotation: the default replacement name, the
//! grace choices and the date each one means, the plan the wizard sends, due detection, the
//! summary sentence and the per-token badges of the list. No DOM, no IPC, no clock reads:
//! "now" is always passed in (for grace and due decisions it is the core's clock from
//! rotations_list, so tests can move it). Its words come from the catalogue
//! (locales/*/rotation.ftl); the replacement's default name is a name, not text (the core
//! builds the same one), so it stays as it is in every language.

import { exactDate, parseDate } from './format.js';
import { t } from './i18n.js';

/**
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {import('../ipc-types.js').Grace} Grace
 * @typedef {'now'|'oneDay'|'sevenDays'|'fourteenDays'|'until'} GraceKind
 */

const DAY = 86_400_000;

/**
 * The grace choices in the order shown: the emergency comes last, set apart as the exception;
 * seven days is the default. `label` and `hint` follow the language in use.
 */
export const GRACE_CHOICES = /** @type {const} */ ([
  { kind: 'oneDay', days: 1, get label() { return t('rotation-grace-days', { days: 1 }); }, hint: '' },
  { kind: 'sevenDays', days: 7, get label() { return t('rotation-grace-days', { days: 7 }); }, hint: '' },
  { kind: 'fourteenDays', days: 14, get label() { return t('rotation-grace-days', { days: 14 }); }, hint: '' },
  { kind: 'until', days: null, get label() { return t('rotation-grace-until'); }, hint: '' },
  { kind: 'now', days: 0, get label() { return t('rotation-grace-now'); }, get hint() { return t('rotation-grace-now-hint'); } },
]);
export const DEFAULT_GRACE = 'sevenDays';

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/** Longest token name, in characters (code points), as the core checks it. */
const MAX_NAME_CHARS = 100;
/** Trailing "(rotated YYYY-MM-DD)" suffixes of earlier rotations; a user's own words stay. */
const ROTATED_SUFFIXES = /(\s*\(rotated \d{4}-\d{2}-\d{2}\))+$/u;

/**
 * "Production (rotated 2026-11-27)", the date in the local calendar of `now`. An earlier
 * rotation's suffix is replaced, not appended to, and the old name is shortened so the
 * result stays within 100 characters (the same rule as the core's `default_name`).
 * @param {string} oldName
 * @param {Date} now
 */
export function defaultReplacementName(oldName, now) {
  const suffix = ` (rotated ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())})`;
  const stripped = String(oldName ?? '').trim().replace(ROTATED_SUFFIXES, '');
  const base = [...stripped].slice(0, MAX_NAME_CHARS - suffix.length).join('').trim() || 'Token';
  return `${base}${suffix}`;
}

/**
 * "2026-11-27": the local date of `now`, as a date input's value / min.
 * @param {Date} d
 */
export function dateInputValue(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The grace a choice stands for. A custom date means "through the end of that local day"
 * and must fall after today.
 * @param {GraceKind} kind
 * @param {string} customDate  "YYYY-MM-DD" from the date input (only for 'until')
 * @param {Date} now
 * @returns {{ ok: true, grace: Grace } | { ok: false, message: string }}
 */
export function graceFromChoice(kind, customDate, now) {
  if (kind !== 'until') return { ok: true, grace: /** @type {Grace} */ ({ kind }) };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(customDate ?? '').trim());
  if (!m) return { ok: false, message: t('rotation-grace-need-date') };
  const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59);
  if (Number.isNaN(end.getTime()) || end.getDate() !== Number(m[3])) return { ok: false, message: t('rotation-grace-not-a-date') };
  if (dateInputValue(end) <= dateInputValue(now)) {
    return { ok: false, message: t('rotation-grace-past') };
  }
  return { ok: true, grace: { kind: 'until', until: end.toISOString() } };
}

/**
 * When the old key would stop working for a grace choice, for the hint next to it.
 * @param {GraceKind} kind
 * @param {string} customDate
 * @param {Date} now
 * @returns {Date | null}  null for "now" and for an invalid custom date
 */
export function graceEnd(kind, customDate, now) {
  const choice = GRACE_CHOICES.find((c) => c.kind === kind);
  if (!choice || kind === 'now') return null;
  if (choice.days !== null) return new Date(now.getTime() + choice.days * DAY);
  const g = graceFromChoice(kind, customDate, now);
  return g.ok && g.grace.kind === 'until' ? new Date(g.grace.until) : null;
}

/**
 * Is this rotation's grace over, so the old token should be deleted now?
 * @param {Rotation} r
 * @param {Date} now  the core's clock
 */
export function isDue(r, now) {
  if (r.state !== 'retiring') return false;
  const until = parseDate(r.graceUntil);
  return until !== null && until.getTime() <= now.getTime();
}

/** @param {readonly Rotation[]} rotations @param {Date} now */
export function dueRotations(rotations, now) {
  return rotations.filter((r) => isDue(r, now));
}

/** States in which a rotation is still going on (shown in the expiry centre). */
const OPEN_STATES = new Set(['planned', 'creating', 'vaultFailed', 'needsAttention', 'retiring', 'deleting']);
/** @param {Rotation} r */
export const isOpen = (r) => OPEN_STATES.has(r.state);

/** Each state's message id and tone. @type {Record<string, { id: string, tone: string }>} */
const STATE_BADGES = {
  planned: { id: 'rotation-state-planned', tone: 'muted' },
  creating: { id: 'rotation-state-creating', tone: 'notice' },
  vaultFailed: { id: 'rotation-state-vault-failed', tone: 'warn' },
  needsAttention: { id: 'rotation-state-needs-attention', tone: 'danger' },
  retiring: { id: 'rotation-state-retiring', tone: 'notice' },
  deleting: { id: 'rotation-state-deleting', tone: 'notice' },
  done: { id: 'rotation-state-done', tone: 'ok' },
  cancelled: { id: 'rotation-state-cancelled', tone: 'muted' },
};

/**
 * The badge of a state; a code this UI does not know (a newer core) reads "In progress",
 * never as the code itself.
 * @param {string} state
 */
export function stateBadge(state) {
  if (!Object.hasOwn(STATE_BADGES, state)) return { label: t('rotation-state-unknown'), tone: 'muted' };
  return { label: t(STATE_BADGES[state].id), tone: STATE_BADGES[state].tone };
}

/**
 * The summary sentence for one rotation after the wizard.
 * @param {Rotation} r
 * @param {{ timeZone?: string }} [opt]
 */
export function summaryText(r, opt) {
  const name = r.oldName;
  if (r.state === 'done') return t('rotation-summary-done', { name });
  if (r.state === 'cancelled') return t('rotation-summary-cancelled', { name });
  if (r.state === 'needsAttention') return r.needsAttention ?? t('rotation-summary-needs-attention', { name });
  if (r.state === 'planned' || r.state === 'creating') return t('rotation-summary-planned', { name });
  if (r.state === 'vaultFailed') return t('rotation-summary-vault-failed', { name });
  if (r.emergency && r.state === 'deleting') return t('rotation-summary-deleting', { name });
  const date = exactDate(r.graceUntil, opt) || t('rotation-summary-grace-end');
  return r.autoDelete ? t('rotation-summary-retiring-auto', { name, date }) : t('rotation-summary-retiring-confirm', { name, date });
}

/**
 * Row badges for the token list: old tokens being retired and their replacements.
 * @param {readonly Rotation[]} rotations
 * @param {{ timeZone?: string }} [opt]
 * @returns {Map<string, { kind: 'retiring'|'replacement', text: string }>} by token id
 */
export function rowBadges(rotations, opt) {
  /** @type {Map<string, { kind: 'retiring'|'replacement', text: string }>} */
  const out = new Map();
  for (const r of rotations) {
    if (r.state === 'retiring' && r.oldTokenId) {
      out.set(String(r.oldTokenId), { kind: 'retiring', text: t('rotation-badge-retiring', { date: exactDate(r.graceUntil, opt) || t('rotation-badge-no-date') }) });
    }
    if (isOpen(r) && r.newTokenId && !out.has(String(r.newTokenId))) {
      out.set(String(r.newTokenId), { kind: 'replacement', text: t('rotation-badge-replacement', { name: r.oldName }) });
    }
  }
  return out;
}

/**
 * "Key 2 of 3" for the reveal step of a bulk rotation; "" for a single one.
 * @param {number} index  0-based
 * @param {number} total
 */
export function stepText(index, total) {
  return total > 1 ? t('rotation-step', { index: index + 1, total }) : '';
}

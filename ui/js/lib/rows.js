// @ts-check
//! Pure view-model for one token row: every text the table shows, derived from a Token and
//! "now", in the language in use. Keeps the table view free of formatting decisions (and testable without a DOM).

import { envChip, usedByText } from './notes.js';
import { relativeTime, exactDate, exactDateTime, statusBadge, typeBadge } from './format.js';
import { t } from './i18n.js';

/**
 * @typedef {import('./tokens.js').Token} Token
 * @typedef {Object} RowModel
 * @property {string} id
 * @property {string} name
 * @property {import('./format.js').Badge} type
 * @property {string} created       "12 Mar 2025" or "—"
 * @property {string} createdTitle  exact date and time, "" when unknown
 * @property {string} expires       "in 5 days" / "3 days ago" / "Unknown"
 * @property {string} expiresTitle  exact date and time (+ where it came from)
 * @property {string} expiresSpoken what a screen reader hears for the expiry cell
 * @property {import('./format.js').Badge} status
 * @property {boolean} attention  expired or expiring: the merged status cell shows a glyph and colour
 * @property {string} statusText  the merged expiry/status cell: "in 3 days", "Expired 3 days ago"
 * @property {string} statusDate  what the cell shows instead of statusText while the row has focus
 *                               or the pointer: "14 May 2027", "Expired 3 Mar 2026"; "" when unknown
 * @property {boolean} hasLocalKey
 * @property {string | null} keyHint  `sk_live_…abcd` for a key this device holds (never more of the key)
 * @property {{ label: string, tone: string } | null} env  the environment chip from this device's notes
 * @property {string | null} usedBy  "Used by: …" from this device's notes
 */

/**
 * @param {Token} tok
 * @param {Date} now
 * @param {{ timeZone?: string }} [opt]
 * @returns {RowModel}
 */
export function rowModel(tok, now, opt) {
  const exact = exactDateTime(tok.expiresAt, opt);
  const day = exactDate(tok.expiresAt, opt);
  const rel = relativeTime(tok.expiresAt, now);
  let expiresTitle = exact;
  if (exact && tok.expirySource === 'local') expiresTitle = t('table-row-expiry-recorded', { date: exact });
  if (!exact) expiresTitle = t('table-row-expiry-not-said');
  const past = exact && tok.expiresAt && Date.parse(tok.expiresAt) <= now.getTime();
  const status = statusBadge(tok.status);
  const attention = ['notice', 'warn', 'danger'].includes(status.tone);
  return {
    id: String(tok.id),
    name: tok.name || t('table-row-no-name'),
    type: typeBadge(tok.type),
    created: exactDate(tok.createdAt, opt) || '—',
    createdTitle: exactDateTime(tok.createdAt, opt),
    expires: rel || t('table-row-unknown'),
    expiresTitle,
    expiresSpoken: !exact ? t('table-row-expiry-unknown-spoken')
      : past ? t('table-row-expired-spoken', { date: exact, relative: rel }) : t('table-row-expires-spoken', { date: exact, relative: rel }),
    status,
    attention,
    statusText: !rel ? t('table-row-unknown') : tok.status === 'expired' ? t('table-row-expired', { relative: rel }) : rel,
    statusDate: !day ? '' : tok.status === 'expired' ? t('table-row-expired-on', { date: day }) : day,
    hasLocalKey: Boolean(tok.hasLocalKey),
    keyHint: tok.hasLocalKey && tok.keyHint ? tok.keyHint : null,
    env: envChip(tok.notes),
    usedBy: usedByText(tok.notes),
  };
}

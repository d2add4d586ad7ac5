// @ts-check
//! Pure view-model for one token row: every text the table shows, derived from a Token and
//! "now". Keeps the table view free of formatting decisions (and testable without a DOM).

import { envChip, usedByText } from './notes.js';
import { relativeTime, exactDate, exactDateTime, statusBadge, typeBadge } from './format.js';

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
 * @property {string} expiresDate  the exact expiry date ("14 May 2027"), "" when unknown
 * @property {boolean} hasLocalKey
 * @property {string | null} keyHint  `sk_live_…abcd` for a key this device holds (never more of the key)
 * @property {{ label: string, tone: string } | null} env  the environment chip from this device's notes
 * @property {string | null} usedBy  "Used by: …" from this device's notes
 */

/**
 * @param {Token} t
 * @param {Date} now
 * @param {{ timeZone?: string }} [opt]
 * @returns {RowModel}
 */
export function rowModel(t, now, opt) {
  const exact = exactDateTime(t.expiresAt, opt);
  const rel = relativeTime(t.expiresAt, now);
  let expiresTitle = exact;
  if (exact && t.expirySource === 'local') expiresTitle = `${exact} (recorded by this app when the token was created)`;
  if (!exact) expiresTitle = 'Scriptix did not say when this token expires.';
  const past = exact && t.expiresAt && Date.parse(t.expiresAt) <= now.getTime();
  const status = statusBadge(t.status);
  const attention = ['notice', 'warn', 'danger'].includes(status.tone);
  return {
    id: String(t.id),
    name: t.name || '(no name)',
    type: typeBadge(t.type),
    created: exactDate(t.createdAt, opt) || '—',
    createdTitle: exactDateTime(t.createdAt, opt),
    expires: rel || 'Unknown',
    expiresTitle,
    expiresSpoken: exact ? `${past ? 'Expired' : 'Expires'} ${exact}, ${rel}` : 'Expiry unknown',
    status,
    attention,
    statusText: !rel ? 'Unknown' : t.status === 'expired' ? `Expired ${rel}` : rel,
    expiresDate: exactDate(t.expiresAt, opt),
    hasLocalKey: Boolean(t.hasLocalKey),
    keyHint: t.hasLocalKey && t.keyHint ? t.keyHint : null,
    env: envChip(t.notes),
    usedBy: usedByText(t.notes),
  };
}

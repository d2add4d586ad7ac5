// @ts-check
//! Pure rules for the Activity (audit log) view: action labels, the filter sent to
//! `audit_list`, the integrity line, and one row's texts. No DOM, no IPC.

/**
 * @typedef {import('../ipc.js').AuditRecord} AuditRecord
 * @typedef {import('../ipc.js').AuditFilter} AuditFilter
 */

/** Every action the log records, in the order the filter lists them. */
export const AUDIT_ACTIONS = /** @type {const} */ ([
  { action: 'signIn', label: 'Signed in' },
  { action: 'signOut', label: 'Signed out' },
  { action: 'create', label: 'Created token' },
  { action: 'reveal', label: 'Showed key' },
  { action: 'copy', label: 'Copied key' },
  { action: 'export', label: 'Exported key' },
  { action: 'delete', label: 'Deleted token' },
  { action: 'forgetKey', label: 'Forgot key on this device' },
  { action: 'attachKey', label: 'Attached key' },
  { action: 'notesEdit', label: 'Edited notes' },
  { action: 'rotationStep', label: 'Rotation step' },
  { action: 'keyCheck', label: 'Checked key' },
  { action: 'vaultCleanup', label: 'Cleaned up vault' },
  { action: 'profileDelete', label: 'Deleted profile' },
]);

/**
 * @param {string} action
 * @returns {string} the human label; an action code this UI does not know (a newer core)
 *   reads "Other activity", never as the code itself
 */
export function actionLabel(action) {
  return AUDIT_ACTIONS.find((a) => a.action === action)?.label ?? 'Other activity';
}

/**
 * @param {string} outcome
 * @returns {{ label: string, tone: 'ok'|'danger'|'muted' }}
 */
export function outcomeView(outcome) {
  const o = String(outcome ?? '').trim();
  const lower = o.toLowerCase();
  if (['ok', 'success', 'succeeded', 'done'].includes(lower)) return { label: 'Done', tone: 'ok' };
  if (['error', 'failed', 'failure', 'denied'].includes(lower)) return { label: 'Failed', tone: 'danger' };
  if (['cancelled', 'canceled'].includes(lower)) return { label: 'Cancelled', tone: 'muted' };
  return { label: o ? o[0].toUpperCase() + o.slice(1) : '—', tone: 'muted' };
}

/**
 * The filter sent to `audit_list` / `audit_export`: empty parts are left out.
 * @param {{ action?: string, text?: string }} input
 * @returns {AuditFilter}
 */
export function buildAuditFilter(input) {
  /** @type {AuditFilter} */
  const f = {};
  const action = String(input.action ?? '').trim();
  const text = String(input.text ?? '').trim();
  if (action && action !== 'all') f.action = action;
  if (text) f.text = text;
  return f;
}

/**
 * @param {{ ok: boolean, firstBadSeq: number | null, checked: number, unsigned?: number, keyMissing?: boolean }} integrity
 * @returns {{ ok: boolean, text: string }}
 */
export function integrityText(integrity) {
  const n = Number(integrity?.checked ?? 0);
  if (integrity?.ok) {
    const base = `Log intact · ${n} ${n === 1 ? 'entry' : 'entries'} checked`;
    if (integrity.keyMissing) return { ok: true, text: `${base} · signatures not checked: the credential vault is locked` };
    const u = Number(integrity.unsigned ?? 0);
    if (u > 0) return { ok: true, text: `${base} · the newest ${u === 1 ? 'entry was' : `${u} entries were`} written while the vault was locked and ${u === 1 ? 'is' : 'are'} not signed yet` };
    return { ok: true, text: base };
  }
  const at = integrity?.firstBadSeq;
  return { ok: false, text: at === null || at === undefined
    ? 'The log was changed outside the app'
    : `The log was changed outside the app at entry #${at}` };
}

/**
 * Local, exact time with seconds: "27 Nov 2026, 10:04:05".
 * @param {string} iso
 * @param {{ timeZone?: string }} [opt]
 */
export function auditTime(iso, opt) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso ?? '');
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: opt?.timeZone }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: opt?.timeZone }).format(d);
  return `${date}, ${time}`;
}

/**
 * Every text one table row shows.
 * @param {AuditRecord} r
 * @param {{ timeZone?: string }} [opt]
 */
export function auditRowModel(r, opt) {
  const token = r.tokenId === null || r.tokenId === undefined
    ? '—'
    : r.tokenName ? `${r.tokenName} (ID ${r.tokenId})` : `ID ${r.tokenId}`;
  return {
    seq: String(r.seq),
    time: auditTime(r.at, opt),
    timeTitle: r.at,
    action: actionLabel(r.action),
    token,
    outcome: outcomeView(r.outcome),
    detail: r.detail ?? '',
    actor: r.actor ?? '',
  };
}

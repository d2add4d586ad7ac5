// @ts-check
//! Pure rules for the Activity (audit log) view: action labels, the filter sent to
//! `audit_list`, the integrity line, and one row's texts (words from locales/*/audit.ftl).
//! No DOM, no IPC.

import { exactDate } from './format.js';
import { t, tCoded, intlLocale } from './i18n.js';

/**
 * @typedef {import('../ipc-types.js').AuditRecord} AuditRecord
 * @typedef {import('../ipc-types.js').AuditFilter} AuditFilter
 */

/**
 * Every action the log records, in the order the filter lists them. `label` is read when
 * shown, so it follows the language in use.
 */
export const AUDIT_ACTIONS = /** @type {const} */ ([
  { action: 'signIn', get label() { return t('audit-action-sign-in'); } },
  { action: 'signOut', get label() { return t('audit-action-sign-out'); } },
  { action: 'create', get label() { return t('audit-action-create'); } },
  { action: 'reveal', get label() { return t('audit-action-reveal'); } },
  { action: 'copy', get label() { return t('audit-action-copy'); } },
  { action: 'export', get label() { return t('audit-action-export'); } },
  { action: 'delete', get label() { return t('audit-action-delete'); } },
  { action: 'forgetKey', get label() { return t('audit-action-forget-key'); } },
  { action: 'attachKey', get label() { return t('audit-action-attach-key'); } },
  { action: 'notesEdit', get label() { return t('audit-action-notes-edit'); } },
  { action: 'rotationStep', get label() { return t('audit-action-rotation-step'); } },
  { action: 'keyCheck', get label() { return t('audit-action-key-check'); } },
  { action: 'vaultCleanup', get label() { return t('audit-action-vault-cleanup'); } },
  { action: 'profileDelete', get label() { return t('audit-action-profile-delete'); } },
]);

/**
 * @param {string} action
 * @returns {string} the human label; an action code this UI does not know (a newer core)
 *   reads "Other activity", never as the code itself
 */
export function actionLabel(action) {
  return AUDIT_ACTIONS.find((a) => a.action === action)?.label ?? t('audit-action-other');
}

/**
 * @param {string} outcome
 * @returns {{ label: string, tone: 'ok'|'danger'|'muted' }}
 */
export function outcomeView(outcome) {
  const o = String(outcome ?? '').trim();
  const lower = o.toLowerCase();
  if (['ok', 'success', 'succeeded', 'done'].includes(lower)) return { label: t('audit-outcome-done'), tone: 'ok' };
  if (['error', 'failed', 'failure', 'denied'].includes(lower)) return { label: t('audit-outcome-failed'), tone: 'danger' };
  if (['cancelled', 'canceled'].includes(lower)) return { label: t('audit-outcome-cancelled'), tone: 'muted' };
  // An outcome this UI does not know (a newer core) is shown as recorded.
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
  const count = Number(integrity?.checked ?? 0);
  if (integrity?.ok) {
    if (integrity.keyMissing) return { ok: true, text: t('audit-intact-vault-locked', { count }) };
    const unsigned = Number(integrity.unsigned ?? 0);
    if (unsigned > 0) return { ok: true, text: t('audit-intact-unsigned', { count, unsigned }) };
    return { ok: true, text: t('audit-intact', { count }) };
  }
  const at = integrity?.firstBadSeq;
  return { ok: false, text: at === null || at === undefined
    ? t('audit-changed')
    : t('audit-changed-at', { seq: String(at) }) };
}

/**
 * Local, exact time with seconds: "27 Nov 2026, 10:04:05".
 * @param {string} iso
 * @param {{ timeZone?: string }} [opt]
 */
export function auditTime(iso, opt) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso ?? '');
  const time = new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: opt?.timeZone }).format(d);
  return t('format-date-time', { date: exactDate(d.toISOString(), opt), time });
}

/**
 * Every text one table row shows.
 * @param {AuditRecord} r
 * @param {{ timeZone?: string }} [opt]
 */
export function auditRowModel(r, opt) {
  const token = r.tokenId === null || r.tokenId === undefined
    ? '—'
    : r.tokenName
      ? t('audit-token', { name: r.tokenName, id: String(r.tokenId) })
      : t('audit-token-id', { id: String(r.tokenId) });
  return {
    seq: String(r.seq),
    time: auditTime(r.at, opt),
    timeTitle: r.at,
    action: actionLabel(r.action),
    token,
    outcome: outcomeView(r.outcome),
    detail: (r.detailCoded ? tCoded(r.detailCoded) : null) ?? r.detail ?? '',
    actor: r.actor ?? '',
  };
}

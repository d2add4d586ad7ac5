// @ts-check
//! The Activity view: this device's audit log in a large panel. A filter row (action,
//! free text; applied on change, text after a short pause), the integrity line (intact, or a
//! prominent warning naming the first changed entry), the entries newest first, an empty
//! state, and "Export CSV…" (the native save dialog opens in Rust). Esc or Close leaves.
//! Must not: touch window.__TAURI_INTERNALS__, or build its own filter shape (lib/audit.js does).

import { el, uid, setBusy, append, replace } from '../lib/dom.js';
import { AUDIT_ACTIONS, buildAuditFilter, integrityText, auditRowModel } from '../lib/audit.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';

/** How long typing pauses before the text filter applies. */
export const TEXT_DEBOUNCE_MS = 250;

/**
 * @typedef {Object} AuditDeps
 * @property {Pick<typeof import('../ipc.js'), 'auditList'|'auditExport'>} ipc
 * @property {Element} host
 * @property {(reason: string) => void} [onUnauthorized]
 * @property {{ timeZone?: string }} [format]
 * @property {{ setTimeout: (f: () => void, ms: number) => any, clearTimeout: (id: any) => void }} [timers]
 */

/**
 * @param {AuditDeps} deps
 * @returns {{ close: () => void, reload: () => Promise<void> }}
 */
export function openAuditView(deps) {
  const g = /** @type {any} */ (globalThis);
  const timers = deps.timers ?? { setTimeout: (f, ms) => g.setTimeout(f, ms), clearTimeout: (id) => g.clearTimeout(id) };
  let alive = true;
  let request = 0;
  /** @type {any} */
  let debounce = null;
  const modal = createModal({ host: deps.host, title: t('audit-title'), testid: 'audit-view', className: 'audit-panel', onCancel: close });

  const actionId = uid('audit-action');
  const textId = uid('audit-text');
  const action = /** @type {HTMLSelectElement} */ (el('select', { id: actionId, 'data-testid': 'audit-action', on: { change: () => { cancelDebounce(); load(); } } },
    el('option', { value: '' }, t('audit-all-actions')),
    AUDIT_ACTIONS.map((a) => el('option', { value: a.action }, a.label))));
  const text = /** @type {HTMLInputElement} */ (el('input', { id: textId, type: 'search', 'data-testid': 'audit-text', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('audit-text-placeholder'), on: { input: onTextInput, keydown: onTextKey } }));
  const integrity = el('p', { class: 'audit-integrity', role: 'status', 'data-testid': 'audit-integrity' });
  const listError = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'audit-error', hidden: true });
  const tbody = el('tbody');
  const table = el('table', { class: 'audit-table', 'data-testid': 'audit-table' },
    el('caption', { class: 'visually-hidden' }, t('audit-caption')),
    el('thead', null, el('tr', null,
      [t('audit-column-time'), t('audit-column-action'), t('audit-column-token'), t('audit-column-outcome'), t('audit-column-detail')]
        .map((h) => el('th', { scope: 'col' }, h)))),
    tbody);
  const scroller = el('div', { class: 'audit-scroll', tabindex: '0', 'aria-label': t('audit-entries') }, table);
  const empty = el('div', { class: 'empty', 'data-testid': 'audit-empty', hidden: true });
  const exportStatus = el('p', { class: 'small', role: 'status', 'data-testid': 'audit-export-status' });
  const exportButton = el('button', { type: 'button', class: 'button', 'data-testid': 'audit-export', on: { click: onExport } }, t('audit-export'));
  const closeButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'audit-close', on: { click: close } }, t('audit-close'));

  append(modal.body, [
    el('div', { class: 'audit-filters', role: 'search' },
      el('div', { class: 'field' }, el('label', { for: actionId }, t('audit-action')), action),
      el('div', { class: 'field audit-text-field' }, el('label', { for: textId }, t('audit-contains')), text)),
    integrity,
    listError,
    scroller,
    empty,
  ]);
  append(modal.footer, [el('div', { class: 'modal-status' }, exportStatus), exportButton, closeButton]);
  modal.open(action);
  const first = load();

  function currentFilter() {
    return buildAuditFilter({ action: action.value, text: text.value });
  }

  function onTextInput() {
    cancelDebounce();
    debounce = timers.setTimeout(() => { debounce = null; load(); }, TEXT_DEBOUNCE_MS);
  }

  /** @param {KeyboardEvent} e */
  function onTextKey(e) {
    if (e.key === 'Enter') { e.preventDefault(); cancelDebounce(); load(); }
  }

  function cancelDebounce() {
    if (debounce !== null) timers.clearTimeout(debounce);
    debounce = null;
  }

  async function load() {
    const mine = ++request;
    const filter = currentFilter();
    table.setAttribute('aria-busy', 'true');
    try {
      const view = await deps.ipc.auditList({ filter });
      if (!alive || mine !== request) return;
      listError.hidden = true;
      render(view, filter);
    } catch (err) {
      if (!alive || mine !== request) return;
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      listError.textContent = e.message;
      listError.hidden = false;
    } finally {
      if (mine === request) table.removeAttribute('aria-busy');
    }
  }

  /**
   * @param {import('../ipc-types.js').AuditView} view
   * @param {import('../ipc-types.js').AuditFilter} filter
   */
  function render(view, filter) {
    const i = integrityText(view.integrity);
    replace(integrity,
      el('span', { class: 'audit-integrity-glyph', 'aria-hidden': 'true' }, i.ok ? '✓' : '⚠'),
      el('span', null, i.ok ? i.text : t('audit-changed-sentence', { text: i.text })),
      i.ok ? null : el('span', { class: 'audit-integrity-more' }, ` ${t('audit-changed-more')}`));
    integrity.setAttribute('data-tone', i.ok ? 'ok' : 'danger');
    integrity.setAttribute('role', i.ok ? 'status' : 'alert');
    const rows = view.entries.map((r) => {
      const m = auditRowModel(r, deps.format);
      return el('tr', { 'data-testid': 'audit-row', 'data-seq': m.seq, 'data-action': r.action, title: m.actor ? t('audit-row-by', { seq: m.seq, actor: m.actor }) : `#${m.seq}` },
        el('td', { class: 'audit-time', title: m.timeTitle }, m.time),
        el('td', { class: 'audit-action' }, m.action),
        el('td', { class: 'audit-token' }, m.token),
        el('td', { class: 'audit-outcome' }, el('span', { class: `badge status-${m.outcome.tone}` }, m.outcome.label)),
        el('td', { class: 'audit-detail' }, m.detail || '—'));
    });
    replace(tbody, rows);
    const none = rows.length === 0;
    scroller.hidden = none;
    empty.hidden = !none;
    const filtered = Boolean(filter.action || filter.text);
    replace(empty, none
      ? filtered
        ? [el('p', { class: 'empty-title' }, t('audit-empty-filtered')), el('p', { class: 'muted' }, t('audit-empty-filtered-hint'))]
        : [el('p', { class: 'empty-title' }, t('audit-empty')), el('p', { class: 'muted' }, t('audit-empty-hint'))]
      : []);
  }

  async function onExport() {
    exportStatus.textContent = '';
    exportStatus.removeAttribute('data-tone');
    setBusy(exportButton, true, t('audit-export-choosing'));
    try {
      const r = await deps.ipc.auditExport({ filter: currentFilter() });
      if (!alive) return;
      if (r.kind === 'saved') exportStatus.textContent = t('audit-export-saved', { path: r.path });
    } catch (err) {
      if (!alive) return;
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      exportStatus.textContent = e.message;
      exportStatus.setAttribute('data-tone', 'error');
    } finally {
      if (alive) setBusy(exportButton, false);
    }
  }

  function close() {
    if (!alive) return;
    alive = false;
    cancelDebounce();
    modal.close();
  }

  return { close, reload: () => first.then(() => load()) };
}

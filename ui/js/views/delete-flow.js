// @ts-check
//! Deleting tokens: one token gets a native confirmation naming it; several get an in-app
//! preview listing each one, where the user types the count, and then the native
//! confirmation. Then `tokens_delete`, and the per-token report. Must not delete anything
//! without both confirmations, or touch window.__TAURI__ (ipc.confirmNative does that).

import { el, append, replace, uid } from '../lib/dom.js';
import { exactDate, typeBadge } from '../lib/format.js';
import { bulkCountMatches, deleteConfirmMessage, deleteSummary } from '../lib/lifecycle.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc.js').Token} Token
 * @typedef {import('../ipc.js').DeleteReport} DeleteReport
 * @typedef {Object} DeleteDeps
 * @property {Pick<typeof import('../ipc.js'), 'confirmNative'|'tokensDelete'>} ipc
 * @property {Element} host
 * @property {(busy: boolean) => void} onBusy
 * @property {(report: DeleteReport) => void} onDone
 * @property {(err: import('../ipc.js').AppError) => void} onError
 */

/** @param {DeleteDeps} deps */
export function createDeleteFlow(deps) {
  let running = false;

  /** @param {Token[]} tokens */
  async function confirmAndDelete(tokens) {
    if (running || tokens.length === 0) return;
    running = true;
    try {
      const many = tokens.length > 1;
      const yes = await deps.ipc.confirmNative({
        title: many ? `Delete ${tokens.length} tokens?` : 'Delete token?',
        message: deleteConfirmMessage(tokens),
        okLabel: many ? `Delete ${tokens.length} tokens` : 'Delete',
        cancelLabel: 'Cancel',
      });
      if (!yes) return;
      deps.onBusy(true);
      const report = await deps.ipc.tokensDelete(tokens.map((t) => t.id));
      deps.onDone(report);
    } catch (err) {
      deps.onError(/** @type {any} */ (err));
    } finally {
      running = false;
      deps.onBusy(false);
    }
  }

  return {
    /** @param {Token} token */
    deleteOne: (token) => confirmAndDelete([token]),
    /** @param {Token[]} tokens */
    deleteMany(tokens) {
      if (tokens.length === 1) { confirmAndDelete(tokens); return; }
      openBulkPreview(deps.host, tokens, () => confirmAndDelete(tokens));
    },
  };
}

/**
 * The preview for several tokens: every one listed, and a typed count to unlock the button.
 * @param {Element} host
 * @param {Token[]} tokens
 * @param {() => void} onConfirm
 */
export function openBulkPreview(host, tokens, onConfirm) {
  const n = tokens.length;
  const modal = createModal({ host, title: `Delete ${n} tokens?`, testid: 'bulk-preview', onCancel: () => modal.close(), className: 'modal-wide' });
  const inputId = uid('bulk-count');
  const input = /** @type {HTMLInputElement} */ (el('input', {
    id: inputId, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'count-input',
    'data-testid': 'bulk-count-input', on: { input: sync, keydown: onKey },
  }));
  const confirm = el('button', { type: 'button', class: 'button danger', 'data-testid': 'bulk-confirm', disabled: true, on: { click: go } }, `Delete ${n} tokens`);
  const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'bulk-cancel', on: { click: () => modal.close() } }, 'Cancel');

  append(modal.body, [
    el('p', null, 'Integrations using these keys stop working immediately. This cannot be undone.'),
    el('div', { class: 'bulk-list-scroll' },
      el('table', { class: 'bulk-list' },
        el('thead', null, el('tr', null, ['Name', 'ID', 'Type', 'Expires'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', null, tokens.map((t) => {
          const b = typeBadge(t.type);
          return el('tr', { 'data-testid': 'bulk-item', 'data-token-id': t.id },
            el('td', { class: 'token-name' }, t.name || '(no name)'),
            el('td', { class: 'mono' }, t.id),
            el('td', null, el('span', { class: `badge type-${b.tone}` }, b.label)),
            el('td', null, exactDate(t.expiresAt) || 'Unknown'));
        })))),
    el('div', { class: 'field' },
      el('label', { for: inputId }, `Type ${n} to confirm`),
      input),
  ]);
  append(modal.footer, [cancel, confirm]);
  modal.open(input);

  function sync() { /** @type {any} */ (confirm).disabled = !bulkCountMatches(input.value, n); }
  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if (e.key === 'Enter') { e.preventDefault(); go(); }
  }
  function go() {
    if (!bulkCountMatches(input.value, n)) return;
    modal.close();
    onConfirm();
  }
}

/**
 * Render a DeleteReport into `container`: one quiet line for what worked, and each failure
 * with its own message. A "Dismiss" button empties it.
 * @param {HTMLElement} container
 * @param {DeleteReport} report
 */
export function renderDeleteReport(container, report) {
  const s = deleteSummary(report);
  container.hidden = false;
  container.setAttribute('data-tone', s.tone);
  replace(container,
    el('div', { class: 'report-head' },
      el('span', { class: 'report-glyph', 'aria-hidden': 'true' }, s.tone === 'ok' ? '✓' : '!'),
      el('strong', { 'data-testid': 'delete-report-summary' }, s.text),
      el('span', { class: 'spacer' }),
      el('button', { type: 'button', class: 'button ghost small-button', 'data-testid': 'delete-report-dismiss',
        on: { click: () => { container.hidden = true; replace(container); } } }, 'Dismiss')),
    s.failures.length ? el('ul', { class: 'report-failures' },
      s.failures.map((f) => el('li', { 'data-testid': 'delete-report-failure' }, el('strong', null, f.label), `: ${f.message}`))) : null);
}

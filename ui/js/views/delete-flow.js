// @ts-check
//! Deleting tokens: one token gets a native confirmation naming it; several get an in-app
//! preview listing each one, where the user types the count, and then the native
//! confirmation. Both say when and from where each key was last used
//! (`tokens_delete_preflight`); a key used within the recent hours gets a prominent warning
//! and an extra confirmation (a checkbox), and only then `tokens_delete` with
//! `confirmRecentUse` (Rust checks again). Then the per-token report. Must not delete anything
//! without the confirmations, or touch window.__TAURI__ (ipc.confirmNative does that).

import { el, append, replace, uid } from '../lib/dom.js';
import { exactDate, exactDateTime, relativeTime, typeBadge } from '../lib/format.js';
import { bulkCountMatches, deleteConfirmMessage, deleteSummary } from '../lib/lifecycle.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc.js').Token} Token
 * @typedef {import('../ipc.js').DeleteReport} DeleteReport
 * @typedef {Object} DeleteDeps
 * @property {Pick<typeof import('../ipc.js'), 'confirmNative'|'tokensDelete'> & Partial<Pick<typeof import('../ipc.js'), 'tokensDeletePreflight'>>} ipc
 * @property {() => Date} [now]
 * @property {Element} host
 * @property {(busy: boolean) => void} onBusy
 * @property {(report: DeleteReport) => void} onDone
 * @property {(err: import('../ipc.js').AppError) => void} onError
 */

/**
 * @typedef {{ available: boolean, recentHours: number, tokens: { id: string, name: string, lastUsedAt: string|null, lastIp: string|null, recent: boolean }[] }} Preflight
 */

/**
 * "Last used 5 minutes ago from 203.0.113.7", "Never used", or null when unknown.
 * @param {Preflight | null} pre @param {string} id @param {Date} now
 */
export function lastUsedLine(pre, id, now) {
  const t = pre?.tokens.find((x) => String(x.id) === String(id));
  if (!pre || !pre.available || !t) return null;
  if (!t.lastUsedAt) return 'Never used';
  return `Last used ${relativeTime(t.lastUsedAt, now)} (${exactDateTime(t.lastUsedAt)})${t.lastIp ? ` from ${t.lastIp}` : ''}`;
}

/** @param {DeleteDeps} deps */
export function createDeleteFlow(deps) {
  const now = deps.now ?? (() => new Date());
  let running = false;

  /** When and from where each was last used; null when it cannot be said (the delete goes on). @param {Token[]} tokens */
  async function preflight(tokens) {
    if (!deps.ipc.tokensDeletePreflight) return null;
    try {
      return await deps.ipc.tokensDeletePreflight(tokens.map((t) => t.id));
    } catch {
      return null;
    }
  }

  /** @param {Token[]} tokens @param {Preflight | null} pre */
  async function confirmAndDelete(tokens, pre) {
    if (running || tokens.length === 0) return;
    running = true;
    try {
      const many = tokens.length > 1;
      const lines = many ? [] : [lastUsedLine(pre, tokens[0].id, now())].filter(Boolean);
      const yes = await deps.ipc.confirmNative({
        title: many ? `Delete ${tokens.length} tokens?` : 'Delete token?',
        message: [deleteConfirmMessage(tokens), ...lines].join('\n\n'),
        okLabel: many ? `Delete ${tokens.length} tokens` : 'Delete',
        cancelLabel: 'Cancel',
      });
      if (!yes) return;
      const recent = pre ? pre.tokens.filter((t) => t.recent) : [];
      let confirmRecentUse = false;
      if (recent.length > 0) {
        confirmRecentUse = await confirmRecent(deps.host, recent, /** @type {Preflight} */ (pre), now());
        if (!confirmRecentUse) return;
      }
      deps.onBusy(true);
      const report = await deps.ipc.tokensDelete(tokens.map((t) => t.id), confirmRecentUse);
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
    async deleteOne(token) {
      if (running) return;
      confirmAndDelete([token], await preflight([token]));
    },
    /** @param {Token[]} tokens */
    async deleteMany(tokens) {
      if (running) return;
      const pre = await preflight(tokens);
      if (tokens.length === 1) { confirmAndDelete(tokens, pre); return; }
      openBulkPreview(deps.host, tokens, () => confirmAndDelete(tokens, pre), pre, now());
    },
  };
}

/**
 * The extra confirmation for keys used within the recent hours: a prominent warning naming
 * each key, when and from where it was last used, and a checkbox that unlocks the delete.
 * @param {Element} host
 * @param {Preflight['tokens']} recent
 * @param {Preflight} pre
 * @param {Date} now
 * @returns {Promise<boolean>} true only when the user ticked the box and chose Delete
 */
export function confirmRecent(host, recent, pre, now) {
  return new Promise((resolve) => {
    let answered = false;
    const done = (/** @type {boolean} */ yes) => { if (!answered) { answered = true; modal.close(); resolve(yes); } };
    const n = recent.length;
    const modal = createModal({ host, title: n === 1 ? 'This key is still in use' : `${n} keys are still in use`,
      testid: 'recent-use-dialog', onCancel: () => done(false), className: 'modal-wide' });
    const boxId = uid('recent-use-confirm');
    const box = /** @type {HTMLInputElement} */ (el('input', { id: boxId, type: 'checkbox', 'data-testid': 'recent-use-confirm',
      on: { change: () => { /** @type {any} */ (go).disabled = !box.checked; } } }));
    const go = el('button', { type: 'button', class: 'button danger', 'data-testid': 'recent-use-delete', disabled: true,
      on: { click: () => { if (box.checked) done(true); } } }, n === 1 ? 'Delete anyway' : `Delete ${n} keys anyway`);
    const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'recent-use-cancel', on: { click: () => done(false) } }, 'Keep');
    append(modal.body, [
      el('div', { class: 'recent-use-warning', role: 'alert', 'data-testid': 'recent-use-warning' },
        el('strong', null, `Used within the last ${pre.recentHours} hours`),
        el('p', null, 'Something still sends requests with this key. Deleting it breaks that integration at once, and a deleted token cannot be recovered.')),
      el('ul', { class: 'delete-usage-list' }, recent.map((t) => el('li', { 'data-testid': 'recent-use-item', 'data-token-id': t.id },
        el('strong', null, t.name || `Token ${t.id}`), ` · ${lastUsedLine(pre, t.id, now) ?? ''}`))),
      el('div', { class: 'field check-field' }, box, el('label', { for: boxId }, n === 1
        ? 'I know this key is in use and want to delete it now'
        : 'I know these keys are in use and want to delete them now')),
    ]);
    append(modal.footer, [cancel, go]);
    modal.open(cancel);
  });
}

/**
 * The preview for several tokens: every one listed, and a typed count to unlock the button.
 * @param {Element} host
 * @param {Token[]} tokens
 * @param {() => void} onConfirm
 * @param {Preflight | null} [pre]  when and from where each was last used
 * @param {Date} [now]
 */
export function openBulkPreview(host, tokens, onConfirm, pre = null, now = new Date()) {
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
        el('thead', null, el('tr', null, ['Name', 'ID', 'Type', 'Expires', pre?.available ? 'Last used' : null].filter(Boolean)
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', null, tokens.map((t) => {
          const b = typeBadge(t.type);
          return el('tr', { 'data-testid': 'bulk-item', 'data-token-id': t.id },
            el('td', { class: 'token-name' }, t.name || '(no name)'),
            el('td', { class: 'mono' }, t.id),
            el('td', null, el('span', { class: `badge type-${b.tone}` }, b.label)),
            el('td', null, exactDate(t.expiresAt) || 'Unknown'),
            pre?.available ? el('td', { 'data-testid': 'bulk-last-used', 'data-recent': String(Boolean(pre.tokens.find((x) => String(x.id) === String(t.id))?.recent)) },
              lastUsedLine(pre, t.id, now) ?? 'Unknown') : null);
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

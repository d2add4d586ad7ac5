// @ts-check
//! Deleting tokens: one token gets a native confirmation naming it; several get an in-app
//! preview listing each one, where the user types the count, and then the native
//! confirmation. Both say when and from where each key was last used
//! (`tokens_delete_preflight`); a key used within the recent hours gets a prominent warning
//! and an extra confirmation (a checkbox), and only then `tokens_delete` with
//! `confirmRecentUse` (Rust checks again). Then the per-token report. Must not delete anything
//! without the confirmations, or touch window.__TAURI_INTERNALS__ (ipc.confirmNative does that).

import { el, append, replace, uid } from '../lib/dom.js';
import { exactDate, exactDateTime, relativeTime, typeBadge } from '../lib/format.js';
import { bulkCountMatches, deleteConfirmMessage, deleteSummary } from '../lib/lifecycle.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').DeleteReport} DeleteReport
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
  const used = pre?.tokens.find((x) => String(x.id) === String(id));
  if (!pre || !pre.available || !used) return null;
  if (!used.lastUsedAt) return t('delete-never-used');
  const when = relativeTime(used.lastUsedAt, now);
  const date = exactDateTime(used.lastUsedAt);
  return used.lastIp
    ? t('delete-last-used-from', { when, date, ip: used.lastIp })
    : t('delete-last-used', { when, date });
}

/** @param {DeleteDeps} deps */
export function createDeleteFlow(deps) {
  const now = deps.now ?? (() => new Date());
  let running = false;

  /** When and from where each was last used; null when it cannot be said (the delete goes on). @param {Token[]} tokens */
  async function preflight(tokens) {
    if (!deps.ipc.tokensDeletePreflight) return null;
    try {
      return await deps.ipc.tokensDeletePreflight(tokens.map((token) => token.id));
    } catch {
      return null;
    }
  }

  /** @param {Token[]} tokens @param {Preflight | null} pre */
  async function confirmAndDelete(tokens, pre) {
    if (running || tokens.length === 0) return;
    running = true;
    try {
      const count = tokens.length;
      const lines = count > 1 ? [] : [lastUsedLine(pre, tokens[0].id, now())].filter(Boolean);
      const yes = await deps.ipc.confirmNative({
        title: t('delete-confirm-title', { count }),
        message: [deleteConfirmMessage(tokens), ...lines].join('\n\n'),
        okLabel: t('delete-confirm-ok', { count }),
        cancelLabel: t('delete-cancel'),
      });
      if (!yes) return;
      const recent = pre ? pre.tokens.filter((x) => x.recent) : [];
      let confirmRecentUse = false;
      if (recent.length > 0) {
        confirmRecentUse = await confirmRecent(deps.host, recent, /** @type {Preflight} */ (pre), now());
        if (!confirmRecentUse) return;
      }
      deps.onBusy(true);
      const report = await deps.ipc.tokensDelete(tokens.map((token) => token.id), confirmRecentUse);
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
    const modal = createModal({ host, title: t('delete-recent-title', { count: n }),
      testid: 'recent-use-dialog', onCancel: () => done(false), className: 'modal-wide' });
    const boxId = uid('recent-use-confirm');
    const box = /** @type {HTMLInputElement} */ (el('input', { id: boxId, type: 'checkbox', 'data-testid': 'recent-use-confirm',
      on: { change: () => { /** @type {any} */ (go).disabled = !box.checked; } } }));
    const go = el('button', { type: 'button', class: 'button danger', 'data-testid': 'recent-use-delete', disabled: true,
      on: { click: () => { if (box.checked) done(true); } } }, t('delete-recent-delete', { count: n }));
    const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'recent-use-cancel', on: { click: () => done(false) } }, t('delete-recent-keep'));
    append(modal.body, [
      el('div', { class: 'recent-use-warning', role: 'alert', 'data-testid': 'recent-use-warning' },
        el('strong', null, t('delete-recent-within', { hours: pre.recentHours })),
        el('p', null, t('delete-recent-text', { count: n }))),
      el('ul', { class: 'delete-usage-list' }, recent.map((used) => el('li', { 'data-testid': 'recent-use-item', 'data-token-id': used.id },
        el('strong', null, used.name || t('delete-recent-unnamed', { id: String(used.id) })), ` · ${lastUsedLine(pre, used.id, now) ?? ''}`))),
      el('div', { class: 'field check-field' }, box, el('label', { for: boxId }, t('delete-recent-confirm', { count: n }))),
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
  const modal = createModal({ host, title: t('delete-confirm-title', { count: n }), testid: 'bulk-preview', onCancel: () => modal.close(), className: 'modal-wide' });
  const inputId = uid('bulk-count');
  const input = /** @type {HTMLInputElement} */ (el('input', {
    id: inputId, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'count-input',
    'data-testid': 'bulk-count-input', on: { input: sync, keydown: onKey },
  }));
  const confirm = el('button', { type: 'button', class: 'button danger', 'data-testid': 'bulk-confirm', disabled: true, on: { click: go } }, t('delete-confirm-ok', { count: n }));
  const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'bulk-cancel', on: { click: () => modal.close() } }, t('delete-cancel'));

  append(modal.body, [
    el('p', null, t('delete-bulk-text')),
    el('div', { class: 'bulk-list-scroll' },
      el('table', { class: 'bulk-list' },
        el('thead', null, el('tr', null, [t('delete-bulk-name'), t('delete-bulk-id'), t('delete-bulk-type'), t('delete-bulk-expires'),
          pre?.available ? t('delete-bulk-last-used') : null].filter(Boolean)
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', null, tokens.map((token) => {
          const b = typeBadge(token.type);
          return el('tr', { 'data-testid': 'bulk-item', 'data-token-id': token.id },
            el('td', { class: 'token-name' }, token.name || t('delete-bulk-no-name')),
            el('td', { class: 'mono' }, token.id),
            el('td', null, el('span', { class: `badge type-${b.tone}` }, b.label)),
            el('td', null, exactDate(token.expiresAt) || t('delete-unknown')),
            pre?.available ? el('td', { 'data-testid': 'bulk-last-used', 'data-recent': String(Boolean(pre.tokens.find((x) => String(x.id) === String(token.id))?.recent)) },
              lastUsedLine(pre, token.id, now) ?? t('delete-unknown')) : null);
        })))),
    el('div', { class: 'field' },
      el('label', { for: inputId }, t('delete-bulk-type-count', { count: String(n) })),
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
        on: { click: () => { container.hidden = true; replace(container); } } }, t('delete-report-dismiss'))),
    s.failures.length ? el('ul', { class: 'report-failures' },
      s.failures.map((f) => el('li', { 'data-testid': 'delete-report-failure' }, el('strong', null, f.label), `: ${f.message}`))) : null);
}

// @ts-check
//! "Attach a key…": the dialog where a key made elsewhere (the Scriptix website, a
//! colleague) is pasted for a token this device holds no key for. The same masked input and
//! pre-send warnings as "Check a key"; the core checks that the key works and is of the
//! token's type before it stores it in the vault (`key_attach`). A refusal shows the reason
//! and Scriptix's answer. Must not: log, store or keep the pasted key (the input is emptied
//! when the dialog closes or the key is attached), or touch window.__TAURI_INTERNALS__.

import { el, uid, setBusy, append } from '../lib/dom.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { typeBadge } from '../lib/format.js';
import { intlLocale, t, tAround } from '../lib/i18n.js';
import { createModal } from './modal.js';
import { renderCheckResult, renderKeyWarnings } from './key-check.js';

/**
 * @typedef {Object} AttachDeps
 * @property {Pick<typeof import('../ipc.js'), 'keyAttach'>} ipc
 * @property {Element} host
 * @property {import('../ipc-types.js').Token} token
 * @property {() => void} onAttached  the token now has a key on this device (refresh the list)
 * @property {(reason: string) => void} [onUnauthorized]
 */

/**
 * @param {AttachDeps} deps
 * @returns {{ close: () => void }}
 */
export function openAttachDialog(deps) {
  const { token } = deps;
  let busy = false;
  let attached = false;
  const modal = createModal({ host: deps.host, title: t('attach-title'), testid: 'attach-dialog', className: 'modal-wide', onCancel: close });
  const keyId = uid('attach-key');
  const hintId = uid('attach-hint');
  const input = /** @type {HTMLInputElement} */ (el('input', { id: keyId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': hintId, 'data-testid': 'attach-input',
    on: { input: () => { reset(); }, keydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Enter') { e.preventDefault(); attach(false); } } } }));
  const toggle = el('button', { type: 'button', class: 'button ghost inline-toggle', 'aria-controls': keyId, 'aria-pressed': 'false',
    'aria-label': t('attach-show-key'), 'data-testid': 'attach-toggle', on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: onToggle } }, t('attach-show'));
  const warnings = el('div', { class: 'check-warnings', role: 'alert', 'data-testid': 'attach-warnings', hidden: true });
  const refused = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'attach-refused', hidden: true });
  const done = el('p', { class: 'export-saved', role: 'status', 'data-testid': 'attach-done', hidden: true });
  const result = el('div', { class: 'check-result', role: 'status', 'data-testid': 'check-result', hidden: true });
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'attach-close', on: { click: close } }, t('attach-cancel'));
  const submit = el('button', { type: 'button', class: 'button primary', 'data-testid': 'attach-submit',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => attach(false) } }, t('attach-submit'));
  const type = typeBadge(token.type).label.toLocaleLowerCase(intlLocale());

  append(modal.body, [
    el('p', { 'data-testid': 'attach-token' }, tAround('attach-token', 'type', { token: tokenLabel(token) })
      .flatMap((text, i) => (i === 0 ? [text] : [el('strong', null, type), text]))),
    el('div', { class: 'field' },
      el('label', { for: keyId }, t('attach-key')),
      el('div', { class: 'input-with-button' }, input, toggle),
      el('p', { id: hintId, class: 'small muted' }, t('attach-hint'))),
    warnings, refused, done, result,
  ]);
  append(modal.footer, [closeButton, submit]);
  modal.open(input);

  function reset() {
    warnings.hidden = true;
    refused.hidden = true;
    result.hidden = true;
  }

  function onToggle() {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    toggle.textContent = show ? t('attach-hide') : t('attach-show');
    toggle.setAttribute('aria-pressed', show ? 'true' : 'false');
    toggle.setAttribute('aria-label', show ? t('attach-hide-key') : t('attach-show-key'));
  }

  /** @param {boolean} force */
  async function attach(force) {
    if (busy || attached) return;
    busy = true;
    reset();
    setBusy(submit, true, t('attach-checking'));
    try {
      const r = await deps.ipc.keyAttach({ tokenId: token.id, key: input.value, force });
      if (!modal.isOpen()) return;
      if (r.outcome === 'warnings') showWarnings(r.warnings);
      else if (r.outcome === 'refused') {
        refused.textContent = r.reason;
        refused.hidden = false;
        if (r.check) renderCheckResult(result, r.check, { showVault: false });
        input.focus();
      } else {
        attached = true;
        input.value = '';
        input.disabled = true;
        done.textContent = t('attach-done', { token: tokenLabel(token) });
        done.hidden = false;
        submit.hidden = true;
        closeButton.textContent = t('attach-close');
        closeButton.focus();
        deps.onAttached();
      }
    } catch (err) {
      if (!modal.isOpen()) return;
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      refused.textContent = e.message;
      refused.hidden = false;
    } finally {
      busy = false;
      setBusy(submit, false);
    }
  }

  /** @param {import('../ipc-types.js').KeyWarning[]} list */
  function showWarnings(list) {
    renderKeyWarnings(warnings, list, { input, testid: 'attach', emptyTitle: t('attach-empty'), onForce: () => attach(true) });
  }

  function close() {
    if (!modal.isOpen()) return;
    input.value = '';
    input.type = 'password';
    modal.close();
  }

  return { close };
}

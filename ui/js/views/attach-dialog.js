// @ts-check
//! "Attach a key…": the dialog where a key made elsewhere (the Scriptix website, a
//! colleague) is pasted for a token this device holds no key for. The same masked input and
//! pre-send warnings as "Check a key"; the core checks that the key works and is of the
//! token's type before it stores it in the vault (`key_attach`). A refusal shows the reason
//! and Scriptix's answer. Must not: log, store or keep the pasted key (the input is emptied
//! when the dialog closes or the key is attached), or touch window.__TAURI__.

import { el, uid, setBusy, append } from '../lib/dom.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { typeBadge } from '../lib/format.js';
import { createModal } from './modal.js';
import { renderCheckResult, renderKeyWarnings } from './key-check.js';

/**
 * @typedef {Object} AttachDeps
 * @property {Pick<typeof import('../ipc.js'), 'keyAttach'>} ipc
 * @property {Element} host
 * @property {import('../ipc.js').Token} token
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
  const modal = createModal({ host: deps.host, title: 'Attach a key', testid: 'attach-dialog', className: 'modal-wide', onCancel: close });
  const keyId = uid('attach-key');
  const hintId = uid('attach-hint');
  const input = /** @type {HTMLInputElement} */ (el('input', { id: keyId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': hintId, 'data-testid': 'attach-input',
    on: { input: () => { reset(); }, keydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Enter') { e.preventDefault(); attach(false); } } } }));
  const toggle = el('button', { type: 'button', class: 'button ghost inline-toggle', 'aria-controls': keyId, 'aria-pressed': 'false',
    'aria-label': 'Show key', 'data-testid': 'attach-toggle', on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: onToggle } }, 'Show');
  const warnings = el('div', { class: 'check-warnings', role: 'alert', 'data-testid': 'attach-warnings', hidden: true });
  const refused = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'attach-refused', hidden: true });
  const done = el('p', { class: 'export-saved', role: 'status', 'data-testid': 'attach-done', hidden: true });
  const result = el('div', { class: 'check-result', role: 'status', 'data-testid': 'check-result', hidden: true });
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'attach-close', on: { click: close } }, 'Cancel');
  const submit = el('button', { type: 'button', class: 'button primary', 'data-testid': 'attach-submit',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => attach(false) } }, 'Check and attach');
  const type = typeBadge(token.type);

  append(modal.body, [
    el('p', { 'data-testid': 'attach-token' }, `A key for ${tokenLabel(token)}, a `, el('strong', null, type.label.toLowerCase()), ' token.'),
    el('div', { class: 'field' },
      el('label', { for: keyId }, 'API key'),
      el('div', { class: 'input-with-button' }, input, toggle),
      el('p', { id: hintId, class: 'small muted' },
        'Paste the key that was made on the Scriptix website or by a colleague. Scriptix is asked whether it works and is of this token’s type; only then is it saved in this computer’s vault as this token’s key.')),
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
    toggle.textContent = show ? 'Hide' : 'Show';
    toggle.setAttribute('aria-pressed', show ? 'true' : 'false');
    toggle.setAttribute('aria-label', show ? 'Hide key' : 'Show key');
  }

  /** @param {boolean} force */
  async function attach(force) {
    if (busy || attached) return;
    busy = true;
    reset();
    setBusy(submit, true, 'Checking…');
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
        done.textContent = `✓ Attached. The key of ${tokenLabel(token)} is saved in this computer’s vault: Copy, Export, Check and rotation work for it now.`;
        done.hidden = false;
        submit.hidden = true;
        closeButton.textContent = 'Close';
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

  /** @param {import('../ipc.js').KeyWarning[]} list */
  function showWarnings(list) {
    renderKeyWarnings(warnings, list, { input, testid: 'attach', emptyTitle: 'Paste a key first', onForce: () => attach(true) });
  }

  function close() {
    if (!modal.isOpen()) return;
    input.value = '';
    input.type = 'password';
    modal.close();
  }

  return { close };
}

// @ts-check
//! The reveal step of the rotation wizard: the new key shown once (the same key panel as
//! after a create: Copy, Copy as env line, Export…), the vault statement, or, when the vault
//! refused the key, a warning with a required acknowledgement (`rotation_acknowledge`);
//! "Check the new key works" (`rotation_verify`), and "Cancel rotation". The wizard's dialog is
//! described by what the step says of the key while it shows. Continuing calls `reveal_close`
//! and removes the key from the DOM. Must not keep the key after it resolves.

import { el, uid, setBusy, replace } from '../lib/dom.js';
import { typeBadge } from '../lib/format.js';
import { stepText } from '../lib/rotation.js';
import { createKeyPanel, vaultSavedNote, keyHygiene } from './reveal-dialog.js';
import { renderCheckResult } from './key-check.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {Object} RevealStepOptions
 * @property {import('./modal.js').Modal} modal
 * @property {Pick<typeof import('../ipc.js'), 'keyCopy'|'revealClose'|'rotationAcknowledge'|'rotationVerify'> & Partial<Pick<typeof import('../ipc.js'), 'onCloseRefused'>>} ipc
 * @property {import('../ipc-types.js').RotationAdvance} advance  with a key
 * @property {number} index
 * @property {number} total
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void }} clipboard
 * @property {((token: import('../ipc-types.js').Token, onExported: () => void) => void) | undefined} [onExport]
 * @property {(rotation: Rotation, done: (r: Rotation | null) => void) => void} onCancelRotation  opens the cancel flow
 */

/**
 * @param {RevealStepOptions} o
 * @returns {Promise<Rotation>} the rotation once the user moves on
 */
export function runRevealStep(o) {
  return new Promise((resolve) => {
    const { modal } = o;
    let rotation = o.advance.rotation;
    let finished = false;
    const needsAck = rotation.state === 'vaultFailed';
    let acknowledged = !needsAck;
    const tokenId = String(rotation.newTokenId ?? '');
    const token = /** @type {import('../ipc-types.js').Token} */ ({ id: tokenId, name: rotation.newName, type: rotation.tokenType, createdAt: null,
      expiresAt: null, expirySource: 'unknown', status: 'unknown', hasLocalKey: !needsAck });
    modal.setDismissable(false);
    modal.heading.textContent = t('rotation-reveal-title', { name: rotation.oldName });

    const panel = createKeyPanel({ ipc: o.ipc, tokenId, key: /** @type {string} */ (o.advance.key), clipboard: o.clipboard, prefix: 'rotation-reveal',
      onExport: o.onExport ? (onExported) => o.onExport?.(token, onExported) : undefined });
    const b = typeBadge(rotation.tokenType);
    const step = stepText(o.index, o.total);

    const ackBox = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: uid('rotation-ack'), 'data-testid': 'rotation-ack-check',
      on: { change: () => { /** @type {any} */ (ackButton).disabled = !ackBox.checked; } } }));
    const ackButton = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-ack', disabled: true, on: { click: acknowledge } }, t('rotation-reveal-confirm'));
    const ackError = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'rotation-ack-error' });
    const vault = needsAck
      ? el('div', { class: 'reveal-warning', role: 'alert', 'data-testid': 'rotation-vault-warning' },
        el('strong', { class: 'reveal-warning-title' }, `⚠ ${t('rotation-reveal-vault-refused')}`),
        el('p', null, t('rotation-reveal-vault-refused-text')),
        el('label', { class: 'check', for: ackBox.id }, ackBox, t('rotation-reveal-ack')),
        el('div', { class: 'row' }, ackButton), ackError)
      : vaultSavedNote('rotation-vault-note');

    const verifyButton = el('button', { type: 'button', class: 'button secondary', 'data-testid': 'rotation-verify', on: { click: verify } }, t('rotation-reveal-verify'));
    const verifyResult = el('div', { class: 'check-result', role: 'status', 'data-testid': 'rotation-verify-result', hidden: true });
    const verifyError = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'rotation-verify-error' });
    const statusSlot = el('div', { class: 'modal-status' });
    const cancelButton = el('button', { type: 'button', class: 'button danger-ghost', 'data-testid': 'rotation-cancel-rotation', on: { click: cancelRotation } }, t('rotation-reveal-cancel'));
    const next = el('button', { type: 'button', class: 'button primary', 'data-testid': 'rotation-continue', disabled: !acknowledged,
      on: { click: () => finish(rotation) } }, o.index + 1 < o.total ? t('rotation-reveal-next') : t('rotation-reveal-continue'));

    replace(modal.body,
      step ? el('p', { class: 'step-text', 'data-testid': 'rotation-step' }, step) : null,
      el('div', { class: 'token-facts' },
        el('span', { class: 'token-facts-name', 'data-testid': 'rotation-new-name' }, rotation.newName),
        el('span', { class: `badge type-${b.tone}` }, b.label),
        el('span', { class: 'muted mono' }, t('reveal-token-id', { id: tokenId }))),
      panel.element,
      vault,
      el('div', { class: 'row' }, verifyButton),
      verifyError, verifyResult,
      keyHygiene());
    replace(modal.footer, statusSlot, cancelButton, next);
    o.clipboard.place(statusSlot);
    describeBy(needsAck ? [vault.children[0], vault.children[1]] : [vault]);
    panel.copyButton.focus();

    /**
     * The wizard's dialog is described by what this step says of the key (shown once; kept in
     * the vault, or not and why), so a screen reader reads it with the step's name as focus
     * lands on Copy, as after a create (reveal-dialog.js). By parts: WebKitGTK leaves a
     * role=alert element out of a description that names it.
     * @param {Element[]} parts
     */
    function describeBy(parts) {
      for (const part of parts) part.id ||= uid('rotation-reveal-note');
      modal.dialog.setAttribute('aria-describedby', parts.map((part) => part.id).join(' '));
    }

    async function acknowledge() {
      if (!ackBox.checked) return;
      ackError.textContent = '';
      setBusy(ackButton, true, t('rotation-reveal-confirming'));
      try {
        rotation = await o.ipc.rotationAcknowledge({ id: rotation.id });
        acknowledged = true;
        /** @type {any} */ (next).disabled = false;
        replace(vault, el('strong', null, t('rotation-reveal-ack-done')));
        vault.setAttribute('data-testid', 'rotation-ack-done');
        vault.className = 'reveal-note';
        vault.setAttribute('role', 'status');
        describeBy([vault.children[0]]);
        next.focus();
      } catch (err) {
        setBusy(ackButton, false);
        ackError.textContent = /** @type {Error} */ (err).message;
      }
    }

    async function verify() {
      verifyError.textContent = '';
      setBusy(verifyButton, true, t('rotation-reveal-checking'));
      try {
        const r = await o.ipc.rotationVerify({ id: rotation.id });
        rotation = r.rotation;
        renderCheckResult(verifyResult, r.check, { showVault: false });
      } catch (err) {
        verifyError.textContent = /** @type {Error} */ (err).message;
      } finally {
        setBusy(verifyButton, false);
      }
    }

    function cancelRotation() {
      o.onCancelRotation(rotation, (after) => { if (after) finish(after); });
    }

    /** @param {Rotation} r */
    async function finish(r) {
      if (finished) return;
      if (!acknowledged && r.state === 'vaultFailed') return;
      finished = true;
      try {
        await o.ipc.revealClose();
      } catch {
        // Rust drops its copy on its own at the next reveal; the DOM copy goes below either way.
      }
      panel.wipe();
      o.clipboard.place(null);
      // The next step (another key, the summary) says nothing of this one.
      modal.dialog.removeAttribute('aria-describedby');
      resolve(r);
    }
  });
}

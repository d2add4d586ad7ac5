// @ts-check
//! The two dialogs that follow a create: the one-time key reveal (cannot be dismissed by Esc
//! or a click outside; copy goes through Rust; the key leaves the DOM when it closes), and
//! "the key never arrived" (created on the server, key lost on the way: delete or keep).
//! Must not: use the JS clipboard for the key, log it, or keep a reference to it after close.

import { el, append } from '../lib/dom.js';
import { exactDate, typeBadge } from '../lib/format.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc.js').Token} Token
 * @typedef {Object} RevealDeps
 * @property {Pick<typeof import('../ipc.js'), 'keyCopy'|'revealClose'>} ipc
 * @property {Element} host
 * @property {{ token: Token, key: string, vaultSaved: boolean, vaultMessage: string | null }} result
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void }} clipboard
 * @property {() => void} onClosed
 * @property {(token: Token, onExported: () => void) => void} [onExport]  opens the export dialog for this token
 */

/** @param {Token} t */
function tokenFacts(t) {
  const badge = typeBadge(t.type);
  const expires = exactDate(t.expiresAt);
  return el('div', { class: 'token-facts' },
    el('span', { class: 'token-facts-name', 'data-testid': 'reveal-name' }, t.name),
    el('span', { class: `badge type-${badge.tone}`, 'data-testid': 'reveal-type' },
      badge.glyph ? el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, badge.glyph) : null, badge.label),
    el('span', { class: 'muted', 'data-testid': 'reveal-expiry' }, expires ? `Expires on ${expires}` : 'Expiry unknown'),
    el('span', { class: 'muted mono' }, `ID ${t.id}`));
}

/**
 * @param {RevealDeps} deps
 */
export function openRevealDialog(deps) {
  const { token, vaultSaved, vaultMessage } = deps.result;
  let copied = false;
  let closing = false;
  let warnedOnce = false;
  const modal = createModal({ host: deps.host, title: 'Your new API key', testid: 'reveal-dialog', dismissable: false, className: 'modal-wide' });

  let keyNode = /** @type {HTMLElement | null} */ (el('pre', { class: 'key-block', 'data-testid': 'reveal-key', tabindex: '0', 'aria-label': 'API key' }, deps.result.key));
  const copyError = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'reveal-copy-error' });
  const copyRaw = el('button', { type: 'button', class: 'button primary', 'data-testid': 'reveal-copy', on: { click: () => copy('raw') } }, 'Copy');
  const copyEnv = el('button', { type: 'button', class: 'button', 'data-testid': 'reveal-copy-env',
    title: 'Copies SCRIPTIX_API_TOKEN=… for a .env file', on: { click: () => copy('env') } }, 'Copy as env line');
  const exportButton = deps.onExport ? el('button', { type: 'button', class: 'button', 'data-testid': 'reveal-export',
    title: 'Save the key for a password manager or a .env file', on: { click: () => deps.onExport?.(token, markSaved) } }, 'Export…') : null;
  const closeCaution = el('p', { class: 'field-warning', role: 'alert', 'data-testid': 'reveal-close-caution', hidden: true },
    'You have not copied the key, and it is not saved on this device. Once this window closes, nobody can get it back.');
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'reveal-close', on: { click: onClose } }, 'Close');
  const statusSlot = el('div', { class: 'modal-status' });

  const note = vaultSaved
    ? el('p', { class: 'reveal-note', 'data-testid': 'reveal-vault-note' },
      el('strong', null, 'Scriptix will never show this key again. '),
      'This device keeps a copy in its system vault, so you can copy it from the token list later.')
    : el('div', { class: 'reveal-warning', role: 'alert', 'data-testid': 'reveal-vault-warning' },
      el('strong', { class: 'reveal-warning-title' }, '⚠ Not saved on this device'),
      el('p', null, vaultMessage ?? 'The system vault could not store the key.'),
      el('p', null, 'Copy the key now and keep it somewhere safe, such as your password manager. Scriptix will never show it again.'));

  append(modal.body, [
    tokenFacts(token),
    el('div', { class: 'key-area' }, keyNode, el('div', { class: 'row' }, copyRaw, copyEnv, exportButton)),
    copyError,
    note,
    el('p', { class: 'small muted' }, 'Treat it like a password: keep it out of code, chat and screenshots. Integrations read it best from an environment variable named SCRIPTIX_API_TOKEN.'),
  ]);
  append(modal.footer, [statusSlot, closeCaution, closeButton]);
  modal.open(copyRaw);
  deps.clipboard.place(statusSlot);

  // An export (copied or saved to a file) counts like a copy: the user has the key somewhere.
  function markSaved() {
    copied = true;
    closeCaution.hidden = true;
    if (warnedOnce) closeButton.textContent = 'Close';
  }

  /** @param {'raw'|'env'} format */
  async function copy(format) {
    copyError.textContent = '';
    try {
      const r = await deps.ipc.keyCopy(token.id, format);
      copied = true;
      closeCaution.hidden = true;
      deps.clipboard.copied(r.clearsInSeconds);
    } catch (err) {
      copyError.textContent = /** @type {Error} */ (err).message;
    }
  }

  async function onClose() {
    if (closing) return;
    if (!vaultSaved && !copied && !warnedOnce) {
      warnedOnce = true;
      closeCaution.hidden = false;
      closeButton.textContent = 'Close anyway';
      return;
    }
    closing = true;
    try {
      await deps.ipc.revealClose();
    } catch {
      // The Rust side drops its copy on its own when the next create starts; the DOM copy is
      // removed below either way.
    }
    if (keyNode) {
      keyNode.textContent = '';
      keyNode.remove();
      keyNode = null;
    }
    deps.clipboard.place(null);
    modal.close();
    deps.onClosed();
  }
}

/**
 * "Scriptix created the token but the key never arrived."
 * @param {{ host: Element, result: { token: Token, message: string }, onDelete: (t: Token) => void, onKeep: () => void }} deps
 */
export function openKeyLostDialog(deps) {
  const { token, message } = deps.result;
  const modal = createModal({ host: deps.host, title: 'The key did not arrive', testid: 'keylost-dialog', onCancel: keep, role: 'alertdialog' });
  const del = el('button', { type: 'button', class: 'button danger', 'data-testid': 'keylost-delete', on: { click: remove } }, 'Delete it');
  const keepButton = el('button', { type: 'button', class: 'button', 'data-testid': 'keylost-keep', on: { click: keep } }, 'Keep it');
  append(modal.body, [
    tokenFacts(token),
    el('p', null, `Scriptix created ${tokenLabel(token)}, but the connection was lost before its key reached this app. Nobody has the key, so this token cannot be used.`),
    message ? el('p', { class: 'small muted', 'data-testid': 'keylost-message' }, message) : null,
    el('p', null, 'Delete it to keep the list tidy, then create a new token.'),
  ]);
  append(modal.footer, [keepButton, del]);
  modal.open(del);

  function remove() { modal.close(); deps.onDelete(token); }
  function keep() { modal.close(); deps.onKeep(); }
}

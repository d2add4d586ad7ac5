// @ts-check
//! The two dialogs that follow a create: the one-time key reveal (cannot be dismissed by Esc
//! or a click outside; copy goes through Rust; the key leaves the DOM when it closes), and
//! "the key never arrived" (created on the server, key lost on the way: delete or keep).
//! Must not: use the JS clipboard for the key, log it, or keep a reference to it after close.

import { el, append, uid } from '../lib/dom.js';
import { exactDate, typeBadge } from '../lib/format.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {Object} RevealDeps
 * @property {Pick<typeof import('../ipc.js'), 'keyCopy'|'revealClose'> & Partial<Pick<typeof import('../ipc.js'), 'onCloseRefused'>>} ipc
 * @property {Element} host
 * @property {{ token: Token, key: string, vaultSaved: boolean, vaultMessage: string | null }} result
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void }} clipboard
 * @property {() => void} onClosed
 * @property {(token: Token, onExported: () => void) => void} [onExport]  opens the export dialog for this token
 */

/** @param {Token} token */
function tokenFacts(token) {
  const badge = typeBadge(token.type);
  const expires = exactDate(token.expiresAt);
  return el('div', { class: 'token-facts' },
    el('span', { class: 'token-facts-name', 'data-testid': 'reveal-name' }, token.name),
    el('span', { class: `badge type-${badge.tone}`, 'data-testid': 'reveal-type' },
      badge.glyph ? el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, badge.glyph) : null, badge.label),
    el('span', { class: 'muted', 'data-testid': 'reveal-expiry' }, expires ? t('lifecycle-expires-on', { date: expires }) : t('reveal-expiry-unknown')),
    el('span', { class: 'muted mono' }, t('reveal-token-id', { id: String(token.id) })));
}

/**
 * @typedef {Object} KeyPanelOptions
 * @property {Pick<typeof import('../ipc.js'), 'keyCopy'> & Partial<Pick<typeof import('../ipc.js'), 'onCloseRefused'>>} ipc
 * @property {string} tokenId  the token whose key Rust holds (copy and export go by id)
 * @property {string} key  shown once; removed from the DOM by wipe()
 * @property {{ copied: (s: number | null) => void }} clipboard
 * @property {string} [prefix]  testid prefix ("reveal" by default)
 * @property {() => void} [onSaved]  the key was copied or exported
 * @property {((onExported: () => void) => void) | undefined} [onExport]  opens the export dialog
 * @typedef {Object} KeyPanel
 * @property {HTMLElement} element
 * @property {HTMLElement} copyButton
 * @property {() => boolean} isSaved
 * @property {() => void} wipe  empty and drop the key node (idempotent)
 */

/**
 * The key block with Copy, Copy as env line and Export…, shared by the reveal after a create
 * and the rotation wizard. Copy goes through Rust by token id; the key text only sits in the DOM.
 * While it is shown, a refused close of the app (`close-refused`: this key is in no vault)
 * shows why the app stayed open and what to do.
 * @param {KeyPanelOptions} o
 * @returns {KeyPanel}
 */
export function createKeyPanel(o) {
  const p = o.prefix ?? 'reveal';
  let saved = false;
  let keyNode = /** @type {HTMLElement | null} */ (el('pre', { class: 'key-block', 'data-testid': `${p}-key`, tabindex: '0',
    // A read-only text field to assistive tech: named, focusable, its text readable and selectable.
    role: 'textbox', 'aria-readonly': 'true', 'aria-multiline': 'true', 'aria-label': t('reveal-key-label') }, o.key));
  const copyError = el('p', { class: 'form-error', role: 'alert', 'data-testid': `${p}-copy-error` });
  const copyRaw = el('button', { type: 'button', class: 'button primary', 'data-testid': `${p}-copy`, on: { click: () => copy('raw') } }, t('reveal-copy'));
  const copyEnv = el('button', { type: 'button', class: 'button', 'data-testid': `${p}-copy-env`,
    title: t('reveal-copy-env-title'), on: { click: () => copy('env') } }, t('reveal-copy-env'));
  const exportButton = o.onExport ? el('button', { type: 'button', class: 'button', 'data-testid': `${p}-export`,
    title: t('reveal-export-title'), on: { click: () => o.onExport?.(markSaved) } }, t('reveal-export')) : null;
  const closeRefused = el('p', { class: 'notice', role: 'alert', 'data-testid': `${p}-close-refused`, hidden: true },
    el('strong', null, `${t('reveal-close-refused-title')} `),
    t('reveal-close-refused'));
  const element = el('div', { class: 'key-panel' },
    closeRefused,
    el('div', { class: 'key-area' }, keyNode, el('div', { class: 'row' }, copyRaw, copyEnv, exportButton)),
    copyError);
  let wiped = false;
  /** @type {(() => void) | null} */
  let stopListening = null;
  o.ipc.onCloseRefused?.(() => {
    closeRefused.hidden = false;
    copyRaw.focus();
  }).then((stop) => { if (wiped) stop(); else stopListening = stop; }, () => {});

  // An export (copied or saved to a file) counts like a copy: the user has the key somewhere.
  function markSaved() {
    saved = true;
    o.onSaved?.();
  }

  /** @param {'raw'|'env'} format */
  async function copy(format) {
    copyError.textContent = '';
    try {
      const r = await o.ipc.keyCopy(o.tokenId, format);
      o.clipboard.copied(r.clearsInSeconds);
      markSaved();
    } catch (err) {
      copyError.textContent = /** @type {Error} */ (err).message;
    }
  }

  return {
    element,
    copyButton: copyRaw,
    isSaved: () => saved,
    wipe() {
      wiped = true;
      stopListening?.();
      stopListening = null;
      if (!keyNode) return;
      keyNode.textContent = '';
      keyNode.remove();
      keyNode = null;
    },
  };
}

/**
 * @param {RevealDeps} deps
 */
export function openRevealDialog(deps) {
  const { token, vaultSaved, vaultMessage } = deps.result;
  let closing = false;
  let warnedOnce = false;
  const modal = createModal({ host: deps.host, title: t('reveal-title'), testid: 'reveal-dialog', dismissable: false, className: 'modal-wide' });

  const panel = createKeyPanel({ ipc: deps.ipc, tokenId: token.id, key: deps.result.key, clipboard: deps.clipboard, onSaved,
    onExport: deps.onExport ? (onExported) => deps.onExport?.(token, onExported) : undefined });
  const closeCaution = el('p', { id: uid('reveal-close-caution'), class: 'field-warning', role: 'alert', 'data-testid': 'reveal-close-caution', hidden: true },
    t('reveal-close-caution'));
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'reveal-close', on: { click: onClose } }, t('reveal-close'));
  const statusSlot = el('div', { class: 'modal-status' });

  const note = vaultSaved
    ? vaultSavedNote('reveal-vault-note')
    : el('div', { class: 'reveal-warning', role: 'alert', 'data-testid': 'reveal-vault-warning' },
      el('strong', { class: 'reveal-warning-title' }, `⚠ ${t('reveal-not-saved')}`),
      el('p', null, vaultMessage ?? t('reveal-vault-failed')),
      el('p', null, t('reveal-copy-now')));

  append(modal.body, [
    tokenFacts(token),
    panel.element,
    note,
    keyHygiene(),
  ]);
  // The dialog is described by what it says of the key (shown once; kept in the vault, or
  // not and why), so a screen reader reads it with the dialog's name as focus enters. By its
  // parts: WebKitGTK leaves a role=alert element out of a description that names it.
  const parts = vaultSaved ? [note] : Array.from(note.children);
  for (const part of parts) part.id = uid('reveal-note');
  modal.dialog.setAttribute('aria-describedby', parts.map((part) => part.id).join(' '));
  append(modal.footer, [statusSlot, closeCaution, closeButton]);
  modal.open(panel.copyButton);
  deps.clipboard.place(statusSlot);

  function onSaved() {
    closeCaution.hidden = true;
    panel.copyButton.removeAttribute('aria-describedby');
    if (warnedOnce) closeButton.textContent = t('reveal-close');
  }

  async function onClose() {
    if (closing) return;
    if (!vaultSaved && !panel.isSaved() && !warnedOnce) {
      warnedOnce = true;
      closeCaution.hidden = false;
      closeButton.textContent = t('reveal-close-anyway');
      // Focus goes to Copy, the way out, described by the caution: a screen reader reads a
      // newly focused control with its description (Orca 43 reads no alert in WebKitGTK),
      // and a second Enter copies the key instead of losing it.
      panel.copyButton.setAttribute('aria-describedby', closeCaution.id);
      panel.copyButton.focus();
      return;
    }
    closing = true;
    try {
      await deps.ipc.revealClose();
    } catch {
      // The Rust side drops its copy on its own when the next create starts; the DOM copy is
      // removed below either way.
    }
    panel.wipe();
    deps.clipboard.place(null);
    modal.close();
    deps.onClosed();
  }
}

/** "This device keeps a copy in its system vault…" @param {string} testid */
export function vaultSavedNote(testid) {
  return el('p', { class: 'reveal-note', 'data-testid': testid },
    el('strong', null, `${t('reveal-never-again')} `),
    t('reveal-vault-saved'));
}

/** The one-line advice under every revealed key. */
export function keyHygiene() {
  return el('p', { class: 'small muted' }, t('reveal-hygiene'));
}

/**
 * "Scriptix created the token but the key never arrived."
 * @param {{ host: Element, result: { token: Token, message: string }, onDelete: (t: Token) => void, onKeep: () => void }} deps
 */
export function openKeyLostDialog(deps) {
  const { token, message } = deps.result;
  const modal = createModal({ host: deps.host, title: t('keylost-title'), testid: 'keylost-dialog', onCancel: keep, role: 'alertdialog' });
  const del = el('button', { type: 'button', class: 'button danger', 'data-testid': 'keylost-delete', on: { click: remove } }, t('keylost-delete'));
  const keepButton = el('button', { type: 'button', class: 'button', 'data-testid': 'keylost-keep', on: { click: keep } }, t('keylost-keep'));
  append(modal.body, [
    tokenFacts(token),
    el('p', null, t('keylost-text', { token: tokenLabel(token) })),
    message ? el('p', { class: 'small muted', 'data-testid': 'keylost-message' }, message) : null,
    el('p', null, t('keylost-todo')),
  ]);
  append(modal.footer, [keepButton, del]);
  modal.open(del);

  function remove() { modal.close(); deps.onDelete(token); }
  function keep() { modal.close(); deps.onKeep(); }
}

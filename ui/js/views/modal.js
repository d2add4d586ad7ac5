// @ts-check
//! The one modal shape every lifecycle dialog uses: a native <dialog> opened with
//! showModal() (the rest of the window goes inert), labelled by its heading, Tab kept inside,
//! focus returned to where it was on close. Esc and any other "cancel" go through `onCancel`
//! only when the dialog is dismissable; a dialog that must stay (the key reveal) reopens if
//! the engine closes it anyway. Must not call IPC.

import { el, uid } from '../lib/dom.js';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex="0"]';

/**
 * @typedef {Object} ModalOptions
 * @property {Element} host  where the dialog element is attached (the view's root)
 * @property {string} title
 * @property {string} testid
 * @property {boolean} [dismissable]  Esc cancels (default true)
 * @property {() => void} [onCancel]  called for Esc when dismissable
 * @property {string} [className]  extra class ("side-panel", "modal-wide")
 * @property {string} [role]  "alertdialog" for dialogs that only ask one question
 * @typedef {Object} Modal
 * @property {HTMLElement} dialog
 * @property {HTMLElement} heading
 * @property {HTMLElement} body
 * @property {HTMLElement} footer
 * @property {(focus?: HTMLElement | null) => void} open
 * @property {() => void} close  idempotent
 * @property {(on: boolean) => void} setDismissable
 * @property {() => boolean} isOpen
 */

/**
 * @param {ModalOptions} opts
 * @returns {Modal}
 */
export function createModal(opts) {
  let dismissable = opts.dismissable ?? true;
  let open = false;
  let closing = false;
  const doc = /** @type {any} */ (globalThis).document;
  /** @type {HTMLElement | null} */
  let returnFocus = null;
  const titleId = uid('modal-title');
  const heading = el('h2', { id: titleId, class: 'modal-title' }, opts.title);
  const body = el('div', { class: 'modal-body' });
  const footer = el('div', { class: 'modal-footer' });
  const dialog = el('dialog', {
    class: `modal ${opts.className ?? ''}`.trim(), 'aria-labelledby': titleId, 'aria-modal': 'true',
    role: opts.role ?? null, 'data-testid': opts.testid,
    on: { cancel: onCancelEvent, close: onCloseEvent, keydown: onKeyDown },
  }, heading, body, footer);

  /** @param {Event} e */
  function onCancelEvent(e) {
    e.preventDefault();
    if (dismissable && open) opts.onCancel?.();
  }

  // Some engines close a dialog on a repeated Esc even when `cancel` was prevented. A
  // dismissable dialog treats that as a cancel; one that must stay is shown again.
  function onCloseEvent() {
    if (closing || !open) return;
    if (dismissable) opts.onCancel?.();
    else if (typeof (/** @type {any} */ (dialog)).showModal === 'function') /** @type {any} */ (dialog).showModal();
  }

  /** @param {KeyboardEvent} e */
  function onKeyDown(e) {
    if (e.key !== 'Tab') return;
    const items = /** @type {HTMLElement[]} */ (Array.from(dialog.querySelectorAll(FOCUSABLE)))
      .filter((n) => !n.hidden && !n.closest?.('[hidden]'));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = doc?.activeElement;
    if (e.shiftKey && (active === first || active === dialog)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && active === last) { e.preventDefault(); first.focus(); }
  }

  return {
    dialog, heading, body, footer,
    open(focus) {
      returnFocus = doc?.activeElement ?? null;
      opts.host.appendChild(dialog);
      const d = /** @type {any} */ (dialog);
      if (typeof d.showModal === 'function') d.showModal();
      else dialog.setAttribute('open', '');
      open = true;
      (focus ?? /** @type {HTMLElement | null} */ (dialog.querySelector(FOCUSABLE)))?.focus();
    },
    close() {
      if (!open) return;
      open = false;
      closing = true;
      const d = /** @type {any} */ (dialog);
      if (typeof d.close === 'function' && d.open) d.close();
      dialog.removeAttribute('open');
      dialog.remove();
      closing = false;
      if (returnFocus && typeof returnFocus.focus === 'function' && returnFocus.isConnected !== false) returnFocus.focus();
    },
    setDismissable(on) { dismissable = on; },
    isOpen: () => open,
  };
}

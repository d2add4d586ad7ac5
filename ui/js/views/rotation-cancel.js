// @ts-check
//! Cancelling a rotation: calls `rotation_cancel`, shows the core's report message, and when
//! a replacement was already made offers "Delete the replacement" / "Keep it"
//! (`rotation_cleanup`). Used by the rotation wizard and the expiry centre.
//! Must not touch window.__TAURI_INTERNALS__ or word the outcome itself (the report's message does).

import { el, append, replace, setBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {Object} CancelDeps
 * @property {Pick<typeof import('../ipc.js'), 'rotationCancel'|'rotationCleanup'>} ipc
 * @property {Element} host
 * @property {Rotation} rotation
 * @property {(rotation: Rotation | null) => void} onDone  the rotation after the cancel (null: nothing changed)
 * @property {(reason: string) => void} [onUnauthorized]
 */

/** @param {CancelDeps} deps */
export function openCancelFlow(deps) {
  /** @type {Rotation | null} */
  let after = null;
  let busy = true;
  const modal = createModal({ host: deps.host, title: t('rotation-cancel-title', { name: deps.rotation.oldName }), testid: 'rotation-cancel-dialog',
    role: 'alertdialog', onCancel: () => { if (!busy && !close.hidden) finish(); } });
  const message = el('p', { role: 'status', 'data-testid': 'rotation-cancel-message' }, t('rotation-cancel-cancelling'));
  const error = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'rotation-cancel-error', hidden: true });
  const choice = el('div', { class: 'stack', hidden: true });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-cancel-close', on: { click: finish } }, t('rotation-cancel-close'));
  append(modal.body, [message, choice, error]);
  append(modal.footer, [close]);
  modal.open(close);
  const done = run();

  async function run() {
    try {
      const report = await deps.ipc.rotationCancel({ id: deps.rotation.id });
      after = report.rotation;
      message.textContent = report.message;
      if (report.canDeleteReplacement) offerCleanup(report);
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { modal.close(); deps.onUnauthorized(e.message); return; }
      message.textContent = t('rotation-cancel-failed');
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      busy = false;
    }
  }

  /** @param {import('../ipc-types.js').CancelReport} report */
  function offerCleanup(report) {
    const name = report.replacement?.name ?? '';
    const del = el('button', { type: 'button', class: 'button danger', 'data-testid': 'rotation-cleanup-delete', on: { click: () => cleanup(true) } }, t('rotation-cancel-delete'));
    const keep = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-cleanup-keep', on: { click: () => cleanup(false) } }, t('rotation-cancel-keep'));
    replace(choice,
      el('p', null, name ? t('rotation-cancel-question', { name }) : t('rotation-cancel-question-unnamed')),
      el('div', { class: 'row' }, keep, del));
    choice.hidden = false;
    close.hidden = true;
    keep.focus();

    /** What became of the replacement. @param {boolean} deleted */
    function doneText(deleted) {
      if (deleted) return name ? t('rotation-cancel-deleted', { name }) : t('rotation-cancel-deleted-unnamed');
      return name ? t('rotation-cancel-kept', { name }) : t('rotation-cancel-kept-unnamed');
    }

    /** @param {boolean} deleteReplacement */
    async function cleanup(deleteReplacement) {
      busy = true;
      error.hidden = true;
      setBusy(deleteReplacement ? del : keep, true, deleteReplacement ? t('rotation-cancel-deleting') : t('rotation-cancel-keeping'));
      try {
        after = await deps.ipc.rotationCleanup({ id: deps.rotation.id, deleteReplacement });
        replace(choice, el('p', { 'data-testid': 'rotation-cleanup-done' },
          doneText(deleteReplacement)));
        close.hidden = false;
        close.focus();
      } catch (err) {
        const e = /** @type {import('../ipc.js').AppError} */ (err);
        if (e.kind === 'unauthorized' && deps.onUnauthorized) { modal.close(); deps.onUnauthorized(e.message); return; }
        error.textContent = e.message;
        error.hidden = false;
        setBusy(deleteReplacement ? del : keep, false);
      } finally {
        busy = false;
      }
    }
  }

  function finish() {
    modal.close();
    deps.onDone(after);
  }

  return { done };
}

// @ts-check
//! The start banners for creates an earlier run left unfinished (`creates_resume`): what
//! became of each one, and for a token whose key never reached this device "Delete it" /
//! "Keep it" (`create_interrupted_resolve`). Must not delete anything without that click,
//! or touch window.__TAURI_INTERNALS__.

import { el, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').InterruptedCreate} InterruptedCreate
 * @typedef {Object} InterruptedDeps
 * @property {any} ipc
 * @property {Element} host  where the banners go
 * @property {() => boolean} canManage
 * @property {() => void} refresh  the token list changed
 * @property {(reason: string) => void} leave  the session ended
 */

/**
 * Asks Rust once what became of interrupted creates and shows a banner for each.
 * @param {InterruptedDeps} deps
 * @returns {Promise<number>} how many banners were shown
 */
export async function showInterruptedCreates(deps) {
  /** @type {InterruptedCreate[]} */
  let found;
  try {
    found = (await deps.ipc.createsResume()) ?? [];
  } catch (err) {
    const e = /** @type {import('../ipc.js').AppError} */ (err);
    if (e?.kind === 'unauthorized') deps.leave(e.message);
    // Offline or the vault could not say: the intents stay, and the next start asks again.
    return 0;
  }
  for (const item of found) deps.host.appendChild(interruptedBanner(item, deps));
  return found.length;
}

/**
 * @param {InterruptedCreate} item
 * @param {InterruptedDeps} deps
 * @returns {HTMLElement}
 */
export function interruptedBanner(item, deps) {
  const asks = item.outcome === 'keyLost';
  const text = el('span', { class: 'notice-text', 'data-testid': 'interrupted-create-text' }, item.message);
  const actions = el('span', { class: 'notice-actions' });
  const node = el('div', { class: 'notice rotation-notice', 'data-tone': asks ? 'error' : 'info', role: asks ? 'alert' : 'status',
    'data-testid': 'interrupted-create', 'data-outcome': item.outcome }, text, actions);

  const dismiss = () => el('button', { type: 'button', class: 'button ghost small-button', 'data-testid': 'interrupted-create-dismiss',
    on: { click: () => node.remove() } }, t('interrupted-dismiss'));

  /** @param {boolean} del */
  async function resolve(del) {
    for (const b of actions.querySelectorAll('button')) /** @type {HTMLButtonElement} */ (b).disabled = true;
    try {
      const r = await deps.ipc.createInterruptedResolve({ id: item.id, delete: del });
      text.textContent = r.message;
      if (r.done) {
        node.setAttribute('data-tone', del ? 'ok' : 'info');
        node.setAttribute('data-outcome', del ? 'deleted' : 'kept');
        replace(actions, dismiss());
        if (del) deps.refresh();
        return;
      }
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e?.kind === 'unauthorized') { deps.leave(e.message); return; }
      text.textContent = t('interrupted-failed', { message: item.message, error: e?.message ?? t('interrupted-did-not-work') });
    }
    for (const b of actions.querySelectorAll('button')) /** @type {HTMLButtonElement} */ (b).disabled = false;
  }

  if (asks && deps.canManage()) {
    replace(actions,
      el('button', { type: 'button', class: 'button danger small-button', 'data-testid': 'interrupted-create-delete', on: { click: () => resolve(true) } }, t('interrupted-delete')),
      el('button', { type: 'button', class: 'button small-button', 'data-testid': 'interrupted-create-keep', on: { click: () => resolve(false) } }, t('interrupted-keep')));
  } else {
    replace(actions, dismiss());
  }
  return node;
}

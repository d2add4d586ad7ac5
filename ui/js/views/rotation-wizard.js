// @ts-check
//! The rotation wizard, one dialog through its steps: plan (rotation-plan.js) →
//! `rotation_plan` → for each planned rotation in turn `rotation_advance` and its reveal
//! (rotation-reveal.js, "Key 2 of 3") → summary per token, with "Replace it"
//! (`rotation_retry`) for a lost key and "Cancel rotation". Also opens straight into
//! "Replace it" or "Show key" (`rotation_reveal`: a key the vault refused during a resume)
//! from the expiry centre. Must not touch window.__TAURI_INTERNALS__ or keep keys.

import { el, setBusy, replace } from '../lib/dom.js';
import { stateBadge, summaryText, isOpen } from '../lib/rotation.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';
import { renderPlanStep } from './rotation-plan.js';
import { runRevealStep } from './rotation-reveal.js';
import { openCancelFlow } from './rotation-cancel.js';
import { destinationUpdates } from './rotation-destinations.js';

/**
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {Object} WizardDeps
 * @property {typeof import('../ipc.js') | any} ipc  rotation*, keyCopy, revealClose
 * @property {Element} host
 * @property {Date} now  the core's clock when known
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void }} clipboard
 * @property {((token: Token, onExported: () => void) => void) | undefined} [onExport]
 * @property {() => void} onChanged  something changed on Scriptix or in the journal: reload
 * @property {(reason: string) => void} [onUnauthorized]
 * @typedef {{ rotation: Rotation, error: string | null }} Outcome
 */

/**
 * Plan and run rotations of `tokens`.
 * @param {WizardDeps & { tokens: Token[] }} deps
 */
export function openRotationWizard(deps) {
  const w = createWizard(deps, 'rotation-wizard');
  const plan = renderPlanStep({ modal: w.modal, tokens: deps.tokens, now: deps.now, onCancel: w.close,
    onSubmit: async (p) => {
      const planned = await deps.ipc.rotationPlan({ tokenIds: deps.tokens.map((token) => String(token.id)), plan: p });
      w.changed = true;
      await w.runAll(planned);
    } });
  w.modal.open(plan.focus);
  return { close: w.close };
}

/**
 * "Replace it": a replacement whose key got lost is deleted and made anew, then revealed.
 * @param {WizardDeps & { rotation: Rotation }} deps
 */
export function openRotationRetry(deps) {
  const w = createWizard(deps, 'rotation-wizard');
  w.outcomes = [{ rotation: deps.rotation, error: null }];
  w.modal.open();
  w.retry(0);
  return { close: w.close };
}

/**
 * "Show key": the new key of a rotation whose vault write was refused (Rust holds it in
 * memory), in the wizard's reveal with its required "I saved it" confirmation.
 * @param {WizardDeps & { rotation: Rotation }} deps
 */
export function openRotationShowKey(deps) {
  const w = createWizard(deps, 'rotation-wizard');
  w.outcomes = [{ rotation: deps.rotation, error: null }];
  w.modal.open();
  w.show(0);
  return { close: w.close };
}

/**
 * @param {WizardDeps} deps
 * @param {string} testid
 */
function createWizard(deps, testid) {
  const modal = createModal({ host: deps.host, title: t('rotation-wizard-title'), testid, className: 'modal-wide rotation-modal', onCancel: () => w.close() });
  const w = {
    modal,
    changed: false,
    /** @type {Outcome[]} */
    outcomes: [],
    close() {
      if (!modal.isOpen()) return;
      modal.close();
      if (w.changed) deps.onChanged();
    },
    /** @param {Rotation[]} planned */
    async runAll(planned) {
      modal.setDismissable(false);
      w.outcomes = planned.map((r) => ({ rotation: r, error: null }));
      for (let i = 0; i < planned.length; i += 1) {
        if (!(await advance(i, planned.length))) return;
      }
      summary();
    },
    /** @param {number} i */
    async retry(i) {
      modal.setDismissable(false);
      progress(t('rotation-wizard-replacing', { name: w.outcomes[i].rotation.oldName }));
      try {
        const adv = await deps.ipc.rotationRetry({ id: w.outcomes[i].rotation.id });
        w.changed = true;
        deps.onChanged(); // the list behind shows the new replacement while its key is revealed
        w.outcomes[i] = { rotation: adv.key ? await reveal(adv, 0, 1) : adv.rotation, error: null };
      } catch (err) {
        if (unauthorized(err)) return;
        w.outcomes[i] = { ...w.outcomes[i], error: /** @type {Error} */ (err).message };
      }
      summary();
    },
    /** @param {number} i */
    async show(i) {
      modal.setDismissable(false);
      progress(t('rotation-wizard-opening', { name: w.outcomes[i].rotation.oldName }));
      try {
        const adv = await deps.ipc.rotationReveal({ id: w.outcomes[i].rotation.id });
        const after = await reveal(adv, 0, 1);
        w.changed = true;
        w.outcomes[i] = { rotation: after, error: null };
      } catch (err) {
        if (unauthorized(err)) return;
        w.outcomes[i] = { ...w.outcomes[i], error: /** @type {Error} */ (err).message };
      }
      summary();
    },
  };

  /** @param {string} text */
  function progress(text) {
    modal.heading.textContent = t('rotation-wizard-rotating');
    replace(modal.body, el('p', { class: 'muted', role: 'status', 'data-testid': 'rotation-progress' }, text));
    replace(modal.footer);
  }

  /** @param {unknown} err */
  function unauthorized(err) {
    const e = /** @type {import('../ipc.js').AppError} */ (err);
    if (e.kind !== 'unauthorized' || !deps.onUnauthorized) return false;
    modal.close();
    deps.onUnauthorized(e.message);
    return true;
  }

  /** @param {number} i @param {number} total @returns {Promise<boolean>} false when the session ended */
  async function advance(i, total) {
    const r = w.outcomes[i].rotation;
    progress(total > 1 ? t('rotation-wizard-creating-many', { name: r.oldName, index: i + 1, total })
      : t('rotation-wizard-creating', { name: r.oldName }));
    try {
      const adv = await deps.ipc.rotationAdvance({ id: r.id });
      w.changed = true;
      deps.onChanged(); // the list behind shows the replacement while its key is revealed
      w.outcomes[i] = { rotation: adv.key ? await reveal(adv, i, total) : adv.rotation, error: null };
    } catch (err) {
      if (unauthorized(err)) return false;
      w.outcomes[i] = { rotation: r, error: /** @type {Error} */ (err).message };
    }
    return true;
  }

  /** @param {import('../ipc-types.js').RotationAdvance} adv @param {number} i @param {number} total */
  function reveal(adv, i, total) {
    return runRevealStep({ modal, ipc: deps.ipc, advance: adv, index: i, total, clipboard: deps.clipboard, onExport: deps.onExport,
      onCancelRotation: (rotation, done) => openCancelFlow({ ipc: deps.ipc, host: deps.host, rotation, onDone: done, onUnauthorized: deps.onUnauthorized }) });
  }

  function summary() {
    modal.setDismissable(true);
    modal.heading.textContent = t('rotation-wizard-summary', { count: w.outcomes.length, name: w.outcomes[0]?.rotation.oldName ?? '' });
    const done = el('button', { type: 'button', class: 'button primary', 'data-testid': 'rotation-done', on: { click: () => w.close() } }, t('rotation-wizard-done'));
    replace(modal.body, el('ul', { class: 'rotation-summary', 'data-testid': 'rotation-summary' }, w.outcomes.map((o, i) => item(o, i))));
    replace(modal.footer, done);
    done.focus();
  }

  /** @param {Outcome} o @param {number} i */
  function item(o, i) {
    const r = o.rotation;
    const s = stateBadge(r.state);
    const actions = el('div', { class: 'row' });
    if (o.error && r.state === 'planned') {
      actions.appendChild(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'rotation-advance-retry',
        on: { click: async (/** @type {Event} */ e) => { setBusy(/** @type {HTMLElement} */ (e.currentTarget), true, t('rotation-wizard-trying-again')); if (await advance(i, 1)) summary(); } } },
        t('rotation-wizard-try-again')));
    }
    if (r.state === 'needsAttention') {
      actions.appendChild(el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'rotation-retry',
        on: { click: () => w.retry(i) } }, t('rotation-wizard-replace')));
    }
    if (isOpen(r) && r.state !== 'deleting') {
      actions.appendChild(el('button', { type: 'button', class: 'button danger-ghost small-button', 'data-testid': 'rotation-summary-cancel',
        on: { click: () => openCancelFlow({ ipc: deps.ipc, host: deps.host, rotation: r, onUnauthorized: deps.onUnauthorized,
          onDone: (after) => { if (after) { w.changed = true; w.outcomes[i] = { rotation: after, error: null }; summary(); } } }) } },
        t('rotation-wizard-cancel')));
    }
    return el('li', { class: 'rotation-summary-item', 'data-testid': 'rotation-summary-item', 'data-rotation-id': r.id, 'data-state': r.state },
      el('div', { class: 'rotation-summary-head' },
        el('span', { class: 'token-name' }, r.oldName),
        el('span', { class: 'muted', 'aria-hidden': 'true' }, '→'),
        el('span', { class: 'visually-hidden' }, t('rotation-wizard-replaced-by')),
        el('span', { class: 'token-name' }, r.newName),
        el('span', { class: `badge status-${s.tone}`, 'data-testid': 'rotation-summary-state' }, s.label)),
      el('p', { 'data-testid': 'rotation-summary-text' }, summaryText(r)),
      o.error ? el('p', { class: 'form-error', 'data-testid': 'rotation-summary-error' }, o.error) : null,
      actions.childNodes.length ? actions : null,
      r.newTokenId && deps.ipc.rotationDestinations ? destinationUpdates({ ipc: deps.ipc, rotation: r }) : null);
  }

  return w;
}

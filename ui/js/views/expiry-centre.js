// @ts-check
//! The expiry centre, a large panel like Activity: expired tokens, tokens expiring within the
//! largest reminder threshold, rotations in progress (state, grace end, what needs attention;
//! Delete old token now / Replace it / Show key / Cancel), and "Rotate all expiring within N days".
//! It renders what the workspace's expiry watch gives it and routes actions back there.
//! Also the one confirmation before an old token is deleted. Must not call IPC itself.

import { el, uid, append, replace } from '../lib/dom.js';
import { exactDate, relativeTime, typeBadge } from '../lib/format.js';
import { groupExpiry, rotatableExpiring, parseDays } from '../lib/expiry.js';
import { stateBadge, isDue } from '../lib/rotation.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc.js').Token} Token
 * @typedef {import('../ipc.js').Rotation} Rotation
 * @typedef {{ tokens: Token[], rotations: Rotation[], now: Date, thresholds: number[] | null, canManage: boolean, marked?: string | null }} ExpiryData
 * @typedef {Object} CentreDeps
 * @property {Element} host
 * @property {() => ExpiryData} getData
 * @property {(tokens: Token[]) => void} onRotate  closes the centre first
 * @property {(r: Rotation) => void} onRetry
 * @property {(r: Rotation) => void} onShowKey  a key the vault refused, held in memory
 * @property {(r: Rotation) => void} onCancel
 * @property {(r: Rotation) => Promise<string>} onComplete  resolves with a sentence for the status line
 * @property {() => void} [onClosed]
 * @property {() => Promise<{ kind: string, path?: string }>} [onCalendar]  "Add expiry dates to calendar" (save dialog in Rust)
 */

/**
 * @param {CentreDeps} deps
 * @returns {{ update: () => void, close: () => void, isOpen: () => boolean }}
 */
export function openExpiryCentre(deps) {
  /** The data last rendered: a reload that brings nothing new leaves the DOM (and the
   * button under the pointer) alone. */
  let rendered = '';
  const modal = createModal({ host: deps.host, title: 'Expiry', testid: 'expiry-centre', className: 'side-panel expiry-panel', onCancel: close });
  const daysId = uid('expiry-days');
  const days = /** @type {HTMLInputElement} */ (el('input', { id: daysId, type: 'text', inputmode: 'numeric', class: 'count-input', value: '30',
    'data-testid': 'expiry-rotate-days', 'aria-describedby': `${daysId}-err`, on: { input: renderRotateAll, keydown: (/** @type {KeyboardEvent} */ e) => {
      if (e.key === 'Enter') { e.preventDefault(); rotateAll(); }
    } } }));
  const daysError = el('p', { id: `${daysId}-err`, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'expiry-rotate-days-error' });
  const rotateAllButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'expiry-rotate-all',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: rotateAll } }, 'Rotate all');
  const rotateAllBox = el('div', { class: 'rotate-all' },
    el('label', { for: daysId }, 'Rotate all tokens expiring within'), days, el('span', null, 'days'), rotateAllButton, daysError);
  const status = el('p', { class: 'small', role: 'status', 'data-testid': 'expiry-status' });
  const sections = el('div', { class: 'expiry-sections' });
  const closeButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'expiry-close', on: { click: close } }, 'Close');
  append(modal.body, [sections]);
  // "Add expiry dates to calendar": an .ics file, saved where the user chooses (Rust).
  const calendarButton = deps.onCalendar ? el('button', { type: 'button', class: 'button', 'data-testid': 'expiry-calendar',
    on: { click: addToCalendar } }, 'Add expiry dates to calendar') : null;
  append(modal.footer, [el('div', { class: 'modal-status' }, status), calendarButton, closeButton]);
  update();
  modal.open(closeButton);

  async function addToCalendar() {
    if (!deps.onCalendar) return;
    status.textContent = '';
    try {
      const saved = await deps.onCalendar();
      if (saved.kind === 'saved') status.textContent = `Saved ${saved.path}. Import it into your calendar; importing a newer file updates the same events.`;
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
    }
  }

  function update() {
    const d = deps.getData();
    const g = groupExpiry(d.tokens, d.rotations, d.now, d.thresholds);
    const signature = JSON.stringify([g, d.canManage, d.now.toISOString().slice(0, 13), d.marked ?? null]);
    if (signature === rendered) return;
    rendered = signature;
    replace(sections,
      section('expiry-rotations', 'Rotations in progress', g.rotations.length ? rotationList(g.rotations, d) : null, 'No rotations in progress.'),
      section('expiry-expired', 'Expired', g.expired.length ? tokenList(g.expired, d) : null, 'No expired tokens.'),
      section('expiry-expiring', `Expiring within ${g.horizon} days`, g.expiring.length ? tokenList(g.expiring, d) : null,
        `No tokens expire within ${g.horizon} days.`),
      d.canManage ? rotateAllBox : null);
    renderRotateAll();
  }

  /** @param {string} testid @param {string} title @param {HTMLElement | null} content @param {string} emptyText */
  function section(testid, title, content, emptyText) {
    const id = uid('expiry-h');
    return el('section', { class: 'expiry-section', 'data-testid': testid, 'aria-labelledby': id },
      el('h3', { id, class: 'section-title' }, title),
      content ?? el('p', { class: 'muted small', 'data-testid': `${testid}-empty` }, emptyText));
  }

  /** @param {Token[]} tokens @param {ExpiryData} d */
  function tokenList(tokens, d) {
    return el('ul', { class: 'expiry-list' }, tokens.map((t) => {
      const b = typeBadge(t.type);
      const busy = d.rotations.some((r) => String(r.oldTokenId) === String(t.id) && !['done', 'cancelled'].includes(r.state));
      // The token a clicked reminder asked for is marked (and scrolled to by the watch).
      const marked = d.marked != null && String(d.marked) === String(t.id);
      return el('li', { class: 'expiry-item', 'data-testid': 'expiry-token', 'data-token-id': t.id, 'aria-current': marked ? 'true' : null },
        el('span', { class: 'token-name' }, t.name || '(no name)'),
        el('span', { class: `badge type-${b.tone}` }, b.label),
        el('span', { class: 'muted small', title: exactDate(t.expiresAt) }, `${Date.parse(t.expiresAt ?? '') <= d.now.getTime() ? 'Expired' : 'Expires'} ${relativeTime(t.expiresAt, d.now)}`),
        el('span', { class: 'spacer' }),
        busy ? el('span', { class: 'muted small' }, 'Rotation in progress')
          : d.canManage ? el('button', { type: 'button', class: 'button small-button', 'data-testid': 'expiry-rotate',
            'aria-label': `Rotate “${t.name}”`, on: { click: () => { close(); deps.onRotate([t]); } } }, 'Rotate…') : null);
    }));
  }

  /** @param {Rotation[]} rotations @param {ExpiryData} d */
  function rotationList(rotations, d) {
    return el('ul', { class: 'expiry-list' }, rotations.map((r) => {
      const s = stateBadge(r.state);
      const due = isDue(r, d.now);
      const when = exactDate(r.graceUntil);
      const actions = [];
      if (d.canManage && r.state === 'retiring') {
        actions.push(el('button', { type: 'button', class: `button small-button ${due ? 'danger' : 'danger-ghost'}`, 'data-testid': 'expiry-complete',
          on: { click: () => complete(r) } }, 'Delete old token now'));
      }
      if (r.state === 'vaultFailed') {
        actions.push(el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'expiry-show-key',
          on: { click: () => { close(); deps.onShowKey(r); } } }, 'Show key'));
      }
      if (d.canManage && r.state === 'needsAttention') {
        actions.push(el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'expiry-retry',
          on: { click: () => { close(); deps.onRetry(r); } } }, 'Replace it'));
      }
      if (d.canManage && r.state !== 'deleting') {
        actions.push(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'expiry-cancel-rotation',
          on: { click: () => deps.onCancel(r) } }, 'Cancel'));
      }
      return el('li', { class: 'expiry-item expiry-rotation', 'data-testid': 'expiry-rotation', 'data-rotation-id': r.id, 'data-state': r.state },
        el('div', { class: 'expiry-rotation-text' },
          el('div', { class: 'name-line' },
            el('span', { class: 'token-name' }, r.oldName), el('span', { class: 'muted', 'aria-hidden': 'true' }, '→'),
            el('span', { class: 'visually-hidden' }, 'replaced by'), el('span', null, r.newName),
            el('span', { class: `badge status-${due ? 'warn' : s.tone}`, 'data-testid': 'expiry-rotation-state' }, due ? 'Grace period ended' : s.label)),
          r.state === 'retiring' ? el('p', { class: 'small muted', 'data-testid': 'expiry-rotation-grace' },
            due ? `The old key was to stop on ${when}.` : `The old key keeps working until ${when}; then it is deleted ${r.autoDelete ? 'automatically' : 'after you confirm'}.`) : null,
          r.needsAttention ? el('p', { class: 'small attention', 'data-testid': 'expiry-rotation-attention' }, r.needsAttention) : null),
        el('div', { class: 'row' }, actions));
    }));
  }

  function renderRotateAll() {
    const d = deps.getData();
    const n = parseDays(days.value);
    daysError.textContent = n === null && days.value.trim() ? 'Enter a whole number of days from 1 to 365.' : '';
    const count = n === null ? 0 : rotatableExpiring(d.tokens, d.rotations, n, d.now).length;
    rotateAllButton.textContent = n === null ? 'Rotate all' : count === 1 ? 'Rotate 1 token…' : `Rotate ${count} tokens…`;
    /** @type {any} */ (rotateAllButton).disabled = count === 0;
  }

  function rotateAll() {
    const d = deps.getData();
    const n = parseDays(days.value);
    if (n === null) { daysError.textContent = 'Enter a whole number of days from 1 to 365.'; days.focus(); return; }
    const list = rotatableExpiring(d.tokens, d.rotations, n, d.now);
    if (list.length === 0) return;
    close();
    deps.onRotate(list);
  }

  /** @param {Rotation} r */
  async function complete(r) {
    status.removeAttribute('data-tone');
    try {
      status.textContent = await deps.onComplete(r);
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }

  function close() {
    if (!modal.isOpen()) return;
    modal.close();
    deps.onClosed?.();
  }

  return { update, close, isOpen: () => modal.isOpen() };
}

/**
 * Ask before an old token is deleted (end of grace, or "Delete old token now").
 * @param {Element} host
 * @param {import('../ipc.js').Rotation} r
 * @param {boolean} due  the grace period is over
 * @returns {Promise<boolean>}
 */
export function confirmDeleteOld(host, r, due) {
  return new Promise((resolve) => {
    const modal = createModal({ host, title: 'Delete the old token?', testid: 'rotation-complete-dialog', role: 'alertdialog', onCancel: () => done(false) });
    const later = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-complete-later', on: { click: () => done(false) } }, 'Not now');
    const yes = el('button', { type: 'button', class: 'button danger', 'data-testid': 'rotation-complete-confirm', on: { click: () => done(true) } }, 'Delete old token');
    append(modal.body, [el('p', { 'data-testid': 'rotation-complete-text' }, due
      ? `The grace period for “${r.oldName}” ended on ${exactDate(r.graceUntil)}. Delete it now? Integrations still using it will stop working.`
      : `Delete “${r.oldName}” now, before its grace period ends on ${exactDate(r.graceUntil)}? Integrations still using it will stop working.`),
    el('p', { class: 'small muted' }, `Its replacement “${r.newName}” stays.`)]);
    append(modal.footer, [later, yes]);
    modal.open(later);
    /** @param {boolean} v */
    function done(v) { modal.close(); resolve(v); }
  });
}

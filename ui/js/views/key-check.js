// @ts-check
//! "Check a key": the dialog where a pasted key is checked against Scriptix (masked input
//! with Show/Hide, a type choice, the pre-send warnings with "Check anyway" / "Edit"), the
//! small dialog that checks the key this device holds for a token, and the one result block
//! both use (also shown by the rotation wizard). Must not: log, store or keep the pasted key
//! (the input is emptied when the dialog closes), or touch window.__TAURI_INTERNALS__.

import { el, uid, setBusy, append, replace } from '../lib/dom.js';
import { CHECK_TYPES, resultTone, vaultMatchText, retryText } from '../lib/keycheck.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { t, tCoded } from '../lib/i18n.js';
import { createModal } from './modal.js';

/**
 * @typedef {import('../ipc-types.js').KeyCheckResult} KeyCheckResult
 * @typedef {import('../ipc-types.js').KeyChecked} KeyChecked
 */

/**
 * One text of a check in the language in use: its coded form when the catalogue knows it,
 * else the English text the core sent (an older core, or a code newer than this window).
 * @param {{ code: string, args?: Record<string, unknown> } | null | undefined} coded
 * @param {string | null} english
 */
function checkText(coded, english) {
  return (coded ? tCoded(coded) : null) ?? english;
}

/**
 * Render a checked result into `container`: glyph + title (tone by result), explanation,
 * next step, and whether the key is this device's.
 * @param {HTMLElement} container
 * @param {KeyChecked} r
 * @param {{ showVault?: boolean }} [opt]
 */
export function renderCheckResult(container, r, opt = {}) {
  const tone = resultTone(r.result);
  container.hidden = false;
  container.setAttribute('data-tone', tone.tone);
  container.setAttribute('data-result', r.result);
  const retry = retryText(r.retryAfterSeconds);
  const nextStep = r.nextStep ? checkText(r.coded?.nextStep, r.nextStep) : null;
  replace(container,
    el('p', { class: 'check-title' },
      el('span', { class: 'check-glyph', 'aria-hidden': 'true' }, tone.glyph),
      el('strong', { 'data-testid': 'check-result-title' }, checkText(r.coded?.title, r.title))),
    el('p', { 'data-testid': 'check-result-explanation' }, checkText(r.coded?.explanation, r.explanation)),
    nextStep ? el('p', { class: 'check-next', 'data-testid': 'check-result-next' }, el('strong', null, t('keycheck-next-label')), nextStep) : null,
    retry ? el('p', { class: 'small', 'data-testid': 'check-result-retry' }, retry) : null,
    opt.showVault === false ? null : el('p', { class: 'check-vault small', 'data-testid': 'check-result-vault' }, vaultMatchText(r.vaultMatch)),
    r.code ? el('p', { class: 'small muted' }, t('keycheck-server-code', { code: r.code })) : null);
}

/**
 * The pre-send warnings about a pasted key (empty, inner space or line break, wrong length):
 * the list, "Check anyway" (not for an empty key) and "Edit", focus on the way forward. Shared
 * by "Check a key" and "Attach a key"; `testid` prefixes the test ids (`<testid>-warning`,
 * `<testid>-force`, `<testid>-edit`).
 * @param {HTMLElement} container
 * @param {import('../ipc-types.js').KeyWarning[]} list
 * @param {{ input: HTMLElement, testid: string, emptyTitle: string, onForce: () => void }} opt
 */
export function renderKeyWarnings(container, list, opt) {
  const force = el('button', { type: 'button', class: 'button', 'data-testid': `${opt.testid}-force`, on: { click: opt.onForce } }, t('keycheck-check-anyway'));
  const edit = el('button', { type: 'button', class: 'button ghost', 'data-testid': `${opt.testid}-edit`,
    on: { click: () => { container.hidden = true; opt.input.focus(); } } }, t('keycheck-edit'));
  const empty = list.some((w) => w.code === 'empty');
  replace(container,
    el('strong', null, empty ? opt.emptyTitle : t('keycheck-incomplete')),
    el('ul', { class: 'check-warning-list' }, list.map((w) => el('li', { 'data-testid': `${opt.testid}-warning`, 'data-code': w.code }, checkText(w.coded, w.message)))),
    el('div', { class: 'row' }, empty ? null : force, edit));
  container.hidden = false;
  (empty ? opt.input : force).focus();
}

/** @param {HTMLElement} container */
function clearResult(container) {
  container.hidden = true;
  container.removeAttribute('data-tone');
  container.removeAttribute('data-result');
  replace(container);
}

/**
 * @typedef {Object} KeyCheckDeps
 * @property {Pick<typeof import('../ipc.js'), 'keyCheck'>} ipc
 * @property {Element} host
 * @property {(reason: string) => void} [onUnauthorized]
 */

/**
 * @param {KeyCheckDeps} deps
 * @returns {{ close: () => void }}
 */
export function openKeyCheckDialog(deps) {
  let busy = false;
  const modal = createModal({ host: deps.host, title: t('keycheck-dialog-title'), testid: 'keycheck-dialog', className: 'modal-wide', onCancel: close });
  const keyId = uid('keycheck-key');
  const hintId = uid('keycheck-hint');
  const input = /** @type {HTMLInputElement} */ (el('input', { id: keyId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': hintId, 'data-testid': 'keycheck-input',
    on: { input: () => { clearResult(result); warnings.hidden = true; error.hidden = true; }, keydown: onKey } }));
  const toggle = el('button', { type: 'button', class: 'button ghost inline-toggle', 'aria-controls': keyId, 'aria-pressed': 'false',
    'aria-label': t('keycheck-show-key'), 'data-testid': 'keycheck-toggle', on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: onToggle } }, t('keycheck-show'));
  const group = uid('keycheck-type');
  /** @type {HTMLInputElement[]} */
  const radios = [];
  const types = CHECK_TYPES.map((c, i) => {
    const r = /** @type {HTMLInputElement} */ (el('input', { type: 'radio', name: group, value: c.id, checked: i === 0, 'data-testid': `keycheck-type-${c.id}` }));
    radios.push(r);
    return el('label', { class: 'segment' }, r, el('span', { class: 'segment-text' }, c.label()));
  });
  const warnings = el('div', { class: 'check-warnings', role: 'alert', 'data-testid': 'keycheck-warnings', hidden: true });
  const error = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'keycheck-error', hidden: true });
  const result = el('div', { class: 'check-result', role: 'status', 'data-testid': 'check-result', hidden: true });
  const closeButton = el('button', { type: 'button', class: 'button', 'data-testid': 'keycheck-close', on: { click: close } }, t('keycheck-close'));
  const checkButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'keycheck-submit',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => check(false) } }, t('keycheck-check'));

  append(modal.body, [
    el('div', { class: 'field' },
      el('label', { for: keyId }, t('keycheck-key-label')),
      el('div', { class: 'input-with-button' }, input, toggle),
      el('p', { id: hintId, class: 'small muted' }, t('keycheck-key-hint'))),
    el('fieldset', { class: 'field' }, el('legend', null, t('keycheck-type-legend')), el('div', { class: 'segments' }, types),
      el('p', { class: 'small muted' }, t('keycheck-type-hint'))),
    warnings, error, result,
  ]);
  append(modal.footer, [closeButton, checkButton]);
  modal.open(input);

  function onToggle() {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    toggle.textContent = show ? t('keycheck-hide') : t('keycheck-show');
    toggle.setAttribute('aria-pressed', show ? 'true' : 'false');
    toggle.setAttribute('aria-label', show ? t('keycheck-hide-key') : t('keycheck-show-key'));
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if (e.key === 'Enter') { e.preventDefault(); check(false); }
  }

  function tokenType() {
    const id = (radios.find((r) => r.checked) ?? radios[0]).value;
    return /** @type {'batch'|'realtime'|null} */ (CHECK_TYPES.find((c) => c.id === id)?.value ?? null);
  }

  /** @param {boolean} force */
  async function check(force) {
    if (busy) return;
    busy = true;
    error.hidden = true;
    warnings.hidden = true;
    clearResult(result);
    setBusy(checkButton, true, t('keycheck-checking'));
    try {
      const r = await deps.ipc.keyCheck({ key: input.value, tokenType: tokenType(), force });
      if (!modal.isOpen()) return;
      if (r.outcome === 'warnings') showWarnings(r.warnings);
      else renderCheckResult(result, r);
    } catch (err) {
      if (!modal.isOpen()) return;
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      busy = false;
      setBusy(checkButton, false);
    }
  }

  /** @param {import('../ipc-types.js').KeyWarning[]} list */
  function showWarnings(list) {
    renderKeyWarnings(warnings, list, { input, testid: 'keycheck', emptyTitle: t('keycheck-nothing-yet'), onForce: () => check(true) });
  }

  function close() {
    if (!modal.isOpen()) return;
    input.value = '';
    input.type = 'password';
    modal.close();
  }

  return { close };
}

/**
 * Check the key this device holds for a token, and show the answer.
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'keyCheckHeld'>, host: Element, token: import('../ipc-types.js').Token,
 *   onUnauthorized?: (reason: string) => void }} deps
 * @returns {{ close: () => void, done: Promise<void> }}
 */
export function openHeldKeyCheck(deps) {
  const modal = createModal({ host: deps.host, title: t('keycheck-held-title'), testid: 'keycheck-held-dialog', className: 'modal-wide', onCancel: close });
  const progress = el('p', { class: 'muted', role: 'status', 'data-testid': 'keycheck-held-progress' }, t('keycheck-held-asking'));
  const result = el('div', { class: 'check-result', role: 'status', 'data-testid': 'check-result', hidden: true });
  const error = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'keycheck-error', hidden: true });
  const again = el('button', { type: 'button', class: 'button', 'data-testid': 'keycheck-again', on: { click: () => { run(); } } }, t('keycheck-again'));
  const closeButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'keycheck-close', on: { click: close } }, t('keycheck-close'));
  append(modal.body, [el('p', { 'data-testid': 'keycheck-held-token' }, t('keycheck-held-token', { token: tokenLabel(deps.token) })), progress, error, result]);
  append(modal.footer, [again, closeButton]);
  modal.open(closeButton);
  const done = run();

  async function run() {
    progress.hidden = false;
    error.hidden = true;
    clearResult(result);
    setBusy(again, true, t('keycheck-checking'));
    try {
      const r = await deps.ipc.keyCheckHeld({ tokenId: deps.token.id });
      if (!modal.isOpen()) return;
      if (r.outcome === 'checked') renderCheckResult(result, r, { showVault: false });
      else { error.textContent = r.warnings.map((w) => checkText(w.coded, w.message)).join(' '); error.hidden = false; }
    } catch (err) {
      if (!modal.isOpen()) return;
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      progress.hidden = true;
      setBusy(again, false);
    }
  }

  function close() { modal.close(); }
  return { close, done };
}

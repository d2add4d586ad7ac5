// @ts-check
//! The KeePass part of the export dialog ("KeePass database…"): choose the .kdbx file with
//! the native open dialog (in Rust, which remembers it), optionally its key file ("Key
//! file…", also a native open dialog in Rust; only whether to use it is passed back), type the
//! database password in the app's own masked field (empty for a key file alone), unlock to
//! list the groups, pick one, and save. The password goes to Rust with each call and is never
//! stored; the field is emptied once the entry is saved.
//! Must not: touch window.__TAURI_INTERNALS__, see or pass on a key, or keep the password.

import { el, uid, append, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {Object} KeepassDeps
 * @property {Pick<typeof import('../ipc.js'), 'keepassChoose' | 'keepassChooseKeyFile' | 'keepassGroups' | 'exportToKeepass'>} ipc
 * @property {import('../ipc-types.js').Token} token
 */

/** @param {KeepassDeps} deps */
export function createKeepassPanel(deps) {
  /** @type {string | null} */
  let file = null;
  /** @type {import('../ipc-types.js').KdbxGroup[]} */
  let groups = [];
  let keyFile = false;
  const pwId = uid('keepass-password');
  const pwErrId = uid('keepass-password-error');
  const groupId = uid('keepass-group');
  const fileName = el('span', { class: 'mono', 'data-testid': 'keepass-file' }, t('keepass-no-file'));
  const choose = el('button', { type: 'button', class: 'button', 'data-testid': 'keepass-choose', on: { click: () => { pick(); } } }, t('keepass-choose'));
  const password = /** @type {HTMLInputElement} */ (el('input', { id: pwId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': pwErrId, 'data-testid': 'keepass-password',
    on: { input: () => { passwordError.textContent = ''; password.removeAttribute('aria-invalid'); } } }));
  const passwordError = el('p', { id: pwErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'keepass-password-error' });
  const keyFileName = el('span', { class: 'mono', 'data-testid': 'keepass-key-file' }, t('keepass-no-key-file'));
  const chooseKeyFile = el('button', { type: 'button', class: 'button', 'data-testid': 'keepass-key-file-choose',
    on: { click: () => { pickKeyFile(); } } }, t('keepass-key-file-choose'));
  const clearKeyFile = el('button', { type: 'button', class: 'button', hidden: true, 'data-testid': 'keepass-key-file-clear',
    'aria-label': t('keepass-key-file-remove-label'), on: { click: () => { setKeyFile(null); chooseKeyFile.focus(); } } }, t('keepass-key-file-remove'));
  const groupSelect = /** @type {HTMLSelectElement} */ (el('select', { id: groupId, 'data-testid': 'keepass-group' }));
  const groupField = el('div', { class: 'field', hidden: true }, el('label', { for: groupId }, t('keepass-group')), groupSelect);
  const element = el('fieldset', { class: 'field keepass-panel', 'data-testid': 'keepass-panel', hidden: true },
    el('legend', null, t('keepass-legend')),
    el('div', { class: 'row' }, choose, fileName),
    el('div', { class: 'field' }, el('label', { for: pwId }, t('keepass-password')), password,
      el('p', { class: 'small muted' }, t('keepass-password-hint')), passwordError),
    el('div', { class: 'row', role: 'group', 'aria-label': t('keepass-key-file') }, chooseKeyFile, keyFileName, clearKeyFile),
    el('p', { class: 'small muted' }, t('keepass-key-file-hint')),
    groupField);

  async function pick() {
    const r = await deps.ipc.keepassChoose();
    if (r.kind !== 'chosen') return;
    file = r.name;
    fileName.textContent = r.name;
    fileName.setAttribute('title', r.path);
    groups = [];
    groupField.hidden = true;
    setKeyFile(null);
    password.focus();
  }

  async function pickKeyFile() {
    const r = await deps.ipc.keepassChooseKeyFile();
    if (r.kind !== 'chosen') return;
    setKeyFile(r);
    password.focus();
  }

  /** @param {{ name: string, path: string } | null} chosen */
  function setKeyFile(chosen) {
    keyFile = chosen !== null;
    keyFileName.textContent = chosen ? chosen.name : t('keepass-no-key-file');
    if (chosen) keyFileName.setAttribute('title', chosen.path); else keyFileName.removeAttribute('title');
    clearKeyFile.hidden = !chosen;
    passwordError.textContent = '';
    password.removeAttribute('aria-invalid');
    groups = [];
    groupField.hidden = true;
  }

  /** @param {import('../ipc.js').AppError} e @returns {boolean} handled here */
  function showError(e) {
    if (e.kind === 'invalidInput' && e.field === 'password') {
      passwordError.textContent = e.message;
      password.setAttribute('aria-invalid', 'true');
      password.focus();
      return true;
    }
    if (e.kind === 'invalidInput' && e.field === 'keyFile') {
      passwordError.textContent = e.message;
      chooseKeyFile.focus();
      return true;
    }
    return false;
  }

  /**
   * Without groups: unlocks and lists them (null: pick a group, then save). With a group:
   * writes the entry.
   * @returns {Promise<import('../ipc-types.js').ExportResult | null>}
   */
  async function submit() {
    if (!file) {
      passwordError.textContent = t('keepass-need-file');
      choose.focus();
      return null;
    }
    if (groups.length === 0) {
      groups = await deps.ipc.keepassGroups({ password: password.value, keyFile });
      replace(groupSelect, ...groups.map((g, i) => el('option', { value: g.id, selected: i === Math.min(1, groups.length - 1) }, g.path)));
      groupField.hidden = false;
      groupSelect.focus();
      return null;
    }
    const reply = await deps.ipc.exportToKeepass({ tokenId: deps.token.id, password: password.value, keyFile, groupId: groupSelect.value });
    password.value = '';
    return reply;
  }

  return {
    element,
    submit,
    showError,
    /** @returns {string} the label of the dialog's main button now */
    buttonLabel: () => (groups.length ? t('keepass-save') : t('keepass-unlock')),
    /** @param {boolean} on */
    show(on) { element.hidden = !on; if (!on) password.value = ''; },
    clear() { password.value = ''; },
  };
}

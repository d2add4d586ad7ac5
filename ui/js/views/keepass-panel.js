// @ts-check
//! The KeePass part of the export dialog ("KeePass database…"): choose the .kdbx file with
//! the native open dialog (in Rust, which remembers it), optionally its key file ("Key
//! file…", also a native open dialog in Rust; only whether to use it is passed back), type the
//! database password in the app's own masked field (empty for a key file alone), unlock to
//! list the groups, pick one, and save. The password goes to Rust with each call and is never
//! stored; the field is emptied once the entry is saved.
//! Must not: touch window.__TAURI__, see or pass on a key, or keep the password.

import { el, uid, append, replace } from '../lib/dom.js';

/**
 * @typedef {Object} KeepassDeps
 * @property {Pick<typeof import('../ipc.js'), 'keepassChoose' | 'keepassChooseKeyFile' | 'keepassGroups' | 'exportToKeepass'>} ipc
 * @property {import('../ipc.js').Token} token
 */

/** @param {KeepassDeps} deps */
export function createKeepassPanel(deps) {
  /** @type {string | null} */
  let file = null;
  /** @type {import('../ipc.js').KdbxGroup[]} */
  let groups = [];
  let keyFile = false;
  const pwId = uid('keepass-password');
  const pwErrId = uid('keepass-password-error');
  const groupId = uid('keepass-group');
  const fileName = el('span', { class: 'mono', 'data-testid': 'keepass-file' }, 'No database chosen');
  const choose = el('button', { type: 'button', class: 'button', 'data-testid': 'keepass-choose', on: { click: () => { pick(); } } }, 'Choose database…');
  const password = /** @type {HTMLInputElement} */ (el('input', { id: pwId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': pwErrId, 'data-testid': 'keepass-password',
    on: { input: () => { passwordError.textContent = ''; password.removeAttribute('aria-invalid'); } } }));
  const passwordError = el('p', { id: pwErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'keepass-password-error' });
  const keyFileName = el('span', { class: 'mono', 'data-testid': 'keepass-key-file' }, 'No key file');
  const chooseKeyFile = el('button', { type: 'button', class: 'button', 'data-testid': 'keepass-key-file-choose',
    on: { click: () => { pickKeyFile(); } } }, 'Key file…');
  const clearKeyFile = el('button', { type: 'button', class: 'button', hidden: true, 'data-testid': 'keepass-key-file-clear',
    'aria-label': 'Remove the key file', on: { click: () => { setKeyFile(null); chooseKeyFile.focus(); } } }, 'Remove');
  const groupSelect = /** @type {HTMLSelectElement} */ (el('select', { id: groupId, 'data-testid': 'keepass-group' }));
  const groupField = el('div', { class: 'field', hidden: true }, el('label', { for: groupId }, 'Group'), groupSelect);
  const element = el('fieldset', { class: 'field keepass-panel', 'data-testid': 'keepass-panel', hidden: true },
    el('legend', null, 'KeePass database'),
    el('div', { class: 'row' }, choose, fileName),
    el('div', { class: 'field' }, el('label', { for: pwId }, 'Database password'), password,
      el('p', { class: 'small muted' }, 'Used to open the database for this save only; never stored.'), passwordError),
    el('div', { class: 'row', role: 'group', 'aria-label': 'Key file' }, chooseKeyFile, keyFileName, clearKeyFile),
    el('p', { class: 'small muted' }, 'Only if the database is locked with a key file too. Its place is remembered for rotations; its contents never are.'),
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
    keyFileName.textContent = chosen ? chosen.name : 'No key file';
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
   * @returns {Promise<import('../ipc.js').ExportResult | null>}
   */
  async function submit() {
    if (!file) {
      passwordError.textContent = 'Choose a KeePass database first.';
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
    buttonLabel: () => (groups.length ? 'Save to KeePass' : 'Unlock database'),
    /** @param {boolean} on */
    show(on) { element.hidden = !on; if (!on) password.value = ''; },
    clear() { password.value = ''; },
  };
}

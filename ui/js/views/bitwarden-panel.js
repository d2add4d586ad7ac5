// @ts-check
//! The Bitwarden part of the export dialog ("Bitwarden (bw)…"): asks Rust whether the `bw`
//! program is installed and unlocked, lists its folders, and creates the login item in the
//! chosen one (Rust runs bw with the item on its stdin). When bw is locked, the app asks for
//! the master password in its own masked field and Rust unlocks bw with it (the password is
//! sent once and the field emptied; Rust keeps only the session, in memory). When bw is
//! missing or signed out, its problem says what to do; the Bitwarden files stay available.
//! Must not: touch window.__TAURI_INTERNALS__, see or pass on a key, or keep the master password.

import { el, uid, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/**
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'bwFolders' | 'exportToBitwarden'> & Partial<Pick<typeof import('../ipc.js'), 'bwUnlock'>>, token: import('../ipc-types.js').Token }} deps
 */
export function createBitwardenPanel(deps) {
  let loaded = false;
  let locked = false;
  const selectId = uid('bw-folder');
  const pwId = uid('bw-master-password');
  const pwErrId = uid('bw-master-password-error');
  const select = /** @type {HTMLSelectElement} */ (el('select', { id: selectId, 'data-testid': 'bw-folder' }));
  const folderField = el('div', { class: 'field', hidden: true }, el('label', { for: selectId }, t('bitwarden-folder')), select);
  const problem = el('p', { class: 'dialog-error', role: 'alert', 'data-testid': 'bw-problem', hidden: true });
  const password = /** @type {HTMLInputElement} */ (el('input', { id: pwId, type: 'password', class: 'mono-input', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': pwErrId, 'data-testid': 'bw-master-password',
    on: { input: () => { passwordError.textContent = ''; password.removeAttribute('aria-invalid'); } } }));
  const passwordError = el('p', { id: pwErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'bw-master-password-error' });
  const unlockField = el('div', { class: 'field', hidden: true, 'data-testid': 'bw-unlock' },
    el('label', { for: pwId }, t('bitwarden-master-password')), password, passwordError,
    el('p', { class: 'small muted', 'data-testid': 'bw-unlock-note' }, t('bitwarden-locked')));
  const element = el('fieldset', { class: 'field bitwarden-panel', 'data-testid': 'bw-panel', hidden: true },
    el('legend', null, t('bitwarden-legend')),
    el('p', { class: 'small muted' }, t('bitwarden-text')),
    problem, unlockField, folderField);

  async function loadFolders() {
    const r = await deps.ipc.bwFolders();
    locked = Boolean(r.locked && deps.ipc.bwUnlock);
    unlockField.hidden = !locked;
    // Locked: the prompt says so itself; any other problem says what to do.
    problem.textContent = locked ? '' : r.problem ?? '';
    problem.hidden = locked || !r.problem;
    if (locked) { password.focus(); return; }
    if (r.problem || !r.available) return;
    replace(select, ...r.folders.map((f) => el('option', { value: f.id ?? '' }, f.name)));
    folderField.hidden = false;
    loaded = true;
    select.focus();
  }

  async function unlock() {
    const typed = password.value;
    password.value = '';
    try {
      await /** @type {NonNullable<typeof deps.ipc.bwUnlock>} */ (deps.ipc.bwUnlock)({ password: typed });
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind !== 'invalidInput' || e.field !== 'masterPassword') throw e;
      passwordError.textContent = e.message;
      password.setAttribute('aria-invalid', 'true');
      password.focus();
      return;
    }
    await loadFolders();
  }

  /** @returns {Promise<import('../ipc-types.js').ExportResult | null>} null: unlock, pick a folder (or read the problem) first */
  async function submit() {
    if (locked) { await unlock(); return null; }
    if (!loaded) { await loadFolders(); return null; }
    return deps.ipc.exportToBitwarden({ tokenId: deps.token.id, folderId: select.value || null });
  }

  return {
    element,
    submit,
    buttonLabel: () => (locked ? t('bitwarden-unlock') : loaded ? t('bitwarden-add') : t('bitwarden-find')),
    /** @param {boolean} on */
    show(on) { element.hidden = !on; if (!on) password.value = ''; },
    clear() { password.value = ''; },
  };
}

// @ts-check
//! The Bitwarden part of the export dialog ("Bitwarden (bw)…"): asks Rust whether the `bw`
//! program is installed and unlocked, lists its folders, and creates the login item in the
//! chosen one (Rust runs bw with the item on its stdin). When bw is missing, signed out or
//! locked, its problem says what to do; the Bitwarden files stay available.
//! Must not: touch window.__TAURI__, or see or pass on a key.

import { el, uid, replace } from '../lib/dom.js';

/**
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'bwFolders' | 'exportToBitwarden'>, token: import('../ipc.js').Token }} deps
 */
export function createBitwardenPanel(deps) {
  let loaded = false;
  const selectId = uid('bw-folder');
  const select = /** @type {HTMLSelectElement} */ (el('select', { id: selectId, 'data-testid': 'bw-folder' }));
  const folderField = el('div', { class: 'field', hidden: true }, el('label', { for: selectId }, 'Bitwarden folder'), select);
  const problem = el('p', { class: 'dialog-error', role: 'alert', 'data-testid': 'bw-problem', hidden: true });
  const element = el('fieldset', { class: 'field bitwarden-panel', 'data-testid': 'bw-panel', hidden: true },
    el('legend', null, 'Bitwarden'),
    el('p', { class: 'small muted' }, 'The item is created with Bitwarden’s bw program; the key goes to it directly, never on a command line.'),
    problem, folderField);

  /** @returns {Promise<import('../ipc.js').ExportResult | null>} null: pick a folder (or read the problem) first */
  async function submit() {
    if (!loaded) {
      const r = await deps.ipc.bwFolders();
      problem.textContent = r.problem ?? '';
      problem.hidden = !r.problem;
      if (r.problem || !r.available) return null;
      replace(select, ...r.folders.map((f) => el('option', { value: f.id ?? '' }, f.name)));
      folderField.hidden = false;
      loaded = true;
      select.focus();
      return null;
    }
    return deps.ipc.exportToBitwarden({ tokenId: deps.token.id, folderId: select.value || null });
  }

  return {
    element,
    submit,
    buttonLabel: () => (loaded ? 'Add to Bitwarden' : 'Find Bitwarden'),
    /** @param {boolean} on */
    show(on) { element.hidden = !on; },
  };
}

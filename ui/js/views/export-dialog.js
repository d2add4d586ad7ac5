// @ts-check
//! The export dialog: the formats as radio cards, the variable name for the .env formats
//! (checked here before any call), the note about files on disk, and the result in place:
//! the clipboard countdown for copies, "Saved to …" plus any warning for files, nothing for a
//! cancelled save dialog. It sends only the token id: Rust holds the key (the open reveal or
//! the vault) and opens the native save dialog itself. 1Password first asks Rust whether its
//! op program is installed: if so, the vaults it lists are offered as radios (arrow keys
//! choose) and Rust runs op with the key on its stdin; if not, the item template is saved as
//! a file and the command that reads it (no key, no name) is shown. "KeePass database…"
//! mounts the KeePass panel (keepass-panel.js): file, password, group, then save.
//! Must not: receive, show or pass on a key; touch window.__TAURI_INTERNALS__.

import { el, uid, setBusy, append, replace } from '../lib/dom.js';
import { EXPORT_FORMATS, DEFAULT_VARIABLE, exportNote, formatInfo, validateVariable, exportResultView } from '../lib/export.js';
import { tokenLabel } from '../lib/lifecycle.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';
import { createKeepassPanel } from './keepass-panel.js';
import { createBitwardenPanel } from './bitwarden-panel.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').ExportFormat} ExportFormat
 * @typedef {Object} ExportDeps
 * @property {Pick<typeof import('../ipc.js'), 'exportKey'> & Partial<Pick<typeof import('../ipc.js'), 'opVaults' | 'exportToOnePassword' | 'keepassChoose' | 'keepassChooseKeyFile' | 'keepassGroups' | 'exportToKeepass' | 'bwFolders' | 'bwUnlock' | 'exportToBitwarden'>>} ipc
 * @property {Element} host
 * @property {Token} token
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void, element?: Element }} clipboard
 * @property {(reason: string) => void} [onUnauthorized]
 * @property {() => void} [onNotFound]  the key is no longer on this device
 * @property {() => void} [onClosed]
 * @property {(kind: 'copied'|'saved'|'added') => void} [onExported]  the key now is somewhere the user chose
 */

/**
 * @param {ExportDeps} deps
 * @returns {{ close: () => void }}
 */
export function openExportDialog(deps) {
  const { token } = deps;
  let busy = false;
  // The clipboard status lives in whatever was showing it (the window, or the reveal dialog
  // underneath); it comes into this dialog while open and goes back there on close.
  const statusHome = /** @type {Element | null} */ (deps.clipboard.element?.parentNode ?? null);
  const modal = createModal({ host: deps.host, title: t('export-title'), testid: 'export-dialog', className: 'modal-wide export-modal', onCancel: close });

  // The KeePass and Bitwarden panels exist when the ipc offers every call they make; their
  // formats are offered exactly then.
  const ipc = deps.ipc;
  const keepass = ipc.keepassChoose && ipc.keepassChooseKeyFile && ipc.keepassGroups && ipc.exportToKeepass
    ? createKeepassPanel({ ipc: { keepassChoose: ipc.keepassChoose, keepassChooseKeyFile: ipc.keepassChooseKeyFile,
      keepassGroups: ipc.keepassGroups, exportToKeepass: ipc.exportToKeepass }, token })
    : null;
  const bitwarden = ipc.bwFolders && ipc.exportToBitwarden
    ? createBitwardenPanel({ ipc: { bwFolders: ipc.bwFolders, bwUnlock: ipc.bwUnlock, exportToBitwarden: ipc.exportToBitwarden }, token })
    : null;

  const group = uid('export-format');
  /** @type {HTMLInputElement[]} */
  const radios = [];
  const cards = EXPORT_FORMATS.filter((f) => (f.format !== 'keepassDatabase' || keepass)
    && (f.format !== 'bitwardenCli' || bitwarden)).map((f, i) => {
    const descId = uid('export-desc');
    const input = /** @type {HTMLInputElement} */ (el('input', { type: 'radio', name: group, value: f.format, checked: i === 0,
      'aria-describedby': descId, 'data-testid': `export-format-${f.format}`, on: { change: render } }));
    radios.push(input);
    return el('label', { class: 'radio-card' }, input,
      el('span', { class: 'radio-card-text' },
        el('span', { class: 'radio-card-title' }, f.label),
        el('span', { id: descId, class: 'radio-card-desc' }, f.description)));
  });

  const varId = uid('export-variable');
  const varHintId = uid('export-variable-hint');
  const varErrId = uid('export-variable-error');
  const variable = /** @type {HTMLInputElement} */ (el('input', { id: varId, type: 'text', class: 'mono-input', value: DEFAULT_VARIABLE,
    autocomplete: 'off', spellcheck: 'false', 'aria-required': 'true', 'aria-describedby': `${varHintId} ${varErrId}`,
    'data-testid': 'export-variable', on: { input: () => { variableError.textContent = ''; variable.removeAttribute('aria-invalid'); } } }));
  const variableError = el('p', { id: varErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'export-variable-error' });
  const variableField = el('div', { class: 'field' },
    el('label', { for: varId }, t('export-variable')),
    variable,
    el('p', { id: varHintId, class: 'small muted' }, t('export-variable-hint')),
    variableError);

  /** @type {HTMLInputElement[]} */
  let vaultRadios = [];
  /** @type {Map<string, string>} vault id → name */
  const vaultNames = new Map();
  const vaultGroup = uid('export-op-vault');
  const vaultList = el('div', { class: 'radio-cards' });
  const vaultPicker = el('fieldset', { class: 'field', 'data-testid': 'export-op-vaults', hidden: true },
    el('legend', null, t('export-op-vault')),
    el('p', { class: 'small muted' }, t('export-op-vault-text')),
    vaultList);
  const opProblem = el('p', { class: 'small muted', 'data-testid': 'export-op-problem', hidden: true });

  const result = el('div', { class: 'export-result', role: 'status', 'data-testid': 'export-result' });
  const formError = el('div', { class: 'dialog-error', role: 'alert', 'data-testid': 'export-error', hidden: true });
  const cancelButton = el('button', { type: 'button', class: 'button', 'data-testid': 'export-cancel', on: { click: close } }, t('export-cancel'));
  const submitButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'export-submit',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: () => submit() } }, t('export-submit'));

  append(modal.body, [
    el('p', { class: 'muted', 'data-testid': 'export-token' }, t('export-token', { token: tokenLabel(token) })),
    el('fieldset', { class: 'field' },
      el('legend', null, t('export-format')),
      el('div', { class: 'radio-cards export-formats' }, cards)),
    variableField,
    vaultPicker,
    opProblem,
    keepass?.element ?? null,
    bitwarden?.element ?? null,
    el('p', { class: 'field-note export-note', 'data-testid': 'export-note' }, exportNote()),
    formError,
    result,
  ]);
  append(modal.footer, [cancelButton, submitButton]);
  render();
  modal.open(radios.find((r) => r.checked) ?? radios[0]);

  /** @returns {ExportFormat} */
  function chosen() {
    return /** @type {ExportFormat} */ ((radios.find((r) => r.checked) ?? radios[0]).value);
  }

  function render() {
    const info = formatInfo(chosen());
    variableField.hidden = !info?.variable;
    if (chosen() !== 'onePasswordCli') showVaults([]);
    keepass?.show(chosen() === 'keepassDatabase');
    bitwarden?.show(chosen() === 'bitwardenCli');
    submitButton.textContent = mainLabel();
  }

  function mainLabel() {
    if (chosen() === 'keepassDatabase' && keepass) return keepass.buttonLabel();
    if (chosen() === 'bitwardenCli' && bitwarden) return bitwarden.buttonLabel();
    return vaultPicker.hidden ? t('export-submit') : t('export-op-add');
  }

  /** Shows the vault radios (none hides the list); the first is chosen and focused. @param {import('../ipc-types.js').OpVault[]} vaults */
  function showVaults(vaults) {
    vaultNames.clear();
    vaultRadios = vaults.map((v, i) => {
      vaultNames.set(v.id, v.name);
      return /** @type {HTMLInputElement} */ (el('input', { type: 'radio', name: vaultGroup, value: v.id, checked: i === 0,
        'data-testid': `export-op-vault-${v.id}` }));
    });
    replace(vaultList, ...vaultRadios.map((input, i) => el('label', { class: 'radio-card' }, input,
      el('span', { class: 'radio-card-text' }, el('span', { class: 'radio-card-title' }, vaults[i].name)))));
    vaultPicker.hidden = vaults.length === 0;
    submitButton.textContent = vaults.length ? t('export-op-add') : t('export-submit');
    if (vaults.length) vaultRadios[0].focus();
  }

  /**
   * The 1Password step: with vaults shown, add to the chosen one; else ask Rust whether op is
   * installed and list its vaults (the next Export adds), or fall back to the template file.
   * @returns {Promise<import('../ipc-types.js').ExportResult | null>} null: the vault list is now shown
   */
  async function onePassword() {
    const chosenVault = vaultRadios.find((r) => r.checked);
    if (!vaultPicker.hidden && chosenVault && deps.ipc.exportToOnePassword) {
      return deps.ipc.exportToOnePassword({ tokenId: token.id, vaultId: chosenVault.value });
    }
    const op = deps.ipc.opVaults ? await deps.ipc.opVaults() : { available: false, vaults: [], problem: null };
    opProblem.textContent = op.problem ? t('export-op-fallback', { problem: op.problem }) : '';
    opProblem.hidden = !op.problem;
    if (op.available && op.vaults.length) {
      showVaults(op.vaults);
      return null;
    }
    return deps.ipc.exportKey({ tokenId: token.id, format: 'onePasswordCli' });
  }

  async function submit() {
    if (busy) return;
    const format = chosen();
    const info = formatInfo(format);
    formError.hidden = true;
    replace(result);
    /** @type {{ tokenId: string, format: ExportFormat, variable?: string }} */
    const args = { tokenId: token.id, format };
    if (info?.variable) {
      const problem = validateVariable(variable.value);
      if (problem) {
        variableError.textContent = problem;
        variable.setAttribute('aria-invalid', 'true');
        variable.focus();
        return;
      }
      args.variable = variable.value;
    }
    busy = true;
    const adding = format === 'onePasswordCli' && !vaultPicker.hidden;
    const toKeepass = format === 'keepassDatabase' && keepass;
    setBusy(submitButton, true, toKeepass ? t('export-busy-kdbx') : adding ? t('export-busy-op') : info?.file ? t('export-busy-file') : t('export-busy'));
    try {
      const vaultName = vaultNames.get(vaultRadios.find((v) => v.checked)?.value ?? '');
      const reply = toKeepass ? await keepass.submit()
        : format === 'bitwardenCli' && bitwarden ? await bitwarden.submit()
        : format === 'onePasswordCli' ? await onePassword() : await deps.ipc.exportKey(args);
      if (!modal.isOpen() || reply === null) return;
      const r = exportResultView(reply, adding ? vaultName : undefined);
      if (r.kind === 'copied') {
        const slot = el('div', { class: 'export-copied', 'data-testid': 'export-copied' });
        replace(result, slot);
        deps.clipboard.place(slot);
        deps.clipboard.copied(r.clearsInSeconds);
      } else if (r.kind === 'added') {
        replace(result, el('p', { class: 'export-saved', 'data-testid': 'export-added' }, r.text));
        if (format === 'onePasswordCli') showVaults([]); // a second Export lists the vaults again rather than adding twice
      } else if (r.kind === 'saved') {
        replace(result,
          el('p', { class: 'export-saved', 'data-testid': 'export-saved' }, r.text),
          r.command ? el('p', { class: 'small' }, t('export-command'),
            el('code', { class: 'mono', 'data-testid': 'export-command' }, r.command)) : null,
          r.warning ? el('div', { class: 'reveal-warning', role: 'alert', 'data-testid': 'export-warning' },
            el('strong', { class: 'reveal-warning-title' }, t('export-warning-title')),
            el('p', null, r.warning)) : null);
      }
      if (r.kind !== 'cancelled') deps.onExported?.(r.kind);
      /** @type {any} */ (result).scrollIntoView?.({ block: 'nearest' });
      cancelButton.textContent = t('export-close');
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized' && deps.onUnauthorized) { close(); deps.onUnauthorized(e.message); return; }
      if (keepass && format === 'keepassDatabase' && keepass.showError(e)) {
        // shown under the password field
      } else if (e.kind === 'invalidInput' && e.field === 'variable') {
        variableError.textContent = e.message;
        variable.setAttribute('aria-invalid', 'true');
      } else {
        formError.textContent = e.kind === 'notFound'
          ? t('export-not-found', { message: e.message })
          : e.message;
        formError.hidden = false;
        if (e.kind === 'notFound') deps.onNotFound?.();
      }
    } finally {
      busy = false;
      setBusy(submitButton, false);
      submitButton.textContent = mainLabel();
    }
  }

  function close() {
    if (!modal.isOpen()) return;
    deps.clipboard.place(statusHome);
    keepass?.clear();
    bitwarden?.clear();
    modal.close();
    deps.onClosed?.();
  }

  return { close };
}

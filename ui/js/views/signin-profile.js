// @ts-check
//! The profile editor of the sign-in screen ("Edit" next to the profile picker): name,
//! server address and e-mail of a saved profile, and deleting it (with how many keys this
//! device holds for it, and an export of them first). Routing stays with signin.js through
//! the callbacks. Must not: touch window.__TAURI_INTERNALS__ or show anything but `error.message`.

import { el, replace, setBusy, uid } from '../lib/dom.js';
import { profileFormErrorTarget, DEFAULT_BASE_URL, PROFILE_EXPORT_FORMATS, profileDeleteText } from './signin-logic.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').AppStatus} AppStatus
 * @typedef {import('../ipc-types.js').Profile} Profile
 * @typedef {Object} ProfileEditorDeps
 * @property {typeof import('../ipc.js')} ipc
 * @property {Profile} profile  the profile being edited
 * @property {() => boolean} alive
 * @property {(next: AppStatus) => boolean} routeIfSignedIn
 * @property {(next: AppStatus, username: string) => void} onSaved
 * @property {() => void} onCancel
 * @property {(next: AppStatus) => void} onDeleted
 */

/**
 * @param {ProfileEditorDeps} deps
 * @returns {HTMLElement}
 */
export function profileEditor(deps) {
  const p = deps.profile;
  const { ipc } = deps;
  const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'profile-error' });
  /** @type {Record<string, HTMLInputElement>} */
  const inputs = {};
  /**
   * @param {'name'|'baseUrl'|'username'} key
   * @param {string} label
   * @param {Record<string, any>} attrs
   * @param {string} [hint]
   */
  const field = (key, label, attrs, hint) => {
    const id = uid(`profile-${key}`);
    const hintId = hint ? uid('hint') : null;
    inputs[key] = /** @type {HTMLInputElement} */ (el('input', { id, 'aria-describedby': hintId, ...attrs,
      on: { input: () => inputs[key].removeAttribute('aria-invalid') } }));
    return el('div', { class: 'field' }, el('label', { for: id }, label), inputs[key],
      hint ? el('p', { class: 'muted small', id: hintId }, hint) : null);
  };
  const save = el('button', { type: 'submit', class: 'button primary', 'data-testid': 'profile-save' }, t('signin-profile-save'));

  /** @param {Event} e */
  async function onSave(e) {
    e.preventDefault();
    error.textContent = '';
    const input = {
      id: p.id,
      name: inputs.name.value.trim(),
      baseUrl: inputs.baseUrl.value.trim(),
      username: inputs.username.value.trim(),
    };
    if (!input.name) return bad('name', t('signin-profile-need-name'));
    if (!input.baseUrl) return bad('baseUrl', t('signin-need-server', { url: DEFAULT_BASE_URL }));
    setBusy(save, true, t('signin-profile-saving'));
    try {
      let next = await ipc.profileSave(input);
      if (!deps.alive()) return;
      if (next.activeProfileId !== p.id) next = await ipc.profileSelect(p.id);
      if (!deps.alive() || deps.routeIfSignedIn(next)) return;
      deps.onSaved(next, input.username);
    } catch (err) {
      if (!deps.alive()) return;
      const ae = /** @type {import('../ipc.js').AppError} */ (err);
      if (ae.kind === 'invalidInput') bad(profileFormErrorTarget(ae.field), ae.message);
      else { error.textContent = ae.message; }
    } finally {
      if (deps.alive()) setBusy(save, false);
    }
  }

  /**
   * @param {'name'|'baseUrl'|'username'} key
   * @param {string} message
   */
  function bad(key, message) {
    error.textContent = message;
    inputs[key].setAttribute('aria-invalid', 'true');
    inputs[key].focus();
  }

  const remove = el('button', { type: 'button', class: 'button danger-ghost', 'data-testid': 'profile-delete',
    on: { click: () => confirmDelete() } }, t('signin-profile-delete'));
  const confirmBox = el('div', { class: 'confirm', hidden: true, 'data-testid': 'profile-delete-confirm' });

  async function confirmDelete() {
        error.textContent = '';
    /** @type {number} */
    let held;
    try {
      held = await ipc.profileHeldKeys(p.id);
    } catch (err) {
      if (deps.alive()) error.textContent = /** @type {Error} */ (err).message;
      return;
    }
    if (!deps.alive()) return;
    const words = profileDeleteText(p.name, held);
    const yes = el('button', { type: 'button', class: 'button danger', 'data-testid': 'profile-delete-yes',
      on: { click: async () => {
        setBusy(yes, true, t('signin-profile-deleting'));
        try {
          const next = await ipc.profileDelete(p.id);
          if (!deps.alive()) return;
          deps.onDeleted(next);
        } catch (err) {
          if (!deps.alive()) return;
          setBusy(yes, false);
          error.textContent = /** @type {Error} */ (err).message;
        }
      } } }, words.confirm);
    const no = el('button', { type: 'button', class: 'button ghost', on: { click: () => { confirmBox.hidden = true; remove.focus(); } } }, t('signin-profile-keep'));
    replace(confirmBox,
      el('p', { 'data-testid': 'profile-delete-text' }, words.text),
      held > 0 ? exportRow(p) : null,
      el('div', { class: 'row' }, yes, no));
    confirmBox.hidden = false;
    no.focus();
  }

  /**
   * The "export them first" row: a format and a button that opens the save dialog.
   * @param {Profile} profile
   */
  function exportRow(profile) {
    const selectId = uid('profile-export-format');
    const format = /** @type {HTMLSelectElement} */ (el('select', { id: selectId, 'data-testid': 'profile-export-format' },
      PROFILE_EXPORT_FORMATS.map((f) => el('option', { value: f.format }, f.label))));
    const saved = el('p', { class: 'muted small', role: 'status', 'data-testid': 'profile-export-status' });
    const button = el('button', { type: 'button', class: 'button', 'data-testid': 'profile-export-keys',
      on: { click: async () => {
        saved.textContent = '';
        setBusy(button, true, t('signin-profile-exporting'));
        try {
          const r = await ipc.profileExportKeys({ id: profile.id, format: format.value });
          if (!deps.alive()) return;
          if (r.kind === 'saved') {
            saved.textContent = t('signin-profile-export-saved', { count: r.count, path: r.path }) + (r.warning ? ` ${r.warning}` : '');
          }
        } catch (err) {
          if (deps.alive()) error.textContent = /** @type {Error} */ (err).message;
        } finally {
          if (deps.alive()) setBusy(button, false);
        }
      } } }, t('signin-profile-export'));
    return el('div', { class: 'stack' },
      el('div', { class: 'row' }, el('label', { for: selectId }, t('signin-profile-export-as')), format, button),
      saved);
  }

  return el('form', { class: 'stack', novalidate: true, 'aria-label': t('signin-profile-edit-title'), 'data-testid': 'profile-form', on: { submit: onSave } },
    el('h2', { class: 'section-title' }, t('signin-profile-edit-title')),
    field('name', t('signin-profile-name'), { value: p.name, autocomplete: 'off', 'data-testid': 'profile-name', 'aria-required': 'true' }),
    field('baseUrl', t('signin-server'), { type: 'url', value: p.baseUrl, spellcheck: 'false', autocomplete: 'url', 'data-testid': 'profile-base-url', 'aria-required': 'true' },
      t('signin-profile-server-hint')),
    field('username', t('signin-profile-email'), { type: 'email', value: p.username, autocomplete: 'username', spellcheck: 'false', 'data-testid': 'profile-username' }),
    el('div', { class: 'row' },
      save,
      el('button', { type: 'button', class: 'button ghost', 'data-testid': 'profile-cancel',
        on: { click: deps.onCancel } }, t('signin-cancel')),
      el('span', { class: 'spacer' }),
      remove),
    confirmBox,
    error);
}

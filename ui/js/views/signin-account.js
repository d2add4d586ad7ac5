// @ts-check
//! The one-screen sign-in for a new account (the first start, or "Add account…"): e-mail
//! and password first; the server address and the profile's name wait under "Advanced"
//! with defaults (the public service, a name derived from the e-mail). Submitting saves the
//! profile, selects it and signs in, so a newcomer never sees a profile form. A second try
//! after a failed sign-in updates the same profile instead of adding another.
//! Must not: keep the password after a call ends, or show anything but `error.message`.

import { el, setBusy, uid } from '../lib/dom.js';
import { DEFAULT_BASE_URL, deriveProfileName, profileFormErrorTarget } from './signin-logic.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').AppStatus} AppStatus
 * @typedef {Object} AccountFormDeps
 * @property {typeof import('../ipc.js')} ipc
 * @property {() => AppStatus} status
 * @property {() => boolean} alive
 * @property {{ email: string, remember: boolean }} form  shared with the password step; never the password
 * @property {(next: AppStatus) => boolean} routeIfSignedIn
 * @property {(next: AppStatus) => void} onMfa  the server asked for a second factor
 * @property {(() => void) | null} onCancel  null on the first start (nothing to go back to)
 * @property {(disabled: boolean) => void} busy  disables what else on the screen could start a call
 */

/**
 * @param {AccountFormDeps} deps
 * @returns {HTMLElement}
 */
export function accountForm(deps) {
  const { ipc, form } = deps;
  /** The profile this form saved on an earlier try (a failed sign-in keeps it). */
  let savedId = /** @type {string | null} */ (null);
  let nameTouched = false;
  const first = deps.status().profiles.length === 0;

  const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'signin-error', id: uid('signin-error') });
  /**
   * @param {string} testid
   * @param {Record<string, any>} attrs
   */
  const input = (testid, attrs) => /** @type {HTMLInputElement} */ (el('input', {
    id: uid(testid), 'data-testid': testid, spellcheck: 'false', ...attrs,
    on: { input: (/** @type {Event} */ e) => /** @type {HTMLElement} */ (e.target).removeAttribute('aria-invalid') },
  }));
  const email = input('signin-email', { type: 'email', name: 'username', autocomplete: 'username', 'aria-required': 'true', value: form.email });
  const password = input('signin-password', { type: 'password', name: 'password', autocomplete: 'current-password', 'aria-required': 'true' });
  const server = input('signin-server', { type: 'url', autocomplete: 'url', 'aria-required': 'true', value: DEFAULT_BASE_URL });
  const name = input('signin-profile-name', { type: 'text', autocomplete: 'off' });
  const remember = /** @type {HTMLInputElement} */ (el('input', {
    id: uid('remember'), type: 'checkbox', checked: form.remember, 'data-testid': 'signin-remember',
    on: { change: () => { form.remember = remember.checked; } },
  }));
  const toggle = el('button', {
    type: 'button', class: 'button ghost inline-toggle', 'aria-controls': password.id, 'aria-pressed': 'false',
    'aria-label': t('signin-show-password'), 'data-testid': 'password-toggle', on: { click: togglePassword },
  }, t('signin-show'));
  const submit = el('button', { type: 'submit', class: 'button primary wide', 'data-testid': 'signin-submit' }, t('signin-submit'));
  const nameHintId = uid('hint');
  const advanced = /** @type {HTMLDetailsElement} */ (el('details', { class: 'advanced', 'data-testid': 'signin-advanced' },
    el('summary', { 'data-testid': 'signin-advanced-toggle' }, t('signin-advanced')),
    el('div', { class: 'stack advanced-body' },
      el('div', { class: 'field' },
        el('label', { for: server.id }, t('signin-server')),
        server,
        el('p', { class: 'muted small' }, t('signin-server-hint'))),
      el('div', { class: 'field' },
        el('label', { for: name.id }, t('signin-profile-name')),
        name,
        el('p', { class: 'muted small', id: nameHintId }, t('signin-profile-name-hint'))))));
  name.setAttribute('aria-describedby', nameHintId);

  // The name follows the e-mail (and server) until the user types one of their own.
  const suggest = () => {
    if (!nameTouched) name.value = deriveProfileName(email.value, server.value, otherProfiles());
  };
  email.addEventListener('input', () => { form.email = email.value; suggest(); });
  server.addEventListener('input', suggest);
  name.addEventListener('input', () => { nameTouched = name.value.trim() !== ''; });
  suggest();

  function otherProfiles() {
    return deps.status().profiles.filter((p) => p.id !== savedId);
  }

  function togglePassword() {
    const show = password.type === 'password';
    password.type = show ? 'text' : 'password';
    toggle.textContent = show ? t('signin-hide') : t('signin-show');
    toggle.setAttribute('aria-pressed', String(show));
    toggle.setAttribute('aria-label', show ? t('signin-hide-password') : t('signin-show-password'));
  }

  /**
   * @param {HTMLInputElement | null} target
   * @param {string} message
   */
  function fail(target, message) {
    error.textContent = message;
    if (!target) return;
    if (target === server || target === name) advanced.open = true;
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', error.id);
    target.focus();
  }

  /** @param {Event} e */
  async function onSubmit(e) {
    e.preventDefault();
    error.textContent = '';
    const username = email.value.trim();
    const baseUrl = server.value.trim();
    if (!username) return fail(email, t('signin-need-email'));
    if (!password.value) return fail(password, t('signin-need-password'));
    if (!baseUrl) return fail(server, t('signin-need-server', { url: DEFAULT_BASE_URL }));
    const profileName = (nameTouched && name.value.trim()) || deriveProfileName(username, baseUrl, otherProfiles());
    setBusy(submit, true, t('signin-submitting'));
    deps.busy(true);
    let step = /** @type {'profile'|'signIn'} */ ('profile');
    try {
      const before = new Set(deps.status().profiles.map((p) => p.id));
      let next = await ipc.profileSave({ ...(savedId ? { id: savedId } : {}), name: profileName, baseUrl, username });
      if (!deps.alive()) return;
      savedId ??= next.profiles.find((p) => !before.has(p.id))?.id ?? null;
      if (!savedId) throw new Error(t('signin-profile-not-saved'));
      if (next.activeProfileId !== savedId) next = await ipc.profileSelect(savedId);
      if (!deps.alive() || deps.routeIfSignedIn(next)) return;
      step = 'signIn';
      const res = await ipc.signIn({ profileId: savedId, username, password: password.value, rememberMe: remember.checked });
      if (!deps.alive()) return;
      password.value = '';
      if (res.mfaRequired) deps.onMfa(res.status);
      else deps.routeIfSignedIn(res.status);
    } catch (err) {
      if (!deps.alive()) return;
      const ae = /** @type {import('../ipc.js').AppError} */ (err);
      if (step === 'profile' && ae.kind === 'invalidInput') {
        const target = profileFormErrorTarget(ae.field);
        fail(target === 'name' ? name : target === 'username' ? email : server, ae.message);
      } else if (ae.kind === 'unauthorized') {
        password.value = '';
        fail(password, ae.message);
      } else if (ae.kind === 'invalidInput') {
        fail(ae.field === 'password' ? password : email, ae.message);
      } else {
        fail(null, ae.message);
      }
    } finally {
      if (deps.alive()) { setBusy(submit, false); deps.busy(false); }
    }
  }

  return el('form', { class: 'stack', novalidate: true, 'aria-label': first ? t('signin-title') : t('signin-add-account'), 'data-testid': 'signin-account', on: { submit: onSubmit } },
    deps.onCancel
      ? el('div', { class: 'label-row' },
        el('h2', { class: 'section-title', tabindex: '-1' }, t('signin-add-account')),
        el('span', { class: 'spacer' }),
        el('button', { type: 'button', class: 'button link small', 'data-testid': 'account-cancel', on: { click: deps.onCancel } }, t('signin-cancel')))
      : null,
    el('div', { class: 'field' }, el('label', { for: email.id }, t('signin-email')), email),
    el('div', { class: 'field' },
      el('label', { for: password.id }, t('signin-password')),
      el('div', { class: 'input-with-button' }, password, toggle)),
    el('div', { class: 'check' }, remember, el('label', { for: remember.id }, t('signin-remember'))),
    submit,
    error,
    advanced);
}

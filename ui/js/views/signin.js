// @ts-check
//! The sign-in screen: the one-screen sign-in for a new account (signin-account.js), the
//! profile picker with email + password for a saved one, the profile editor, the MFA step
//! and the demo workspace button. Owns only what is on this screen; routing happens through
//! `deps.onStatus`. Must not: touch window.__TAURI_INTERNALS__, keep the password after a call ends,
//! or show anything but `error.message` for failures.

import { el, replace, setBusy, uid } from '../lib/dom.js';
import { validateMfaCode } from './signin-logic.js';
import { accountForm } from './signin-account.js';
import { profileEditor } from './signin-profile.js';
import { t, tCoded } from '../lib/i18n.js';
import { profileLabel } from '../lib/format.js';

/**
 * @typedef {import('../ipc-types.js').AppStatus} AppStatus
 * @typedef {import('../ipc-types.js').Profile} Profile
 * @typedef {Object} SignInDeps
 * @property {typeof import('../ipc.js')} ipc
 * @property {AppStatus} status
 * @property {string | null} [reason]  why sign-in is needed (overrides status.signInReason)
 * @property {(status: AppStatus) => void} onStatus  called with a status that has a session
 */

/**
 * @param {HTMLElement} root
 * @param {SignInDeps} deps
 * @returns {() => void} unmount
 */
export function mount(root, deps) {
  const { ipc } = deps;
  let status = deps.status;
  let alive = true;
  /** @type {'account'|'password'|'mfa'|'profile'} */
  let step = status.profiles.length === 0 ? 'account' : 'password';
  /** @type {Profile | null} profile being edited */
  let editing = null;
  let mfaMethod = /** @type {'totp'|'backup'} */ ('totp');
  /** @type {{ email: string, remember: boolean }} kept across steps; never the password */
  const form = { email: activeProfile()?.username ?? '', remember: true };

  const reason = deps.reason
    ?? (status.signInReasonCoded ? tCoded(status.signInReasonCoded) : null) ?? status.signInReason;
  const demoHintId = uid('demo-hint');
  const body = el('div', { class: 'signin-body' });
  const demoButton = el('button', {
    type: 'button', class: 'button secondary wide', 'data-testid': 'demo-open',
    'aria-describedby': demoHintId, on: { click: openDemo },
  }, t('signin-demo-open'));
  const demoError = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'demo-error' });

  const demoSection = el('section', { class: 'demo-section', 'aria-label': t('signin-demo') },
    demoButton,
    el('p', { class: 'muted small', id: demoHintId }, t('signin-demo-hint')),
    demoError);
  const divider = el('div', { class: 'divider', role: 'presentation' }, el('span', null, t('signin-or')));
  const card = el('main', { class: 'signin-card', 'data-testid': 'signin-screen' },
    el('header', { class: 'signin-brand' },
      el('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'SK'),
      el('div', null,
        el('h1', { class: 'signin-title', tabindex: '-1' }, 'Scriptix Keys'),
        el('p', { class: 'muted' }, t('signin-tagline')))),
    reason ? el('p', { class: 'notice', role: 'status', 'data-testid': 'signin-reason' }, reason) : null,
    body,
    divider,
    demoSection);
  replace(root, el('div', { class: 'signin-screen' }, card));
  render();

  function activeProfile() {
    return status.profiles.find((p) => p.id === status.activeProfileId) ?? status.profiles[0] ?? null;
  }

  function render() {
    // The MFA step belongs to a sign-in in progress; the demo offer would only distract.
    demoSection.hidden = step === 'mfa';
    divider.hidden = step === 'mfa';
    if (step === 'account') replace(body, newAccountForm());
    else if (step === 'profile') replace(body, profileForm());
    else if (step === 'mfa') replace(body, mfaForm());
    else replace(body, passwordForm());
  }

  /** @param {AppStatus} next */
  function routeIfSignedIn(next) {
    status = next;
    if (next.session) {
      alive = false;
      deps.onStatus(next);
      return true;
    }
    return false;
  }

  // ---- password step -------------------------------------------------------------------
  function passwordForm() {
    const profile = activeProfile();
    const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'signin-error' });
    const emailId = uid('email');
    const pwId = uid('password');
    const rememberId = uid('remember');
    const email = /** @type {HTMLInputElement} */ (el('input', {
      id: emailId, type: 'email', name: 'username', autocomplete: 'username', 'aria-required': 'true',
      spellcheck: 'false', value: form.email, 'data-testid': 'signin-email',
      on: { input: () => { form.email = email.value; email.removeAttribute('aria-invalid'); } },
    }));
    const password = /** @type {HTMLInputElement} */ (el('input', {
      id: pwId, type: 'password', name: 'password', autocomplete: 'current-password', 'aria-required': 'true',
      'data-testid': 'signin-password', on: { input: () => password.removeAttribute('aria-invalid') },
    }));
    const toggle = el('button', {
      type: 'button', class: 'button ghost inline-toggle', 'aria-controls': pwId, 'aria-pressed': 'false',
      'data-testid': 'password-toggle', on: { click: togglePassword },
    }, t('signin-show'));
    const remember = /** @type {HTMLInputElement} */ (el('input', {
      id: rememberId, type: 'checkbox', checked: form.remember, 'data-testid': 'signin-remember',
      on: { change: () => { form.remember = remember.checked; } },
    }));
    const submit = el('button', { type: 'submit', class: 'button primary wide', 'data-testid': 'signin-submit' }, t('signin-submit'));

    function togglePassword() {
      const show = password.type === 'password';
      password.type = show ? 'text' : 'password';
      toggle.textContent = show ? t('signin-hide') : t('signin-show');
      toggle.setAttribute('aria-pressed', String(show));
      toggle.setAttribute('aria-label', show ? t('signin-hide-password') : t('signin-show-password'));
    }
    toggle.setAttribute('aria-label', t('signin-show-password'));

    /** @param {Event} e */
    async function onSubmit(e) {
      e.preventDefault();
      error.textContent = '';
      const p = activeProfile();
      if (!p) { step = 'account'; render(); return; }
      if (!email.value.trim()) return fail(email, t('signin-need-email'));
      if (!password.value) return fail(password, t('signin-need-password'));
      setBusy(submit, true, t('signin-submitting'));
      demoButton.setAttribute('disabled', '');
      try {
        const res = await ipc.signIn({
          profileId: p.id, username: email.value.trim(), password: password.value, rememberMe: remember.checked,
        });
        if (!alive) return;
        password.value = '';
        if (res.mfaRequired) {
          status = res.status;
          step = 'mfa';
          mfaMethod = 'totp';
          render();
          focusFirst();
          return;
        }
        routeIfSignedIn(res.status);
      } catch (err) {
        if (!alive) return;
        const ae = /** @type {import('../ipc.js').AppError} */ (err);
        switch (ae.kind) {
          case 'unauthorized':
            password.value = '';
            fail(password, ae.message);
            break;
          case 'invalidInput':
            fail(ae.field === 'password' ? password : email, ae.message);
            break;
          default:
            fail(null, ae.message);
        }
      } finally {
        if (alive) { setBusy(submit, false); demoButton.removeAttribute('disabled'); }
      }
    }

    /**
     * @param {HTMLInputElement | null} input
     * @param {string} message
     */
    function fail(input, message) {
      error.textContent = message;
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', errorId);
        input.focus();
      }
    }
    const errorId = uid('signin-error');
    error.id = errorId;

    const formEl = el('form', { class: 'stack', novalidate: true, 'aria-label': t('signin-title'), on: { submit: onSubmit } },
      profilePicker(profile),
      el('div', { class: 'field' },
        el('label', { for: emailId }, t('signin-email')),
        email),
      el('div', { class: 'field' },
        el('label', { for: pwId }, t('signin-password')),
        el('div', { class: 'input-with-button' }, password, toggle)),
      el('div', { class: 'check' }, remember, el('label', { for: rememberId }, t('signin-remember'))),
      submit,
      error);
    return formEl;
  }

  /** @param {Profile | null} profile */
  function profilePicker(profile) {
    const selectId = uid('profile');
    const select = /** @type {HTMLSelectElement} */ (el('select', {
      id: selectId, 'data-testid': 'profile-select', on: { change: () => selectProfile(select.value, select) },
    }, status.profiles.map((p) => el('option', { value: p.id, selected: p.id === profile?.id },
      profileLabel(p)))));
    const where = el('p', { class: 'muted small', 'data-testid': 'profile-url' }, profile ? profile.baseUrl : '');
    return el('div', { class: 'field' },
      el('div', { class: 'label-row' },
        el('label', { for: selectId }, t('signin-profile')),
        el('span', { class: 'spacer' }),
        el('button', { type: 'button', class: 'button link small', 'data-testid': 'profile-edit',
          disabled: !profile, on: { click: () => { editing = activeProfile(); step = 'profile'; render(); focusFirst(); } } }, t('signin-profile-edit')),
        el('button', { type: 'button', class: 'button link small', 'data-testid': 'account-add',
          on: { click: () => { step = 'account'; form.email = ''; render(); focusFirst(); } } }, t('signin-add-account-more'))),
      select,
      where);
  }

  /**
   * @param {string} id
   * @param {HTMLSelectElement} select
   */
  async function selectProfile(id, select) {
    const previous = status.activeProfileId;
    select.disabled = true;
    try {
      const next = await ipc.profileSelect(id);
      if (!alive) return;
      if (routeIfSignedIn(next)) return;
      form.email = activeProfile()?.username ?? '';
      render();
    } catch (err) {
      if (!alive) return;
      if (previous) select.value = previous;
      select.disabled = false;
      const box = body.querySelector('[data-testid="signin-error"]');
      if (box) box.textContent = /** @type {Error} */ (err).message;
    }
  }

  // ---- new account (first start, "Add account…") ----------------------------------------
  function newAccountForm() {
    return accountForm({
      ipc,
      form,
      status: () => status,
      alive: () => alive,
      routeIfSignedIn,
      onMfa: (next) => { status = next; step = 'mfa'; mfaMethod = 'totp'; render(); focusFirst(); },
      onCancel: status.profiles.length === 0 ? null : () => {
        step = 'password';
        form.email = activeProfile()?.username ?? '';
        render();
        focusFirst();
      },
      busy: (on) => { if (on) demoButton.setAttribute('disabled', ''); else demoButton.removeAttribute('disabled'); },
    });
  }

  // ---- profile editor (signin-profile.js) -----------------------------------------------
  function profileForm() {
    if (!editing) { step = 'password'; return passwordForm(); }
    return profileEditor({
      ipc,
      profile: editing,
      alive: () => alive,
      routeIfSignedIn,
      onSaved: (next, username) => {
        status = next;
        form.email = username || form.email;
        step = 'password';
        render();
        focusFirst();
      },
      onCancel: () => { step = 'password'; render(); focusFirst(); },
      onDeleted: (next) => {
        status = next;
        editing = null;
        step = next.profiles.length ? 'password' : 'account';
        form.email = activeProfile()?.username ?? '';
        render();
        focusFirst();
      },
    });
  }

  // ---- MFA step ------------------------------------------------------------------------
  function mfaForm() {
    const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'mfa-error' });
    const codeId = uid('mfa-code');
    const hintId = uid('mfa-hint');
    const backup = mfaMethod === 'backup';
    const code = /** @type {HTMLInputElement} */ (el('input', backup
      ? { id: codeId, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hintId, 'data-testid': 'mfa-code', class: 'code-input' }
      : { id: codeId, type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '[0-9]{6}', 'aria-describedby': hintId, 'data-testid': 'mfa-code', class: 'code-input' }));
    const submit = el('button', { type: 'submit', class: 'button primary wide', 'data-testid': 'mfa-submit' }, t('signin-mfa-verify'));

    /** @param {Event} e */
    async function onSubmit(e) {
      e.preventDefault();
      error.textContent = '';
      const checked = validateMfaCode(code.value, mfaMethod);
      if (!checked.ok) return fail(checked.message);
      setBusy(submit, true, t('signin-mfa-verifying'));
      try {
        const next = await ipc.signInMfa({ code: checked.code, method: mfaMethod });
        if (!alive) return;
        if (!routeIfSignedIn(next)) { status = next; fail(t('signin-mfa-not-confirmed')); }
      } catch (err) {
        if (!alive) return;
        const ae = /** @type {import('../ipc.js').AppError} */ (err);
        code.value = '';
        switch (ae.kind) {
          case 'unauthorized':
          case 'invalidInput':
            fail(ae.message);
            break;
          default:
            fail(ae.message);
        }
      } finally {
        if (alive) setBusy(submit, false);
      }
    }
    /** @param {string} message */
    function fail(message) {
      error.textContent = message;
      code.setAttribute('aria-invalid', 'true');
      code.focus();
    }

    return el('form', { class: 'stack', novalidate: true, 'aria-label': t('signin-mfa-title'), 'data-testid': 'mfa-form', on: { submit: onSubmit } },
      el('h2', { class: 'section-title', tabindex: '-1' }, t('signin-mfa-title')),
      el('p', { class: 'muted', id: hintId }, backup ? t('signin-mfa-backup-hint') : t('signin-mfa-totp-hint')),
      el('div', { class: 'field' }, el('label', { for: codeId }, backup ? t('signin-mfa-backup-code') : t('signin-mfa-code')), code),
      submit,
      el('div', { class: 'row' },
        el('button', { type: 'button', class: 'button link', 'data-testid': 'mfa-method-toggle',
          on: { click: () => { mfaMethod = backup ? 'totp' : 'backup'; render(); focusFirst(); } } },
          backup ? t('signin-mfa-use-app') : t('signin-mfa-use-backup')),
        el('span', { class: 'spacer' }),
        el('button', { type: 'button', class: 'button link', 'data-testid': 'mfa-back',
          on: { click: () => { step = 'password'; render(); focusFirst(); } } }, t('signin-mfa-back'))),
      error);
  }

  // ---- demo ----------------------------------------------------------------------------
  async function openDemo() {
    demoError.textContent = '';
    setBusy(demoButton, true, t('signin-demo-opening'));
    try {
      const next = await ipc.demoOpen();
      if (!alive) return;
      if (!routeIfSignedIn(next)) { status = next; render(); }
    } catch (err) {
      if (!alive) return;
      demoError.textContent = /** @type {Error} */ (err).message;
    } finally {
      if (alive) setBusy(demoButton, false);
    }
  }

  function focusFirst() {
    const target = /** @type {HTMLElement | null} */ (body.querySelector('input:not([type="checkbox"]), select'));
    if (step === 'password' || step === 'account') {
      const email = /** @type {HTMLInputElement | null} */ (body.querySelector('[data-testid="signin-email"]'));
      const pw = /** @type {HTMLInputElement | null} */ (body.querySelector('[data-testid="signin-password"]'));
      (email && !email.value ? email : pw)?.focus();
      return;
    }
    target?.focus();
  }

  focusFirst();
  return () => { alive = false; replace(root); };
}

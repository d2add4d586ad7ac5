import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush, deferred, makeEvent } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { mount } from '../../../ui/js/views/signin.js';

const profiles = [{ id: 'w', name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'dev@example.com', demo: false }];
const STATUS = { profiles, activeProfileId: 'w', session: null, vault: { available: true, message: null },
  settings: { clipboardClearSeconds: 30 }, signInReason: null };
const SIGNED_IN = { ...STATUS, session: { profileId: 'w', username: 'dev@example.com', expiresAt: '2030-01-01T00:00:00Z' } };

function setup(ipcOverrides = {}, status = STATUS, reason = null) {
  const { root } = installDom();
  const calls = [];
  const ipc = {
    signIn: async (a) => { calls.push(['signIn', a]); return { mfaRequired: false, status: SIGNED_IN }; },
    signInMfa: async (a) => { calls.push(['signInMfa', a]); return SIGNED_IN; },
    demoOpen: async () => { calls.push(['demoOpen']); return SIGNED_IN; },
    profileSelect: async (id) => ({ ...status, activeProfileId: id }),
    profileSave: async (p) => ({ ...status, profiles: [...status.profiles, { ...p, id: 'new', demo: false }] }),
    ...ipcOverrides,
  };
  const routed = [];
  const unmount = mount(root, { ipc, status, reason, onStatus: (s) => routed.push(s) });
  return { root, calls, routed, unmount };
}
const submit = (root, testid = 'signin-submit') => {
  let form = byTestId(root, testid);
  while (form && form.tagName !== 'FORM') form = form.parentNode;
  form.dispatchEvent(makeEvent('submit'));
};

test('signing in sends the profile, trimmed email, password and remember-me, then routes', async () => {
  const { root, calls, routed } = setup();
  byTestId(root, 'signin-email').value = '  dev@example.com ';
  byTestId(root, 'signin-password').value = 'pw';
  byTestId(root, 'signin-remember').checked = false;
  submit(root);
  await flush();
  assert.deepEqual(calls, [['signIn', { profileId: 'w', username: 'dev@example.com', password: 'pw', rememberMe: false }]]);
  assert.equal(routed.length, 1);
});

test('the submit button is busy while the call is in flight', async () => {
  const pending = deferred();
  const { root } = setup({ signIn: () => pending.promise });
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  const button = byTestId(root, 'signin-submit');
  assert.equal(button.disabled, true);
  assert.equal(button.textContent, 'Signing in…');
  pending.reject(new AppError('network', 'Scriptix cannot be reached.'));
  await flush();
  assert.equal(button.disabled, false);
  assert.equal(button.textContent, 'Sign in');
  assert.equal(byTestId(root, 'signin-error').textContent, 'Scriptix cannot be reached.');
});

test('a wrong password shows the server message calmly and clears the password', async () => {
  const { root, routed } = setup({ signIn: async () => { throw new AppError('unauthorized', 'The email or password is not right.'); } });
  byTestId(root, 'signin-password').value = 'nope';
  submit(root);
  await flush();
  const error = byTestId(root, 'signin-error');
  assert.equal(error.textContent, 'The email or password is not right.');
  assert.equal(error.getAttribute('role'), 'alert');
  const pw = byTestId(root, 'signin-password');
  assert.equal(pw.value, '');
  assert.equal(pw.getAttribute('aria-invalid'), 'true');
  assert.equal(globalThis.document.activeElement, pw);
  assert.equal(routed.length, 0);
});

test('an empty password is caught before any call', async () => {
  const { root, calls } = setup();
  submit(root);
  await flush();
  assert.deepEqual(calls, []);
  assert.equal(byTestId(root, 'signin-error').textContent, 'Enter your password.');
});

test('the password toggle shows and hides the password', () => {
  const { root } = setup();
  const toggle = byTestId(root, 'password-toggle');
  toggle.click();
  assert.equal(byTestId(root, 'signin-password').type, 'text');
  assert.equal(toggle.getAttribute('aria-pressed'), 'true');
  toggle.click();
  assert.equal(byTestId(root, 'signin-password').type, 'password');
});

test('MFA: a 6-digit step, a switch to backup codes, and the right method sent', async () => {
  const { root, calls, routed } = setup({
    signIn: async () => ({ mfaRequired: true, status: STATUS }),
  });
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  await flush();
  const code = byTestId(root, 'mfa-code');
  assert.equal(code.getAttribute('inputmode'), 'numeric');
  assert.equal(code.getAttribute('autocomplete'), 'one-time-code');
  assert.equal(byTestId(root, 'demo-open').parentNode.hidden, true, 'demo offer hidden during MFA');
  code.value = '12 34';
  submit(root, 'mfa-submit');
  await flush();
  assert.match(byTestId(root, 'mfa-error').textContent, /6 digits/);
  assert.equal(calls.filter((c) => c[0] === 'signInMfa').length, 0);

  byTestId(root, 'mfa-method-toggle').click();
  const backup = byTestId(root, 'mfa-code');
  assert.equal(backup.getAttribute('inputmode'), null);
  backup.value = ' abcd-1234 ';
  submit(root, 'mfa-submit');
  await flush();
  assert.deepEqual(calls.at(-1), ['signInMfa', { code: 'abcd-1234', method: 'backup' }]);
  assert.equal(routed.length, 1);
});

test('MFA: a rejected code shows the message and stays on the step', async () => {
  const { root, routed } = setup({
    signIn: async () => ({ mfaRequired: true, status: STATUS }),
    signInMfa: async () => { throw new AppError('unauthorized', 'That code did not work.'); },
  });
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  await flush();
  byTestId(root, 'mfa-code').value = '123456';
  submit(root, 'mfa-submit');
  await flush();
  assert.equal(byTestId(root, 'mfa-error').textContent, 'That code did not work.');
  assert.equal(routed.length, 0);
});

test('the sign-in reason is shown above the form', () => {
  const { root } = setup({}, { ...STATUS, signInReason: 'Your session expired. Please sign in again.' });
  assert.equal(byTestId(root, 'signin-reason').textContent, 'Your session expired. Please sign in again.');
});

test('Open demo workspace calls demoOpen and routes', async () => {
  const { root, calls, routed } = setup();
  byTestId(root, 'demo-open').click();
  await flush();
  assert.deepEqual(calls, [['demoOpen']]);
  assert.equal(routed.length, 1);
});

test('with no profiles the profile form comes first, and saving selects the new profile', async () => {
  const selected = [];
  const empty = { ...STATUS, profiles: [], activeProfileId: null };
  const { root } = setup({
    profileSave: async (p) => ({ ...empty, profiles: [{ ...p, id: 'new', demo: false }] }),
    profileSelect: async (id) => { selected.push(id); return { ...empty, profiles: [{ id: 'new', name: 'Scriptix', baseUrl: 'https://api.scriptix.io', username: 'me@x.io', demo: false }], activeProfileId: id }; },
  }, empty);
  assert.ok(byTestId(root, 'profile-form'));
  assert.equal(byTestId(root, 'profile-base-url').value, 'https://api.scriptix.io');
  byTestId(root, 'profile-username').value = 'me@x.io';
  submit(root, 'profile-save');
  await flush();
  assert.deepEqual(selected, ['new']);
  assert.equal(byTestId(root, 'signin-email').value, 'me@x.io');
});

test('a profile error from the backend lands on its field', async () => {
  const { root } = setup({ profileSave: async () => { throw new AppError('invalidInput', 'Use an https:// address.', 'baseUrl'); } });
  byTestId(root, 'profile-new').click();
  byTestId(root, 'profile-name').value = 'Other';
  byTestId(root, 'profile-base-url').value = 'http://example.com';
  submit(root, 'profile-save');
  await flush();
  assert.equal(byTestId(root, 'profile-error').textContent, 'Use an https:// address.');
  assert.equal(byTestId(root, 'profile-base-url').getAttribute('aria-invalid'), 'true');
});

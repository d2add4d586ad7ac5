import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush, deferred, makeEvent } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { mount } from '../../../ui/js/views/signin.js';
import { deriveProfileName } from '../../../ui/js/views/signin-logic.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

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

const EMPTY = { ...STATUS, profiles: [], activeProfileId: null };
/** An ipc whose profiles really change: profileSave adds or updates, profileSelect activates. */
function profileIpc(initial, signIn) {
  const state = { ...initial, profiles: [...initial.profiles] };
  const calls = [];
  let n = 0;
  return {
    calls,
    ipc: {
      profileSave: async (p) => {
        calls.push(['profileSave', p]);
        if (p.id) state.profiles = state.profiles.map((x) => (x.id === p.id ? { ...x, ...p } : x));
        else state.profiles = [...state.profiles, { ...p, id: `new-${++n}`, demo: false }];
        return { ...state };
      },
      profileSelect: async (id) => { calls.push(['profileSelect', id]); state.activeProfileId = id; return { ...state }; },
      signIn: async (a) => { calls.push(['signIn', a]); return signIn(a, state); },
    },
  };
}

test('the first start signs in on one screen: e-mail and password, no profile form', async () => {
  const { ipc, calls } = profileIpc(EMPTY, (_a, state) => ({ mfaRequired: false, status: { ...state, session: { profileId: 'new-1' } } }));
  const { root, routed } = setup(ipc, EMPTY);
  assert.equal(byTestId(root, 'profile-form'), null, 'no profile form on the first screen');
  assert.equal(byTestId(root, 'profile-select'), null);
  assert.equal(byTestId(root, 'signin-advanced').open, false, 'server and name wait under Advanced');
  assert.equal(byTestId(root, 'signin-server').value, 'https://api.scriptix.io');
  assert.equal(globalThis.document.activeElement, byTestId(root, 'signin-email'));
  assert.ok(byTestId(root, 'demo-open'), 'the demo stays on the first screen');
  byTestId(root, 'signin-email').value = ' dana@acme.example ';
  byTestId(root, 'signin-email').dispatchEvent(makeEvent('input'));
  assert.equal(byTestId(root, 'signin-profile-name').value, 'dana@acme.example', 'the name follows the e-mail');
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  await flush();
  assert.deepEqual(calls, [
    ['profileSave', { name: 'dana@acme.example', baseUrl: 'https://api.scriptix.io', username: 'dana@acme.example' }],
    ['profileSelect', 'new-1'],
    ['signIn', { profileId: 'new-1', username: 'dana@acme.example', password: 'pw', rememberMe: true }],
  ]);
  assert.equal(routed.length, 1);
});

test('a failed first sign-in keeps the profile it saved: the retry updates it, never adds a second', async () => {
  let tries = 0;
  const { ipc, calls } = profileIpc(EMPTY, (_a, state) => {
    tries += 1;
    if (tries === 1) throw new AppError('unauthorized', 'The email or password is not right.');
    return { mfaRequired: false, status: { ...state, session: { profileId: 'new-1' } } };
  });
  const { root, routed } = setup(ipc, EMPTY);
  byTestId(root, 'signin-email').value = 'dana@acme.example';
  byTestId(root, 'signin-password').value = 'wrong';
  submit(root);
  await flush();
  assert.equal(byTestId(root, 'signin-error').textContent, 'The email or password is not right.');
  assert.equal(byTestId(root, 'signin-password').value, '', 'the password is not kept');
  assert.equal(byTestId(root, 'signin-account') !== null, true, 'still the same screen');
  byTestId(root, 'signin-advanced').open = true;
  byTestId(root, 'signin-profile-name').value = 'Acme';
  byTestId(root, 'signin-profile-name').dispatchEvent(makeEvent('input'));
  byTestId(root, 'signin-password').value = 'right';
  submit(root);
  await flush();
  const saves = calls.filter(([c]) => c === 'profileSave').map(([, p]) => p);
  assert.deepEqual(saves, [
    { name: 'dana@acme.example', baseUrl: 'https://api.scriptix.io', username: 'dana@acme.example' },
    { id: 'new-1', name: 'Acme', baseUrl: 'https://api.scriptix.io', username: 'dana@acme.example' },
  ]);
  assert.equal(routed.length, 1);
});

test('MFA after the one-screen sign-in goes to the code step of the new profile', async () => {
  const { ipc } = profileIpc(EMPTY, (_a, state) => ({ mfaRequired: true, status: { ...state } }));
  const { root, calls } = setup({ ...ipc, signInMfa: async (a) => { calls.push(['signInMfa', a]); return SIGNED_IN; } }, EMPTY);
  byTestId(root, 'signin-email').value = 'mfa@acme.example';
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  await flush();
  assert.ok(byTestId(root, 'mfa-form'));
  assert.equal(byTestId(root, 'demo-open').parentNode.hidden, true, 'the demo offer steps aside during MFA');
});

test('a server address the backend refuses opens Advanced and marks that field; nothing is signed in', async () => {
  const { root, calls } = setup({ profileSave: async () => { throw new AppError('invalidInput', 'Use an https:// address.', 'baseUrl'); } }, EMPTY);
  byTestId(root, 'signin-email').value = 'dana@acme.example';
  byTestId(root, 'signin-password').value = 'pw';
  byTestId(root, 'signin-server').value = 'http://example.com';
  submit(root);
  await flush();
  assert.equal(byTestId(root, 'signin-error').textContent, 'Use an https:// address.');
  assert.equal(byTestId(root, 'signin-advanced').open, true);
  assert.equal(byTestId(root, 'signin-server').getAttribute('aria-invalid'), 'true');
  assert.equal(globalThis.document.activeElement, byTestId(root, 'signin-server'));
  assert.deepEqual(calls, []);
});

test('with a saved profile, adding a second account is one click away and Cancel goes back', async () => {
  const { ipc, calls } = profileIpc(STATUS, (_a, state) => ({ mfaRequired: false, status: { ...state, session: { profileId: 'new-1' } } }));
  const { root, routed } = setup(ipc);
  assert.ok(byTestId(root, 'profile-select'), 'the saved profile is offered first');
  byTestId(root, 'account-add').click();
  assert.ok(byTestId(root, 'signin-account'));
  assert.equal(byTestId(root, 'signin-email').value, '', 'a new account starts empty');
  byTestId(root, 'account-cancel').click();
  assert.ok(byTestId(root, 'profile-select'));
  assert.equal(byTestId(root, 'signin-email').value, 'dev@example.com');
  byTestId(root, 'account-add').click();
  byTestId(root, 'signin-email').value = 'ops@example.com';
  byTestId(root, 'signin-password').value = 'pw';
  submit(root);
  await flush();
  assert.deepEqual(calls[0], ['profileSave', { name: 'ops@example.com', baseUrl: 'https://api.scriptix.io', username: 'ops@example.com' }]);
  assert.equal(routed.length, 1);
});

test('a profile error from the backend lands on its field in the profile editor', async () => {
  const { root } = setup({ profileSave: async () => { throw new AppError('invalidInput', 'Use an https:// address.', 'baseUrl'); } });
  byTestId(root, 'profile-edit').click();
  byTestId(root, 'profile-base-url').value = 'http://example.com';
  submit(root, 'profile-save');
  await flush();
  assert.equal(byTestId(root, 'profile-error').textContent, 'Use an https:// address.');
  assert.equal(byTestId(root, 'profile-base-url').getAttribute('aria-invalid'), 'true');
});

test('the derived profile name: the address, the host of another server, a number when taken, 60 characters at most', () => {
  assert.equal(deriveProfileName(' dana@acme.example ', 'https://api.scriptix.io', []), 'dana@acme.example');
  assert.equal(deriveProfileName('', 'https://api.scriptix.io/', []), 'Scriptix');
  assert.equal(deriveProfileName('dana@acme.example', 'https://scriptix.acme.example', []), 'dana@acme.example (scriptix.acme.example)');
  assert.equal(deriveProfileName('dana@acme.example', 'http://127.0.0.1:4000', []), 'dana@acme.example (127.0.0.1:4000)');
  assert.equal(deriveProfileName('dana@acme.example', 'https://api.scriptix.io', [{ name: 'Dana@Acme.example' }, { name: 'dana@acme.example 2' }]), 'dana@acme.example 3');
  const long = `${'d'.repeat(70)}@acme.example`;
  assert.equal(deriveProfileName(long, 'https://api.scriptix.io', []), 'acme.example');
  const longHost = deriveProfileName('dana@acme.example', `https://${'h'.repeat(60)}.example`, [{ name: `dana@acme.example (${'h'.repeat(60)}.example)`.slice(0, 60) }]);
  assert.equal([...longHost].length, 60);
  assert.ok(longHost.endsWith(' 2'));
});

test('in Dutch, the saved-profile sign-in, its field check and the two-step step speak Dutch', async () => {
  useLanguage('nl');
  try {
    const { root } = setup({ signIn: async () => ({ mfaRequired: true, status: STATUS }) });
    assert.equal(byTestId(root, 'signin-submit').textContent, 'Inloggen');
    assert.equal(byTestId(root, 'demo-open').textContent, 'Demowerkruimte openen');
    byTestId(root, 'signin-email').value = 'dev@example.com';
    submit(root);
    assert.equal(byTestId(root, 'signin-error').textContent, 'Vul je wachtwoord in.');
    byTestId(root, 'signin-password').value = 'pw';
    submit(root);
    await flush();
    assert.equal(byTestId(root, 'mfa-submit').textContent, 'Controleren');
    byTestId(root, 'mfa-code').value = '12';
    submit(root, 'mfa-submit');
    assert.equal(byTestId(root, 'mfa-error').textContent, 'Vul de 6 cijfers in die je authenticator-app toont.');
  } finally {
    useLanguage('en');
  }
});

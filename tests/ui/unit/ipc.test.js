import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// A fake Tauri bridge (window.__TAURI_INTERNALS__), installed before ipc.js is imported (ipc.js
// reads it per call): commands are recorded and answered by `reply`; the event plugin's listen
// and unlisten are played like Tauri's (a callback id in, an event id out).
const calls = [];
let reply = async () => null;
/** event name → the handler the event plugin would call */
const listeners = new Map();
const callbacks = new Map();
const unregistered = [];
let nextId = 1;
let listenFails = false;
globalThis.__TAURI_INTERNALS__ = {
  transformCallback: (f) => { const id = nextId++; callbacks.set(id, f); return id; },
  unregisterCallback: (id) => callbacks.delete(id),
  invoke: async (cmd, args) => {
    if (cmd === 'plugin:event|listen') {
      if (listenFails) throw { kind: 'internal', message: 'no event plugin' };
      assert.deepEqual(args.target, { kind: 'Any' });
      const eventId = nextId++;
      listeners.set(args.event, { handler: callbacks.get(args.handler), eventId });
      return eventId;
    }
    if (cmd === 'plugin:event|unlisten') {
      assert.equal(listeners.get(args.event)?.eventId, args.eventId, 'unlisten names the event id listen returned');
      listeners.delete(args.event);
      return null;
    }
    calls.push({ cmd, args });
    return reply(cmd, args);
  },
};
globalThis.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener: (event, id) => unregistered.push([event, id]) };
/** What the event plugin does when Rust emits `event`. */
const emit = (event, payload) => listeners.get(event).handler({ event, id: listeners.get(event).eventId, payload });
const ipc = await import('../../../ui/js/ipc.js');

test('each command calls the snake_case Tauri command with the contract arguments', async () => {
  calls.length = 0;
  reply = async () => ({ ok: true });
  await ipc.appStatus();
  await ipc.profileSave({ name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'a@b.c' });
  await ipc.profileDelete('p1');
  await ipc.profileSelect('p2');
  await ipc.signIn({ profileId: 'p1', username: 'a@b.c', password: 'pw', rememberMe: true });
  await ipc.signInMfa({ code: '123456', method: 'totp' });
  await ipc.signOut();
  await ipc.demoOpen();
  await ipc.accountGet();
  await ipc.tokensCached();
  await ipc.tokensRefresh();
  await ipc.settingsSave({ clipboardClearSeconds: null });
  assert.deepEqual(calls, [
    { cmd: 'app_status', args: {} },
    { cmd: 'profile_save', args: { profile: { name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'a@b.c' } } },
    { cmd: 'profile_delete', args: { id: 'p1' } },
    { cmd: 'profile_select', args: { id: 'p2' } },
    { cmd: 'sign_in', args: { profileId: 'p1', username: 'a@b.c', password: 'pw', rememberMe: true } },
    { cmd: 'sign_in_mfa', args: { code: '123456', method: 'totp' } },
    { cmd: 'sign_out', args: {} },
    { cmd: 'demo_open', args: {} },
    { cmd: 'account_get', args: {} },
    { cmd: 'tokens_cached', args: {} },
    { cmd: 'tokens_refresh', args: {} },
    { cmd: 'settings_save', args: { settings: { clipboardClearSeconds: null } } },
  ]);
});

test('the hand-off, notes and audit commands send the contract arguments', async () => {
  calls.length = 0;
  reply = async () => ({ ok: true });
  const notes = { description: 'd', environment: 'production', usedBy: 'ci', owner: 'me' };
  await ipc.notesSave({ tokenId: '7', notes });
  await ipc.exportKey({ tokenId: '7', format: 'envFile', variable: 'MY_KEY' });
  await ipc.exportKey({ tokenId: '7', format: 'bitwardenCsv' });
  await ipc.auditList({ filter: { action: 'copy' } });
  await ipc.auditExport({ filter: {} });
  await ipc.opVaults();
  await ipc.exportToOnePassword({ tokenId: '7', vaultId: 'abc123' });
  assert.deepEqual(calls, [
    { cmd: 'notes_save', args: { tokenId: '7', notes } },
    { cmd: 'export_key', args: { tokenId: '7', format: 'envFile', variable: 'MY_KEY' } },
    { cmd: 'export_key', args: { tokenId: '7', format: 'bitwardenCsv' } },
    { cmd: 'audit_list', args: { filter: { action: 'copy' } } },
    { cmd: 'audit_export', args: { filter: {} } },
    { cmd: 'op_vaults', args: {} },
    { cmd: 'export_to_1password', args: { tokenId: '7', vaultId: 'abc123' } },
  ]);
  reply = async () => { throw { kind: 'invalidInput', message: 'Too long.', field: 'usedBy' }; };
  await assert.rejects(ipc.notesSave({ tokenId: '7', notes }), (e) => e instanceof ipc.AppError && e.kind === 'invalidInput' && e.field === 'usedBy');
  reply = async () => { throw 'raw tauri text'; };
  await assert.rejects(ipc.exportKey({ tokenId: '7', format: 'envLine', variable: 'X' }), (e) => e.kind === 'internal' && !e.message.includes('raw'));
});

test('a contract-shaped rejection becomes an AppError with kind, message and field', async () => {
  reply = async () => { throw { kind: 'invalidInput', message: 'The server address must start with https://.', field: 'baseUrl' }; };
  await assert.rejects(ipc.profileSave({ name: 'x', baseUrl: 'http://x', username: '' }), (e) => {
    assert.ok(e instanceof ipc.AppError);
    assert.ok(e instanceof Error);
    assert.equal(e.kind, 'invalidInput');
    assert.equal(e.message, 'The server address must start with https://.');
    assert.equal(e.field, 'baseUrl');
    return true;
  });
});

test('every contract kind is kept as is', async () => {
  for (const kind of ipc.ERROR_KINDS) {
    reply = async () => { throw { kind, message: `m-${kind}` }; };
    await assert.rejects(ipc.tokensRefresh(), (e) => e.kind === kind && e.message === `m-${kind}` && e.field === undefined);
  }
});

test('ERROR_KINDS lists exactly the kinds the core ErrorKind enum has (quota included)', () => {
  const rust = readFileSync(new URL('../../../src-tauri/core/src/error.rs', import.meta.url), 'utf8');
  const body = rust.slice(rust.indexOf('pub enum ErrorKind {'));
  const variants = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {4}([A-Z][A-Za-z]+),$/gm)]
    .map((m) => m[1][0].toLowerCase() + m[1].slice(1));
  assert.ok(variants.includes('quota'), variants.join());
  assert.deepEqual([...ipc.ERROR_KINDS].sort(), variants.sort());
});

test('a plain-string rejection from Tauri becomes internal with a calm message, never the raw text', async () => {
  reply = async () => { throw 'invalid args `profileId` for command `sign_in`: missing field'; };
  await assert.rejects(ipc.signIn({ profileId: 'p', username: 'u', password: 'secret', rememberMe: false }), (e) => {
    assert.equal(e.kind, 'internal');
    assert.doesNotMatch(e.message, /invalid args|profileId|secret/);
    return true;
  });
});

test('an unknown kind becomes internal; a missing message gets a readable fallback', async () => {
  reply = async () => { throw { kind: 'teapot', message: 'raw detail' }; };
  await assert.rejects(ipc.accountGet(), (e) => e.kind === 'internal' && !e.message.includes('raw detail'));
  reply = async () => { throw { kind: 'network' }; };
  await assert.rejects(ipc.accountGet(), (e) => e.kind === 'network' && e.message.length > 20);
});

test('a thrown JS error becomes internal without leaking its text', async () => {
  reply = async () => { throw new TypeError('x is undefined at foo.js:12'); };
  await assert.rejects(ipc.appStatus(), (e) => e.kind === 'internal' && !e.message.includes('foo.js'));
});

test('ipc never logs arguments', async () => {
  const seen = [];
  const orig = { log: console.log, error: console.error, warn: console.warn, info: console.info, debug: console.debug };
  for (const k of Object.keys(orig)) console[k] = (...a) => seen.push(a);
  try {
    reply = async () => { throw { kind: 'unauthorized', message: 'The email or password is not right.' }; };
    await ipc.signIn({ profileId: 'p', username: 'u', password: 'hunter2', rememberMe: false }).catch(() => {});
  } finally {
    Object.assign(console, orig);
  }
  assert.deepEqual(seen, []);
});

test('api-waiting events reach the handler with their payload, and unlisten stops them', async () => {
  const got = [];
  const stop = await ipc.onApiWaiting((p) => got.push(p));
  emit('api-waiting', { reason: 'rateLimited', seconds: 12, attempt: 1 });
  assert.deepEqual(got, [{ reason: 'rateLimited', seconds: 12, attempt: 1 }]);
  const eventId = listeners.get('api-waiting').eventId;
  unregistered.length = 0;
  stop();
  assert.equal(listeners.has('api-waiting'), false);
  assert.deepEqual(unregistered, [['api-waiting', eventId]], 'the JS side forgets the listener too');
});

test('without a Tauri bridge every call rejects as internal', async () => {
  const saved = globalThis.__TAURI_INTERNALS__;
  delete globalThis.__TAURI_INTERNALS__;
  try {
    await assert.rejects(ipc.appStatus(), (e) => e instanceof ipc.AppError && e.kind === 'internal');
    await assert.rejects(ipc.onLocked(() => {}), (e) => e instanceof ipc.AppError && e.kind === 'internal');
    await assert.rejects(ipc.confirmNative({ title: 't', message: 'm', okLabel: 'o', cancelLabel: 'c' }), (e) => e.kind === 'internal');
  } finally {
    globalThis.__TAURI_INTERNALS__ = saved;
  }
});

test('the token lifecycle commands call their snake_case commands with the contract arguments', async () => {
  calls.length = 0;
  reply = async () => null;
  await ipc.tokenCreate({ name: 'CI', tokenType: 'batch', expirationYears: 2 });
  await ipc.revealClose();
  await ipc.createsResume();
  await ipc.createInterruptedResolve({ id: 3, delete: true });
  await ipc.keyCopy('7', 'env');
  await ipc.keyForget('7');
  await ipc.tokensDelete(['1', '2']);
  await ipc.orphansList();
  await ipc.orphansClean();
  assert.deepEqual(calls, [
    { cmd: 'token_create', args: { name: 'CI', tokenType: 'batch', expirationYears: 2 } },
    { cmd: 'reveal_close', args: {} },
    { cmd: 'creates_resume', args: {} },
    { cmd: 'create_interrupted_resolve', args: { id: 3, delete: true } },
    { cmd: 'key_copy', args: { tokenId: '7', format: 'env' } },
    { cmd: 'key_forget', args: { tokenId: '7' } },
    { cmd: 'tokens_delete', args: { ids: ['1', '2'], confirmRecentUse: false } },
    { cmd: 'orphans_list', args: {} },
    { cmd: 'orphans_clean', args: {} },
  ]);
  reply = async () => { throw { kind: 'invalidInput', message: 'Enter a name for the token.', field: 'name' }; };
  await assert.rejects(ipc.tokenCreate({ name: '', tokenType: 'batch', expirationYears: 1 }),
    (e) => e instanceof ipc.AppError && e.kind === 'invalidInput' && e.field === 'name');
});

test('confirmNative asks the dialog plugin for a warning with both labels; true only when the OK label comes back', async () => {
  calls.length = 0;
  reply = async () => 'Delete';
  const yes = await ipc.confirmNative({ title: 'Delete token?', message: 'Delete “A” (ID 1)?', okLabel: 'Delete', cancelLabel: 'Cancel' });
  assert.equal(yes, true);
  assert.deepEqual(calls, [{ cmd: 'plugin:dialog|message',
    args: { message: 'Delete “A” (ID 1)?', title: 'Delete token?', kind: 'warning', buttons: { OkCancelCustom: ['Delete', 'Cancel'] } } }]);
  for (const answer of ['Cancel', 'delete', null, true, 1]) {
    reply = async () => answer;
    assert.equal(await ipc.confirmNative({ title: 't', message: 'm', okLabel: 'Delete', cancelLabel: 'Cancel' }), false, `answer ${answer}`);
  }
  reply = async () => { throw 'dialog plugin not allowed'; };
  await assert.rejects(ipc.confirmNative({ title: 't', message: 'm', okLabel: 'o', cancelLabel: 'c' }),
    (e) => e instanceof ipc.AppError && e.kind === 'internal' && !e.message.includes('plugin'));
});

test('clipboard-cleared events reach the handler, and unlisten stops them', async () => {
  let n = 0;
  const stop = await ipc.onClipboardCleared(() => { n += 1; });
  emit('clipboard-cleared', {});
  assert.equal(n, 1);
  stop();
  assert.equal(listeners.has('clipboard-cleared'), false);
});

test('show-view passes its payload; close-refused and locked call their handlers with nothing; a failed listen rejects as an AppError', async () => {
  const views = [];
  let refused = 0;
  let locked = 0;
  const stops = [await ipc.onShowView((p) => views.push(p)), await ipc.onCloseRefused((...a) => { refused += 1 + a.length; }),
    await ipc.onLocked((...a) => { locked += 1 + a.length; })];
  emit('show-view', { view: 'expiry', tokenId: '7' });
  emit('close-refused', { secret: 'never passed on' });
  emit('locked', null);
  assert.deepEqual(views, [{ view: 'expiry', tokenId: '7' }]);
  assert.equal(refused, 1, 'close-refused handler called once, without arguments');
  assert.equal(locked, 1, 'locked handler called once, without arguments');
  for (const stop of stops) stop();
  assert.deepEqual(['show-view', 'close-refused', 'locked'].filter((n) => listeners.has(n)), []);

  listenFails = true;
  try {
    const before = callbacks.size;
    await assert.rejects(ipc.onLocked(() => {}), (e) => e instanceof ipc.AppError && e.kind === 'internal');
    assert.equal(callbacks.size, before, 'the handler of a refused listen is not kept');
  } finally {
    listenFails = false;
  }
});

test('the rotation, key check and notification commands send the contract arguments', async () => {
  calls.length = 0;
  reply = async () => ({ ok: true });
  const plan = { newName: null, years: 1, grace: { kind: 'sevenDays' }, autoDelete: true };
  await ipc.rotationPlan({ tokenIds: ['1', '2'], plan });
  await ipc.rotationAdvance({ id: 'r1' });
  await ipc.rotationsList();
  await ipc.rotationsResume();
  await ipc.rotationVerify({ id: 'r1' });
  await ipc.rotationReveal({ id: 'r1' });
  await ipc.rotationComplete({ id: 'r1' });
  await ipc.rotationAcknowledge({ id: 'r1' });
  await ipc.rotationRetry({ id: 'r1' });
  await ipc.rotationCancel({ id: 'r1' });
  await ipc.rotationCleanup({ id: 'r1', deleteReplacement: false });
  await ipc.keyCheck({ key: 'k', tokenType: null, force: true });
  await ipc.keyCheckHeld({ tokenId: '7' });
  await ipc.notificationsCheck();
  assert.deepEqual(calls, [
    { cmd: 'rotation_plan', args: { tokenIds: ['1', '2'], plan } },
    { cmd: 'rotation_advance', args: { id: 'r1' } },
    { cmd: 'rotations_list', args: {} },
    { cmd: 'rotations_resume', args: {} },
    { cmd: 'rotation_verify', args: { id: 'r1' } },
    { cmd: 'rotation_reveal', args: { id: 'r1' } },
    { cmd: 'rotation_complete', args: { id: 'r1' } },
    { cmd: 'rotation_acknowledge', args: { id: 'r1' } },
    { cmd: 'rotation_retry', args: { id: 'r1' } },
    { cmd: 'rotation_cancel', args: { id: 'r1' } },
    { cmd: 'rotation_cleanup', args: { id: 'r1', deleteReplacement: false } },
    { cmd: 'key_check', args: { key: 'k', tokenType: null, force: true } },
    { cmd: 'key_check_held', args: { tokenId: '7' } },
    { cmd: 'notifications_check', args: {} },
  ]);
});

test('a coded error shows in the language of the catalogue in use; an unknown code keeps the English sentence', async () => {
  const { useCatalogue } = await import('../../../ui/js/lib/i18n.js');
  const nl = ['errors.ftl'].map((f) => readFileSync(new URL(`../../../locales/nl/${f}`, import.meta.url), 'utf8'));
  useCatalogue({ tag: 'nl', sources: nl });
  try {
    const e = ipc.toAppError({ kind: 'invalidInput', field: 'name', code: 'name-too-long', args: { chars: 120 },
      message: 'The name is 120 characters long; at most 100 are allowed.' });
    assert.equal(e.message, 'De naam is 120 tekens lang; er mogen er hoogstens 100 zijn.');
    assert.equal(e.code, 'name-too-long');
    assert.equal(e.field, 'name');
    const newer = ipc.toAppError({ kind: 'invalidInput', code: 'a-code-this-window-does-not-know', message: 'English sentence.' });
    assert.equal(newer.message, 'English sentence.');
    assert.equal(newer.code, undefined);
  } finally {
    const en = ['errors.ftl'].map((f) => readFileSync(new URL(`../../../locales/en/${f}`, import.meta.url), 'utf8'));
    useCatalogue({ tag: 'en', sources: en });
  }
});

test('a coded error that carries another shows both in the language in use; an unknown inner code keeps the English sentence', async () => {
  const { useCatalogue } = await import('../../../ui/js/lib/i18n.js');
  const files = ['errors-device.ftl'];
  const read = (lang) => files.map((f) => readFileSync(new URL(`../../../locales/${lang}/${f}`, import.meta.url), 'utf8'));
  useCatalogue({ tag: 'nl', sources: read('nl') });
  try {
    const english = 'The profile was kept: the vault did not let Scriptix Keys remove its keys. The secret vault did not answer within 30 seconds (an unlock prompt may be waiting). Unlock it, then try again.';
    const e = ipc.toAppError({ kind: 'vaultUnavailable', code: 'workspace-profile-kept', message: english,
      args: { reason: { code: 'vault-timed-out', args: { seconds: 30 } } } });
    assert.equal(e.message, 'Het profiel is bewaard: de kluis liet Scriptix Keys de sleutels ervan niet verwijderen. '
      + 'De kluis antwoordde niet binnen 30 seconden (misschien wacht er een venster om te ontgrendelen). Ontgrendel de kluis en probeer het opnieuw.');
    assert.equal(e.code, 'workspace-profile-kept');
    const newer = ipc.toAppError({ kind: 'vaultUnavailable', code: 'workspace-profile-kept', message: english,
      args: { reason: { code: 'vault-newer-than-this-window', args: {} } } });
    assert.equal(newer.message, english);
    assert.equal(newer.code, undefined);
  } finally {
    useCatalogue({ tag: 'en', sources: read('en') });
  }
});

test('results whose sentences Rust also sends coded show them in the language in use: creates, deletes, interrupted creates', async () => {
  const { useCatalogue } = await import('../../../ui/js/lib/i18n.js');
  const files = ['create.ftl', 'lifecycle.ftl', 'errors-api.ftl'];
  const read = (lang) => files.map((f) => readFileSync(new URL(`../../../locales/${lang}/${f}`, import.meta.url), 'utf8'));
  useCatalogue({ tag: 'nl', sources: read('nl') });
  try {
    reply = async (cmd) => ({
      tokens_delete: { results: [
        { id: 't1', ok: false, message: 'Not deleted: this key was used 1 minutes ago. Confirm that you want to delete a key in use.',
          messageCoded: { code: 'delete-in-use', args: { minutes: 1 } } },
        { id: 't2', ok: false, message: 'English only.', messageCoded: null },
        { id: 't3', ok: false, message: 'Newer.', messageCoded: { code: 'a-code-this-window-does-not-know', args: {} } },
      ] },
      creates_resume: [{ id: 1, name: 'CI', outcome: 'gone', message: 'English.',
        messageCoded: { code: 'interrupted-gone', args: { name: 'CI' } } }],
      create_interrupted_resolve: { done: false, message: 'Could not delete “CI”: no answer from Scriptix.',
        messageCoded: { code: 'interrupted-not-deleted', args: { name: 'CI', reason: { code: 'interrupted-no-answer', args: {} } } } },
      token_create: { outcome: 'notCreated', message: 'English.', messageCoded: { code: 'create-not-confirmed', args: {} } },
    })[cmd];
    const report = await ipc.tokensDelete(['t1', 't2', 't3']);
    assert.match(report.results[0].message, /^Niet verwijderd: deze sleutel is 1 minuut geleden gebruikt\./);
    assert.equal(report.results[1].message, 'English only.');
    assert.equal(report.results[2].message, 'Newer.');
    const [interrupted] = await ipc.createsResume();
    assert.match(interrupted.message, /^Scriptix Keys werd onderbroken tijdens het maken van “CI”\. Dat token bestaat niet meer/);
    const resolved = await ipc.createInterruptedResolve({ id: 1, delete: true });
    assert.equal(resolved.message, 'Kon “CI” niet verwijderen: geen antwoord van Scriptix.');
    const created = await ipc.tokenCreate({ name: 'CI', tokenType: 'batch', expirationYears: 1 });
    assert.match(created.message, /^Het token is niet gemaakt/);
  } finally {
    useCatalogue({ tag: 'en', sources: read('en') });
    reply = async () => null;
  }
});

test('a rotation note Rust sends coded shows in the language in use', async () => {
  const { useCatalogue } = await import('../../../ui/js/lib/i18n.js');
  const read = (lang) => ['errors-rotation.ftl'].map((f) => readFileSync(new URL(`../../../locales/${lang}/${f}`, import.meta.url), 'utf8'));
  useCatalogue({ tag: 'nl', sources: read('nl') });
  try {
    reply = async () => ({ now: 'x', rotations: [{ id: 'r1', state: 'needsAttention',
      needsAttention: 'The old token was kept because its replacement no longer exists on Scriptix. Create a new replacement; the old token keeps working meanwhile.',
      needsAttentionCoded: { code: 'rotation-note-replacement-gone', args: {} } }] });
    const list = await ipc.rotationsList();
    assert.match(list.rotations[0].needsAttention, /^Het oude token is bewaard omdat de vervanger niet meer bestaat/);
  } finally {
    useCatalogue({ tag: 'en', sources: read('en') });
    reply = async () => null;
  }
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { openExportDialog } from '../../../ui/js/views/export-dialog.js';
import { openDetailsPanel } from '../../../ui/js/views/details-panel.js';
import { openRevealDialog } from '../../../ui/js/views/reveal-dialog.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const TOKEN = { id: '7', name: 'Production transcription', type: 'batch', createdAt: '2026-01-01T00:00:00Z',
  expiresAt: '2027-11-27T10:00:00Z', expirySource: 'server', status: 'active', hasLocalKey: true, keyHint: 'sk_live_…Wxyz',
  notes: { description: 'Main key', environment: 'partner-acme', usedBy: 'worker', owner: 'Dana', updatedAt: null } };

function clipboardSpy() {
  const seen = [];
  return { seen, copied: (s) => seen.push(['copied', s]), place: (p) => seen.push(['place', p]) };
}

/** @param {HTMLElement} root @param {string} format */
function choose(root, format) {
  for (const r of root.querySelectorAll('input[type="radio"]')) r.checked = false;
  const r = byTestId(root, `export-format-${format}`);
  r.checked = true;
  r.dispatchEvent(makeEvent('change'));
}

test('the export dialog sends only the token id, format and variable, and shows the clipboard countdown', async () => {
  const { root } = installDom();
  const calls = [];
  const clip = clipboardSpy();
  openExportDialog({ host: root, token: TOKEN, clipboard: clip, ipc: { exportKey: async (a) => { calls.push(a); return { kind: 'copied', clearsInSeconds: 30 }; } } });
  assert.equal(allByTestId(root, 'export-format-envLine').length, 1);
  assert.equal(root.querySelectorAll('input[type="radio"]').length, 7);
  assert.match(byTestId(root, 'export-note').textContent, /^Exported files are the only place a key is ever written to disk/);
  assert.equal(byTestId(root, 'export-variable').value, 'SCRIPTIX_API_TOKEN');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, [{ tokenId: '7', format: 'envLine', variable: 'SCRIPTIX_API_TOKEN' }]);
  assert.deepEqual(clip.seen.map((s) => s[0]), ['place', 'copied']);
  assert.equal(clip.seen[0][1], byTestId(root, 'export-copied'), 'the status moved into the result');
  assert.deepEqual(clip.seen[1], ['copied', 30]);
  byTestId(root, 'export-cancel').click();
  assert.equal(byTestId(root, 'export-dialog'), null);
  assert.deepEqual(clip.seen[2], ['place', null], 'the status went back where it was');
});

test('an invalid variable name is refused under the field before any call; non-env formats send no variable', async () => {
  const { root } = installDom();
  const calls = [];
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(), ipc: { exportKey: async (a) => { calls.push(a); return { kind: 'cancelled' }; } } });
  const v = byTestId(root, 'export-variable');
  v.value = 'MY-TOKEN';
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, []);
  assert.match(byTestId(root, 'export-variable-error').textContent, /not “-”/);
  assert.equal(v.getAttribute('aria-invalid'), 'true');
  choose(root, 'bitwardenJson');
  let p = v; while (p && !p.className.includes('field')) p = p.parentNode;
  assert.equal(p.hidden, true, 'the variable field hides for a file format without one');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, [{ tokenId: '7', format: 'bitwardenJson' }]);
  assert.equal(byTestId(root, 'export-result').textContent, '', 'a cancelled save dialog shows nothing');
});

test('a saved export says where, shows the warning prominently, and errors show by kind', async () => {
  const { root } = installDom();
  let reply = async () => ({ kind: 'saved', path: '/home/d/repo/.env', warning: 'The file is not in .gitignore.' });
  const gone = [];
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(), onNotFound: () => gone.push(1), ipc: { exportKey: (a) => reply(a) } });
  choose(root, 'envFile');
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'export-saved').textContent, 'Saved to /home/d/repo/.env');
  assert.equal(byTestId(root, 'export-warning').getAttribute('role'), 'alert');
  assert.match(byTestId(root, 'export-warning').textContent, /not in \.gitignore/);
  reply = async () => { throw new AppError('notFound', 'The key is not in the vault.'); };
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'export-error').hidden, false);
  assert.match(byTestId(root, 'export-error').textContent, /^The key is not in the vault\. This device no longer holds the key/);
  assert.equal(byTestId(root, 'export-saved'), null, 'the old result is gone');
  assert.deepEqual(gone, [1]);
  reply = async () => { throw new AppError('invalidInput', 'Scriptix Keys refuses that name.', 'variable'); };
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'export-variable-error').textContent, 'Scriptix Keys refuses that name.');
});

test('the reveal dialog opens the export for its token, and an export counts as having the key', async () => {
  const { root } = installDom();
  const opened = [];
  openRevealDialog({ ipc: { keyCopy: async () => ({}), revealClose: async () => null }, host: root,
    result: { token: TOKEN, key: 'sk_live_SECRET', vaultSaved: false, vaultMessage: 'Vault locked.' },
    clipboard: { copied: () => {}, place: () => {} }, onClosed: () => {},
    onExport: (t, done) => opened.push([t.id, done]) });
  byTestId(root, 'reveal-export').click();
  assert.equal(opened.length, 1);
  assert.equal(opened[0][0], '7');
  opened[0][1]();
  const caution = byTestId(root, 'reveal-close-caution');
  byTestId(root, 'reveal-close').click(); await flush();
  assert.equal(caution.hidden, true, 'no "you have not copied" caution after an export');
  assert.equal(byTestId(root, 'reveal-dialog'), null, 'closed on the first click');
});

test('the details pane shows the facts and the notes, and saves the notes trimmed', async () => {
  const { root } = installDom();
  const calls = [];
  const saved = [];
  openDetailsPanel({ host: root, token: TOKEN, format: { timeZone: 'UTC' }, onSaved: (id, n) => saved.push([id, n]),
    ipc: { notesSave: async (a) => { calls.push(a); return { ...a.notes, updatedAt: '2026-11-27T10:00:00Z' }; } } });
  assert.equal(byTestId(root, 'details-id').textContent, '7');
  assert.equal(byTestId(root, 'details-expires').textContent, '27 Nov 2027, 10:00');
  assert.equal(byTestId(root, 'details-key').textContent, 'Saved in this computer’s vault');
  assert.equal(byTestId(root, 'details-key-hint').textContent, 'sk_live_…Wxyz');
  assert.equal(byTestId(root, 'notes-description').value, 'Main key');
  assert.equal(byTestId(root, 'notes-environment').value, 'custom');
  assert.equal(byTestId(root, 'notes-environment-custom').value, 'partner-acme');
  assert.equal(byTestId(root, 'notes-environment-custom').hidden, false);
  assert.match(byTestId(root, 'notes-privacy').textContent, /never sent to Scriptix/);
  const env = byTestId(root, 'notes-environment');
  env.value = 'production'; env.dispatchEvent(makeEvent('change'));
  assert.equal(byTestId(root, 'notes-environment-custom').hidden, true);
  byTestId(root, 'notes-used-by').value = '  github.com/acme/site ';
  byTestId(root, 'notes-save').click(); await flush();
  assert.deepEqual(calls, [{ tokenId: '7', notes: { description: 'Main key', environment: 'production', usedBy: 'github.com/acme/site', owner: 'Dana' } }]);
  assert.equal(saved[0][0], '7');
  assert.equal(saved[0][1].environment, 'production');
  assert.match(byTestId(root, 'notes-status').textContent, /Notes saved/);
});

test('the details pane lists where the key went, newest first, and says when it went nowhere yet', async () => {
  const { root } = installDom();
  const asked = [];
  openDetailsPanel({ host: root, token: TOKEN, format: { timeZone: 'UTC' }, onSaved: () => {},
    ipc: { notesSave: async () => assert.fail('no save'), tokenDestinations: async (a) => { asked.push(a); return [
      { id: 2, kind: 'envFile', location: '/srv/app/.env', item: '', variable: 'SCRIPTIX_API_KEY', label: '', at: '2026-11-28T10:00:00Z' },
      { id: 1, kind: 'onePassword', location: 'vaultid', item: 'itemid', variable: '', label: '', at: '2026-11-27T10:00:00Z' },
    ]; } } });
  await flush();
  assert.deepEqual(asked, [{ tokenId: '7' }]);
  const rows = allByTestId(root, 'destination-row');
  assert.equal(rows.length, 2);
  assert.match(rows[0].textContent, /\.env file SCRIPTIX_API_KEY in \/srv\/app\/\.env 28 Nov 2026, 10:00/);
  assert.match(rows[1].textContent, /1Password item vault vaultid, item itemid/);
  assert.equal(byTestId(root, 'destinations-status').hidden, true);

  const { root: second } = installDom();
  openDetailsPanel({ host: second, token: TOKEN, onSaved: () => {},
    ipc: { notesSave: async () => ({}), tokenDestinations: async () => [] } });
  await flush();
  assert.equal(byTestId(second, 'destinations-status').textContent, 'Not handed off from this device yet.');
});

test('a notes field error lands under its field; other errors above the buttons', async () => {
  const { root } = installDom();
  let err = new AppError('invalidInput', 'Keep “Owner” under 100 characters.', 'owner');
  openDetailsPanel({ host: root, token: { ...TOKEN, notes: null, hasLocalKey: false }, onSaved: () => assert.fail('not saved'),
    ipc: { notesSave: async () => { throw err; } } });
  assert.equal(byTestId(root, 'details-key').textContent, 'Not on this device');
  assert.equal(byTestId(root, 'notes-environment').value, '');
  byTestId(root, 'notes-save').click(); await flush();
  assert.equal(byTestId(root, 'notes-owner-error').textContent, 'Keep “Owner” under 100 characters.');
  assert.equal(byTestId(root, 'notes-owner').getAttribute('aria-invalid'), 'true');
  assert.equal(byTestId(root, 'notes-error').hidden, true);
  err = new AppError('internal', 'Could not write the notes.');
  byTestId(root, 'notes-save').click(); await flush();
  assert.equal(byTestId(root, 'notes-owner-error').textContent, '', 'the old field error is cleared');
  assert.equal(byTestId(root, 'notes-error').textContent, 'Could not write the notes.');
  assert.equal(byTestId(root, 'notes-status').textContent, '');
});

test('1Password with op installed: the vaults are listed, the chosen one is used, and no key or command line is involved', async () => {
  const { root } = installDom();
  const calls = [];
  const ipc = {
    exportKey: async (a) => { calls.push(['exportKey', a]); return { kind: 'cancelled' }; },
    opVaults: async () => { calls.push(['opVaults']); return { available: true, problem: null,
      vaults: [{ id: 'v1', name: 'Private' }, { id: 'v2', name: '<img src=x onerror=alert(1)> Team' }] }; },
    exportToOnePassword: async (a) => { calls.push(['exportToOnePassword', a]); return { kind: 'addedToOnePassword' }; },
  };
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(), ipc });
  choose(root, 'onePasswordCli');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, [['opVaults']]);
  const picker = byTestId(root, 'export-op-vaults');
  assert.equal(picker.hidden, false);
  const first = byTestId(root, 'export-op-vault-v1');
  assert.equal(first.checked, true, 'the first vault is chosen');
  assert.equal(document.activeElement, first, 'focus moves to the vault list (arrow keys choose)');
  assert.match(picker.textContent, /<img src=x onerror=alert\(1\)> Team/, 'a vault name is text, never markup');
  assert.equal(root.querySelectorAll('img').length, 0);
  assert.equal(byTestId(root, 'export-submit').textContent, 'Add to 1Password');
  first.checked = false;
  byTestId(root, 'export-op-vault-v2').checked = true;
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.slice(1), [['exportToOnePassword', { tokenId: '7', vaultId: 'v2' }]]);
  assert.match(byTestId(root, 'export-result').textContent, /Added to 1Password \(vault “<img src=x onerror=alert\(1\)> Team”\)/);
  assert.equal(byTestId(root, 'export-op-vaults').hidden, true, 'a second click lists the vaults again instead of adding twice');
  assert.equal(byTestId(root, 'export-submit').textContent, 'Export');
  // Another format hides the vault list again.
  choose(root, 'bitwardenCsv');
  assert.equal(byTestId(root, 'export-op-vaults').hidden, true);
  assert.equal(byTestId(root, 'export-submit').textContent, 'Export');
});

test('1Password without op: the item template is saved and the command that reads it is shown', async () => {
  const { root } = installDom();
  const calls = [];
  const ipc = {
    exportKey: async (a) => { calls.push(['exportKey', a]); return { kind: 'saved', path: '/home/dana/prod-1password-item.json', warning: null,
      command: 'op item create --template "/home/dana/prod-1password-item.json"' }; },
    opVaults: async () => { calls.push(['opVaults']); return { available: false, vaults: [], problem: null }; },
    exportToOnePassword: async () => { throw new Error('not expected'); },
  };
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(), ipc });
  choose(root, 'onePasswordCli');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, [['opVaults'], ['exportKey', { tokenId: '7', format: 'onePasswordCli' }]]);
  assert.equal(byTestId(root, 'export-op-vaults').hidden, true);
  assert.equal(byTestId(root, 'export-saved').textContent, 'Saved to /home/dana/prod-1password-item.json');
  assert.equal(byTestId(root, 'export-command').textContent, 'op item create --template "/home/dana/prod-1password-item.json"');
});

test('1Password when op cannot list vaults: its problem is shown and the template file is offered', async () => {
  const { root } = installDom();
  const calls = [];
  const ipc = {
    exportKey: async (a) => { calls.push(['exportKey', a]); return { kind: 'cancelled' }; },
    opVaults: async () => ({ available: true, vaults: [], problem: 'The 1Password CLI did not create the item: not signed in.' }),
    exportToOnePassword: async () => { throw new Error('not expected'); },
  };
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(), ipc });
  choose(root, 'onePasswordCli');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls, [['exportKey', { tokenId: '7', format: 'onePasswordCli' }]]);
  assert.match(byTestId(root, 'export-op-problem').textContent, /not signed in/);
});

test('KeePass: choose the file, a wrong password shows under its field, then unlock, pick a group and save', async () => {
  const { root } = installDom();
  const calls = [];
  let wrong = true;
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(),
    ipc: { exportKey: async () => assert.fail('no file export'),
      keepassChoose: async () => { calls.push(['choose']); return { kind: 'chosen', path: '/home/d/team.kdbx', name: 'team.kdbx' }; },
      keepassChooseKeyFile: async () => assert.fail('no key file'),
      keepassGroups: async (a) => { calls.push(['groups', a]);
        if (wrong) throw new AppError('invalidInput', 'That is not the password of this KeePass database. Nothing was changed; try again.', 'password');
        return [{ id: 'r', path: 'Root' }, { id: 'g', path: 'Root / APIs' }]; },
      exportToKeepass: async (a) => { calls.push(['save', a]); return { kind: 'saved', path: '/home/d/team.kdbx', warning: null }; } } });
  choose(root, 'keepassDatabase');
  assert.equal(byTestId(root, 'keepass-panel').hidden, false);
  byTestId(root, 'keepass-choose').click(); await flush();
  assert.equal(byTestId(root, 'keepass-file').textContent, 'team.kdbx');
  byTestId(root, 'keepass-password').value = 'nope';
  byTestId(root, 'export-submit').click(); await flush();
  assert.match(byTestId(root, 'keepass-password-error').textContent, /not the password/);
  assert.equal(byTestId(root, 'export-error').hidden, true);
  wrong = false;
  byTestId(root, 'keepass-password').value = 'pw';
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'keepass-group').value, 'g', 'the first group under the root is offered');
  assert.equal(byTestId(root, 'export-submit').textContent, 'Save to KeePass');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.at(-1), ['save', { tokenId: '7', password: 'pw', keyFile: false, groupId: 'g' }]);
  assert.match(byTestId(root, 'export-saved').textContent, /team\.kdbx/);
  assert.equal(byTestId(root, 'keepass-password').value, '', 'the password is not kept');
});

test('KeePass key file: chosen in the native dialog, named in the panel, used for unlock and save, and can be removed', async () => {
  const { root } = installDom();
  const calls = [];
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(),
    ipc: { exportKey: async () => assert.fail('no file export'),
      keepassChoose: async () => ({ kind: 'chosen', path: '/home/d/team.kdbx', name: 'team.kdbx' }),
      keepassChooseKeyFile: async () => { calls.push(['keyFile']); return { kind: 'chosen', path: '/home/d/team.keyx', name: 'team.keyx' }; },
      keepassGroups: async (a) => { calls.push(['groups', a]);
        if (!a.keyFile) throw new AppError('invalidInput', 'That is not the password (or key file) of this KeePass database. Nothing was changed; try again.', 'password');
        return [{ id: 'r', path: 'Root' }, { id: 'g', path: 'Root / APIs' }]; },
      exportToKeepass: async (a) => { calls.push(['save', a]); return { kind: 'saved', path: '/home/d/team.kdbx', warning: null }; } } });
  choose(root, 'keepassDatabase');
  byTestId(root, 'keepass-choose').click(); await flush();
  assert.equal(byTestId(root, 'keepass-key-file').textContent, 'No key file');
  assert.equal(byTestId(root, 'keepass-key-file-clear').hidden, true);
  byTestId(root, 'export-submit').click(); await flush();
  assert.match(byTestId(root, 'keepass-password-error').textContent, /key file/);
  byTestId(root, 'keepass-key-file-choose').click(); await flush();
  assert.equal(byTestId(root, 'keepass-key-file').textContent, 'team.keyx');
  assert.equal(byTestId(root, 'keepass-password-error').textContent, '', 'the old message goes with the new key file');
  assert.equal(byTestId(root, 'keepass-key-file-clear').hidden, false);
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.at(-1), ['groups', { password: '', keyFile: true }], 'a key file alone, no password');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.at(-1), ['save', { tokenId: '7', password: '', keyFile: true, groupId: 'g' }]);
  byTestId(root, 'keepass-key-file-clear').click(); await flush();
  assert.equal(byTestId(root, 'keepass-key-file').textContent, 'No key file');
});

test('Bitwarden (bw): a locked vault says what to do; unlocked, a folder is chosen and the item added', async () => {
  const { root } = installDom();
  const calls = [];
  let problem = 'Bitwarden\'s bw program is not signed in. Run “bw login” in a terminal once, then unlock it here with your master password. Nothing was changed.';
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(),
    ipc: { exportKey: async () => assert.fail('no file export'),
      bwFolders: async () => { calls.push(['folders']); return problem ? { available: true, folders: [], problem }
        : { available: true, folders: [{ id: 'f1', name: 'Team' }, { id: null, name: 'No Folder' }], problem: null }; },
      exportToBitwarden: async (a) => { calls.push(['add', a]); return { kind: 'addedToBitwarden' }; } } });
  choose(root, 'bitwardenCli');
  byTestId(root, 'export-submit').click(); await flush();
  assert.match(byTestId(root, 'bw-problem').textContent, /bw login/);
  assert.equal(byTestId(root, 'bw-problem').hidden, false);
  assert.equal(byTestId(root, 'bw-unlock').hidden, true, 'signed out: no unlock prompt');
  problem = null;
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'bw-problem').hidden, true);
  assert.equal(byTestId(root, 'export-submit').textContent, 'Add to Bitwarden');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.at(-1), ['add', { tokenId: '7', folderId: 'f1' }]);
  assert.equal(byTestId(root, 'export-added').textContent, 'Added to Bitwarden.');
});

test('Bitwarden (bw) locked: the master password is asked in the app, a wrong one is said under its field, the right one unlocks and the folders follow', async () => {
  const { root } = installDom();
  const calls = [];
  let locked = true;
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(),
    ipc: { exportKey: async () => assert.fail('no file export'),
      bwFolders: async () => { calls.push(['folders']); return locked
        ? { available: true, folders: [], locked: true, problem: 'Your Bitwarden vault is locked. Unlock it with your master password (Export… › Bitwarden), then try again. Nothing was changed.' }
        : { available: true, folders: [{ id: 'f1', name: 'Team' }], locked: false, problem: null }; },
      bwUnlock: async (a) => { calls.push(['unlock', a]);
        if (a.password !== 'right') throw new AppError('invalidInput', 'That is not your Bitwarden master password. Nothing was unlocked; try again.', 'masterPassword');
        locked = false; return null; },
      exportToBitwarden: async (a) => { calls.push(['add', a]); return { kind: 'addedToBitwarden' }; } } });
  choose(root, 'bitwardenCli');
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'bw-unlock').hidden, false, 'the unlock prompt is shown');
  assert.equal(byTestId(root, 'bw-problem').hidden, true, 'the prompt itself says it is locked');
  assert.equal(byTestId(root, 'export-submit').textContent, 'Unlock Bitwarden');
  byTestId(root, 'bw-master-password').value = 'wrong';
  byTestId(root, 'export-submit').click(); await flush();
  assert.match(byTestId(root, 'bw-master-password-error').textContent, /not your Bitwarden master password/);
  assert.equal(byTestId(root, 'bw-master-password').getAttribute('aria-invalid'), 'true');
  assert.equal(byTestId(root, 'bw-master-password').value, '', 'a wrong password is not kept either');
  byTestId(root, 'bw-master-password').value = 'right';
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.filter((c) => c[0] === 'unlock'), [['unlock', { password: 'wrong' }], ['unlock', { password: 'right' }]]);
  assert.equal(byTestId(root, 'bw-master-password').value, '', 'the master password is not kept in the dialog');
  assert.equal(byTestId(root, 'bw-unlock').hidden, true);
  assert.equal(byTestId(root, 'bw-problem').hidden, true);
  assert.equal(byTestId(root, 'export-submit').textContent, 'Add to Bitwarden');
  byTestId(root, 'export-submit').click(); await flush();
  assert.deepEqual(calls.at(-1), ['add', { tokenId: '7', folderId: 'f1' }]);
});

test('in Dutch, the details pane speaks Dutch: facts, environment choices, destinations, and its usage with a Dutch plural', async () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    const usage = { available: true, source: 'server', tokenId: '7', lastUsedAt: '2026-11-27T09:00:00Z',
      lastUsedIps: [{ ip: '203.0.113.7', lastSeenAt: '2026-11-27T09:00:00Z', requests: 3 }],
      daily: [{ date: '2026-11-27', requests: 3, errors: 0, failedAuth: 0 }], failedAuth: [], hints: [], local: null };
    openDetailsPanel({ host: root, token: { ...TOKEN, expirySource: 'local', notes: { ...TOKEN.notes, environment: 'production' } },
      format: { timeZone: 'UTC' }, onSaved: () => {},
      ipc: { notesSave: async () => ({}), usageToken: async () => usage, tokenDestinations: async () => [
        { id: 2, kind: 'envFile', location: '/srv/app/.env', item: '', variable: 'SCRIPTIX_API_KEY', label: '', at: '2026-11-28T10:00:00Z' },
      ] } });
    await flush();
    assert.equal(byTestId(root, 'details-key').textContent, 'Opgeslagen in de kluis van deze computer');
    assert.equal(byTestId(root, 'details-expires').textContent, '27 nov 2027, 10:00 (vastgelegd door deze app)');
    assert.deepEqual(byTestId(root, 'notes-environment').querySelectorAll('option').map((o) => o.textContent),
      ['Niet ingesteld', 'Productie', 'Staging', 'Ontwikkeling', 'Anders…']);
    assert.match(byTestId(root, 'notes-privacy').textContent, /nooit naar Scriptix gestuurd/);
    assert.match(byTestId(root, 'destination-row').textContent, /^\.env-bestand SCRIPTIX_API_KEY in \/srv\/app\/\.env 28 nov 2026, 10:00$/);
    assert.match(byTestId(root, 'usage-ip').textContent, /, 3 verzoeken$/);
    assert.equal(byTestId(root, 'details-close').textContent, 'Sluiten');
  } finally {
    useLanguage('en');
  }
});

test('KeePass is offered only with every call its panel makes (here without the key-file chooser)', () => {
  const { root } = installDom();
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboardSpy(),
    ipc: { exportKey: async () => assert.fail('no file export'),
      keepassChoose: async () => assert.fail('not offered'),
      keepassGroups: async () => assert.fail('not offered'),
      exportToKeepass: async () => assert.fail('not offered') } });
  assert.equal(root.querySelector('[data-testid="export-format-keepassDatabase"]'), null);
  assert.ok(root.querySelector('[data-testid="export-format-envFile"]'), 'the file formats are there');
});

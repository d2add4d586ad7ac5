import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush, makeEvent } from './fake-dom.js';
import { openKeyCheckDialog } from '../../../ui/js/views/key-check.js';
import { openSettingsDialog } from '../../../ui/js/views/settings-dialog.js';
import { useLanguage } from './catalogue.js';
import { choose } from './rotation-fixtures.js';

// The key check and Settings dialogs (moved from rotation-views.test.js).
useLanguage('en');

test('key check: warnings offer "Check anyway" (force); closing empties the input', async () => {
  const { root } = installDom();
  const calls = [];
  openKeyCheckDialog({ host: root, ipc: { keyCheck: async (a) => { calls.push(a); return a.force
    ? { outcome: 'checked', result: 'revoked', tokenType: 'batch', title: 'This key no longer works', explanation: 'Deleted.', nextStep: 'Create a new one.', code: null, retryAfterSeconds: null, vaultMatch: null, warnings: [] }
    : { outcome: 'warnings', warnings: [{ code: 'innerWhitespace', message: 'The key contains a space.' }] }; } } });
  const input = byTestId(root, 'keycheck-input');
  assert.equal(input.getAttribute('type'), 'password');
  input.value = 'sk abc';
  choose(root, 'keycheck-type-realtime');
  byTestId(root, 'keycheck-submit').click();
  await flush();
  assert.deepEqual(calls[0], { key: 'sk abc', tokenType: 'realtime', force: false });
  assert.equal(byTestId(root, 'keycheck-warning').textContent, 'The key contains a space.');
  byTestId(root, 'keycheck-force').click();
  await flush();
  assert.equal(calls[1].force, true);
  assert.equal(byTestId(root, 'check-result').getAttribute('data-tone'), 'danger');
  assert.equal(byTestId(root, 'check-result-next').textContent, 'What to do: Create a new one.');
  assert.equal(byTestId(root, 'check-result-vault').textContent, 'This key is not stored on this device.');
  byTestId(root, 'keycheck-close').click();
  assert.equal(input.value, '');
});

test('settings: thresholds are checked before saving, and the whole settings object is saved', async () => {
  const { root } = installDom();
  const saved = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [30, 14, 7, 1, 0], notifyExpiry: true }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; } } });
  const days = byTestId(root, 'settings-thresholds');
  assert.equal(days.value, '30, 14, 7, 1, 0');
  days.value = '30, 400';
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, []);
  assert.match(byTestId(root, 'settings-thresholds-error').textContent, /400 days is too far ahead/);
  days.value = '7, 60';
  byTestId(root, 'settings-notify-expiry').checked = false;
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, [{ clipboardClearSeconds: 30, expiryThresholds: [60, 7], notifyExpiry: false, keepInTray: false, updateEndpoint: null, language: 'system', recentUseHours: 24 }]);
  assert.equal(days.value, '60, 7');
});

test('settings: keep running in the tray is saved with the settings; start with the session writes the OS entry through its own call', async () => {
  const { root } = installDom();
  const saved = [];
  const autostart = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, keepInTray: false }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; },
      autostartIsEnabled: async () => false,
      autostartSet: async (on) => { autostart.push(on); } } });
  await flush();
  const tray = byTestId(root, 'settings-keep-in-tray');
  const session = byTestId(root, 'settings-autostart');
  assert.equal(tray.checked, false);
  assert.equal(session.checked, false);
  assert.equal(session.disabled, false, 'enabled once the OS state is known');
  tray.checked = true;
  tray.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, [{ clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, keepInTray: true, updateEndpoint: null, language: 'system', recentUseHours: 24 }]);
  session.checked = true;
  session.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(autostart, [true]);
  assert.equal(saved.length, 1, 'the autostart entry is not a saved setting');
  assert.equal(byTestId(root, 'settings-status').textContent, 'Saved');
});

test('settings: the language is saved with the rest, a new one loads its catalogue, and settings the dialog does not show go back unchanged', async () => {
  const { root } = installDom();
  const saved = [];
  const loaded = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, recentUseHours: 48, aLaterSetting: 'kept' },
    language: { tag: 'en', system: 'nl' }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s, language: { tag: s.language === 'en' ? 'en' : 'nl', system: 'nl' } }; },
      i18nCatalogue: async () => { loaded.push('nl'); return { tag: 'nl', sources: ['settings-language = Taal'] }; } } });
  const select = byTestId(root, 'settings-language');
  assert.deepEqual([...select.querySelectorAll('option')].map((o) => o.value), ['system', 'en', 'nl'], 'no pseudo-locale unless it is in use');
  assert.equal(select.value, 'system');
  select.value = 'nl';
  select.dispatchEvent(makeEvent('change'));
  await flush();
  assert.equal(saved[0].language, 'nl');
  assert.equal(saved[0].recentUseHours, 48, 'the in-use window is kept as it was');
  assert.equal(saved[0].aLaterSetting, 'kept', 'a setting this dialog does not show is sent back as it was');
  const recent = byTestId(root, 'settings-recent-use');
  assert.deepEqual([...recent.querySelectorAll('option')].map((o) => o.value), ['1', '6', '12', '24', '48', '168', '720']);
  assert.equal(recent.value, '48');
  assert.deepEqual(loaded, ['nl'], 'the catalogue of the new language is loaded at once');
  const { language, t } = await import('../../../ui/js/lib/i18n.js');
  assert.equal(language(), 'nl');
  assert.equal(t('settings-language'), 'Taal');
  useLanguage('en'); // the next tests render in English again
});

test('settings: an update is offered only after a verified check, and installing asks first', async () => {
  const { root } = installDom();
  const saved = [];
  let answer = /** @type {any} */ ({ kind: 'error' });
  let confirmed = false;
  let installs = 0;
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; },
      updateCheck: async () => { if (answer.kind === 'error') throw Object.assign(new Error('The update was refused: its signature does not match.'), { kind: 'forbidden' }); return answer; },
      confirmNative: async () => confirmed,
      updateInstall: async () => { installs += 1; } } });
  const endpoint = byTestId(root, 'settings-update-endpoint');
  const install = byTestId(root, 'settings-update-install');
  assert.equal(endpoint.value, '');
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.match(byTestId(root, 'settings-update-status').textContent, /update server first/);
  endpoint.value = 'https://updates.example/latest.json';
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(saved.at(-1).updateEndpoint, 'https://updates.example/latest.json', 'saved before the check');
  assert.match(byTestId(root, 'settings-update-status').textContent, /refused/);
  assert.equal(install.hidden, true, 'nothing offered');
  answer = { kind: 'ready', version: '9.9.9', current: '0.1.0', notes: null };
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.match(byTestId(root, 'settings-update-status').textContent, /9\.9\.9.*verified/);
  assert.equal(install.hidden, false);
  install.dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(installs, 0, '"Not now" installs nothing');
  confirmed = true;
  install.dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(installs, 1);
});

// The dialogs and flows of deleting, exporting, hand-offs, rotation and Settings, rendered in
// Dutch: each shows its own Dutch text and a Dutch plural (the English ones are asserted by
// the tests of each view).
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { createDeleteFlow, renderDeleteReport } from '../../../ui/js/views/delete-flow.js';
import { openSettingsDialog } from '../../../ui/js/views/settings-dialog.js';
import { openExportDialog } from '../../../ui/js/views/export-dialog.js';
import { openHowtoPanel } from '../../../ui/js/views/howto-panel.js';
import { openAttachDialog } from '../../../ui/js/views/attach-dialog.js';
import { useLanguage } from './catalogue.js';

useLanguage('nl');

const TOKEN = { id: '7', name: 'Productie', type: 'batch', createdAt: '2026-11-27T10:00:00Z',
  expiresAt: '2027-11-27T10:00:00Z', expirySource: 'server', status: 'active', hasLocalKey: true };

test('deleting in Dutch: the native confirmation, the preview, the in-use warning and the report speak Dutch, with plurals', async () => {
  const { root } = installDom();
  const asked = [];
  const pre = { available: true, recentHours: 1, tokens: [
    { id: '7', name: 'Productie', lastUsedAt: '2026-11-30T11:55:00Z', lastIp: '203.0.113.7', recent: true },
    { id: '8', name: '', lastUsedAt: '2026-11-30T11:00:00Z', lastIp: null, recent: true },
    { id: '9', name: 'C', lastUsedAt: null, lastIp: null, recent: false }] };
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: () => {}, onDone: () => {}, now: () => new Date('2026-11-30T12:00:00Z'),
    ipc: { tokensDeletePreflight: async () => pre, confirmNative: async (o) => { asked.push(o); return true; }, tokensDelete: async () => ({ results: [] }) } });
  await flow.deleteMany([TOKEN, { ...TOKEN, id: '8', name: '' }, { ...TOKEN, id: '9', name: 'C' }]);
  const preview = byTestId(root, 'bulk-preview');
  assert.match(preview.textContent, /3 tokens verwijderen\?/);
  assert.match(preview.textContent, /Typ 3 om te bevestigen/);
  assert.match(preview.textContent, /Laatst gebruikt/);
  assert.equal(allByTestId(root, 'bulk-last-used')[2].textContent, 'Nooit gebruikt');
  assert.equal(byTestId(root, 'bulk-confirm').textContent, '3 tokens verwijderen');
  const input = byTestId(root, 'bulk-count-input');
  input.value = '3'; input.dispatchEvent(makeEvent('input'));
  byTestId(root, 'bulk-confirm').click(); await flush();
  assert.equal(asked[0].title, '3 tokens verwijderen?');
  assert.equal(asked[0].okLabel, '3 tokens verwijderen');
  assert.equal(asked[0].cancelLabel, 'Annuleren');
  assert.match(asked[0].message, /^3 tokens verwijderen\? Integraties/);
  const dialog = byTestId(root, 'recent-use-dialog');
  assert.match(dialog.textContent, /2 sleutels zijn nog in gebruik/);
  assert.match(byTestId(root, 'recent-use-warning').textContent, /Gebruikt in het afgelopen uur/);
  assert.match(allByTestId(root, 'recent-use-item')[0].textContent, /Laatst gebruikt 5 minuten geleden \(.*\) vanaf 203\.0\.113\.7/);
  assert.match(allByTestId(root, 'recent-use-item')[1].textContent, /^Token 8 · Laatst gebruikt 1 uur geleden/);
  assert.equal(byTestId(root, 'recent-use-delete').textContent, 'Toch 2 sleutels verwijderen');
  byTestId(root, 'recent-use-cancel').click(); await flush();

  const report = installDom().root;
  renderDeleteReport(report, { results: [{ id: '7', name: 'A', ok: true, alreadyGone: false, message: null }] });
  assert.equal(byTestId(report, 'delete-report-dismiss').textContent, 'Sluiten');
});

test('deleting one token in Dutch: the native confirmation is singular', async () => {
  const { root } = installDom();
  const asked = [];
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: () => {}, onDone: () => {},
    ipc: { confirmNative: async (o) => { asked.push(o); return false; }, tokensDelete: async () => ({ results: [] }) } });
  await flow.deleteOne(TOKEN);
  assert.equal(asked[0].title, 'Token verwijderen?');
  assert.equal(asked[0].okLabel, 'Verwijderen');
  assert.match(asked[0].message, /^“Productie” \(ID 7\) verwijderen\?/);
});

test('Settings in Dutch: labels, the check of the reminder days with plurals, and the update check', async () => {
  const { root } = installDom();
  const asked = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 45, expiryThresholds: [30, 7], notifyExpiry: true, recentUseHours: 1 }, onSaved() {},
    ipc: { settingsSave: async (s) => ({ settings: s }), updateCheck: async () => ({ kind: 'ready', version: '1.2.0', current: '1.1.0' }),
      confirmNative: async (o) => { asked.push(o); return false; } } });
  const dialog = byTestId(root, 'settings-dialog');
  assert.match(dialog.textContent, /Instellingen/);
  assert.match(dialog.textContent, /Klembord wissen na/);
  assert.match(dialog.textContent, /Blijf actief in het systeemvak als het venster gesloten is/);
  assert.equal(byTestId(root, 'settings-close').textContent, 'Sluiten');
  assert.equal(byTestId(root, 'settings-recent-use').querySelector('option[value="1"]').textContent, '1 uur');
  const days = byTestId(root, 'settings-thresholds');
  days.value = '30, 400';
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.equal(byTestId(root, 'settings-thresholds-error').textContent,
    '400 dagen is te ver vooruit; herinneringen kunnen op zijn vroegst 365 dagen voor het verlopen beginnen.');
  days.value = '1,2,3,4,5,6,7,8,9,10,11';
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.equal(byTestId(root, 'settings-thresholds-error').textContent, 'Gebruik hooguit 10 herinneringen.');
  days.value = '7';
  byTestId(root, 'settings-update-endpoint').value = 'https://updates.example/latest.json';
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(byTestId(root, 'settings-status').textContent, 'Opgeslagen');
  assert.equal(byTestId(root, 'settings-update-status').textContent, 'Versie 1.2.0 is beschikbaar (je hebt 1.1.0); de handtekening is gecontroleerd.');
  byTestId(root, 'settings-update-install').dispatchEvent(makeEvent('click'));
  await flush();
  assert.deepEqual(asked, [{ title: 'De update installeren?', message: 'Scriptix Keys start opnieuw om de update te installeren.',
    okLabel: 'Installeren en herstarten', cancelLabel: 'Niet nu' }]);
});

const clipboard = () => ({ copied() {}, place() {} });
/** @param {any} root @param {string} format */
function chooseFormat(root, format) {
  for (const r of root.querySelectorAll('input[type="radio"]')) r.checked = false;
  const r = byTestId(root, `export-format-${format}`);
  r.checked = true;
  r.dispatchEvent(makeEvent('change'));
}

test('exporting in Dutch: the formats, the note, the variable check and the result speak Dutch (the module shows no counts)', async () => {
  const { root } = installDom();
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboard(),
    ipc: { exportKey: async () => ({ kind: 'saved', path: '/home/d/.env', warning: null }) } });
  const dialog = byTestId(root, 'export-dialog');
  assert.match(dialog.textContent, /Sleutel exporteren/);
  assert.match(dialog.textContent, /\.env-regel \(kopiëren\)/);
  assert.equal(byTestId(root, 'export-token').textContent, 'De sleutel van “Productie” (ID 7)');
  assert.match(byTestId(root, 'export-note').textContent, /^Geëxporteerde bestanden zijn de enige plek/);
  byTestId(root, 'export-variable').value = 'MIJN TOKEN';
  byTestId(root, 'export-submit').click(); await flush();
  assert.match(byTestId(root, 'export-variable-error').textContent, /^De naam van een variabele mag geen spaties bevatten/);
  chooseFormat(root, 'envFile');
  byTestId(root, 'export-variable').value = 'SCRIPTIX_API_TOKEN';
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'export-saved').textContent, 'Opgeslagen in /home/d/.env');
  assert.equal(byTestId(root, 'export-cancel').textContent, 'Sluiten');
});

test('KeePass in Dutch: the panel and the main button speak Dutch', async () => {
  const { root } = installDom();
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboard(),
    ipc: { exportKey: async () => ({ kind: 'cancelled' }), keepassChoose: async () => ({ kind: 'cancelled' }), keepassChooseKeyFile: async () => ({ kind: 'cancelled' }),
      keepassGroups: async () => [], exportToKeepass: async () => ({ kind: 'cancelled' }) } });
  chooseFormat(root, 'keepassDatabase');
  assert.equal(byTestId(root, 'keepass-file').textContent, 'Geen database gekozen');
  assert.equal(byTestId(root, 'keepass-key-file').textContent, 'Geen sleutelbestand');
  assert.equal(byTestId(root, 'keepass-key-file-clear').getAttribute('aria-label'), 'Het sleutelbestand weghalen');
  assert.equal(byTestId(root, 'export-submit').textContent, 'Database ontgrendelen');
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'keepass-password-error').textContent, 'Kies eerst een KeePass-database.');
});

test('Bitwarden in Dutch: locked, the prompt and the main button speak Dutch', async () => {
  const { root } = installDom();
  openExportDialog({ host: root, token: TOKEN, clipboard: clipboard(),
    ipc: { exportKey: async () => ({ kind: 'cancelled' }), bwFolders: async () => ({ available: true, folders: [], locked: true, problem: 'locked' }),
      bwUnlock: async () => null, exportToBitwarden: async () => ({ kind: 'addedToBitwarden' }) } });
  chooseFormat(root, 'bitwardenCli');
  assert.equal(byTestId(root, 'export-submit').textContent, 'Bitwarden zoeken');
  byTestId(root, 'export-submit').click(); await flush();
  assert.equal(byTestId(root, 'export-submit').textContent, 'Bitwarden ontgrendelen');
  assert.match(byTestId(root, 'bw-unlock-note').textContent, /^Bitwarden is vergrendeld\. Je hoofdwachtwoord ontgrendelt het voor deze sessie van Scriptix Keys/);
});

test('the how-to panel in Dutch: the steps, the example texts and the test request speak Dutch; the code stays code', async () => {
  const { root } = installDom();
  openHowtoPanel({ host: root, token: { ...TOKEN, type: 'realtime' }, clipboardWrite: async () => {} });
  const panel = byTestId(root, 'howto-panel');
  assert.match(panel.textContent, /Zo gebruik je “Productie”/);
  const step = panel.querySelector('li');
  assert.equal(step.textContent, 'Zet de sleutel in een omgevingsvariabele met de naam SCRIPTIX_API_TOKEN. Gebruik “Sleutel kopiëren” in de lijst, of “Kopiëren als env-regel” wanneer de sleutel voor het eerst wordt getoond.');
  assert.equal(step.querySelector('code').textContent, 'SCRIPTIX_API_TOKEN');
  assert.match(panel.textContent, /Controleren of de sleutel werkt voor realtime/);
  assert.match(byTestId(root, 'howto-note').textContent, /^De audio zelf stream je via een WebSocket-sessie/);
  assert.equal(byTestId(root, 'howto-copy-python').getAttribute('aria-label'), 'Het voorbeeld Python (requests) kopiëren');
  byTestId(root, 'howto-copy-python').click(); await flush();
  assert.equal(byTestId(root, 'howto-copied-python').textContent, 'Gekopieerd');

  const demo = installDom().root;
  openHowtoPanel({ host: demo, token: TOKEN, demoBaseUrl: 'http://127.0.0.1:8765', clipboardWrite: async () => {},
    ipc: { usageSendTestRequest: async () => ({ sessionId: 's-1', status: 'queued' }) } });
  assert.equal(byTestId(demo, 'howto-demo-note').textContent,
    'Demowerkruimte: vervang https://api.scriptix.io door http://127.0.0.1:8765 om deze voorbeelden met de lokale sandbox te proberen.');
  byTestId(demo, 'howto-send-test').click(); await flush();
  assert.match(byTestId(demo, 'howto-test-result').textContent, /^Verstuurd\. Sessie s-1 heeft de status queued\./);
});

test('attaching a key in Dutch: the token line keeps its type in bold, the empty-key warning and the result speak Dutch', async () => {
  const { root } = installDom();
  openAttachDialog({ host: root, token: { ...TOKEN, hasLocalKey: false }, onAttached: () => {},
    ipc: { keyAttach: async (a) => (a.key ? { outcome: 'attached', check: null }
      : { outcome: 'warnings', warnings: [{ code: 'empty', message: 'Nothing was pasted.' }] }) } });
  const line = byTestId(root, 'attach-token');
  assert.equal(line.textContent, 'Een sleutel voor “Productie” (ID 7), een batch-token.');
  assert.equal(line.querySelector('strong').textContent, 'batch');
  assert.equal(byTestId(root, 'attach-toggle').getAttribute('aria-label'), 'Sleutel tonen');
  byTestId(root, 'attach-submit').click(); await flush();
  assert.match(byTestId(root, 'attach-warnings').textContent, /^Plak eerst een sleutel/);
  byTestId(root, 'attach-input').value = 'sk_live_x';
  byTestId(root, 'attach-submit').click(); await flush();
  assert.match(byTestId(root, 'attach-done').textContent, /^✓ Gekoppeld\. De sleutel van “Productie” \(ID 7\) is bewaard in de kluis van deze computer/);
  assert.equal(byTestId(root, 'attach-close').textContent, 'Sluiten');
});

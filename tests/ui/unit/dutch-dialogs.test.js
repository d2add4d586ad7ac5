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
import { openRotationWizard } from '../../../ui/js/views/rotation-wizard.js';
import { GRACE_CHOICES, graceFromChoice, rowBadges, stepText, stateBadge, summaryText } from '../../../ui/js/lib/rotation.js';
import { describeDestination } from '../../../ui/js/lib/destinations.js';
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
  assert.equal(byTestId(root, 'settings-thresholds-error').textContent, 'Gebruik hoogstens 10 herinneringen.');
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

const ROTATION = { id: 'r1', oldTokenId: '7', oldName: 'Productie', newName: 'Productie (rotated 2026-11-27)', tokenType: 'batch', years: 1,
  graceUntil: '2026-12-04T12:00:00Z', autoDelete: false, emergency: false, state: 'retiring', newTokenId: '9', needsAttention: null, steps: [] };

test('rotation texts in Dutch: grace choices with plurals, the date check, states, summaries, list badges and the key step', () => {
  assert.deepEqual(GRACE_CHOICES.map((c) => c.label), ['1 dag', '7 dagen', '14 dagen', 'Tot een datum', 'Nu — noodgeval']);
  assert.equal(/** @type {any} */ (graceFromChoice('until', '2026-02-30', new Date('2026-01-01T12:00:00Z'))).message, 'Die datum bestaat niet.');
  assert.equal(stateBadge('retiring').label, 'Oud token wordt uitgefaseerd');
  assert.equal(stateBadge('from-a-newer-core').label, 'Bezig');
  assert.equal(summaryText(ROTATION, { timeZone: 'UTC' }),
    'Oud token “Productie” blijft werken tot 4 dec 2026 en wordt daarna verwijderd zodra je dat bevestigt.');
  assert.equal(summaryText({ ...ROTATION, state: 'done' }), 'Oud token “Productie” is verwijderd.');
  const badges = rowBadges([ROTATION], { timeZone: 'UTC' });
  assert.equal(badges.get('7')?.text, 'Stopt op 4 dec 2026');
  assert.equal(badges.get('9')?.text, 'Vervanger voor “Productie”');
  assert.equal(stepText(1, 3), 'Sleutel 2 van 3');
  assert.deepEqual(describeDestination({ id: 1, kind: 'envFile', location: '/srv/.env', item: '', variable: 'KEY', label: '', at: '' }),
    { kind: '.env-bestand', where: 'KEY in /srv/.env' });
  assert.deepEqual(describeDestination({ id: 2, kind: 'onePassword', location: 'abc', item: 'i1', variable: '', label: 'Team', at: '' }),
    { kind: '1Password-item', where: 'kluis Team, item i1' });
});

test('the rotation wizard in Dutch: progress, the summary of several rotations and Update all speak Dutch', async () => {
  const { root } = installDom();
  const at = '2026-11-27T10:00:00Z';
  const places = [{ id: 1, kind: 'keepass', location: '/d/team.kdbx', item: 'u', variable: '', label: 'Root', keyFile: '/d/team.keyx', at }];
  openRotationWizard({ host: root, now: new Date('2026-11-27T12:00:00Z'), clipboard: clipboard(), onChanged() {},
    tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Staging' }],
    ipc: {
      rotationPlan: async (a) => a.tokenIds.map((id, i) => ({ ...ROTATION, id: `r${i + 1}`, oldTokenId: id, oldName: `T${id}`, state: 'planned', newTokenId: null })),
      rotationAdvance: async (a) => (a.id === 'r1' ? { rotation: { ...ROTATION, id: 'r1', oldName: 'T7', autoDelete: true }, key: null } : Promise.reject(new Error('Geen verbinding.'))),
      rotationDestinations: async () => places,
      rotationUpdateDestinations: async () => [{ destination: places[0], outcome: 'updated', message: 'ok' }],
    } });
  assert.match(byTestId(root, 'rotation-wizard').textContent, /7 dagen/);
  byTestId(root, 'rotation-submit').click();
  await flush(10);
  const dialog = byTestId(root, 'rotation-wizard');
  assert.match(dialog.textContent, /Samenvatting van de rotaties/);
  const texts = allByTestId(root, 'rotation-summary-text').map((p) => p.textContent);
  assert.match(texts[0], /^Oud token “T7” blijft werken tot .* en wordt daarna automatisch verwijderd\.$/);
  assert.equal(texts[1], 'De vervanger voor “T8” is nog niet gemaakt. Het oude token blijft werken.');
  assert.equal(allByTestId(root, 'rotation-summary-state')[1].textContent, 'Gepland');
  assert.equal(byTestId(root, 'rotation-advance-retry').textContent, 'Opnieuw proberen');
  assert.match(dialog.textContent, /vervangen door/);
  assert.equal(byTestId(root, 'rotation-done').textContent, 'Klaar');
  await flush();
  assert.match(byTestId(root, 'rotation-destinations').textContent, /Waar de oude sleutel naartoe ging/);
  assert.equal(byTestId(root, 'update-kdbx-password').getAttribute('aria-label'), 'Wachtwoord van /d/team.kdbx');
  assert.match(byTestId(root, 'update-kdbx-key-file').textContent, /^Wordt weer geopend met het sleutelbestand \/d\/team\.keyx/);
  byTestId(root, 'rotation-update-all').click(); await flush();
  assert.equal(byTestId(root, 'update-result').textContent, '✓ Bijgewerkt ok');
});

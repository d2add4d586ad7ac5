import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EXPORT_FORMATS, formatLabel, formatInfo, validateVariable, exportResultView, DEFAULT_VARIABLE } from '../../../ui/js/lib/export.js';
import { envChip, usedByText, splitEnvironment, joinEnvironment, notesInput } from '../../../ui/js/lib/notes.js';
import { AUDIT_ACTIONS, actionLabel, buildAuditFilter, integrityText, auditRowModel, outcomeView } from '../../../ui/js/lib/audit.js';
import { filterPositions } from '../../../ui/js/lib/tokens.js';
import { rowModel } from '../../../ui/js/lib/rows.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

test('the export formats are the nine of the contract, in order, with their labels', () => {
  assert.deepEqual(EXPORT_FORMATS.map((f) => f.format),
    ['envLine', 'envFile', 'onePasswordCli', 'onePasswordCsv', 'bitwardenJson', 'bitwardenCsv', 'bitwardenCli', 'keepassxcCsv', 'keepassDatabase']);
  assert.equal(formatLabel('keepassDatabase'), 'KeePass database…');
  assert.equal(formatLabel('envLine'), '.env line (copy)');
  assert.equal(formatLabel('keepassxcCsv'), 'KeePassXC CSV file…');
  assert.equal(formatLabel('onePasswordCli'), '1Password (op)…');
  assert.deepEqual(EXPORT_FORMATS.filter((f) => f.variable).map((f) => f.format), ['envLine', 'envFile']);
  assert.deepEqual(EXPORT_FORMATS.filter((f) => !f.file).map((f) => f.format), ['envLine'], 'no command line with a key is copied');
  for (const f of EXPORT_FORMATS) assert.ok(f.description.length > 10 && f.description.length <= 50, f.format);
  assert.equal(formatInfo('nope'), undefined);
  assert.equal(DEFAULT_VARIABLE, 'SCRIPTIX_API_TOKEN');
});

test('a variable name must be letters, digits and _, not starting with a digit, with a specific message', () => {
  assert.equal(validateVariable('SCRIPTIX_API_TOKEN'), null);
  assert.equal(validateVariable('_x1'), null);
  assert.equal(validateVariable('a'), null);
  assert.match(validateVariable(''), /^Enter a variable name/);
  assert.match(validateVariable('   '), /^Enter a variable name/);
  assert.match(validateVariable('MY TOKEN'), /cannot contain spaces/);
  assert.match(validateVariable('1TOKEN'), /cannot start with a digit/);
  assert.match(validateVariable('MY-TOKEN'), /not “-”/);
  assert.match(validateVariable('TOKÉN'), /not “É”/);
  assert.notEqual(validateVariable('A\nB'), null);
});

test('export results: copied keeps the countdown, saved says where and keeps a warning, cancelled says nothing', () => {
  assert.deepEqual(exportResultView({ kind: 'copied', clearsInSeconds: 30 }), { kind: 'copied', clearsInSeconds: 30 });
  assert.deepEqual(exportResultView({ kind: 'saved', path: '/tmp/a.csv', warning: null }), { kind: 'saved', text: 'Saved to /tmp/a.csv', warning: null, command: null });
  assert.equal(exportResultView({ kind: 'saved', path: '/t/i.json', warning: null, command: 'op item create --template "/t/i.json"' }).command,
    'op item create --template "/t/i.json"');
  assert.deepEqual(exportResultView({ kind: 'addedToOnePassword' }, 'Private'), { kind: 'added', text: 'Added to 1Password (vault “Private”).' });
  assert.equal(exportResultView({ kind: 'saved', path: '/p/.env', warning: 'not in .gitignore' }).warning, 'not in .gitignore');
  assert.deepEqual(exportResultView({ kind: 'cancelled' }), { kind: 'cancelled' });
});

test('environment chips: the three known ones get their own tone, custom text is shown as is, empty shows nothing', () => {
  assert.deepEqual(envChip({ environment: 'production' }), { label: 'production', tone: 'production' });
  assert.deepEqual(envChip({ environment: 'Staging' }), { label: 'staging', tone: 'staging' });
  assert.deepEqual(envChip({ environment: 'dev' }), { label: 'dev', tone: 'dev' });
  assert.deepEqual(envChip({ environment: 'EU West' }), { label: 'EU West', tone: 'custom' });
  assert.equal(envChip({ environment: '  ' }), null);
  assert.equal(envChip(null), null);
  assert.equal(usedByText({ usedBy: ' worker-1 ' }), 'Used by: worker-1');
  assert.equal(usedByText({ usedBy: '' }), null);
  assert.equal(usedByText(undefined), null);
});

test('the row model carries the notes chip and used-by line', () => {
  const t = { id: '1', name: 'A', type: 'batch', createdAt: null, expiresAt: null, expirySource: 'unknown', status: 'unknown', hasLocalKey: false,
    notes: { description: '', environment: 'production', usedBy: 'ci', owner: '', updatedAt: null } };
  const m = rowModel(t, new Date('2026-01-01T00:00:00Z'));
  assert.deepEqual(m.env, { label: 'production', tone: 'production' });
  assert.equal(m.usedBy, 'Used by: ci');
  const bare = rowModel({ ...t, notes: null }, new Date());
  assert.equal(bare.env, null);
  assert.equal(bare.usedBy, null);
});

test('the environment select round-trips known, custom and empty values', () => {
  assert.deepEqual(splitEnvironment('production'), { choice: 'production', custom: '' });
  assert.deepEqual(splitEnvironment('Dev'), { choice: 'dev', custom: '' });
  assert.deepEqual(splitEnvironment('partner-acme'), { choice: 'custom', custom: 'partner-acme' });
  assert.deepEqual(splitEnvironment(null), { choice: '', custom: '' });
  assert.equal(joinEnvironment('custom', '  eu-west '), 'eu-west');
  assert.equal(joinEnvironment('staging', 'ignored'), 'staging');
  assert.equal(joinEnvironment('', 'ignored'), '');
  assert.deepEqual(notesInput({ description: ' d ', choice: 'custom', custom: 'qa', usedBy: ' repo ', owner: ' me ' }),
    { description: 'd', environment: 'qa', usedBy: 'repo', owner: 'me' });
});

test('the list filter also matches notes: description, environment, used by and owner', () => {
  const base = { type: 'batch', createdAt: null, expiresAt: null, expirySource: 'unknown', status: 'active', hasLocalKey: false };
  const tokens = [
    { ...base, id: '1', name: 'Alpha', notes: { description: 'nightly import', environment: 'production', usedBy: 'worker-7', owner: 'Dana', updatedAt: null } },
    { ...base, id: '2', name: 'Beta', notes: { description: '', environment: 'staging', usedBy: 'github.com/acme/site', owner: 'Lee', updatedAt: null } },
    { ...base, id: '3', name: 'Gamma', notes: null },
    { ...base, id: '4', name: 'Delta' },
  ];
  const ids = (q) => (filterPositions(tokens, q) ?? tokens.map((_, i) => i)).map((i) => tokens[i].id);
  assert.deepEqual(ids('nightly'), ['1']);
  assert.deepEqual(ids('PRODUCTION'), ['1']);
  assert.deepEqual(ids('acme/site'), ['2']);
  assert.deepEqual(ids('lee'), ['2']);
  assert.deepEqual(ids('alpha dana'), ['1'], 'words may match different fields');
  assert.deepEqual(ids('beta dana'), []);
  assert.deepEqual(ids('gamma'), ['3']);
  assert.deepEqual(ids(''), ['1', '2', '3', '4']);
});

test('audit actions have human labels; an unknown action is shown as it is', () => {
  assert.deepEqual(AUDIT_ACTIONS.map((a) => a.action),
    ['signIn', 'signOut', 'create', 'reveal', 'copy', 'export', 'delete', 'forgetKey', 'attachKey', 'notesEdit', 'rotationStep', 'keyCheck', 'vaultCleanup', 'profileDelete']);
  assert.equal(actionLabel('export'), 'Exported key');
  assert.equal(actionLabel('vaultCleanup'), 'Cleaned up vault');
  for (const code of ['somethingNew', 'rotationResume', '', undefined]) {
    assert.equal(actionLabel(/** @type {any} */ (code)), 'Other activity', 'an action code the UI does not know is never shown as is');
  }
  assert.equal(new Set(AUDIT_ACTIONS.map((a) => a.label)).size, AUDIT_ACTIONS.length);
});

test('the audit filter leaves out empty parts and "all"', () => {
  assert.deepEqual(buildAuditFilter({ action: '', text: '' }), {});
  assert.deepEqual(buildAuditFilter({ action: 'all', text: '  ' }), {});
  assert.deepEqual(buildAuditFilter({ action: 'export', text: ' acme ' }), { action: 'export', text: 'acme' });
  assert.deepEqual(buildAuditFilter({ text: 'x' }), { text: 'x' });
});

test('the integrity line says how many entries were checked, or where the log was changed', () => {
  assert.deepEqual(integrityText({ ok: true, firstBadSeq: null, checked: 120 }), { ok: true, text: 'Log intact · 120 entries checked' });
  assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 1 }).text, 'Log intact · 1 entry checked');
  assert.deepEqual(integrityText({ ok: false, firstBadSeq: 57, checked: 120 }), { ok: false, text: 'The log was changed outside the app at entry #57' });
  assert.equal(integrityText({ ok: false, firstBadSeq: null, checked: 0 }).ok, false);
});

test('the integrity line says when signatures could not be checked or entries are not signed yet', () => {
  assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 3, unsigned: 0, keyMissing: true }).text,
    'Log intact · 3 entries checked · signatures not checked: the credential vault is locked');
  assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 3, unsigned: 1, keyMissing: false }).text,
    'Log intact · 3 entries checked · the newest entry was written while the vault was locked and is not signed yet');
  assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 5, unsigned: 2, keyMissing: false }).text,
    'Log intact · 5 entries checked · the newest 2 entries were written while the vault was locked and are not signed yet');
});

test('an audit row shows local exact time, the label, name and id, and the outcome', () => {
  const m = auditRowModel({ seq: 5, at: '2026-11-27T10:04:05Z', profileId: 'p', actor: 'dev@x', action: 'copy', tokenId: '7',
    tokenName: 'Prod', outcome: 'ok', detail: 'raw' }, { timeZone: 'Europe/Amsterdam' });
  assert.equal(m.seq, '5');
  assert.equal(m.time, '27 Nov 2026, 11:04:05');
  assert.equal(m.action, 'Copied key');
  assert.equal(m.token, 'Prod (ID 7)');
  assert.deepEqual(m.outcome, { label: 'Done', tone: 'ok' });
  assert.equal(auditRowModel({ seq: 1, at: 'x', action: 'signIn', tokenId: null, tokenName: null, outcome: 'failed', detail: null }).token, '—');
  assert.equal(auditRowModel({ seq: 1, at: 'x', action: 'delete', tokenId: '9', tokenName: null, outcome: 'ok', detail: null }).token, 'ID 9');
  assert.deepEqual(outcomeView('failed'), { label: 'Failed', tone: 'danger' });
  assert.deepEqual(outcomeView('partial'), { label: 'Partial', tone: 'muted' });
});

test('the activity filter offers every action the core records, by the code it records', () => {
  const rust = readFileSync(new URL('../../../src-tauri/core/src/audit/mod.rs', import.meta.url), 'utf8');
  const body = rust.slice(rust.indexOf('pub fn name(&self)'));
  const codes = [...body.slice(0, body.indexOf('\n    }')).matchAll(/=> "([A-Za-z]+)",?$/gm)]
    .map((m) => m[1])
    .filter((c) => c !== 'unknown');
  assert.ok(codes.includes('forgetKey') && codes.includes('notesEdit'), codes.join());
  assert.deepEqual(AUDIT_ACTIONS.map((a) => a.action).sort(), [...codes].sort());
});

test('in Dutch, the activity log names actions, outcomes, times and the integrity line in Dutch', () => {
  useLanguage('nl');
  try {
    assert.equal(actionLabel('copy'), 'Sleutel gekopieerd');
    assert.equal(actionLabel('somethingNew'), 'Andere activiteit');
    assert.equal(AUDIT_ACTIONS[0].label, 'Ingelogd');
    assert.equal(outcomeView('failed').label, 'Mislukt');
    assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 1 }).text, 'Logboek intact · 1 regel gecontroleerd');
    assert.equal(integrityText({ ok: true, firstBadSeq: null, checked: 3, unsigned: 2 }).text,
      'Logboek intact · 3 regels gecontroleerd · de nieuwste 2 regels zijn geschreven terwijl de kluis vergrendeld was en zijn nog niet ondertekend');
    assert.equal(integrityText({ ok: false, firstBadSeq: 1057, checked: 2000 }).text, 'Het logboek is buiten de app gewijzigd bij regel #1057');
    const m = auditRowModel({ seq: 5, at: '2026-03-27T10:04:05Z', action: 'copy', tokenId: '7', tokenName: 'Prod', outcome: 'ok', detail: null }, { timeZone: 'UTC' });
    assert.equal(m.time, '27 mrt 2026, 10:04:05');
  } finally {
    useLanguage('en');
  }
});

test('an audit detail stored as a code shows in the language in use; one without a code shows as stored', () => {
  const row = { seq: 2, at: '2026-11-27T10:04:05Z', profileId: 'p', actor: 'dev@x', action: 'profileDelete', tokenId: null,
    tokenName: null, outcome: 'ok', detail: 'profile “Work” deleted with the 2 keys this device held for it',
    detailCoded: { code: 'audit-detail-profile-deleted', args: { name: 'Work', count: 2 } } };
  assert.equal(auditRowModel(row).detail, 'profile “Work” deleted with the 2 keys this device held for it');
  useLanguage('nl');
  try {
    assert.equal(auditRowModel(row).detail, 'profiel “Work” verwijderd met de 2 sleutels die dit apparaat ervoor bewaarde');
    assert.equal(auditRowModel({ ...row, detailCoded: { code: 'audit-detail-from-a-newer-app', args: {} } }).detail, row.detail);
    assert.equal(auditRowModel({ ...row, detail: null, detailCoded: null }).detail, '');
  } finally {
    useLanguage('en');
  }
});

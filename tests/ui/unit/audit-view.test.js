import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { openAuditView, TEXT_DEBOUNCE_MS } from '../../../ui/js/views/audit-view.js';
import { useLanguage } from './catalogue.js';

// The activity log view (moved from handoff-views.test.js).
useLanguage('en');

function fakeTimers() {
  const pending = new Map();
  let id = 0;
  return { pending, setTimeout: (f) => { id += 1; pending.set(id, f); return id; }, clearTimeout: (i) => pending.delete(i),
    run() { const fs = [...pending.values()]; pending.clear(); fs.forEach((f) => f()); } };
}

const AUDIT = {
  entries: [
    { seq: 3, at: '2026-11-27T10:00:00Z', profileId: 'p', actor: 'dev@x', action: 'export', tokenId: '7', tokenName: 'Prod', outcome: 'ok', detail: 'Bitwarden JSON' },
    { seq: 2, at: '2026-11-27T09:00:00Z', profileId: 'p', actor: 'dev@x', action: 'copy', tokenId: '7', tokenName: 'Prod', outcome: 'ok', detail: null },
  ],
  integrity: { ok: true, firstBadSeq: null, checked: 3 },
};

test('the activity view lists entries in the order given, filters by action at once and by text after a pause', async () => {
  const { root } = installDom();
  const calls = [];
  const timers = fakeTimers();
  openAuditView({ host: root, timers, format: { timeZone: 'UTC' }, ipc: { auditList: async (a) => { calls.push(a.filter); return AUDIT; }, auditExport: async () => ({ kind: 'cancelled' }) } });
  await flush();
  assert.deepEqual(calls, [{}]);
  const rows = allByTestId(root, 'audit-row');
  assert.deepEqual(rows.map((r) => r.getAttribute('data-seq')), ['3', '2']);
  assert.equal(rows[0].textContent.includes('Exported key'), true);
  assert.equal(rows[0].textContent.includes('Prod (ID 7)'), true);
  assert.equal(rows[0].textContent.includes('27 Nov 2026, 10:00:00'), true);
  assert.equal(byTestId(root, 'audit-integrity').textContent, '✓Log intact · 3 entries checked');
  assert.equal(byTestId(root, 'audit-empty').hidden, true);
  const action = byTestId(root, 'audit-action');
  assert.equal(action.querySelectorAll('option').length, 15, 'All + the 14 actions');
  action.value = 'export'; action.dispatchEvent(makeEvent('change')); await flush();
  assert.deepEqual(calls[1], { action: 'export' });
  const text = byTestId(root, 'audit-text');
  text.value = 'ac'; text.dispatchEvent(makeEvent('input'));
  text.value = 'acme'; text.dispatchEvent(makeEvent('input'));
  await flush();
  assert.equal(calls.length, 2, 'nothing yet while typing');
  assert.equal(timers.pending.size, 1, 'one pending apply');
  timers.run(); await flush();
  assert.deepEqual(calls[2], { action: 'export', text: 'acme' });
  assert.ok(TEXT_DEBOUNCE_MS > 0 && TEXT_DEBOUNCE_MS <= 500);
});

test('a changed log is a prominent warning naming the entry; an empty result says so', async () => {
  const { root } = installDom();
  openAuditView({ host: root, timers: fakeTimers(), ipc: { auditList: async () => ({ entries: [], integrity: { ok: false, firstBadSeq: 57, checked: 120 } }), auditExport: async () => ({ kind: 'cancelled' }) } });
  await flush();
  const line = byTestId(root, 'audit-integrity');
  assert.equal(line.getAttribute('data-tone'), 'danger');
  assert.equal(line.getAttribute('role'), 'alert');
  assert.match(line.textContent, /The log was changed outside the app at entry #57/);
  assert.equal(byTestId(root, 'audit-empty').hidden, false);
  assert.match(byTestId(root, 'audit-empty').textContent, /No activity yet/);
});

test('Export CSV sends the current filter and says where it saved; Esc closes the view', async () => {
  const { root } = installDom();
  const exported = [];
  let reply = { kind: 'saved', path: '/home/d/activity.csv' };
  openAuditView({ host: root, timers: fakeTimers(), ipc: { auditList: async () => AUDIT, auditExport: async (a) => { exported.push(a.filter); return reply; } } });
  await flush();
  const action = byTestId(root, 'audit-action');
  action.value = 'copy'; action.dispatchEvent(makeEvent('change')); await flush();
  byTestId(root, 'audit-export').click(); await flush();
  assert.deepEqual(exported, [{ action: 'copy' }]);
  assert.equal(byTestId(root, 'audit-export-status').textContent, 'Saved to /home/d/activity.csv');
  reply = { kind: 'cancelled' };
  byTestId(root, 'audit-export').click(); await flush();
  assert.equal(byTestId(root, 'audit-export-status').textContent, '');
  const esc = makeEvent('cancel');
  byTestId(root, 'audit-view').dispatchEvent(esc);
  assert.equal(esc.defaultPrevented, true);
  assert.equal(byTestId(root, 'audit-view'), null);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { rowModel } from '../../../ui/js/lib/rows.js';
import { validateMfaCode, profileFormErrorTarget } from '../../../ui/js/views/signin-logic.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const NOW = new Date('2026-03-10T12:00:00Z');
const UTC = { timeZone: 'UTC' };
const base = { id: '42', name: 'Prod', type: 'batch', createdAt: '2025-03-10T09:30:00Z',
  expiresAt: '2026-03-15T12:00:00Z', expirySource: 'server', status: 'expiring7', hasLocalKey: true };

test('a row shows relative expiry with the exact date in the title and the spoken label', () => {
  const m = rowModel(base, NOW, UTC);
  assert.equal(m.expires, 'in 5 days');
  assert.equal(m.expiresTitle, '15 Mar 2026, 12:00');
  assert.equal(m.expiresSpoken, 'Expires 15 Mar 2026, 12:00, in 5 days');
  assert.equal(m.created, '10 Mar 2025');
  assert.equal(m.createdTitle, '10 Mar 2025, 09:30');
  assert.equal(m.status.label, 'Expires in ≤ 7 days');
  assert.equal(m.type.label, 'Batch');
  assert.equal(m.hasLocalKey, true);
});

test('an expired row says so in its spoken label', () => {
  const m = rowModel({ ...base, expiresAt: '2026-03-07T12:00:00Z', status: 'expired' }, NOW, UTC);
  assert.equal(m.expires, '3 days ago');
  assert.equal(m.expiresSpoken, 'Expired 7 Mar 2026, 12:00, 3 days ago');
});

test('unknown expiry and missing created date are explained, not blank', () => {
  const m = rowModel({ ...base, createdAt: null, expiresAt: null, expirySource: 'unknown', status: 'unknown' }, NOW, UTC);
  assert.equal(m.expires, 'Unknown');
  assert.match(m.expiresTitle, /did not say/);
  assert.equal(m.created, '—');
  assert.equal(m.status.label, 'Unknown expiry');
});

test('a locally recorded expiry says where it came from', () => {
  assert.match(rowModel({ ...base, expirySource: 'local' }, NOW, UTC).expiresTitle, /recorded by this app/);
});

test('TOTP codes must be six digits; pasted spaces are dropped', () => {
  assert.deepEqual(validateMfaCode(' 123 456 ', 'totp'), { ok: true, code: '123456' });
  assert.equal(validateMfaCode('12345', 'totp').ok, false);
  assert.equal(validateMfaCode('12345a', 'totp').ok, false);
});

test('backup codes are any non-empty text, trimmed', () => {
  assert.deepEqual(validateMfaCode('  abcd-efgh ', 'backup'), { ok: true, code: 'abcd-efgh' });
  assert.equal(validateMfaCode('   ', 'backup').ok, false);
});

test('profile form errors land on the field the backend names', () => {
  assert.equal(profileFormErrorTarget('name'), 'name');
  assert.equal(profileFormErrorTarget('base_url'), 'baseUrl');
  assert.equal(profileFormErrorTarget('baseUrl'), 'baseUrl');
  assert.equal(profileFormErrorTarget('username'), 'username');
  assert.equal(profileFormErrorTarget(undefined), 'baseUrl');
});

test('the merged status cell: a glyph and colour only when the token needs attention, the exact date in its place on focus', () => {
  const healthy = rowModel({ ...base, expiresAt: '2026-09-10T12:00:00Z', status: 'active' }, NOW, UTC);
  assert.equal(healthy.attention, false);
  assert.equal(healthy.statusText, 'in 6 months');
  assert.equal(healthy.statusDate, '10 Sep 2026');
  const soon = rowModel(base, NOW, UTC);
  assert.equal(soon.attention, true);
  assert.equal(soon.statusText, 'in 5 days');
  const gone = rowModel({ ...base, expiresAt: '2026-03-07T12:00:00Z', status: 'expired' }, NOW, UTC);
  assert.equal(gone.attention, true);
  assert.equal(gone.statusText, 'Expired 3 days ago');
  assert.equal(gone.statusDate, 'Expired 7 Mar 2026');
  const unknown = rowModel({ ...base, expiresAt: null, status: 'unknown' }, NOW, UTC);
  assert.equal(unknown.attention, false);
  assert.equal(unknown.statusText, 'Unknown');
  assert.equal(unknown.statusDate, '');
});

test('a row shows the masked key hint only while this device holds the key', () => {
  assert.equal(rowModel({ ...base, keyHint: 'sk_live_…Ab12' }, NOW, UTC).keyHint, 'sk_live_…Ab12');
  assert.equal(rowModel({ ...base, hasLocalKey: false, keyHint: 'sk_live_…Ab12' }, NOW, UTC).keyHint, null);
  assert.equal(rowModel(base, NOW, UTC).keyHint, null, 'a key stored before hints were kept has none');
});

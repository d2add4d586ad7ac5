import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, deferred, makeEvent, FakeElement } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { mount, isRefreshShortcut, roleLabel } from '../../../ui/js/views/workspace.js';

// Noon UTC keeps "HH:MM" assertions stable in any OS time zone within ±11 h… so assert
// with a pattern instead of a fixed clock.
const NOW = new Date('2026-03-10T12:00:00Z');
const iso = (days) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const TOKENS = [
  { id: '1', name: 'Production', type: 'batch', createdAt: iso(-100), expiresAt: iso(60), expirySource: 'server', status: 'active', hasLocalKey: false },
  { id: '2', name: 'Live captions', type: 'realtime', createdAt: iso(-300), expiresAt: iso(3), expirySource: 'server', status: 'expiring7', hasLocalKey: true },
  { id: '3', name: 'Old staging', type: 'batch', createdAt: iso(-400), expiresAt: iso(-5), expirySource: 'server', status: 'expired', hasLocalKey: false },
];
const profiles = [
  { id: 'w', name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'dev@example.com', demo: false },
  { id: 'd', name: 'Demo', baseUrl: 'http://127.0.0.1:1', username: 'dev@demo.scriptix.test', demo: true },
];
const STATUS = { profiles, activeProfileId: 'w', session: { profileId: 'w', username: 'dev@example.com', expiresAt: iso(5) },
  vault: { available: true, message: null }, settings: { clipboardClearSeconds: 30 }, signInReason: null };
const ACCOUNT = { email: 'dev@example.com', displayName: 'Dana', roles: ['DEVELOPER'], organization: { id: 'o', name: 'Acme', tokenLimit: 50 },
  canManageTokens: true, manageReason: null };

function setup({ status = STATUS, account = ACCOUNT, cached = null, refresh, newToken } = {}) {
  const { root } = installDom();
  const keys = new FakeElement(globalThis.document, 'div');
  const calls = [];
  let waitHandler = null;
  const ipc = {
    accountGet: async () => { calls.push('accountGet'); if (account instanceof Error) throw account; return account; },
    tokensCached: async () => { calls.push('tokensCached'); return cached; },
    tokensRefresh: () => { calls.push('tokensRefresh'); return refresh ? refresh() : Promise.resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false }); },
    profileSelect: async (id) => { calls.push(`profileSelect:${id}`); return { ...status, activeProfileId: id }; },
    signOut: async () => { calls.push('signOut'); return { ...status, session: null }; },
    onApiWaiting: async (h) => { waitHandler = h; return () => { waitHandler = null; }; },
    onClipboardCleared: async () => () => {},
    orphansList: async () => { calls.push('orphansList'); return []; },
  };
  const routed = [];
  const actions = { onStatus: (s) => routed.push(['status', s]), showSignIn: (r) => routed.push(['signIn', r]), newToken };
  const unmount = mount(root, { ipc, status, actions, now: () => NOW, keyTarget: keys });
  return { root, ipc, calls, routed, keys, unmount, wait: (p) => waitHandler(p) };
}
const rowIds = (root) => allByTestId(root, 'token-row').map((r) => r.getAttribute('data-token-id'));

test('the list loads, sorts by soonest expiry with expired last, and says when it was updated', async () => {
  const { root, unmount } = setup();
  await flush();
  assert.deepEqual(rowIds(root), ['2', '1', '3']);
  assert.match(byTestId(root, 'list-status').textContent, /^Updated \d\d:\d\d$/);
  assert.equal(byTestId(root, 'token-counts').textContent, '3 tokens · 1 expired · 1 expiring within 7 days');
  unmount();
});

test('a cached list shows instantly with "Refreshing…" before the refresh returns', async () => {
  const pending = deferred();
  const cached = { profileId: 'w', tokens: TOKENS.slice(0, 1), fetchedAt: iso(-0.05), fromCache: true };
  const { root, unmount } = setup({ cached, refresh: () => pending.promise });
  await flush();
  assert.deepEqual(rowIds(root), ['1']);
  assert.match(byTestId(root, 'list-status').textContent, /^Refreshing… showing the list from \d\d:\d\d$/);
  pending.resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false });
  await flush();
  assert.deepEqual(rowIds(root), ['2', '1', '3']);
  unmount();
});

test('going offline keeps the cached rows and says since when', async () => {
  const cached = { profileId: 'w', tokens: TOKENS, fetchedAt: iso(-0.05), fromCache: true };
  const { root, unmount } = setup({ cached, refresh: () => Promise.reject(new AppError('network', 'Scriptix cannot be reached.')) });
  await flush();
  assert.deepEqual(rowIds(root), ['2', '1', '3']);
  assert.match(byTestId(root, 'list-status').textContent, /^Offline since \d\d:\d\d — showing the list from \d\d:\d\d$/);
  unmount();
});

test('an unauthorized refresh sends the user back to sign-in with the reason', async () => {
  const { routed, unmount } = setup({ refresh: () => Promise.reject(new AppError('unauthorized', 'Your session expired. Please sign in again.')) });
  await flush();
  assert.deepEqual(routed, [['signIn', 'Your session expired. Please sign in again.']]);
  unmount();
});

test('an account that cannot manage tokens sees the reason and no New token button', async () => {
  const account = { ...ACCOUNT, roles: ['CUSTOMER'], canManageTokens: false, manageReason: 'Only developers and organization admins can create or delete tokens.' };
  const { root, unmount } = setup({ account, newToken: () => {} });
  await flush();
  assert.equal(byTestId(root, 'manage-reason').textContent, 'Only developers and organization admins can create or delete tokens.');
  assert.equal(byTestId(root, 'new-token'), null);
  assert.deepEqual(allByTestId(root, 'role-chip').map((c) => c.textContent), ['Customer']);
  unmount();
});

test('New token appears only when the account may manage, the vault works and the action exists', async () => {
  let clicked = 0;
  const a = setup({ newToken: () => { clicked += 1; } });
  await flush();
  byTestId(a.root, 'new-token').click();
  assert.equal(clicked, 1);
  a.unmount();

  const b = setup();
  await flush();
  assert.equal(byTestId(b.root, 'new-token'), null, 'no action, no button');
  b.unmount();

  const vaultDown = { ...STATUS, vault: { available: false, message: 'No Secret Service is running.' } };
  const c = setup({ status: vaultDown, newToken: () => {} });
  await flush();
  assert.equal(byTestId(c.root, 'new-token'), null);
  assert.match(byTestId(c.root, 'vault-banner').textContent, /No Secret Service is running\..*turned off/);
  c.unmount();
});

test('the demo banner shows only for a demo profile', async () => {
  const a = setup();
  await flush();
  assert.equal(byTestId(a.root, 'demo-banner'), null);
  a.unmount();
  const b = setup({ status: { ...STATUS, activeProfileId: 'd', session: { ...STATUS.session, profileId: 'd' } } });
  await flush();
  assert.match(byTestId(b.root, 'demo-banner').textContent, /Demo — local sandbox/);
  b.unmount();
});

test('typing in the filter narrows rows, shows "Showing N of M", and explains an empty result', async () => {
  const { root, unmount } = setup();
  await flush();
  const filter = byTestId(root, 'token-filter');
  filter.value = 'BATCH';
  filter.dispatchEvent(makeEvent('input'));
  assert.deepEqual(rowIds(root), ['1', '3']);
  assert.equal(byTestId(root, 'token-showing').textContent, 'Showing 2 of 3');
  filter.value = 'xyz';
  filter.dispatchEvent(makeEvent('input'));
  assert.deepEqual(rowIds(root), []);
  assert.match(byTestId(root, 'token-empty').textContent, /No tokens match “xyz”/);
  filter.dispatchEvent(makeEvent('keydown', { key: 'Escape' }));
  assert.equal(rowIds(root).length, 3);
  assert.equal(byTestId(root, 'token-showing').hidden, true);
  unmount();
});

test('an empty account says "No tokens yet"', async () => {
  const { root, unmount } = setup({ refresh: async () => ({ profileId: 'w', tokens: [], fetchedAt: NOW.toISOString(), fromCache: false }) });
  await flush();
  assert.match(byTestId(root, 'token-empty').textContent, /No tokens yet/);
  unmount();
});

test('clicking a column header sorts by it and toggles direction, updating aria-sort', async () => {
  const { root, unmount } = setup();
  await flush();
  const nameButton = byTestId(root, 'sort-name');
  nameButton.click();
  assert.deepEqual(rowIds(root), ['2', '3', '1']);
  assert.equal(nameButton.parentNode.getAttribute('aria-sort'), 'ascending');
  assert.equal(byTestId(root, 'sort-expiresAt').parentNode.getAttribute('aria-sort'), null);
  nameButton.click();
  assert.deepEqual(rowIds(root), ['1', '3', '2']);
  assert.equal(nameButton.parentNode.getAttribute('aria-sort'), 'descending');
  unmount();
});

test('F5 and Ctrl+R refresh (and stop the webview reload); other keys do not', async () => {
  const { calls, keys, unmount } = setup();
  await flush();
  const f5 = makeEvent('keydown', { key: 'F5' });
  keys.dispatchEvent(f5);
  await flush();
  const ctrlR = makeEvent('keydown', { key: 'r', ctrlKey: true });
  keys.dispatchEvent(ctrlR);
  await flush();
  keys.dispatchEvent(makeEvent('keydown', { key: 'r' }));
  await flush();
  assert.equal(calls.filter((c) => c === 'tokensRefresh').length, 3);
  assert.equal(f5.defaultPrevented, true);
  assert.equal(ctrlR.defaultPrevented, true);
  unmount();
  keys.dispatchEvent(makeEvent('keydown', { key: 'F5' }));
  await flush();
  assert.equal(calls.filter((c) => c === 'tokensRefresh').length, 3, 'unmount removes the shortcut');
});

test('refresh shortcut detection', () => {
  assert.equal(isRefreshShortcut({ key: 'F5' }), true);
  assert.equal(isRefreshShortcut({ key: 'R', metaKey: true }), true);
  assert.equal(isRefreshShortcut({ key: 'r', ctrlKey: true, altKey: true }), false);
  assert.equal(isRefreshShortcut({ key: 'F6' }), false);
});

test('a rate-limit wait shows a countdown notice that clears when the call ends', async () => {
  const pending = deferred();
  const { root, wait, unmount } = setup({ refresh: () => pending.promise });
  await flush();
  wait({ reason: 'rateLimited', seconds: 12, attempt: 1 });
  const notice = byTestId(root, 'api-waiting');
  assert.equal(notice.hidden, false);
  assert.equal(notice.getAttribute('role'), 'status');
  assert.equal(notice.textContent, 'Scriptix is rate-limiting; retrying in 12 s…');
  pending.resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false });
  await flush();
  assert.equal(notice.hidden, true);
  assert.equal(notice.textContent, '');
  unmount();
});

test('Up and Down move focus between rows', async () => {
  const { root, unmount } = setup();
  await flush();
  const rows = allByTestId(root, 'token-row');
  assert.deepEqual(rows.map((r) => r.getAttribute('tabindex')), ['0', '-1', '-1']);
  rows[0].focus();
  rows[0].dispatchEvent(makeEvent('keydown', { key: 'ArrowDown' }));
  assert.equal(globalThis.document.activeElement, rows[1]);
  rows[1].dispatchEvent(makeEvent('keydown', { key: 'ArrowDown' }));
  rows[2].dispatchEvent(makeEvent('keydown', { key: 'ArrowDown' }));
  assert.equal(globalThis.document.activeElement, rows[2], 'stays on the last row');
  rows[2].dispatchEvent(makeEvent('keydown', { key: 'ArrowUp' }));
  assert.equal(globalThis.document.activeElement, rows[1]);
  assert.deepEqual(rows.map((r) => r.getAttribute('tabindex')), ['-1', '0', '-1']);
  unmount();
});

test('switching profile and signing out route through the returned status', async () => {
  const { root, calls, routed, unmount } = setup();
  await flush();
  const sw = byTestId(root, 'header-profile-select');
  sw.value = 'd';
  sw.dispatchEvent(makeEvent('change'));
  await flush();
  assert.ok(calls.includes('profileSelect:d'));
  assert.equal(routed[0][1].activeProfileId, 'd');
  unmount();

  const b = setup();
  await flush();
  byTestId(b.root, 'sign-out').click();
  await flush();
  assert.equal(b.routed[0][1].session, null);
  b.unmount();
});

test('roles are shown as words', () => {
  assert.equal(roleLabel('ORGADMIN'), 'Org admin');
  assert.equal(roleLabel('developer'), 'Developer');
  assert.equal(roleLabel('SOMETHING_NEW'), 'SOMETHING_NEW');
});

test('notes show as a chip and a used-by line; Enter on a row opens its details, saving patches the row', async () => {
  const withNotes = TOKENS.map((t) => (t.id === '1' ? { ...t, notes: { description: '', environment: 'production', usedBy: 'worker-7', owner: '', updatedAt: null } } : t));
  const { root, ipc, unmount } = setup({ refresh: () => Promise.resolve({ profileId: 'w', tokens: withNotes, fetchedAt: NOW.toISOString(), fromCache: false }) });
  ipc.notesSave = async (a) => ({ ...a.notes, updatedAt: NOW.toISOString() });
  await flush();
  const row1 = () => allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === '1');
  assert.equal(byTestId(row1(), 'token-env').textContent, 'production');
  assert.match(byTestId(row1(), 'token-env').className, /env-production/);
  assert.equal(byTestId(row1(), 'token-used-by').textContent, 'Used by: worker-7');
  assert.equal(allByTestId(root, 'token-env').length, 1);
  const filter = byTestId(root, 'token-filter');
  filter.value = 'worker-7'; filter.dispatchEvent(makeEvent('input'));
  assert.deepEqual(rowIds(root), ['1'], 'the filter matches notes');
  filter.value = ''; filter.dispatchEvent(makeEvent('input'));
  const ev = makeEvent('keydown', { key: 'Enter' });
  ev.target = row1();
  row1().dispatchEvent(ev);
  assert.equal(ev.defaultPrevented, true);
  const panel = byTestId(root, 'details-panel');
  assert.ok(panel, 'the details pane opened');
  assert.equal(byTestId(panel, 'details-id').textContent, '1');
  assert.equal(byTestId(panel, 'notes-environment').value, 'production');
  const env = byTestId(panel, 'notes-environment');
  env.value = 'staging'; env.dispatchEvent(makeEvent('change'));
  byTestId(panel, 'notes-save').click(); await flush();
  assert.equal(byTestId(row1(), 'token-env').textContent, 'staging', 'the row shows the saved notes');
  unmount();
});

test('the row menu offers Details for every token, Export only where the key is on this device; Activity is in the header', async () => {
  const { root, unmount } = setup();
  await flush();
  const row = (id) => allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === id);
  assert.ok(byTestId(row('1'), 'row-details'));
  assert.equal(byTestId(row('1'), 'row-export'), null);
  assert.ok(byTestId(row('2'), 'row-export'));
  assert.equal(byTestId(row('2'), 'row-export').textContent, 'Export…');
  byTestId(row('2'), 'row-export').click();
  assert.ok(byTestId(root, 'export-dialog'));
  assert.match(byTestId(root, 'export-token').textContent, /Live captions/);
  assert.ok(byTestId(root, 'activity-open'));
  unmount();
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, deferred, makeEvent, FakeElement } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { mount, isRefreshShortcut, roleLabel } from '../../../ui/js/views/workspace.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

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

test('a refresh asked for while one runs runs once after it, never dropped', async () => {
  const answers = [deferred(), deferred()];
  let asked = 0;
  const { root, calls, keys, unmount } = setup({ refresh: () => answers[asked++].promise });
  await flush();
  // Two asks while the first refresh is out: one more refresh, after it.
  keys.dispatchEvent(makeEvent('keydown', { key: 'F5' }));
  byTestId(root, 'refresh-button').dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(calls.filter((c) => c === 'tokensRefresh').length, 1);
  answers[0].resolve({ profileId: 'w', tokens: TOKENS.slice(0, 1), fetchedAt: NOW.toISOString(), fromCache: false });
  await flush();
  assert.equal(calls.filter((c) => c === 'tokensRefresh').length, 2);
  answers[1].resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false });
  await flush();
  assert.deepEqual(rowIds(root), ['2', '1', '3'], 'the list as of the last ask');
  assert.equal(calls.filter((c) => c === 'tokensRefresh').length, 2);
  unmount();
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
  assert.equal(notice.getAttribute('aria-hidden'), 'true', 'the ticking text is not read out');
  assert.equal(notice.textContent, 'Scriptix is rate-limiting; retrying in 12 s…');
  const spoken = byTestId(root, 'api-waiting-announce');
  assert.equal(spoken.getAttribute('role'), 'status');
  assert.equal(spoken.textContent, 'Scriptix is rate-limiting; retrying in 12 seconds');
  pending.resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false });
  await flush();
  assert.equal(notice.hidden, true);
  assert.equal(notice.textContent, '');
  assert.equal(spoken.textContent, '');
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
  byTestId(b.root, 'account-menu').click();
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
  byTestId(row('1'), 'row-menu').click();
  assert.ok(byTestId(row('1'), 'row-details'));
  assert.equal(byTestId(row('1'), 'row-export'), null);
  byTestId(row('2'), 'row-menu').click();
  assert.ok(byTestId(row('2'), 'row-export'));
  assert.equal(byTestId(row('2'), 'row-export').textContent, 'Export…');
  byTestId(row('2'), 'row-export').click();
  assert.ok(byTestId(root, 'export-dialog'));
  assert.match(byTestId(root, 'export-token').textContent, /Live captions/);
  byTestId(root, 'account-menu').click();
  assert.ok(byTestId(root, 'activity-open'), 'the activity log is in the account menu');
  unmount();
});

test('the table is one Tab stop: only one row has tabindex 0; checkboxes and ⋯ buttons are out of the order', async () => {
  const { root, unmount } = setup();
  await flush();
  const stops = byTestId(root, 'token-table').querySelector('tbody').querySelectorAll('[tabindex="0"]');
  assert.equal(stops.length, 1);
  assert.equal(stops[0].getAttribute('data-testid'), 'token-row');
  for (const b of allByTestId(root, 'row-menu')) assert.equal(b.getAttribute('tabindex'), '-1');
  for (const c of allByTestId(root, 'row-select')) assert.equal(c.getAttribute('tabindex'), '-1');
  assert.ok(allByTestId(root, 'row-select').length > 0, 'the selection column shows for an account that can delete');
  assert.equal(allByTestId(root, 'row-copy').length, 0, 'no per-row Copy button: the actions column is the same on every row');
  unmount();
});

test('Shift+F10 opens the focused row’s menu on its first item; arrows, Home and End move; Esc closes it back onto the row', async () => {
  const { root, unmount } = setup();
  await flush();
  const row = allByTestId(root, 'token-row')[0]; // "Live captions", key on this device
  row.focus();
  row.dispatchEvent(makeEvent('keydown', { key: 'F10', shiftKey: true }));
  const menu = row.querySelector('[role="menu"]');
  assert.equal(menu.hidden, false);
  assert.equal(byTestId(row, 'row-menu').getAttribute('aria-expanded'), 'true');
  const items = menu.querySelectorAll('[role="menuitem"]');
  const focused = () => globalThis.document.activeElement.getAttribute('data-testid');
  assert.equal(focused(), 'row-copy');
  const key = (k) => globalThis.document.activeElement.dispatchEvent(makeEvent('keydown', { key: k }));
  key('ArrowDown');
  assert.equal(focused(), 'row-details');
  key('End');
  assert.equal(focused(), items[items.length - 1].getAttribute('data-testid'));
  assert.equal(focused(), 'row-delete', 'Delete comes last');
  key('ArrowDown');
  assert.equal(focused(), 'row-copy', 'Down wraps');
  key('ArrowUp');
  assert.equal(focused(), 'row-delete', 'Up wraps');
  key('Home');
  assert.equal(focused(), 'row-copy');
  key('Escape');
  assert.equal(menu.hidden, true);
  assert.equal(globalThis.document.activeElement, row, 'focus is back on the row');
  for (const k of ['ContextMenu', 'ArrowRight']) {
    row.dispatchEvent(makeEvent('keydown', { key: k }));
    assert.equal(menu.hidden, false, `${k} opens the menu`);
    key('Escape');
  }
  unmount();
});

test('Ctrl+C on a row copies the key this device holds for it, and says so when it holds none', async () => {
  const { root, ipc, unmount } = setup();
  const copied = [];
  ipc.keyCopy = async (id, format) => { copied.push([id, format]); return { clearsInSeconds: 30 }; };
  await flush();
  const rows = allByTestId(root, 'token-row');
  rows[0].focus();
  const e = makeEvent('keydown', { key: 'c', ctrlKey: true });
  rows[0].dispatchEvent(e);
  await flush();
  assert.equal(e.defaultPrevented, true);
  assert.deepEqual(copied, [['2', 'raw']]);
  assert.match(byTestId(root, 'clipboard-status').textContent, /Clipboard clears in 30 s/);
  rows[1].dispatchEvent(makeEvent('keydown', { key: 'c', ctrlKey: true }));
  await flush();
  assert.deepEqual(copied, [['2', 'raw']], 'nothing copied for a token whose key is not here');
  assert.match(byTestId(root, 'main-error').textContent, /does not hold the key for “Production”/);
  unmount();
});

test('the header is compact: the account, activity, settings, shortcuts and sign-out are one menu; the demo note is in the header', async () => {
  const demo = setup({ status: { ...STATUS, activeProfileId: 'd' } });
  await flush();
  const header = demo.root.querySelector('header');
  assert.deepEqual(header.querySelectorAll('button').map((b) => b.getAttribute('data-testid')), ['expiry-open', 'account-menu'],
    'two buttons in the header bar, no row of text buttons');
  assert.ok(header.querySelector('[data-testid="demo-banner"]'), 'the demo note is folded into the header');
  assert.equal(byTestId(demo.root, 'sign-out'), null, 'sign out waits in the menu');
  const button = byTestId(demo.root, 'account-menu');
  assert.match(button.getAttribute('aria-label'), /dev@example\.com$/, 'the name contains the e-mail the button shows');
  button.click();
  assert.deepEqual(allByTestId(demo.root, 'account-menu').length, 1);
  const items = header.querySelectorAll('[role="menuitem"]').map((i) => i.getAttribute('data-testid'));
  assert.deepEqual(items, ['activity-open', 'settings-open', 'shortcuts-open', 'sign-out']);
  assert.equal(globalThis.document.activeElement.getAttribute('data-testid'), 'activity-open');
  assert.deepEqual(allByTestId(demo.root, 'role-chip').map((c) => c.textContent), ['Developer']);
  demo.unmount();
});

test('? and F1 open the shortcut overlay listing every shortcut; Esc closes it', async () => {
  const { root, keys, unmount } = setup();
  await flush();
  const target = globalThis.document.createElement('div');
  keys.dispatchEvent(makeEvent('keydown', { key: '?', target }));
  const dialog = byTestId(root, 'shortcuts-dialog');
  assert.ok(dialog, '? opens the overlay');
  const listed = allByTestId(root, 'shortcut').map((d) => d.textContent);
  for (const what of ['New token', 'Refresh the list', 'Filter the list', 'Check a key', 'Show these shortcuts',
    'Copy the key this device holds', 'Open the token’s actions', 'Close the menu']) assert.ok(listed.includes(what), what);
  const text = dialog.textContent;
  for (const key of ['Ctrl+N', 'F5', 'Ctrl+R', 'Ctrl+F', 'Ctrl+K', 'F1', 'Ctrl+C', 'Shift+F10', 'Delete', 'Enter', 'Esc']) assert.ok(text.includes(key), key);
  dialog.dispatchEvent(makeEvent('cancel'));
  assert.equal(byTestId(root, 'shortcuts-dialog'), null);
  keys.dispatchEvent(makeEvent('keydown', { key: 'F1', target }));
  assert.ok(byTestId(root, 'shortcuts-dialog'), 'F1 opens it too');
  unmount();
});

test('? typed into the filter is a character, not the shortcut', async () => {
  const { root, keys, unmount } = setup();
  await flush();
  keys.dispatchEvent(makeEvent('keydown', { key: '?', target: byTestId(root, 'token-filter') }));
  assert.equal(byTestId(root, 'shortcuts-dialog'), null);
  unmount();
});

test('one status column: healthy rows show only the relative time; attention rows a glyph and tone; every row says its status to screen readers', async () => {
  const { root, unmount } = setup();
  await flush();
  const heads = byTestId(root, 'token-table').querySelector('thead').querySelectorAll('th').map((th) => th.textContent.replace(/[▲▼]/g, '').trim());
  assert.deepEqual(heads.filter((h) => h), ['ID', 'Name', 'Type', 'Created', 'Expires', 'Last used', 'Actions']);
  const cell = (id) => byTestId(allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === id), 'token-status');
  assert.equal(cell('1').getAttribute('data-tone'), null);
  assert.equal(cell('1').querySelector('.status-glyph'), null);
  assert.match(cell('1').textContent, /^in 2 months · 9 May 2026Active\. Expires /);
  assert.equal(cell('2').getAttribute('data-tone'), 'warn');
  assert.equal(cell('2').querySelector('.status-glyph').textContent, '!');
  assert.equal(cell('3').getAttribute('data-tone'), 'danger');
  assert.match(cell('3').textContent, /Expired 5 days ago/);
  unmount();
});

test('the header controls are no Tab stops: ↑ from the first row reaches the sorted column, ← → move, Enter sorts, ↓ returns', async () => {
  const { root, unmount } = setup();
  await flush();
  const table = byTestId(root, 'token-table');
  const thead = table.querySelector('thead');
  for (const c of thead.querySelectorAll('button').concat(thead.querySelectorAll('input'))) assert.equal(c.getAttribute('tabindex'), '-1');
  const rows = allByTestId(root, 'token-row');
  rows[0].focus();
  rows[0].dispatchEvent(makeEvent('keydown', { key: 'ArrowUp' }));
  const focused = () => globalThis.document.activeElement;
  assert.equal(focused().getAttribute('data-testid'), 'sort-expiresAt', 'the sorted column');
  focused().dispatchEvent(makeEvent('keydown', { key: 'ArrowLeft' }));
  assert.equal(focused().getAttribute('data-testid'), 'sort-createdAt');
  focused().dispatchEvent(makeEvent('keydown', { key: 'Home' }));
  assert.equal(focused().getAttribute('data-testid'), 'select-all');
  focused().dispatchEvent(makeEvent('keydown', { key: 'ArrowRight' }));
  assert.equal(focused().getAttribute('data-testid'), 'sort-id');
  focused().click();
  assert.deepEqual(rowIds(root), ['1', '2', '3'], 'sorted by ID');
  byTestId(root, 'sort-id').dispatchEvent(makeEvent('keydown', { key: 'ArrowDown' }));
  assert.equal(focused().getAttribute('data-testid'), 'token-row');
  unmount();
});

test('the expiry centre docks beside the list, outside <main>: the list, its row menu and the shortcuts keep working while it is open', async () => {
  const { root, keys, unmount } = setup();
  await flush();
  const button = byTestId(root, 'expiry-open');
  button.focus();
  button.click();
  const panel = byTestId(root, 'expiry-centre');
  assert.equal(panel.tagName, 'ASIDE');
  assert.equal(panel.closest('main'), null, 'a landmark of its own, not inside <main>');
  const body = panel.closest('.workspace-body');
  assert.ok(body && body.querySelector('main'), 'beside the list, in the same row of the layout');
  assert.equal(root.querySelector('dialog'), null);
  const row = (id) => allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === id);
  byTestId(row('1'), 'row-menu').click();
  assert.ok(byTestId(row('1'), 'row-details'), 'the row menu opens while the panel is open');
  const find = makeEvent('keydown', { key: 'f', ctrlKey: true });
  keys.dispatchEvent(find);
  assert.equal(find.defaultPrevented, true, 'Ctrl+F still works');
  assert.equal(globalThis.document.activeElement, byTestId(root, 'token-filter'));
  assert.ok(byTestId(root, 'expiry-centre'), 'and the panel stays open');
  byTestId(root, 'expiry-close').focus();
  byTestId(root, 'expiry-close').click();
  assert.equal(byTestId(root, 'expiry-centre'), null);
  assert.equal(globalThis.document.activeElement, button, 'Close hands focus back to the Expiry button');
  unmount();
});

test('the main screen speaks Dutch in Dutch: title, toolbar, freshness, counts with Dutch plurals, roles and the waiting notice', async () => {
  useLanguage('nl');
  try {
    const { root, unmount, wait } = setup();
    await flush();
    assert.equal(root.querySelector('h1').textContent, 'API-tokens');
    assert.equal(byTestId(root, 'refresh-button').textContent, 'Vernieuwen');
    assert.equal(byTestId(root, 'token-filter').getAttribute('placeholder'), 'Filter op naam, ID, type of notities');
    assert.match(byTestId(root, 'list-status').textContent, /^Bijgewerkt: \d\d:\d\d$/);
    assert.equal(byTestId(root, 'token-counts').textContent, '3 tokens · 1 verlopen · 1 verloopt binnen 7 dagen');
    assert.deepEqual(allByTestId(root, 'role-chip').map((c) => c.textContent), ['Ontwikkelaar']);
    wait({ reason: 'rateLimited', seconds: 12, attempt: 2 });
    assert.equal(byTestId(root, 'api-waiting').textContent, 'Scriptix beperkt het aantal verzoeken; opnieuw over 12 s… (poging 2)');
    assert.equal(byTestId(root, 'api-waiting-announce').textContent, 'Scriptix beperkt het aantal verzoeken; opnieuw over 12 seconden (poging 2)');
    unmount();
  } finally {
    useLanguage('en');
  }
});

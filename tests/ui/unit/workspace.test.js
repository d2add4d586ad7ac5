import test from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, allByTestId, flush, deferred, makeEvent } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { roleLabel } from '../../../ui/js/views/workspace.js';
import { useLanguage } from './catalogue.js';
import { NOW, iso, TOKENS, STATUS, ACCOUNT, setup, rowIds } from './workspace-fixtures.js';

useLanguage('en');

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

test('one status column: healthy rows show only the relative time; attention rows a glyph and tone; every row says its status to screen readers', async () => {
  const { root, unmount } = setup();
  await flush();
  const heads = byTestId(root, 'token-table').querySelector('thead').querySelectorAll('th').map((th) => th.textContent.replace(/[▲▼]/g, '').trim());
  assert.deepEqual(heads.filter((h) => h), ['ID', 'Name', 'Type', 'Created', 'Expires', 'Last used', 'Actions']);
  const cell = (id) => byTestId(allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === id), 'token-status');
  assert.equal(cell('1').getAttribute('data-tone'), null);
  assert.equal(cell('1').querySelector('.status-glyph'), null);
  // The relative expiry and the exact date that takes its place on focus or hover, in one
  // place (ui/styles.css, .expires-text); the spoken text has both.
  assert.equal(byTestId(cell('1'), 'token-expires').textContent, 'in 2 months');
  assert.equal(byTestId(cell('1'), 'token-expires-date').textContent, '9 May 2026');
  assert.equal(byTestId(cell('1'), 'token-expires-date').parentElement, byTestId(cell('1'), 'token-expires').parentElement);
  assert.match(cell('1').querySelector('.visually-hidden').textContent, /^Active\. Expires 9 May 2026, 12:00, in 2 months$/);
  assert.equal(cell('2').getAttribute('data-tone'), 'warn');
  assert.equal(cell('2').querySelector('.status-glyph').textContent, '!');
  assert.equal(cell('3').getAttribute('data-tone'), 'danger');
  assert.equal(byTestId(cell('3'), 'token-expires').textContent, 'Expired 5 days ago');
  assert.match(byTestId(cell('3'), 'token-expires-date').textContent, /^Expired \d{1,2} [A-Z][a-z]{2} \d{4}$/);
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

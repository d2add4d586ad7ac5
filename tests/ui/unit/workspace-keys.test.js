import test from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { isRefreshShortcut } from '../../../ui/js/views/workspace.js';
import { useLanguage } from './catalogue.js';
import { setup, rowIds } from './workspace-fixtures.js';

// The main screen from the keyboard: refresh keys, moving through rows, the row menu,
// copying, the shortcut overlay and the header's controls (moved from workspace.test.js).
useLanguage('en');

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

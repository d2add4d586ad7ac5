import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, allByTestId, makeEvent, shape } from './fake-dom.js';
import { createTokenTable } from '../../../ui/js/views/token-table.js';
import { NOW, iso, many, ids, whole, mounted } from './table-fixtures.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

test('a narrowed list (the filter) keeps the sort order of the full list', () => {
  const { root, table } = mounted();
  const all = many(1000);
  table.update(whole(all), '');
  table.update(whole([all[500], all[3], all[999], all[40]]), '4');
  assert.deepEqual(ids(root), ['4', '41', '501', '1000']);
});

test('a long list narrowed to other rows by the filter shows those rows, though the window of rows did not move', () => {
  const { root, table } = mounted();
  const all = many(10_000);
  table.update(whole(all), '');
  const endsIn7 = all.filter((tok) => tok.id.endsWith('7'));
  table.update(whole(endsIn7), '7');
  assert.deepEqual(ids(root).slice(0, 3), ['7', '17', '27']);
  // And back: clearing the filter shows the first rows again.
  table.update(whole(all), '');
  assert.deepEqual(ids(root).slice(0, 3), ['1', '2', '3']);
});

test('a filter keystroke takes its rows from the whole list\'s sort: the 10,000 tokens are not compared again', () => {
  const { root, table } = mounted();
  // Counts the reads of each token's expiry (the default sort's key; a sort reads all of them).
  let reads = 0;
  const all = many(10_000).map((tok) => {
    const { expiresAt, ...rest } = tok;
    return Object.defineProperty(rest, 'expiresAt', { enumerable: true, get: () => { reads += 1; return expiresAt; } });
  });
  table.update({ list: all, at: null }, '');
  assert.ok(reads >= 10_000, `the first render sorts the whole list (${reads} reads)`);
  reads = 0;
  // A keystroke: every token whose id ends in 7, as positions in the same list.
  const at = all.flatMap((tok, i) => (tok.id.endsWith('7') ? [i] : []));
  table.update({ list: all, at }, '7');
  assert.deepEqual(ids(root).slice(0, 3), ['7', '17', '27']);
  assert.ok(reads < 500, `only the rendered rows read their expiry (${reads} reads)`);
  // A refresh (a new list) is sorted again.
  reads = 0;
  const fresh = [...all];
  table.update({ list: fresh, at: null }, '');
  assert.ok(reads >= 10_000, `a new list is sorted (${reads} reads)`);
});

/**
 * A table with the selection column and a row menu, like the workspace's (`rebind`: the
 * menu is pointed at a row's next token, as the workspace's is, instead of built anew).
 */
function fullTable(root, rebind = false) {
  const selected = new Set();
  let made = 0;
  const table = createTokenTable({ now: () => NOW,
    selection: { enabled: () => true, has: (id) => selected.has(id), set: (ids, on) => ids.forEach((id) => (on ? selected.add(id) : selected.delete(id))) },
    rowActions: (tok) => { made += 1; const b = globalThis.document.createElement('button'); b.setAttribute('data-for', tok.id); b.setAttribute('data-testid', 'row-menu'); return b; },
    rebindRowActions: rebind ? (node, tok) => node.setAttribute('data-for', tok.id) : undefined });
  root.appendChild(table.element);
  return { table, selected, made: () => made };
}

test('a filter keystroke shows the new rows in the row elements already there, each exactly as a fresh table shows it', () => {
  const { root } = installDom();
  const { table } = fullTable(root);
  const all = many(10_000).map((tok, i) => (i % 3 ? tok : { ...tok, hasLocalKey: true, keyHint: 'sk_live_…ab12',
    notes: { description: '', environment: 'production', usedBy: `worker ${i}`, owner: '', updatedAt: null } }));
  table.update(whole(all), '');
  const before = allByTestId(root, 'token-row');
  const endsIn7 = all.filter((tok) => tok.id.endsWith('7'));
  table.update(whole(endsIn7), '7');
  const after = allByTestId(root, 'token-row');
  assert.ok(after.length > 15 && after.every((r) => before.includes(r)), 'the same row elements, now showing other tokens');
  const fresh = installDom().root;
  fullTable(fresh).table.update(whole(endsIn7), '7');
  assert.deepEqual(after.map(shape), allByTestId(fresh, 'token-row').map(shape));
});

test('a reused row\'s checkbox and actions menu act on the token the row now shows', () => {
  const { root } = installDom();
  const { table, selected } = fullTable(root);
  const all = many(1000);
  table.update(whole(all), '');
  const before = allByTestId(root, 'token-row');
  table.update(whole(all.filter((tok) => tok.id.endsWith('5'))), '5');
  const row = allByTestId(root, 'token-row')[0];
  assert.equal(row.getAttribute('data-token-id'), '5');
  const box = row.querySelector('[data-testid="row-select"]');
  box.checked = true;
  box.dispatchEvent(makeEvent('change'));
  assert.deepEqual([...selected], ['5']);
  // Back to the full list: every row's checkbox and menu are its own token's.
  table.update(whole(all), '');
  const after = allByTestId(root, 'token-row');
  assert.ok(after.every((r) => before.includes(r)), 'no row was built anew');
  for (const r of after) {
    const id = r.getAttribute('data-token-id');
    assert.equal(r.querySelector('[data-testid="row-select"]').checked, id === '5', `row ${id}`);
    assert.equal(r.querySelector('[data-testid="row-menu"]').getAttribute('data-for'), id);
  }
  assert.equal(after.find((r) => r.getAttribute('data-token-id') === '5'), row, 'token 5 kept its row');
});

test('with rebindRowActions, a row keeps its menu when it shows another token, and the menu follows the row', () => {
  const { root } = installDom();
  const { table, made } = fullTable(root, true);
  const all = many(1000);
  table.update(whole(all), '');
  const menus = allByTestId(root, 'row-menu');
  const built = made();
  assert.equal(built, menus.length);
  for (const query of ['5', '77', '', '3']) {
    const shown = query ? all.filter((tok) => tok.id.includes(query)) : all;
    table.update(whole(shown), query);
    for (const r of allByTestId(root, 'token-row')) {
      assert.equal(r.querySelector('[data-testid="row-menu"]').getAttribute('data-for'), r.getAttribute('data-token-id'), `"${query}": row ${r.getAttribute('data-token-id')}`);
    }
    // Rows shown as a fresh table shows them (but for which row holds the tab stop, which
    // stays where the user left it).
    const fresh = installDom().root;
    fullTable(fresh, true).table.update(whole(shown), query);
    const look = (/** @type {any} */ r) => shape(r).replace(/^(<TR[^>]*?) tabindex="-?\d+"/, '$1');
    assert.deepEqual(allByTestId(root, 'token-row').map(look), allByTestId(fresh, 'token-row').map(look), `"${query}"`);
  }
  assert.equal(made(), built, 'no menu was built for the rows that changed');
  assert.ok(allByTestId(root, 'row-menu').every((m) => menus.includes(m)), 'the same menu elements');
});

test('whatever the filter, the sort and a refresh do, the rows shown are exactly a fresh table\'s rows, in its order', () => {
  const { root } = installDom();
  const { table } = fullTable(root);
  let all = many(600).map((tok, i) => (i % 4 ? tok : { ...tok, notes: { description: '', environment: 'staging', usedBy: `job ${i}`, owner: '', updatedAt: null } }));
  let seed = 16;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  let list = all;
  for (let step = 0; step < 60; step += 1) {
    const pick = rnd();
    // A refresh: new token objects, the same length, other expiries (another order), before
    // this step's filter of them: a sort of the old list must not be reused for the new one.
    const refreshed = rnd() < 0.15;
    if (refreshed) all = all.map((tok) => ({ ...tok, expiresAt: iso(10 + Math.floor(rnd() * 600)) }));
    if (pick < 0.3) { const k = Math.floor(rnd() * 20); list = all.slice(k); } // shifted
    else if (pick < 0.6) { const m = 2 + Math.floor(rnd() * 9); list = all.filter((tok) => Number(tok.id) % m === 0); }
    else if (pick < 0.7) list = [...all];
    else if (pick < 0.8) {
      root.querySelector(`[data-testid="sort-${['name', 'id', 'expiresAt'][Math.floor(rnd() * 3)]}"]`).click();
      if (refreshed) list = [...all];
    }
    else list = all.filter(() => rnd() < 0.5);
    // As the workspace calls it (the rows' positions in the whole list), or without them.
    const positions = list.length === all.length ? null : list.map((tok) => all.indexOf(tok));
    if (rnd() < 0.8) table.update({ list: all, at: positions }, 'q');
    else table.update(whole(list), 'q');
    const fresh = installDom().root;
    globalThis.document = root.ownerDocument;
    const other = fullTable(fresh).table;
    // Same sort as the table under test (clicks replayed from its header's state).
    const sorted = root.querySelector('th[aria-sort]');
    const key = sorted.querySelector('button').getAttribute('data-testid');
    // From the default (Expires, ascending): a first click on another column sorts it
    // ascending, each click on the sorted column turns its direction.
    const clicks = (sorted.getAttribute('aria-sort') === 'ascending' ? 1 : 2) - (key === 'sort-expiresAt' ? 1 : 0);
    for (let c = 0; c < clicks; c += 1) fresh.querySelector(`[data-testid="${key}"]`).click();
    other.update(whole(list), 'q');
    // The tab stop stays on the token that had it (a fresh table puts it on the first row).
    const noStop = (r) => shape(r).replace(/^(<TR [^>]*) tabindex="-?[01]"/, '$1');
    assert.deepEqual(allByTestId(root, 'token-row').map(noStop), allByTestId(fresh, 'token-row').map(noStop), `step ${step}`);
    assert.ok(allByTestId(root, 'token-row').filter((r) => r.getAttribute('tabindex') === '0').length <= 1, 'one tab stop at most');
  }
});

test('usage arriving updates the Last used cells in place (the rows stay, a click is never lost); the rendered rows are asked for once', () => {
  const { root } = installDom();
  const usage = new Map();
  const asked = [];
  const table = createTokenTable({ now: () => NOW, lastUsed: (t) => usage.get(t.id), onRowsShown: (ids) => asked.push(ids) });
  root.appendChild(table.element);
  table.update(whole(many(3)), '');
  assert.deepEqual(asked, [['1', '2', '3']]);
  const before = allByTestId(root, 'token-row');
  assert.equal(allByTestId(root, 'token-last-used')[0].textContent.startsWith('…'), true);
  // A row's name (what a screen reader reads when it gets focus) says the Last used cell too.
  assert.match(before[0].getAttribute('aria-label'),
    /^Token 1, Batch\. Active\. Expires 20 Mar 2026, \d\d:00, in 10 days\. Last use not known yet\.$/);
  usage.set('1', { tokenId: '1', lastUsedAt: iso(-2), lastIp: '192.0.2.1', source: 'server', localAction: null });
  table.usageChanged();
  const after = allByTestId(root, 'token-row');
  assert.ok(before.every((r, i) => r === after[i]), 'the same row elements');
  assert.match(after[0].getAttribute('aria-label'), /^Token 1, Batch\. Active\. .* Last used 8 Mar 2026, \d\d:00 from 192\.0\.2\.1\.$/);
  assert.match(after[1].getAttribute('aria-label'), /Last use not known yet\.$/);
  assert.match(allByTestId(root, 'token-last-used')[0].textContent, /^2 days ago/);
  assert.match(allByTestId(root, 'token-last-used')[0].getAttribute('title'), /from 192\.0\.2\.1$/);
  assert.equal(asked.length, 1, 'an in-place update asks for nothing');
});

test('the table speaks Dutch in Dutch: headers, caption, expiry cells with Dutch plurals, the chips and the empty state', () => {
  useLanguage('nl');
  try {
    const { root, table } = mounted();
    const [a, b] = many(2);
    table.update(whole([
      { ...a, expiresAt: iso(-3), status: 'expired', hasLocalKey: true },
      { ...b, expiresAt: iso(1), status: 'expiring7' },
    ]), '');
    const caption = root.querySelector('caption');
    assert.equal(caption.textContent, 'API-tokens, gesorteerd op Verloopt, oplopend');
    assert.equal(root.querySelector('[data-testid="sort-lastUsed"]').textContent, 'Laatst gebruikt');
    const expires = allByTestId(root, 'token-expires').map((n) => n.textContent).sort();
    assert.deepEqual(expires, ['Verlopen 3 dagen geleden', 'over 1 dag']);
    assert.equal(allByTestId(root, 'token-local-key')[0].textContent, 'Op dit apparaat');
    const names = allByTestId(root, 'token-row').map((r) => r.getAttribute('aria-label')).sort();
    assert.match(names[0], /^Token 1, Batch\. Verlopen\. Verlopen op 7 mrt\.? 2026.*, 3 dagen geleden\. .+\.$/);
    table.update(whole([]), 'prod');
    assert.equal(root.querySelector('.empty-title').textContent, 'Geen tokens gevonden voor “prod”');
  } finally {
    useLanguage('en');
  }
});

test('the columns are held and the overflow watched in the window, neither in the off-page mount of the next first frame', () => {
  const watched = [];
  globalThis.ResizeObserver = class { observe(el) { watched.push(el); } disconnect() {} };
  try {
    const { root } = installDom();
    const held = createTokenTable({ now: () => NOW });
    root.appendChild(held.element);
    const table = held.element.querySelector('table');
    // The box for a new width (the held columns); the box and the table for the overflow.
    assert.equal(watched.filter((e) => e === table.parentNode).length, 2, 'the table box is watched twice');
    assert.equal(watched.filter((e) => e === table).length, 1, 'the table is watched for growing past its box');
    assert.equal(watched.length, 3);
    assert.equal(table.hasAttribute('data-overflow'), false, 'the actions are pinned only once the table overflows');
    const offPage = createTokenTable({ now: () => NOW, holdColumns: false, watchOverflow: false });
    assert.equal(watched.length, 3, 'off the page nothing is held or watched');
    assert.equal(offPage.element.querySelector('table').hasAttribute('data-overflow'), true,
      'off the page, where no width is seen, the actions are pinned (they look the same at every width)');
  } finally {
    delete globalThis.ResizeObserver;
  }
});

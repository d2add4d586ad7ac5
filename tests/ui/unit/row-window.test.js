// The token table's rows in the DOM (ui/js/views/row-window.js, split from token-table.test.js):
// which rows a long list renders, the overscan a pause in typing fills in, the keyboard's reach,
// row elements kept while the list shifts, and no geometry read before a keystroke's writes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, allByTestId, makeEvent } from './fake-dom.js';
import { createTokenTable, VIRTUAL_FROM, FILL_MS } from '../../../ui/js/views/token-table.js';
import { NOW, many, ids, whole, mounted } from './table-fixtures.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

test('a list up to VIRTUAL_FROM rows renders every row', () => {
  const { root, table } = mounted();
  table.update(whole(many(VIRTUAL_FROM)), '');
  assert.equal(allByTestId(root, 'token-row').length, VIRTUAL_FROM);
});

test('a filter result of a few screens (130 rows) is windowed too, so a keystroke never lays out hundreds of rows', () => {
  const { root, table } = mounted();
  table.update(whole(many(130)), '');
  const shown = ids(root);
  assert.ok(shown.length < 100, `rendered ${shown.length} rows`);
  assert.equal(shown[0], '1');
});

test('a long list renders only a window of rows, and the keyboard still reaches every row', () => {
  const { root, table } = mounted();
  table.update(whole(many(10_000)), '');
  const shown = ids(root);
  assert.ok(shown.length > 15 && shown.length < 200, `rendered ${shown.length} rows`);
  assert.equal(shown[0], '1');
  table.focusFirstRow();
  globalThis.document.activeElement.dispatchEvent(makeEvent('keydown', { key: 'End' }));
  assert.equal(globalThis.document.activeElement.getAttribute('data-token-id'), '10000');
  assert.equal(globalThis.document.activeElement.getAttribute('tabindex'), '0');
  globalThis.document.activeElement.dispatchEvent(makeEvent('keydown', { key: 'ArrowUp' }));
  assert.equal(globalThis.document.activeElement.getAttribute('data-token-id'), '9999');
  globalThis.document.activeElement.dispatchEvent(makeEvent('keydown', { key: 'Home' }));
  assert.equal(globalThis.document.activeElement.getAttribute('data-token-id'), '1');
});

test('a keystroke renders the rows in view only; the overscan below follows once typing pauses, keeping those rows', async () => {
  const { root, table } = mounted();
  const all = many(10_000);
  table.update(whole(all), '');
  const lean = allByTestId(root, 'token-row');
  // The fake window is 800 px of 44 px rows: 19 rows in view, nothing below them yet.
  assert.equal(lean.length, 19);
  table.update(whole(all.filter((tok) => tok.id.endsWith('7'))), '7');
  assert.equal(ids(root).length, 19);
  await new Promise((ok) => setTimeout(ok, FILL_MS / 2));
  table.update(whole(all), '');
  await new Promise((ok) => setTimeout(ok, FILL_MS / 2 + 10));
  assert.equal(ids(root).length, 19, 'each keystroke starts the pause again');
  const inView = allByTestId(root, 'token-row');
  await new Promise((ok) => setTimeout(ok, FILL_MS));
  const filled = allByTestId(root, 'token-row');
  assert.equal(filled.length, 27);
  assert.deepEqual(ids(root), all.slice(0, 27).map((tok) => tok.id));
  assert.deepEqual(filled.slice(0, 19), inView, 'the rows in view are kept, not rewritten');
});

test('a keystroke that keeps the rows keeps the overscan a pause filled in; one that changes them goes back to the rows in view', async () => {
  const { root, table } = mounted();
  const all = many(10_000);
  table.update(whole(all), '');
  await new Promise((ok) => setTimeout(ok, FILL_MS + 30));
  const filled = allByTestId(root, 'token-row');
  assert.equal(filled.length, 27);
  // A character that matches every token (typing paused long enough for the fill): the rows
  // below the view show what they would show, so none is taken out (taking them out lays the
  // table out and repaints it, as new rows would).
  table.update(whole(all), 't');
  assert.deepEqual(allByTestId(root, 'token-row'), filled, 'the same 27 row elements, none taken out');
  await new Promise((ok) => setTimeout(ok, FILL_MS + 30));
  assert.equal(allByTestId(root, 'token-row').length, 27, 'still full after the pause');
  // Rows that change: back to the rows in view, the overscan after the next pause.
  table.update(whole(all.filter((tok) => tok.id.endsWith('7'))), '7');
  assert.equal(ids(root).length, 19);
  assert.deepEqual(ids(root).slice(0, 3), ['7', '17', '27']);
  await new Promise((ok) => setTimeout(ok, FILL_MS + 30));
  assert.equal(ids(root).length, 27);
  // Below the view the list changed (a token above the view's end went): not kept.
  const fewer = all.filter((tok) => tok.id.endsWith('7') && tok.id !== '217');
  table.update(whole(fewer), '7');
  assert.deepEqual(ids(root), fewer.slice(0, 19).map((tok) => tok.id));
});

test('the pause before the overscan is counted from the painted frame, not from the render', async () => {
  const { root, table } = mounted();
  /** @type {(() => void)[]} */
  const frames = [];
  globalThis.requestAnimationFrame = (f) => frames.push(f);
  try {
    table.update(whole(many(10_000)), '');
    await new Promise((ok) => setTimeout(ok, FILL_MS + 30));
    assert.equal(ids(root).length, 19, 'a frame still being made is no pause');
    while (frames.length > 0) frames.splice(0).forEach((f) => f());
    await new Promise((ok) => setTimeout(ok, FILL_MS + 30));
    assert.equal(ids(root).length, 27);
  } finally {
    delete globalThis.requestAnimationFrame;
  }
});

test('the keyboard reaches the rows below the view at once, without waiting for the pause', () => {
  const { root, table } = mounted();
  table.update(whole(many(10_000)), '');
  assert.equal(ids(root).length, 19);
  table.focusFirstRow();
  for (let i = 0; i < 19; i += 1) globalThis.document.activeElement.dispatchEvent(makeEvent('keydown', { key: 'ArrowDown' }));
  assert.equal(globalThis.document.activeElement.getAttribute('data-token-id'), '20');
});

test('rows that stay in the window keep their element, untouched, when the list shifts; only the rows coming in are written', () => {
  const { root, table } = mounted();
  const all = many(1000);
  table.update(whole(all), '');
  const byId = new Map(allByTestId(root, 'token-row').map((r) => [r.getAttribute('data-token-id'), r]));
  const names = new Map([...byId].map(([id, r]) => [id, r.querySelector('.token-name').firstChild]));
  // The first three tokens filtered out: every other row moves up three places.
  table.update(whole(all.slice(3)), 'x');
  const after = allByTestId(root, 'token-row');
  assert.deepEqual(after.slice(0, 3).map((r) => r.getAttribute('data-token-id')), ['4', '5', '6']);
  for (const r of after) {
    const id = r.getAttribute('data-token-id');
    if (!byId.has(id)) continue;
    assert.equal(r, byId.get(id), `token ${id} kept its row`);
    assert.equal(r.querySelector('.token-name').firstChild, names.get(id), `token ${id}: its text node untouched`);
  }
  assert.equal(after.filter((r) => !byId.has(r.getAttribute('data-token-id'))).length, 3, 'three rows came in');
  // Back: the three come back on top, the rest move down.
  table.update(whole(all), '');
  assert.deepEqual(allByTestId(root, 'token-row').slice(0, 4).map((r) => r.getAttribute('data-token-id')), ['1', '2', '3', '4']);
  assert.equal(allByTestId(root, 'token-row')[3], byId.get('4'));
});

test('a focused row whose token is filtered out is replaced, not turned into the next token\'s row (focus moves, so it is announced)', () => {
  const { root, table } = mounted();
  const all = many(1000);
  table.update(whole(all), '');
  table.focusFirstRow();
  const focused = globalThis.document.activeElement;
  assert.equal(focused.getAttribute('data-token-id'), '1');
  table.update(whole(all.slice(1)), 'x');
  const now = globalThis.document.activeElement;
  assert.equal(now.getAttribute('data-token-id'), '2', 'focus stays in the list, on the row that took its place');
  assert.notEqual(now, focused, 'a new element took focus');
  assert.ok(focused.parentNode === null || focused.getAttribute('data-token-id') === '1', 'the old row never shows another token');
});

test('after the first paint, a filter keystroke reads no geometry (a read would force a layout before its writes)', async () => {
  const { root } = installDom();
  const frames = [];
  globalThis.requestAnimationFrame = (f) => frames.push(f);
  let reads = 0;
  const proto = Object.getPrototypeOf(root);
  proto.getBoundingClientRect = function rect() { reads += 1; return { top: 0, bottom: 30 }; };
  try {
    const table = createTokenTable({ now: () => NOW });
    root.appendChild(table.element);
    const all = many(10_000);
    table.update(whole(all), '');
    assert.equal(reads, 1, 'the first render reads where the viewport is');
    // The frame is painted; the table measures its rows after it.
    frames.splice(0).forEach((f) => f());
    await new Promise((r) => setTimeout(r, 5));
    reads = 0;
    table.update(whole(all.filter((tok) => tok.id.endsWith('7'))), '7');
    table.update(whole(all), '');
    assert.equal(reads, 0);
    assert.deepEqual(ids(root).slice(0, 2), ['1', '2']);
  } finally {
    delete globalThis.requestAnimationFrame;
    delete proto.getBoundingClientRect;
  }
});

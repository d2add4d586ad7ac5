// Whether the token table is wider than its box (ui/js/views/column-widths.js, watchOverflow): the
// attribute that pins the actions column to the box's right edge is on exactly while the
// table overflows, written only when that changes, and on for good where no width is seen.
import test from 'node:test';
import assert from 'node:assert/strict';
import { watchOverflow, OVERFLOW_ATTR } from '../../../ui/js/views/column-widths.js';

/** A table in a box `width` wide whose content needs `need` px; counts attribute writes. */
function world(width, need) {
  const attrs = new Map();
  const table = {
    writes: 0,
    setAttribute(k, v) { table.writes += 1; attrs.set(k, v); },
    removeAttribute(k) { table.writes += 1; attrs.delete(k); },
    hasAttribute: (k) => attrs.has(k),
  };
  const box = {
    hidden: false, width, need,
    get clientWidth() { return box.hidden ? 0 : box.width; },
    get scrollWidth() { return box.hidden ? 0 : Math.max(box.width, box.need); },
  };
  return { table, box, pinned: () => table.hasAttribute(OVERFLOW_ATTR) };
}

/** A ResizeObserver that calls back when told to, as WebKit does after a layout. */
function fakeObserver() {
  const seen = { observed: [], callbacks: [], disconnected: 0 };
  globalThis.ResizeObserver = class {
    constructor(cb) { seen.callbacks.push(cb); }
    observe(el) { seen.observed.push(el); }
    disconnect() { seen.disconnected += 1; }
  };
  return { seen, layout: () => { for (const cb of seen.callbacks) cb([]); } };
}

test('the actions are pinned exactly while the table is wider than its box', () => {
  const { seen, layout } = fakeObserver();
  try {
    const w = world(1000, 900);
    const watch = watchOverflow({ table: w.table, box: w.box });
    assert.deepEqual(seen.observed, [w.box, w.table], 'the box and the table are watched');
    layout();
    assert.equal(w.pinned(), false, 'a table that fits its box has nothing to pin');
    w.box.width = 700;
    layout();
    assert.equal(w.pinned(), true, 'narrower than the table: pinned');
    w.box.need = 650;
    layout();
    assert.equal(w.pinned(), false, 'the table fits again (shorter columns): not pinned');
    w.box.need = 800;
    layout();
    assert.equal(w.pinned(), true);
    w.box.hidden = true;
    layout();
    assert.equal(w.pinned(), false, 'the empty state: no box, nothing pinned');
    watch.stop();
    assert.equal(seen.disconnected, 1, 'stopped: no more callbacks');
  } finally {
    delete globalThis.ResizeObserver;
  }
});

test('a layout that changes nothing writes nothing (the rows change its height at every keystroke)', () => {
  const { layout } = fakeObserver();
  try {
    const w = world(1000, 900);
    watchOverflow({ table: w.table, box: w.box });
    for (let i = 0; i < 5; i += 1) layout();
    assert.equal(w.table.writes, 0);
    w.box.width = 600;
    for (let i = 0; i < 5; i += 1) layout();
    assert.equal(w.table.writes, 1, 'one write when it starts to overflow, none after');
  } finally {
    delete globalThis.ResizeObserver;
  }
});

test('where no width can be seen the actions are pinned for good', () => {
  delete globalThis.ResizeObserver;
  const w = world(1000, 900);
  const watch = watchOverflow({ table: w.table, box: w.box });
  assert.equal(w.pinned(), true, 'pinned looks the same at every width');
  watch.stop();
  assert.equal(w.pinned(), true);
});

test('where the width is not watched (off the page) the actions are pinned for good', () => {
  const { seen } = fakeObserver();
  try {
    const w = world(1000, 900);
    watchOverflow({ table: w.table, box: w.box, watch: false });
    assert.equal(w.pinned(), true);
    assert.deepEqual(seen.observed, [], 'nothing is observed');
  } finally {
    delete globalThis.ResizeObserver;
  }
});

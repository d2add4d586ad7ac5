// The token table's held column widths (ui/js/views/column-widths.js), against a small model
// of WebKit's table layout: each column is as wide as its rows need, or as the width its
// header cell was given when that is more, and the flexible column (Name) takes the rest.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createColumnWidths, HELD_ATTR } from '../../../ui/js/views/column-widths.js';

/** A header cell: `need` is what the rows in view need; `hidden` when the layout hides it. */
function cell(name, need) {
  const style = new Map();
  const th = {
    name, need, hidden: false, width: 0,
    style: {
      setProperty: (k, v) => style.set(k, v),
      removeProperty: (k) => style.delete(k),
      getPropertyValue: (k) => style.get(k) ?? '',
    },
    getClientRects: () => (th.hidden ? [] : [{}]),
    getBoundingClientRect: () => ({ width: th.width }),
  };
  return th;
}

/** A table of `needs` ({ name: px }), the first column the flexible one, in a box `width` wide. */
function world(needs, width = 1000) {
  const heads = Object.entries(needs).map(([n, w]) => cell(n, w));
  const attrs = new Map();
  const table = { isConnected: true, setAttribute: (k, v) => attrs.set(k, v), removeAttribute: (k) => attrs.delete(k),
    getAttribute: (k) => attrs.get(k) ?? null };
  const box = { hidden: false, clientWidth: width };
  /** Lays the columns out: the flexible one takes what the others leave. */
  function layout() {
    let used = 0;
    for (const th of heads.slice(1)) {
      const given = parseFloat(th.style.getPropertyValue('width')) || 0;
      th.width = th.hidden ? 0 : Math.max(th.need, given);
      used += th.width;
    }
    heads[0].width = box.clientWidth - used;
  }
  /** @type {(() => void)[]} */
  let frames = [];
  /** @type {any} */
  let observed = null;
  globalThis.requestAnimationFrame = (f) => { frames.push(f); return frames.length; };
  globalThis.ResizeObserver = class {
    constructor(cb) { this.cb = cb; }
    observe() { observed = this; }
    disconnect() { observed = null; }
  };
  /** A frame: layout, callbacks, paint; then the tasks queued from it. */
  async function frame() {
    layout();
    const now = frames;
    frames = [];
    for (const f of now) f();
    layout();
    await new Promise((ok) => setTimeout(ok, 0));
    await new Promise((ok) => setTimeout(ok, 0));
  }
  const widths = createColumnWidths({ table, box, headers: () => heads, flexible: heads[0] });
  const given = () => Object.fromEntries(heads.map((th) => [th.name, th.style.getPropertyValue('width')]));
  const at = () => Object.fromEntries(heads.map((th) => [th.name, th.width]));
  return { heads, table, box, widths, frame, given, at, resized: () => observed?.cb([]), observer: () => observed,
    byName: (n) => heads.find((th) => th.name === n) };
}

test('after the first paint every column but the flexible one keeps the width it was laid out at', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  assert.deepEqual(w.given(), { name: '', type: '120px', status: '200px', used: '90px' });
  assert.equal(w.table.getAttribute(HELD_ATTR), 'held');
  assert.ok(w.widths.held());
  assert.equal(w.at().name, 590, 'Name takes the rest');
});

test('rows that need less room leave every column where it was', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  const before = w.at();
  // A filter keystroke: the rows left need less.
  w.byName('type').need = 70;
  w.byName('status').need = 150;
  w.byName('used').need = 20;
  w.widths.rowsChanged();
  await w.frame();
  assert.deepEqual(w.at(), before);
  assert.deepEqual(w.given(), { name: '', type: '120px', status: '200px', used: '90px' });
});

test('a column whose rows need more grows at once and keeps that width when they go', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  // Last used answers arrive: longer texts than "…".
  w.byName('used').need = 140;
  w.widths.rowsChanged();
  await w.frame();
  assert.equal(w.at().used, 140, 'never narrower than its content');
  assert.equal(w.given().used, '140px');
  w.byName('used').need = 90;
  w.widths.rowsChanged();
  await w.frame();
  assert.equal(w.at().used, 140, 'kept once the wide rows are gone');
  assert.equal(w.at().name, 540);
});

test('a new width of the box lets the widths go at once, and they are held again after the paint', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  w.byName('type').need = 80;
  w.box.clientWidth = 800;
  w.resized();
  assert.deepEqual(w.given(), { name: '', type: '', status: '', used: '' }, 'let go before the frame is painted');
  assert.equal(w.table.getAttribute(HELD_ATTR), null);
  assert.ok(!w.widths.held());
  await w.frame();
  assert.deepEqual(w.given(), { name: '', type: '80px', status: '200px', used: '90px' }, 'laid out by the rows, then held');
  assert.ok(w.widths.held());
});

test('a box whose height changes (rows added or gone) keeps the widths', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  w.resized();
  assert.ok(w.widths.held());
  assert.equal(w.given().type, '120px');
});

test('a change of width seen only after a paint (no ResizeObserver call) lets the widths go too', async () => {
  const w = world({ name: 0, type: 120, status: 200, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  w.byName('type').need = 80;
  w.box.clientWidth = 900;
  w.widths.rowsChanged();
  await w.frame();
  assert.ok(!w.widths.held());
  await w.frame();
  assert.equal(w.given().type, '80px');
  assert.ok(w.widths.held());
});

test('a column that comes or goes (the checkboxes) lets the widths go until the next paint', async () => {
  const w = world({ name: 0, select: 40, type: 120, used: 90 });
  w.byName('select').hidden = true;
  w.widths.rowsChanged();
  await w.frame();
  assert.equal(w.given().select, '', 'a hidden column gets no width');
  w.byName('select').hidden = false;
  w.byName('type').need = 100;
  w.widths.release();
  assert.ok(!w.widths.held());
  assert.equal(w.given().type, '');
  await w.frame();
  assert.deepEqual(w.given(), { name: '', select: '40px', type: '100px', used: '90px' });
});

test('a column the layout hides (beside the docked panel) is counted out, and its showing again lets go', async () => {
  const w = world({ name: 0, created: 100, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  w.byName('created').hidden = true;
  w.widths.rowsChanged();
  await w.frame();
  assert.ok(!w.widths.held(), 'a column fewer: laid out again');
  await w.frame();
  assert.ok(w.widths.held());
  assert.equal(w.at().created, 0);
});

test('a hidden table (the empty state) is not measured, and keeps its widths for when rows come back', async () => {
  const w = world({ name: 0, type: 120, used: 90 });
  w.widths.rowsChanged();
  await w.frame();
  w.box.hidden = true;
  w.widths.rowsChanged();
  await w.frame();
  assert.ok(w.widths.held());
  assert.equal(w.given().type, '120px');
});

test('many renders before a paint look once; after stop nothing is looked at or observed', async () => {
  const w = world({ name: 0, type: 120 });
  let reads = 0;
  const read = w.byName('type').getBoundingClientRect;
  w.byName('type').getBoundingClientRect = () => { reads += 1; return read(); };
  for (let i = 0; i < 5; i += 1) w.widths.rowsChanged();
  await w.frame();
  assert.equal(reads, 1);
  w.widths.stop();
  assert.equal(w.observer(), null);
  w.widths.rowsChanged();
  await w.frame();
  assert.equal(reads, 1);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { createUsageColumn } from '../../../ui/js/views/usage-column.js';

function harness(answer = (ids) => ({ available: true, items: ids.map((id) => ({ tokenId: id, lastUsedAt: null, lastIp: null, source: 'server', localAction: null })) })) {
  const calls = [];
  const queued = [];
  let now = 0;
  let changes = 0;
  const column = createUsageColumn({
    ipc: { usageLastUsed: async (ids) => { calls.push(ids); return answer(ids); } },
    onChange: () => { changes += 1; },
    clock: () => now,
    timers: { setTimeout: (f) => { queued.push(f); return queued.length; } },
  });
  const run = async () => { while (queued.length) { await queued.shift()(); } };
  /** One gathering period passes. */
  run.step = async () => { const f = queued.shift(); if (f) await f(); };
  return { column, calls, run, advance: (ms) => { now += ms; }, changes: () => changes };
}

test('rows rendered together are asked for in one call, and not again for ten minutes', async () => {
  const h = harness();
  h.column.want(['1', '2']);
  h.column.want(['2', '3']);
  await h.run();
  assert.deepEqual(h.calls, [['1', '2', '3']]);
  assert.equal(h.column.get('3').source, 'server');
  assert.equal(h.changes(), 1);
  h.column.want(['1', '2', '3']);
  await h.run();
  assert.equal(h.calls.length, 1, 'answered rows are not asked again at once');
  h.advance(10 * 60 * 1000);
  h.column.want(['1']);
  await h.run();
  assert.deepEqual(h.calls[1], ['1']);
});

test('while rows keep being rendered (typing, scrolling) the call waits for a pause, a few gathering periods at most', async () => {
  const h = harness();
  h.column.want(['1']);
  // Each keystroke renders new rows before the gathering period ends.
  for (const id of ['2', '3']) {
    h.column.want([id]);
    await h.run.step();
    assert.equal(h.calls.length, 0, 'no call while rows keep coming');
  }
  await h.run();
  assert.deepEqual(h.calls, [['1', '2', '3']]);
  // Rows rendered without end still get their answers: after at most four waits.
  h.advance(10 * 60 * 1000);
  h.column.want(['a']);
  let steps = 0;
  while (h.calls.length === 1) { h.column.want([`x${steps}`]); await h.run.step(); steps += 1; }
  assert.ok(steps <= 5, `asked after ${steps} periods`);
});

test('the same rows drawn again (the start: cached list, account, refresh) do not delay the call', async () => {
  const h = harness();
  h.column.want(['1', '2']);
  h.column.want(['1', '2']);
  h.column.want(['2', '1']);
  await h.run.step();
  assert.deepEqual(h.calls, [['1', '2']]);
});

test('a list of 10,000 rows is asked for in batches of at most 200, never one call per row', async () => {
  const h = harness();
  h.column.want(Array.from({ length: 10_000 }, (_, i) => String(i)));
  await h.run();
  assert.equal(h.calls.length, 50);
  assert.ok(h.calls.every((c) => c.length <= 200));
});

test('a server without usage is said once; a failed call is asked again later', async () => {
  const h = harness(() => ({ available: false, items: [] }));
  h.column.want(['1']);
  await h.run();
  assert.equal(h.column.available(), false);
  let fail = true;
  const calls = [];
  const queued = [];
  const column = createUsageColumn({
    ipc: { usageLastUsed: async (ids) => { calls.push(ids); if (fail) throw new Error('offline'); return { available: true, items: [] }; } },
    onChange: () => {},
    timers: { setTimeout: (f) => { queued.push(f); } },
  });
  column.want(['9']);
  while (queued.length) await queued.shift()();
  fail = false;
  column.want(['9']);
  while (queued.length) await queued.shift()();
  assert.equal(calls.length, 2);
});

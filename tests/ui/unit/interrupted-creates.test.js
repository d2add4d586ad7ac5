import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush } from './fake-dom.js';
import { showInterruptedCreates } from '../../../ui/js/views/interrupted-creates.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const LOST = { id: 3, name: 'Deploy <b>bot</b>', outcome: 'keyLost', tokenId: '42',
  message: 'Scriptix Keys was interrupted while creating “Deploy <b>bot</b>”. The token exists but its key never reached this device — delete it?' };
const NOT = { id: 4, name: 'Nightly', outcome: 'notCreated', tokenId: null,
  message: 'Scriptix Keys was interrupted while creating “Nightly”. The token was not created; nothing changed on Scriptix.' };

function setup({ found = [LOST, NOT], resolve, canManage = true } = {}) {
  const { root } = installDom();
  const calls = [];
  let refreshes = 0;
  const left = [];
  const ipc = {
    createsResume: async () => { calls.push('resume'); if (found instanceof Error) throw found; return found; },
    createInterruptedResolve: async (a) => { calls.push(a); return resolve(a); },
  };
  const deps = { ipc, host: root, canManage: () => canManage, refresh: () => { refreshes += 1; }, leave: (m) => left.push(m) };
  return { root, calls, deps, refreshes: () => refreshes, left };
}

test('each interrupted create gets a banner with its message as text; only a lost key asks "Delete it" / "Keep it"', async () => {
  const { root, deps } = setup({ resolve: () => ({ done: true, message: '' }) });
  assert.equal(await showInterruptedCreates(deps), 2);
  const banners = allByTestId(root, 'interrupted-create');
  assert.equal(banners.length, 2);
  assert.equal(banners[0].getAttribute('data-outcome'), 'keyLost');
  assert.equal(byTestId(banners[0], 'interrupted-create-text').textContent, LOST.message, 'names the token, as text');
  assert.equal(byTestId(banners[0], 'interrupted-create-delete').textContent, 'Delete it');
  assert.equal(byTestId(banners[0], 'interrupted-create-keep').textContent, 'Keep it');
  assert.equal(byTestId(banners[1], 'interrupted-create-delete'), null, 'nothing to delete when nothing was created');
  byTestId(banners[1], 'interrupted-create-dismiss').click();
  assert.equal(allByTestId(root, 'interrupted-create').length, 1);
});

test('"Delete it" deletes through Rust, says so and refreshes the list; nothing is deleted before the click', async () => {
  const { root, calls, deps, refreshes } = setup({ found: [LOST], resolve: () => ({ done: true, message: 'Deleted “Deploy <b>bot</b>” on Scriptix.' }) });
  await showInterruptedCreates(deps);
  assert.deepEqual(calls, ['resume']);
  byTestId(root, 'interrupted-create-delete').click();
  await flush();
  assert.deepEqual(calls, ['resume', { id: 3, delete: true }]);
  assert.equal(byTestId(root, 'interrupted-create-text').textContent, 'Deleted “Deploy <b>bot</b>” on Scriptix.');
  assert.equal(byTestId(root, 'interrupted-create').getAttribute('data-outcome'), 'deleted');
  assert.equal(byTestId(root, 'interrupted-create-delete'), null);
  assert.equal(refreshes(), 1);
});

test('"Keep it" keeps the token; a failed delete keeps the question open', async () => {
  let fail = true;
  const { root, calls, deps, refreshes } = setup({ found: [LOST], resolve: (a) => (a.delete && fail
    ? { done: false, message: 'Could not delete “Deploy <b>bot</b>”: Scriptix is not reachable.' }
    : { done: true, message: 'Kept “Deploy <b>bot</b>”.' }) });
  await showInterruptedCreates(deps);
  byTestId(root, 'interrupted-create-delete').click();
  await flush();
  assert.match(byTestId(root, 'interrupted-create-text').textContent, /^Could not delete/);
  assert.equal(byTestId(root, 'interrupted-create-delete').disabled, false, 'can try again');
  byTestId(root, 'interrupted-create-keep').click();
  await flush();
  assert.deepEqual(calls.slice(1), [{ id: 3, delete: true }, { id: 3, delete: false }]);
  assert.equal(byTestId(root, 'interrupted-create').getAttribute('data-outcome'), 'kept');
  assert.equal(refreshes(), 0);
  fail = false;
});

test('a viewer is told but not offered a delete; a failed resume shows nothing and an ended session leaves', async () => {
  const viewer = setup({ found: [LOST], canManage: false, resolve: () => ({}) });
  await showInterruptedCreates(viewer.deps);
  assert.equal(byTestId(viewer.root, 'interrupted-create-delete'), null);
  assert.ok(byTestId(viewer.root, 'interrupted-create-dismiss'));
  const offline = setup({ found: Object.assign(new Error('x'), { kind: 'network', message: 'offline' }), resolve: () => ({}) });
  assert.equal(await showInterruptedCreates(offline.deps), 0);
  assert.equal(allByTestId(offline.root, 'interrupted-create').length, 0);
  const ended = setup({ found: Object.assign(new Error('x'), { kind: 'unauthorized', message: 'Sign in again.' }), resolve: () => ({}) });
  await showInterruptedCreates(ended.deps);
  assert.deepEqual(ended.left, ['Sign in again.']);
});

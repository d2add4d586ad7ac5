import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush } from './fake-dom.js';
import { openAttachDialog } from '../../../ui/js/views/attach-dialog.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const TOKEN = { id: '7', name: 'Made on the website', type: 'batch', createdAt: null, expiresAt: null,
  expirySource: 'unknown', status: 'unknown', hasLocalKey: false, notes: null };
const CHECK = { outcome: 'checked', result: 'forbidden', tokenType: 'batch', title: 'This key is of the other type', explanation: 'x',
  nextStep: null, code: 'WRONG_KEY_TYPE', retryAfterSeconds: null, vaultMatch: null, warnings: [] };

test('a refused key shows the reason and Scriptix’s answer, and nothing counts as attached', async () => {
  const { root } = installDom();
  const calls = [];
  let attached = 0;
  openAttachDialog({ host: root, token: TOKEN, onAttached: () => { attached += 1; },
    ipc: { keyAttach: async (a) => { calls.push(a); return { outcome: 'refused', reason: 'This is not a batch key: … Nothing was stored.', check: CHECK }; } } });
  byTestId(root, 'attach-input').value = 'sk_live_other';
  byTestId(root, 'attach-submit').click(); await flush();
  assert.deepEqual(calls, [{ tokenId: '7', key: 'sk_live_other', force: false }]);
  assert.equal(byTestId(root, 'attach-refused').textContent, 'This is not a batch key: … Nothing was stored.');
  assert.equal(byTestId(root, 'check-result').getAttribute('data-result'), 'forbidden');
  assert.equal(attached, 0);
});

test('warnings send nothing until "Check anyway"; an attached key empties the input and refreshes the list', async () => {
  const { root } = installDom();
  const calls = [];
  let attached = 0;
  openAttachDialog({ host: root, token: TOKEN, onAttached: () => { attached += 1; },
    ipc: { keyAttach: async (a) => { calls.push(a);
      return a.force ? { outcome: 'attached', check: { ...CHECK, result: 'valid' } }
        : { outcome: 'warnings', warnings: [{ code: 'wrongLength', message: 'Scriptix keys are 48 characters; this is 12.' }] }; } } });
  byTestId(root, 'attach-input').value = 'sk_live_abcd';
  byTestId(root, 'attach-submit').click(); await flush();
  assert.equal(byTestId(root, 'attach-warnings').hidden, false);
  byTestId(root, 'attach-force').click(); await flush();
  assert.deepEqual(calls.map((c) => c.force), [false, true]);
  assert.match(byTestId(root, 'attach-done').textContent, /Attached/);
  assert.equal(byTestId(root, 'attach-input').value, '', 'the key is not kept in the dialog');
  assert.equal(attached, 1);
  assert.equal(byTestId(root, 'attach-close').textContent, 'Close');
});

// The key-check result and dialogs speak the language in use: the report's coded texts
// (title, explanation, next step from Rust's `coded`) and the dialog's own text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush } from './fake-dom.js';
import { el } from '../../../ui/js/lib/dom.js';
import { renderCheckResult, openKeyCheckDialog } from '../../../ui/js/views/key-check.js';
import { vaultMatchText, retryText } from '../../../ui/js/lib/keycheck.js';
import { useLanguage } from './catalogue.js';

const forbidden = (over = {}) => ({
  outcome: 'checked', result: 'forbidden', tokenType: 'realtime', code: 'NO_RT', retryAfterSeconds: null, vaultMatch: null, warnings: [],
  title: 'The key works, but may not make this check',
  explanation: 'Scriptix recognised the key but refused the realtime check. It may be a batch key, or a key without permission for realtime transcription.',
  nextStep: 'If this is a batch key, check it as a batch key. Otherwise ask an administrator of your Scriptix organisation what the key may do.',
  coded: {
    title: { code: 'keycheck-forbidden-title', args: {} },
    explanation: { code: 'keycheck-forbidden-explanation', args: { kind: 'realtime', other: 'batch' } },
    nextStep: { code: 'keycheck-forbidden-next', args: { other: 'batch' } },
  },
  ...over,
});

test('a check result shows its coded texts in Dutch, with the dialog\'s own words', () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    const box = el('div');
    root.appendChild(box);
    renderCheckResult(box, forbidden({ retryAfterSeconds: 30 }));
    assert.equal(byTestId(box, 'check-result-title').textContent, 'De sleutel werkt, maar mag deze controle niet doen');
    assert.equal(byTestId(box, 'check-result-explanation').textContent,
      'Scriptix herkende de sleutel, maar weigerde de realtime-controle. Misschien is het een batch-sleutel, of een sleutel zonder toestemming voor realtime-transcriptie.');
    assert.match(byTestId(box, 'check-result-next').textContent, /^Wat te doen: Is dit een batch-sleutel, controleer hem dan als batch-sleutel\./);
    assert.equal(byTestId(box, 'check-result-retry').textContent, 'Scriptix vraagt 30 s te wachten voordat je opnieuw controleert.');
    assert.equal(byTestId(box, 'check-result-vault').textContent, 'Deze sleutel is niet op dit apparaat opgeslagen.');
    assert.match(box.textContent, /Scriptix-code: NO_RT/);
    assert.equal(vaultMatchText({ tokenId: '7', name: 'Prod' }), 'Dit is de sleutel van “Prod” die op dit apparaat is opgeslagen.');
    assert.equal(retryText(300), 'Scriptix vraagt 5 min te wachten voordat je opnieuw controleert.');
  } finally {
    useLanguage('en');
  }
});

test('a check result whose code this window does not know (or an older core without codes) keeps the English texts', () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    const box = el('div');
    root.appendChild(box);
    renderCheckResult(box, forbidden({ coded: { title: { code: 'keycheck-newer-title', args: {} },
      explanation: { code: 'keycheck-forbidden-explanation', args: { kind: 'realtime', other: 'batch' } }, nextStep: null } }));
    assert.equal(byTestId(box, 'check-result-title').textContent, 'The key works, but may not make this check');
    assert.match(byTestId(box, 'check-result-explanation').textContent, /^Scriptix herkende/);
    assert.match(byTestId(box, 'check-result-next').textContent, /If this is a batch key/);
    const old = el('div');
    root.appendChild(old);
    const { coded, ...withoutCodes } = forbidden();
    assert.ok(coded);
    renderCheckResult(old, withoutCodes);
    assert.equal(byTestId(old, 'check-result-title').textContent, 'The key works, but may not make this check');
  } finally {
    useLanguage('en');
  }
});

test('in English the dialog reads exactly as before', async () => {
  useLanguage('en');
  const { root } = installDom();
  openKeyCheckDialog({ host: root, ipc: { keyCheck: async () => forbidden() } });
  assert.match(root.textContent, /Check a key/);
  assert.match(root.textContent, /Paste the key an integration uses\. It is sent to Scriptix only to ask whether it works, and is not saved\./);
  byTestId(root, 'keycheck-input').value = 'sk_live_abc';
  byTestId(root, 'keycheck-submit').click();
  await flush();
  assert.equal(byTestId(root, 'check-result-title').textContent, 'The key works, but may not make this check');
  assert.equal(byTestId(root, 'check-result-next').textContent,
    'What to do: If this is a batch key, check it as a batch key. Otherwise ask an administrator of your Scriptix organisation what the key may do.');
  assert.match(root.textContent, /Scriptix code: NO_RT/);
});

test('the warnings about a pasted key show in Dutch from their codes, else in English', async () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    openKeyCheckDialog({ host: root, ipc: { keyCheck: async () => ({ outcome: 'warnings', warnings: [
      { code: 'innerWhitespace', message: 'The key has a space inside it (after character 10). Keys never contain spaces: it was probably split when it was copied.',
        coded: { code: 'keycheck-warning-space', args: { after: 10 } } },
      { code: 'wrongLength', message: 'An English sentence from a newer core.', coded: { code: 'keycheck-warning-from-the-future', args: {} } },
    ] }) } });
    byTestId(root, 'keycheck-input').value = 'sk_live_abc def';
    byTestId(root, 'keycheck-submit').click();
    await flush();
    const shown = root.querySelectorAll('[data-testid="keycheck-warning"]').map((li) => li.textContent);
    assert.deepEqual(shown, [
      'De sleutel bevat een spatie (na teken 10). Sleutels bevatten nooit spaties: hij is waarschijnlijk gesplitst bij het kopiëren.',
      'An English sentence from a newer core.',
    ]);
    assert.equal(byTestId(root, 'keycheck-force').textContent, 'Toch controleren');
  } finally {
    useLanguage('en');
  }
});

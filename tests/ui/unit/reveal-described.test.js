// The key reveal for a screen reader: the dialog is described by what it says of the key,
// and a first Close of a key not yet kept is a caution on Copy (Orca 43 reads no alert in
// WebKitGTK; tests/tests/journeys/screen_reader.rs checks what it says).
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, flush } from './fake-dom.js';
import { openRevealDialog } from '../../../ui/js/views/reveal-dialog.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const NOW = new Date('2026-11-27T10:00:00Z');
const TOKEN = { id: '7', name: 'Production transcription', type: 'batch', createdAt: NOW.toISOString(),
  expiresAt: '2027-11-27T10:00:00Z', expirySource: 'server', status: 'active', hasLocalKey: true };

test('the reveal is described by what it says of the key; a first Close of an unsaved key puts focus on Copy, described by the caution', async () => {
  /** The text of the elements an aria-describedby names, as a screen reader joins them. */
  const described = (root, n) => (n.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? `(no #${id})`).join(' ');
  const open = (vaultSaved, onClosed = () => {}) => {
    const { root } = installDom();
    openRevealDialog({ ipc: { keyCopy: async () => ({ clearsInSeconds: 30 }), revealClose: async () => null },
      host: root, result: { token: TOKEN, key: 'sk_live_SECRET', vaultSaved, vaultMessage: 'Vault locked.' },
      clipboard: { copied: () => {}, place: () => {} }, onClosed });
    return root;
  };
  const saved = open(true);
  assert.equal(described(saved, byTestId(saved, 'reveal-dialog')),
    'Scriptix will never show this key again. This device keeps a copy in its system vault, so you can copy it from the token list later.');

  let closed = 0;
  const root = open(false, () => { closed += 1; });
  const dialog = byTestId(root, 'reveal-dialog');
  // The warning by its parts (WebKitGTK leaves a role=alert element out of a description).
  assert.equal(described(root, dialog), '⚠ Not saved on this device Vault locked. Copy the key now and keep it somewhere safe, such as your password manager. Scriptix will never show it again.');
  assert.ok(!dialog.getAttribute('aria-describedby').split(' ').includes(byTestId(root, 'reveal-vault-warning').id ?? ''));
  const copy = byTestId(root, 'reveal-copy');
  assert.equal(described(root, copy), '');
  byTestId(root, 'reveal-close').click(); await flush();
  assert.equal(closed, 0, 'the first Close only cautions');
  assert.equal(byTestId(root, 'reveal-close-caution').hidden, false);
  assert.equal(root.ownerDocument.activeElement, copy, 'focus on Copy, the way out');
  assert.match(described(root, copy), /^You have not copied the key, and it is not saved on this device\./);
  assert.equal(byTestId(root, 'reveal-close').textContent, 'Close anyway');
  copy.click(); await flush();
  assert.equal(byTestId(root, 'reveal-close-caution').hidden, true, 'copied: no caution');
  assert.equal(described(root, copy), '', 'and Copy no longer says it');
  byTestId(root, 'reveal-close').click(); await flush();
  assert.equal(closed, 1, 'closes');
});

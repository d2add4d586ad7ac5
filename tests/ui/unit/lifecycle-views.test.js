import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent, deferred } from './fake-dom.js';
import { AppError } from '../../../ui/js/ipc.js';
import { openCreateDialog, BUSY_SHOWN_AFTER_MS } from '../../../ui/js/views/create-dialog.js';
import { openRevealDialog } from '../../../ui/js/views/reveal-dialog.js';
import { createDeleteFlow } from '../../../ui/js/views/delete-flow.js';
import { createClipboardStatus } from '../../../ui/js/views/clipboard-status.js';
import { openHowtoPanel } from '../../../ui/js/views/howto-panel.js';
import { useLanguage } from './catalogue.js';
import { el } from '../../../ui/js/lib/dom.js';

useLanguage('en');

const NOW = new Date('2026-11-27T10:00:00Z');
const TOKEN = { id: '7', name: 'Production transcription', type: 'batch', createdAt: NOW.toISOString(),
  expiresAt: '2027-11-27T10:00:00Z', expirySource: 'server', status: 'active', hasLocalKey: true };
const submitForm = (root) => { let f = byTestId(root, 'create-name'); while (f.tagName !== 'FORM') f = f.parentNode; f.dispatchEvent(makeEvent('submit')); };

function create(tokenCreate, extra = {}) {
  const { root } = installDom();
  const calls = [];
  const results = [];
  openCreateDialog({ ipc: { tokenCreate: async (a) => { calls.push(a); return tokenCreate(a); } }, host: root,
    existingNames: ['Staging'], now: NOW, tokenLimit: 50, onResult: (r) => results.push(r), onUnauthorized: () => {}, ...extra });
  return { root, calls, results };
}

test('an invalid name is refused under the field before any call', async () => {
  const { root, calls } = create(async () => ({ outcome: 'created' }));
  byTestId(root, 'create-name').value = 'Prod\u202Euction';
  submitForm(root);
  await flush();
  assert.deepEqual(calls, []);
  assert.match(byTestId(root, 'create-name-error').textContent, /text-direction character \(U\+202E\)/);
  assert.equal(byTestId(root, 'create-name').getAttribute('aria-invalid'), 'true');
});

test('a valid form sends the trimmed name, type and years; a duplicate is only warned about', async () => {
  const { root, calls, results } = create(async () => ({ outcome: 'created', token: TOKEN, key: 'k', vaultSaved: true, vaultMessage: null }));
  const name = byTestId(root, 'create-name');
  name.value = '  staging ';
  name.dispatchEvent(makeEvent('input'));
  assert.match(byTestId(root, 'create-name-warning').textContent, /^You already have a token named “staging”/);
  assert.equal(byTestId(root, 'create-expiry-date').textContent, 'Expires on 27 Nov 2027');
  const rt = byTestId(root, 'create-type-realtime');
  byTestId(root, 'create-type-batch').checked = false; rt.checked = true; rt.dispatchEvent(makeEvent('change'));
  assert.equal(byTestId(root, 'create-realtime-note').hidden, false);
  const five = byTestId(root, 'create-expiry-5');
  byTestId(root, 'create-expiry-1').checked = false; five.checked = true; five.dispatchEvent(makeEvent('change'));
  assert.equal(byTestId(root, 'create-expiry-date').textContent, 'Expires on 27 Nov 2031');
  submitForm(root);
  await flush();
  assert.deepEqual(calls, [{ name: 'staging', tokenType: 'realtime', expirationYears: 5 }]);
  assert.equal(results[0].outcome, 'created');
  assert.equal(byTestId(root, 'create-dialog'), null, 'the create dialog closed');
});

test('the key reveal takes the create dialog’s place (its open element, so the window stays modal), and closing it returns focus to New token', async () => {
  const { root } = installDom();
  const opener = el('button', { type: 'button', 'data-testid': 'new-token' }, 'New token');
  root.appendChild(opener);
  opener.focus();
  /** @type {any[]} */
  let dialogs = [];
  let closedCreate = 0;
  openCreateDialog({ ipc: { tokenCreate: async () => ({ outcome: 'created', token: TOKEN, key: 'k', vaultSaved: true, vaultMessage: null }) },
    host: root, existingNames: [], now: NOW, tokenLimit: null, onUnauthorized: () => {}, onClose: () => { closedCreate += 1; },
    onResult: (result) => {
      openRevealDialog({ ipc: { keyCopy: async () => ({ clearsInSeconds: 30 }), revealClose: async () => null }, host: root,
        result: /** @type {any} */ (result), clipboard: { copied: () => {}, place: () => {} }, onClosed: () => {} });
    } });
  const element = root.querySelector('dialog');
  assert.equal(element?.getAttribute('data-testid'), 'create-dialog');
  byTestId(root, 'create-name').value = 'Podcast ingest';
  submitForm(root);
  await flush();
  dialogs = root.querySelectorAll('dialog');
  assert.deepEqual(dialogs, [element], 'the create dialog’s element, still open, is the reveal');
  assert.equal(element?.open, true);
  assert.equal(element?.getAttribute('data-testid'), 'reveal-dialog');
  assert.equal(byTestId(root, 'create-dialog'), null);
  assert.equal(byTestId(root, 'create-name'), null, 'none of the create form is left');
  assert.equal(closedCreate, 1);
  assert.equal(root.ownerDocument.activeElement.getAttribute('data-testid'), 'reveal-copy');
  byTestId(root, 'reveal-close').click(); await flush();
  assert.equal(byTestId(root, 'reveal-dialog'), null);
  assert.equal(root.ownerDocument.activeElement, opener);
});

test('a create ignores a second click at once, and says "Creating…" only when the answer is slow', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let answer = deferred();
  const { root, calls, results } = create(() => answer.promise);
  const createButton = byTestId(root, 'create-submit');
  const cancel = byTestId(root, 'create-cancel');
  byTestId(root, 'create-name').value = 'Slow ingest';
  createButton.click(); await flush();
  createButton.click(); submitForm(root); cancel.click(); await flush();
  assert.equal(calls.length, 1, 'one request, whatever is clicked meanwhile');
  assert.ok(byTestId(root, 'create-dialog'), 'Cancel does nothing while the create is under way');
  assert.equal(createButton.textContent, 'Create token', 'a quick answer is not preceded by a busy state');
  assert.equal(cancel.disabled, false);
  t.mock.timers.tick(BUSY_SHOWN_AFTER_MS);
  assert.equal(createButton.textContent, 'Creating…');
  assert.equal(createButton.getAttribute('aria-busy'), 'true');
  assert.equal(cancel.disabled, true);
  answer.reject(new AppError('quota', 'Too many requests.'));
  await flush();
  assert.equal(createButton.textContent, 'Create token', 'back to idle after a refusal');
  assert.equal(cancel.disabled, false);

  // Answered before the busy state was due: it never shows, not even later.
  answer = deferred();
  createButton.click(); await flush();
  answer.resolve({ outcome: 'created', token: TOKEN, key: 'k', vaultSaved: true, vaultMessage: null });
  await flush();
  assert.equal(results.length, 1);
  t.mock.timers.tick(BUSY_SHOWN_AFTER_MS * 2);
  assert.equal(createButton.textContent, 'Create token');
  assert.equal(createButton.getAttribute('aria-busy'), null);
});

test('a server name error lands under the name; limitReached and forbidden say what to do', async () => {
  let err = new AppError('invalidInput', 'Scriptix says this name is taken.', 'name');
  const { root } = create(async () => { throw err; });
  byTestId(root, 'create-name').value = 'x';
  submitForm(root); await flush();
  assert.equal(byTestId(root, 'create-name-error').textContent, 'Scriptix says this name is taken.');
  err = new AppError('limitReached', 'Limit reached.');
  submitForm(root); await flush();
  assert.match(byTestId(root, 'create-error').textContent, /limit of 50 tokens.*Delete tokens you no longer use/);
  err = new AppError('forbidden', 'No.');
  submitForm(root); await flush();
  assert.match(byTestId(root, 'create-error').textContent, /Developer role/);
});

test('a quota refusal (402) is explained as the plan, not as the token limit', async () => {
  const err = new AppError('quota', "Your Scriptix plan's quota is used up. Upgrade the plan or contact Scriptix support.");
  const { root } = create(async () => { throw err; });
  byTestId(root, 'create-name').value = 'x';
  submitForm(root); await flush();
  const text = byTestId(root, 'create-error').textContent;
  assert.match(text, /plan/);
  assert.match(text, /Upgrade the plan or contact Scriptix support/);
  assert.doesNotMatch(text, /token limit|limit of \d+ tokens|Delete tokens/);
});

test('"not created" stays in the dialog and Try again re-submits', async () => {
  let n = 0;
  const { root, calls } = create(async () => { n += 1; return n === 1 ? { outcome: 'notCreated', message: 'Connection dropped.' } : { outcome: 'created', token: TOKEN, key: 'k', vaultSaved: true, vaultMessage: null }; });
  byTestId(root, 'create-name').value = 'CI';
  submitForm(root); await flush();
  assert.match(byTestId(root, 'create-error').textContent, /Connection dropped\./);
  assert.equal(byTestId(root, 'create-retry').hidden, false);
  byTestId(root, 'create-retry').click(); await flush();
  assert.equal(calls.length, 2);
  assert.equal(byTestId(root, 'create-dialog'), null);
});

test('Esc cancels the create dialog but cannot dismiss the reveal; closing the reveal removes the key', async () => {
  const { root } = create(async () => ({}));
  const cancel = makeEvent('cancel');
  byTestId(root, 'create-dialog').dispatchEvent(cancel);
  assert.equal(cancel.defaultPrevented, true);
  assert.equal(byTestId(root, 'create-dialog'), null);

  const calls = [];
  const copied = [];
  let closed = 0;
  openRevealDialog({ ipc: { keyCopy: async (id, f) => { calls.push(['copy', id, f]); return { clearsInSeconds: 30 }; }, revealClose: async () => { calls.push(['close']); return null; } },
    host: root, result: { token: TOKEN, key: 'sk_live_SECRET', vaultSaved: false, vaultMessage: 'Vault locked.' },
    clipboard: { copied: (s) => copied.push(s), place: () => {} }, onClosed: () => { closed += 1; } });
  const key = byTestId(root, 'reveal-key');
  assert.equal(key.textContent, 'sk_live_SECRET');
  assert.deepEqual([key.getAttribute('role'), key.getAttribute('aria-readonly'), key.getAttribute('aria-label'), key.getAttribute('tabindex')],
    ['textbox', 'true', 'The new API key', '0'], 'the key block is a named, focusable read-only text field');
  assert.match(byTestId(root, 'reveal-vault-warning').textContent, /Not saved on this device.*Vault locked\./);
  const esc = makeEvent('cancel');
  byTestId(root, 'reveal-dialog').dispatchEvent(esc);
  assert.equal(esc.defaultPrevented, true);
  assert.ok(byTestId(root, 'reveal-dialog'), 'still open after Esc');
  byTestId(root, 'reveal-copy-env').click(); await flush();
  assert.deepEqual(calls, [['copy', '7', 'env']]);
  assert.deepEqual(copied, [30]);
  byTestId(root, 'reveal-close').click(); await flush();
  assert.deepEqual(calls[1], ['close']);
  assert.equal(closed, 1);
  assert.equal(key.textContent, '', 'the key text is wiped');
  assert.equal(key.parentNode, null, 'and the node removed');
  assert.equal(byTestId(root, 'reveal-dialog'), null);
  assert.ok(!root.textContent.includes('sk_live_SECRET'));
});

test('a refused app close shows, in the open reveal, why the app stayed open; closing the reveal stops listening', async () => {
  const { root } = installDom();
  /** @type {(() => void) | null} */
  let refused = null;
  let stopped = 0;
  openRevealDialog({ ipc: { keyCopy: async () => ({ clearsInSeconds: 30 }), revealClose: async () => null,
    onCloseRefused: async (h) => { refused = h; return () => { stopped += 1; refused = null; }; } },
  host: root, result: { token: TOKEN, key: 'sk_live_SECRET', vaultSaved: false, vaultMessage: 'Vault locked.' },
  clipboard: { copied: () => {}, place: () => {} }, onClosed: () => {} });
  await flush();
  const notice = byTestId(root, 'reveal-close-refused');
  assert.equal(notice.hidden, true, 'nothing to say before a close was refused');
  refused();
  assert.equal(notice.hidden, false);
  assert.match(notice.textContent, /Scriptix Keys stayed open.*not saved on this device.*Copy it or save it with Export….*then close this dialog/);
  byTestId(root, 'reveal-copy').click(); await flush();
  byTestId(root, 'reveal-close').click(); await flush();
  assert.equal(byTestId(root, 'reveal-dialog'), null);
  assert.equal(stopped, 1, 'no longer listening once the key is gone');
});

test('bulk delete needs the typed count, then the native confirmation, then reports', async () => {
  const { root } = installDom();
  const seen = [];
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: (e) => seen.push(['error', e.kind]), onDone: (r) => seen.push(['done', r]),
    ipc: { confirmNative: async (o) => { seen.push(['ask', o.message]); return true; }, tokensDelete: async (ids) => { seen.push(['delete', ids]); return { results: [] }; } } });
  const toks = [TOKEN, { ...TOKEN, id: '8', name: 'B' }, { ...TOKEN, id: '9', name: 'C' }];
  await flow.deleteMany(toks);
  assert.equal(allByTestId(root, 'bulk-item').length, 3);
  const input = byTestId(root, 'bulk-count-input');
  const confirm = byTestId(root, 'bulk-confirm');
  input.value = '2'; input.dispatchEvent(makeEvent('input'));
  assert.equal(confirm.disabled, true);
  confirm.click(); await flush();
  assert.deepEqual(seen, []);
  input.value = '3'; input.dispatchEvent(makeEvent('input'));
  assert.equal(confirm.disabled, false);
  confirm.click(); await flush();
  assert.deepEqual(seen.map((s) => s[0]), ['ask', 'delete', 'done']);
  assert.match(seen[0][1], /^Delete 3 tokens\?/);
  assert.deepEqual(seen[1][1], ['7', '8', '9']);
});

test('a key used within the recent hours needs the extra confirmation before it is deleted', async () => {
  const { root } = installDom();
  const seen = [];
  const pre = { available: true, recentHours: 24, tokens: [{ id: '7', name: 'Production transcription', lastUsedAt: '2026-11-30T11:55:00Z', lastIp: '203.0.113.7', recent: true }] };
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: (e) => seen.push(['error', e]), onDone: (r) => seen.push(['done', r]),
    now: () => new Date('2026-11-30T12:00:00Z'),
    ipc: { tokensDeletePreflight: async (ids) => { seen.push(['preflight', ids]); return pre; },
      confirmNative: async (o) => { seen.push(['ask', o.message]); return true; },
      tokensDelete: async (ids, confirm) => { seen.push(['delete', ids, confirm]); return { results: [] }; } } });
  const done = flow.deleteOne(TOKEN);
  await flush();
  assert.match(seen[1][1], /Last used 5 minutes ago .* from 203\.0\.113\.7$/, 'the native confirmation says it');
  assert.match(byTestId(root, 'recent-use-warning').textContent, /Used within the last 24 hours/);
  assert.match(byTestId(root, 'recent-use-item').textContent, /203\.0\.113\.7/);
  const go = byTestId(root, 'recent-use-delete');
  assert.equal(go.disabled, true, 'locked until the box is ticked');
  go.click(); await flush();
  assert.ok(!seen.some((s) => s[0] === 'delete'));
  const box = byTestId(root, 'recent-use-confirm');
  box.checked = true; box.dispatchEvent(makeEvent('change'));
  go.click(); await done; await flush();
  assert.deepEqual(seen.find((s) => s[0] === 'delete'), ['delete', ['7'], true]);
});

test('keeping a key in use deletes nothing; a key not in use needs no extra step', async () => {
  const { root } = installDom();
  const seen = [];
  let recent = true;
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: () => {}, onDone: () => seen.push('done'),
    ipc: { tokensDeletePreflight: async () => ({ available: true, recentHours: 24, tokens: [{ id: '7', name: 'P', lastUsedAt: '2026-11-01T00:00:00Z', lastIp: null, recent }] }),
      confirmNative: async () => true, tokensDelete: async (ids, confirm) => { seen.push(['delete', confirm]); return { results: [] }; } } });
  const first = flow.deleteOne(TOKEN);
  await flush();
  byTestId(root, 'recent-use-cancel').click();
  await first; await flush();
  assert.deepEqual(seen, []);
  recent = false;
  await flow.deleteOne(TOKEN); await flush();
  assert.equal(byTestId(root, 'recent-use-dialog'), null);
  assert.deepEqual(seen, [['delete', false], 'done']);
});

test('the bulk preview shows when and from where each key was last used', async () => {
  const { root } = installDom();
  const pre = { available: true, recentHours: 24, tokens: [
    { id: '7', name: 'A', lastUsedAt: '2026-11-30T11:00:00Z', lastIp: '192.0.2.1', recent: true },
    { id: '8', name: 'B', lastUsedAt: null, lastIp: null, recent: false }] };
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: () => {}, onDone: () => {}, now: () => new Date('2026-11-30T12:00:00Z'),
    ipc: { tokensDeletePreflight: async () => pre, confirmNative: async () => true, tokensDelete: async () => ({ results: [] }) } });
  await flow.deleteMany([TOKEN, { ...TOKEN, id: '8', name: 'B' }]);
  const cells = allByTestId(root, 'bulk-last-used');
  assert.match(cells[0].textContent, /1 hour ago .* from 192\.0\.2\.1/);
  assert.equal(cells[0].getAttribute('data-recent'), 'true');
  assert.equal(cells[1].textContent, 'Never used');
});

test('a single delete the user declines natively deletes nothing', async () => {
  const { root } = installDom();
  const seen = [];
  const flow = createDeleteFlow({ host: root, onBusy: () => {}, onError: () => {}, onDone: () => seen.push('done'),
    ipc: { confirmNative: async (o) => { seen.push(o.message); return false; }, tokensDelete: async () => { seen.push('delete'); return { results: [] }; } } });
  await flow.deleteOne(TOKEN);
  assert.deepEqual(seen, ['Delete “Production transcription” (ID 7)? Integrations using this key stop working immediately. This cannot be undone.']);
});

test('the clipboard status counts down, restarts on a new copy and says when it was cleared', () => {
  installDom();
  let t = 0;
  let tick = null;
  const timers = { now: () => t, setInterval: (f) => { tick = f; return 1; }, clearInterval: () => { tick = null; }, setTimeout: () => 2, clearTimeout: () => {} };
  const c = createClipboardStatus({ timers });
  const shown = () => c.element.querySelector('.clipboard-text').textContent;
  c.copied(30);
  assert.equal(shown(), 'Copied. Clipboard clears in 30 s');
  t = 1000; tick();
  assert.match(shown(), /clears in 29 s$/);
  c.copied(10);
  assert.match(shown(), /clears in 10 s$/);
  c.cleared();
  assert.match(shown(), /Clipboard cleared$/);
  assert.equal(tick, null, 'the countdown stopped');
  c.copied(null);
  assert.match(shown(), /Copied$/);
});

test('the clipboard countdown is spoken at the start, at 10 s and at the end, never every second', () => {
  installDom();
  let t = 0;
  let tick = null;
  const timers = { now: () => t, setInterval: (f) => { tick = f; return 1; }, clearInterval: () => { tick = null; }, setTimeout: () => 2, clearTimeout: () => {} };
  const c = createClipboardStatus({ timers });
  assert.equal(c.element.getAttribute('role'), null, 'the ticking element is no live region');
  assert.equal(c.element.querySelector('.clipboard-text').getAttribute('aria-hidden'), 'true');
  const live = c.element.querySelector('[role="status"]');
  /** Every distinct text the live region held while the countdown ran. */
  const heard = [];
  const listen = () => { if (heard[heard.length - 1] !== live.textContent) heard.push(live.textContent); };
  c.copied(30);
  listen();
  for (let s = 1; s <= 31; s += 1) { t = s * 1000; tick(); listen(); }
  c.cleared();
  listen();
  assert.deepEqual(heard, ['Copied. Clipboard clears in 30 seconds', 'Clipboard clears in 10 seconds',
    'Clearing the clipboard', 'Clipboard cleared']);
});

test('the how-to panel never shows a key and copies snippets as plain text', async () => {
  const { root } = installDom();
  const written = [];
  openHowtoPanel({ host: root, token: { ...TOKEN, type: 'realtime' }, clipboardWrite: async (s) => { written.push(s); } });
  assert.match(byTestId(root, 'howto-snippet-curl').textContent, /api\/v4\/realtime\/status/);
  assert.match(byTestId(root, 'howto-note').textContent, /WebSocket/);
  byTestId(root, 'howto-copy-python').click(); await flush();
  assert.match(written[0], /os\.environ\["SCRIPTIX_API_TOKEN"\]/);
});

test('in Dutch, the clipboard status counts down and is spoken in Dutch', () => {
  installDom();
  useLanguage('nl');
  try {
    let t = 0;
    let tick = null;
    const timers = { now: () => t, setInterval: (f) => { tick = f; return 1; }, clearInterval: () => { tick = null; }, setTimeout: () => 2, clearTimeout: () => {} };
    const c = createClipboardStatus({ timers });
    c.copied(30);
    assert.equal(c.element.querySelector('.clipboard-text').textContent, 'Gekopieerd. Klembord wordt gewist over 30 s');
    assert.equal(c.element.querySelector('[role="status"]').textContent, 'Gekopieerd. Klembord wordt gewist over 30 seconden');
    c.copied(1);
    assert.equal(c.element.querySelector('[role="status"]').textContent, 'Gekopieerd. Klembord wordt gewist over 1 seconde');
    c.cleared();
    assert.equal(c.element.querySelector('.clipboard-text').textContent, 'Klembord gewist');
  } finally {
    useLanguage('en');
  }
});

test('in Dutch, the create dialog and the key reveal speak Dutch, with the date in Dutch', async () => {
  useLanguage('nl');
  try {
    const { root } = create(async () => { throw new AppError('limitReached', 'Limiet bereikt.'); });
    assert.equal(byTestId(root, 'create-submit').textContent, 'Token maken');
    assert.equal(byTestId(root, 'create-expiry-date').textContent, 'Verloopt op 27 nov 2027');
    byTestId(root, 'create-name').value = 'Productie';
    submitForm(root);
    await flush();
    assert.match(byTestId(root, 'create-error').textContent, /^Je organisatie heeft haar limiet van 50 tokens bereikt\./);
    const shown = installDom();
    openRevealDialog({ host: shown.root, ipc: { keyCopy: async () => ({ clearsInSeconds: 30 }), revealClose: async () => null },
      result: { token: TOKEN, key: 'sk_x', vaultSaved: false, vaultMessage: null },
      clipboard: { copied: () => {}, place: () => {} }, onClosed: () => {} });
    assert.equal(byTestId(shown.root, 'reveal-expiry').textContent, 'Verloopt op 27 nov 2027');
    assert.match(byTestId(shown.root, 'reveal-vault-warning').textContent, /^⚠ Niet opgeslagen op dit apparaat/);
    byTestId(shown.root, 'reveal-close').click();
    await flush();
    assert.equal(byTestId(shown.root, 'reveal-close').textContent, 'Toch sluiten');
  } finally {
    useLanguage('en');
  }
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { el, replace } from '../../../ui/js/lib/dom.js';
import { openRotationWizard, openRotationShowKey } from '../../../ui/js/views/rotation-wizard.js';
import { createExpiryWatch } from '../../../ui/js/views/expiry-watch.js';
import { useLanguage } from './catalogue.js';
import { NOW, iso, TOKEN, rot, clipboard, choose, wizardIpc } from './rotation-fixtures.js';

useLanguage('en');

/** The text of the elements `n`'s aria-describedby names, as a screen reader joins them. */
const described = (root, n) => (n.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? `(no #${id})`).join(' ');

test('one token: the plan sends name, years, grace and auto-delete; the key is revealed, copied by the new id, then wiped', async () => {
  const { root } = installDom();
  const calls = [];
  let changed = 0;
  openRotationWizard({ ipc: wizardIpc(calls, (id) => ({ rotation: rot({ id, state: 'retiring', newTokenId: '9', autoDelete: true }), key: 'sk_new' })),
    host: root, now: NOW, clipboard: clipboard(), tokens: [TOKEN], onChanged: () => { changed += 1; } });
  assert.equal(byTestId(root, 'rotation-name').value, 'Production (rotated 2026-11-27)');
  assert.equal(byTestId(root, 'rotation-grace-sevenDays').checked, true, 'seven days is the default');
  choose(root, 'rotation-expiry-2');
  byTestId(root, 'rotation-auto-delete').checked = true;
  byTestId(root, 'rotation-submit').click();
  await flush(10);
  assert.deepEqual(calls[0], ['plan', { tokenIds: ['7'], plan: { newName: 'Production (rotated 2026-11-27)', years: 2, grace: { kind: 'sevenDays' }, autoDelete: true } }]);
  assert.deepEqual(calls[1], ['advance', 'r1']);
  assert.equal(byTestId(root, 'rotation-reveal-key').textContent, 'sk_new');
  assert.equal(byTestId(root, 'rotation-vault-note') !== null, true);
  // The dialog is described by what the step says of the key (read with Copy's focus).
  assert.equal(described(root, byTestId(root, 'rotation-wizard')),
    'Scriptix will never show this key again. This device keeps a copy in its system vault, so you can copy it from the token list later.');
  byTestId(root, 'rotation-reveal-copy').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['copy', '9', 'raw']);
  byTestId(root, 'rotation-continue').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['revealClose']);
  assert.equal(byTestId(root, 'rotation-reveal-key'), null, 'the key left the DOM');
  assert.equal(byTestId(root, 'rotation-wizard').getAttribute('aria-describedby'), null, 'the summary is not described by the key');
  assert.match(byTestId(root, 'rotation-summary-text').textContent, /keeps working until .*deleted automatically\.$/);
  byTestId(root, 'rotation-done').click();
  assert.equal(changed, 2, 'once when the replacement exists (the list shows it behind the reveal), once on close');
  assert.equal(byTestId(root, 'rotation-wizard'), null);
});

test('a custom grace date in the past is refused before any call; emergency hides auto-delete', async () => {
  const { root } = installDom();
  const calls = [];
  openRotationWizard({ ipc: wizardIpc(calls, () => null), host: root, now: NOW, clipboard: clipboard(), tokens: [TOKEN], onChanged() {} });
  choose(root, 'rotation-grace-until');
  byTestId(root, 'rotation-grace-date').value = '2026-11-01';
  byTestId(root, 'rotation-submit').click();
  await flush();
  assert.deepEqual(calls, []);
  assert.match(byTestId(root, 'rotation-grace-error').textContent, /after today/);
  choose(root, 'rotation-grace-now');
  assert.equal(byTestId(root, 'rotation-emergency-note').hidden, false);
});

test('the vault refused the key: Continue waits for the acknowledgement; bulk reveals step "Key 2 of 2"', async () => {
  const { root } = installDom();
  const calls = [];
  openRotationWizard({ ipc: wizardIpc(calls, (id) => ({ rotation: rot({ id, state: id === 'r1' ? 'vaultFailed' : 'retiring', newTokenId: id === 'r1' ? '9' : '10' }), key: `k-${id}` })),
    host: root, now: NOW, clipboard: clipboard(), tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Staging' }], onChanged() {} });
  assert.equal(byTestId(root, 'rotation-name'), null, 'no name field for several tokens');
  assert.equal(allByTestId(root, 'rotation-plan-token').length, 2);
  byTestId(root, 'rotation-submit').click();
  await flush(10);
  assert.equal(byTestId(root, 'rotation-step').textContent, 'Key 1 of 2');
  assert.equal(byTestId(root, 'rotation-continue').disabled, true);
  // Described by the warning's title and why, not by the alert itself (WebKitGTK leaves it out).
  const wizard = byTestId(root, 'rotation-wizard');
  const warning = byTestId(root, 'rotation-vault-warning');
  assert.match(described(root, wizard), /^⚠ .+\S .+/);
  assert.equal(described(root, wizard), `${warning.children[0].textContent} ${warning.children[1].textContent}`);
  assert.ok(!wizard.getAttribute('aria-describedby').split(' ').includes(warning.id ?? ''));
  byTestId(root, 'rotation-ack').click();
  await flush();
  assert.equal(calls.some((c) => c[0] === 'ack'), false, 'the box must be ticked first');
  const box = byTestId(root, 'rotation-ack-check');
  box.checked = true; box.dispatchEvent(makeEvent('change'));
  byTestId(root, 'rotation-ack').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['ack', 'r1']);
  assert.equal(described(root, wizard), byTestId(root, 'rotation-ack-done').textContent);
  byTestId(root, 'rotation-continue').click();
  await flush(10);
  assert.equal(byTestId(root, 'rotation-step').textContent, 'Key 2 of 2');
  assert.equal(byTestId(root, 'rotation-reveal-key').textContent, 'k-r2');
  byTestId(root, 'rotation-verify').click();
  await flush();
  assert.equal(byTestId(root, 'check-result-title').textContent, 'This key works');
  byTestId(root, 'rotation-continue').click();
  await flush(10);
  assert.equal(allByTestId(root, 'rotation-summary-item').length, 2);
});

function watchSetup({ list, resume = [], badge, tokens = [TOKEN], more = (/** @type {string[]} */ _calls) => ({}) } = {}) {
  const { root, doc } = installDom();
  const calls = [];
  let refreshes = 0;
  const ipc = {
    rotationsList: async () => { calls.push('list'); return list(); },
    rotationsResume: async () => { calls.push('resume'); return resume; },
    rotationComplete: async (a) => { calls.push(`complete:${a.id}`); return rot({ id: a.id, state: 'done' }); },
    notificationsCheck: async () => { calls.push('notify'); return badge === undefined ? { sent: 0 } : { sent: 0, badge }; },
    ...more(calls),
  };
  const timers = { setInterval: () => 1, clearInterval() {} };
  const w = createExpiryWatch({ ipc, host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [30, 7], notifyExpiry: true },
    getTokens: () => tokens, refresh: async () => { refreshes += 1; }, rerender() {}, canManage: () => true, leave() {},
    now: () => new Date('2000-01-01T00:00:00Z'), clipboard: clipboard(), onExport() {}, timers, doc });
  root.appendChild(w.banners);
  root.appendChild(w.expiryButton);
  root.appendChild(w.expiryPanel);
  return { root, doc, w, calls, refreshes: () => refreshes };
}

test('after a load: resume once with a banner, auto-delete what is due by the core clock, and count the badge', async () => {
  const coreNow = new Date('2026-12-10T12:00:00Z');
  let state = 'retiring';
  const { root, doc, w, calls, refreshes } = watchSetup({
    list: () => ({ now: coreNow.toISOString(), rotations: [rot({ state, autoDelete: true, graceUntil: iso(7), newTokenId: '9' })] }),
    resume: [rot({ state: 'retiring' })],
  });
  await w.afterLoad();
  await flush();
  assert.deepEqual(calls.slice(0, 4), ['resume', 'list', 'complete:r1', 'notify']);
  assert.match(byTestId(root, 'resumed-banner-text').textContent, /^Resumed 1 rotation interrupted last time\.$/);
  assert.equal(byTestId(root, 'auto-deleted-banner-text').textContent, 'Deleted old token “Production” (grace period ended).');
  assert.equal(refreshes(), 1);
  state = 'done';
  await w.afterLoad();
  assert.equal(calls.filter((c) => c === 'resume').length, 1, 'resumed only once');
  assert.equal(calls.filter((c) => c.startsWith('complete')).length, 1);
  // TOKEN expires 20 days after NOW, which is before the core clock: expired → badge 1.
  assert.equal(byTestId(root, 'expiry-badge').textContent, '1');
  assert.equal(doc.title, 'API tokens — Scriptix Keys (1)');
  const button = byTestId(root, 'expiry-open');
  assert.equal(button.getAttribute('aria-label'), null, 'no label that differs from the visible text');
  assert.equal(button.textContent, 'Attention1 need attention', 'the name starts with what the button shows');
  w.destroy();
});

test('the hints Rust already has come with the first render, before the reminder check answers', async () => {
  const spike = { id: 'spike:7:1999-12-31', tokenId: '7', tokenName: 'Prod', kind: 'spike', at: '1999-12-31T00:00:00Z', args: { count: 41, median: 3, date: '1999-12-31' } };
  let answer = () => {};
  const { root, w, calls } = watchSetup({ list: () => ({ now: iso(0), rotations: [] }), tokens: [], more: (log) => ({
    usageHints: async () => { log.push('hints'); return { available: true, hints: [spike] }; },
    notificationsCheck: () => { log.push('notify'); return new Promise((ok) => { answer = () => ok({ sent: 0, badge: 1 }); }); },
  }) });
  const load = w.afterLoad();
  await flush(10);
  assert.deepEqual(calls.filter((c) => c === 'hints' || c === 'notify'), ['hints', 'notify'], 'the stored hints first, then the check');
  assert.equal(byTestId(root, 'expiry-badge').textContent, '1', 'counted before the check answers');
  byTestId(root, 'expiry-open').click();
  await flush();
  assert.equal(allByTestId(root, 'attention-hint').length, 1, 'in the centre before the check answers');
  answer();
  await load;
  assert.equal(calls.filter((c) => c === 'hints').length, 2, 'loaded again after the check');
  w.destroy();
});

test('a due rotation without auto-delete asks first; "Not now" deletes nothing and is not asked again', async () => {
  const { root, w, calls } = watchSetup({ list: () => ({ now: iso(8), rotations: [rot({ state: 'retiring', graceUntil: iso(7) })] }), badge: 4 });
  const run = w.afterLoad();
  await flush();
  assert.match(byTestId(root, 'rotation-complete-text').textContent, /^The grace period for “Production” ended on .*Delete it now\? Integrations still using it will stop working\.$/);
  byTestId(root, 'rotation-complete-later').click();
  await run;
  await w.afterLoad();
  assert.equal(calls.some((c) => c.startsWith('complete')), false);
  assert.equal(byTestId(root, 'rotation-complete-dialog'), null);
  assert.equal(byTestId(root, 'expiry-badge').textContent, '4', 'the notifications badge wins');
  w.destroy();
});

test('the expiry centre lists rotations, expired and expiring tokens, and re-renders only when the data changed', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root } = installDom();
  const data = {
    tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Old', expiresAt: iso(-2), status: 'expired' }],
    rotations: [rot({ id: 'r9', oldTokenId: '5', oldName: 'Legacy', state: 'retiring', newTokenId: '10' })],
    now: NOW, thresholds: [30, 7], canManage: true,
  };
  const cancelled = [];
  const centre = openExpiryCentre({ host: root, getData: () => data, onRotate() {}, onRetry() {},
    onCancel: (r) => cancelled.push(r.id), onComplete: async () => '', onClosed() {} });
  assert.ok(byTestId(root, 'expiry-centre'), 'it opens');
  assert.deepEqual(allByTestId(root, 'expiry-token').map((n) => n.getAttribute('data-token-id')), ['8', '7']);
  const cancel = byTestId(root, 'expiry-cancel-rotation');
  centre.update();
  assert.equal(byTestId(root, 'expiry-cancel-rotation'), cancel, 'same data: the button under the pointer stays');
  cancel.click();
  assert.deepEqual(cancelled, ['r9']);
  data.rotations = [];
  centre.update();
  assert.ok(byTestId(root, 'expiry-rotations-empty'), 'new data is shown');
  centre.close();
});

test('the expiry centre marks the token a clicked reminder asked for, across re-renders', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root } = installDom();
  const data = {
    tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Old', expiresAt: iso(-2), status: 'expired' }],
    rotations: [], now: NOW, thresholds: [30, 7], canManage: true, marked: '7',
  };
  const centre = openExpiryCentre({ host: root, getData: () => data, onRotate() {}, onRetry() {},
    onCancel() {}, onComplete: async () => '', onClosed() {} });
  const current = () => allByTestId(root, 'expiry-token').filter((n) => n.getAttribute('aria-current') === 'true').map((n) => n.getAttribute('data-token-id'));
  assert.deepEqual(current(), ['7']);
  data.tokens = [...data.tokens];
  data.now = new Date(NOW.getTime() + 2 * 3600e3);
  centre.update();
  assert.deepEqual(current(), ['7'], 'still marked after new data');
  data.marked = null;
  centre.update();
  assert.deepEqual(current(), []);
  assert.equal(byTestId(root, 'expiry-calendar'), null, 'no calendar button without its handler');
  centre.close();
});

test('a key the vault refused during a resume: the expiry centre offers "Show key", which opens the wizard\'s reveal and needs the confirmation', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root } = installDom();
  const waiting = rot({ id: 'r3', state: 'vaultFailed', newTokenId: '11', emergency: true, needsAttention: 'The new key could not be saved in the vault.' });
  const data = { tokens: [TOKEN], rotations: [waiting], now: NOW, thresholds: [30], canManage: true };
  const shown = [];
  openExpiryCentre({ host: root, getData: () => data, onRotate() {}, onRetry() {}, onShowKey: (r) => shown.push(r.id),
    onCancel() {}, onComplete: async () => '', onClosed() {} });
  assert.equal(byTestId(root, 'expiry-retry'), null, 'not lost: nothing to replace');
  byTestId(root, 'expiry-show-key').click();
  assert.deepEqual(shown, ['r3']);
  assert.ok(byTestId(root, 'expiry-centre'), 'the panel stays open behind the reveal');

  const calls = [];
  const ipc = { ...wizardIpc(calls, () => null),
    rotationReveal: async (a) => { calls.push(['reveal', a.id]); return { rotation: waiting, key: 'sk_held' }; },
    rotationAcknowledge: async (a) => { calls.push(['ack', a.id]); return rot({ id: a.id, state: 'done', newTokenId: '11', emergency: true }); } };
  let changed = 0;
  openRotationShowKey({ ipc, host: root, now: NOW, clipboard: clipboard(), rotation: waiting, onChanged: () => { changed += 1; } });
  await flush(10);
  assert.deepEqual(calls[0], ['reveal', 'r3']);
  assert.equal(byTestId(root, 'rotation-reveal-key').textContent, 'sk_held');
  assert.ok(byTestId(root, 'rotation-vault-warning'), 'says the vault refused it');
  assert.equal(byTestId(root, 'rotation-continue').disabled, true, 'no way on before the confirmation');
  byTestId(root, 'rotation-reveal-copy').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['copy', '11', 'raw']);
  const box = byTestId(root, 'rotation-ack-check');
  box.checked = true;
  box.dispatchEvent(makeEvent('change'));
  byTestId(root, 'rotation-ack').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['ack', 'r3']);
  byTestId(root, 'rotation-continue').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['revealClose']);
  assert.equal(byTestId(root, 'rotation-reveal-key'), null, 'the key left the DOM');
  assert.equal(byTestId(root, 'rotation-summary-item').getAttribute('data-state'), 'done');
  byTestId(root, 'rotation-done').click();
  assert.equal(changed, 1);
});

test('"Show key" for a key this run no longer holds says so instead of revealing', async () => {
  const { root } = installDom();
  const waiting = rot({ id: 'r4', state: 'vaultFailed', newTokenId: '12' });
  const ipc = { ...wizardIpc([], () => null), rotationReveal: async () => { throw Object.assign(new Error('This device does not hold that key.'), { kind: 'notFound' }); } };
  openRotationShowKey({ ipc, host: root, now: NOW, clipboard: clipboard(), rotation: waiting, onChanged() {} });
  await flush(10);
  assert.equal(byTestId(root, 'rotation-reveal-key'), null);
  assert.match(byTestId(root, 'rotation-summary-error').textContent, /does not hold/);
});

test('the emergency grace choice comes last, set apart in the warning style; the default stays seven days', () => {
  const { root } = installDom();
  openRotationWizard({ ipc: wizardIpc([], () => ({})), host: root, now: NOW, clipboard: clipboard(), tokens: [TOKEN], onChanged: () => {} });
  const radios = byTestId(root, 'rotation-wizard').querySelectorAll('input').filter((i) => (i.getAttribute('data-testid') ?? '').startsWith('rotation-grace-') && i.type === 'radio');
  assert.deepEqual(radios.map((r) => r.getAttribute('data-testid')),
    ['rotation-grace-oneDay', 'rotation-grace-sevenDays', 'rotation-grace-fourteenDays', 'rotation-grace-until', 'rotation-grace-now']);
  const emergency = radios[radios.length - 1].parentNode;
  assert.match(emergency.className, /choice-emergency/);
  assert.match(emergency.textContent, /⚠Now — emergency/);
  assert.match(emergency.parentNode.className, /emergency-choice/, 'in its own group below the others');
  assert.equal(byTestId(root, 'rotation-grace-sevenDays').checked, true);
});

test('the Expiry button shows and hides the docked panel (aria-expanded, aria-controls); openCentre on an open panel only moves focus into it', async () => {
  const { root, doc, w } = watchSetup({ list: () => ({ now: NOW.toISOString(), rotations: [] }) });
  await w.afterLoad();
  const button = byTestId(root, 'expiry-open');
  assert.equal(button.getAttribute('aria-expanded'), 'false');
  assert.equal(button.getAttribute('aria-controls'), null);
  button.focus();
  button.click();
  const panel = byTestId(root, 'expiry-centre');
  assert.equal(panel.parentNode, w.expiryPanel, 'in the slot the workspace docks beside the list');
  assert.equal(button.getAttribute('aria-expanded'), 'true');
  assert.equal(button.getAttribute('aria-controls'), panel.getAttribute('id'));
  button.focus();
  w.openCentre();
  assert.equal(allByTestId(root, 'expiry-centre').length, 1, 'still one panel');
  assert.ok(panel.contains(doc.activeElement), 'focus moved into it');
  button.focus();
  button.click();
  assert.equal(byTestId(root, 'expiry-centre'), null, 'the button hides it again');
  assert.equal(button.getAttribute('aria-expanded'), 'false');
  assert.equal(button.getAttribute('aria-controls'), null);
  assert.equal(doc.activeElement, button);
  w.destroy();
});

test('in Dutch, the plan step counts tokens and replacements with Dutch plurals and dates', () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    openRotationWizard({ ipc: wizardIpc([], () => null), host: root, now: NOW, clipboard: clipboard(),
      tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Staging' }], onChanged: () => {} });
    assert.equal(byTestId(root, 'rotation-submit').textContent, '2 vervangers maken');
    assert.match(byTestId(root, 'rotation-plan-tokens').textContent, /ID 7 · verloopt 17 dec 2026/);
    assert.equal(byTestId(root, 'rotation-expiry-date').textContent, 'Verloopt op 27 nov 2027');
  } finally {
    useLanguage('en');
  }
});

test('the attention centre lists usage hints with what they mean and their next steps; unused keys come last', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root } = installDom();
  const slot = el('div');
  root.appendChild(slot);
  const seen = [];
  const hints = [
    { id: 'newIp:7:203.0.113.9:2026-11-29', tokenId: String(TOKEN.id), tokenName: TOKEN.name, kind: 'newIp', at: '2026-11-29T00:00:00Z', args: { ip: '203.0.113.9', date: '2026-11-29' } },
    { id: 'unused:7', tokenId: String(TOKEN.id), tokenName: TOKEN.name, kind: 'unused', at: '2026-08-01T00:00:00Z', args: { days: 120 } },
  ];
  openExpiryCentre({ host: slot, getData: () => ({ tokens: [TOKEN], rotations: [], now: NOW, thresholds: [30], canManage: true, hints }),
    onRotate: (ts) => seen.push(['rotate', ts.map((t) => t.id)]), onRetry() {}, onShowKey() {}, onCancel() {}, onComplete: async () => '',
    onDetails: (t) => seen.push(['details', t.id]), onDelete: (t) => seen.push(['delete', t.id]) });
  const items = allByTestId(root, 'attention-hint');
  assert.deepEqual(items.map((i) => i.getAttribute('data-kind')), ['newIp', 'unused']);
  assert.match(items[0].textContent, /203\.0\.113\.9/);
  assert.match(byTestId(root, 'attention-next').textContent, /rotate the key now/);
  byTestId(root, 'attention-rotate').click();
  byTestId(root, 'attention-details').click();
  byTestId(root, 'attention-delete').click();
  assert.deepEqual(seen, [['rotate', [TOKEN.id]], ['details', TOKEN.id], ['delete', TOKEN.id]]);
  assert.ok(byTestId(root, 'attention-hints'), 'its own section');
});

test('a rotation held because its old key is still in use says so and offers Wait another day and Delete anyway', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root } = installDom();
  const slot = el('div');
  root.appendChild(slot);
  const seen = [];
  const held = { id: 'r1', oldTokenId: '4', oldName: 'Nightly batch export', newName: 'Nightly batch export (2026-11)', tokenType: 'batch', years: 1,
    graceUntil: '2026-01-01T00:00:00Z', autoDelete: true, emergency: false, state: 'retiring', newTokenId: '99', needsAttention: null, steps: [],
    inUse: { lastUsedAt: NOW.toISOString(), lastIp: '198.51.100.40', minutesAgo: 12, recheckAt: new Date(NOW.getTime() + 86_400_000).toISOString() } };
  openExpiryCentre({ host: slot, getData: () => ({ tokens: [], rotations: [held], now: NOW, thresholds: [30], canManage: true }),
    onRotate() {}, onRetry() {}, onShowKey() {}, onCancel() {}, onComplete: async () => assert.fail('not the plain delete'),
    onWaitDay: async (r) => { seen.push(['wait', r.id]); return 'kept'; }, onDeleteAnyway: async (r) => { seen.push(['anyway', r.id]); return 'deleted'; } });
  assert.match(byTestId(root, 'expiry-rotation-in-use').textContent, /^Still in use from 198\.51\.100\.40 12 minutes ago/);
  assert.equal(byTestId(root, 'expiry-complete'), null);
  byTestId(root, 'expiry-wait-day').click();
  await flush();
  byTestId(root, 'expiry-delete-anyway').click();
  await flush();
  assert.deepEqual(seen, [['wait', 'r1'], ['anyway', 'r1']]);
});

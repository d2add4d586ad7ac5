import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush, makeEvent } from './fake-dom.js';
import { el, replace } from '../../../ui/js/lib/dom.js';
import { openRotationWizard, openRotationShowKey } from '../../../ui/js/views/rotation-wizard.js';
import { createExpiryWatch } from '../../../ui/js/views/expiry-watch.js';
import { openKeyCheckDialog } from '../../../ui/js/views/key-check.js';
import { openSettingsDialog } from '../../../ui/js/views/settings-dialog.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const NOW = new Date('2026-11-27T12:00:00Z');
const iso = (days, from = NOW) => new Date(from.getTime() + days * 86_400_000).toISOString();
const TOKEN = { id: '7', name: 'Production', type: 'batch', createdAt: iso(-300), expiresAt: iso(20), expirySource: 'server', status: 'expiring30', hasLocalKey: true };
const rot = (over = {}) => ({ id: 'r1', oldTokenId: '7', oldName: 'Production', newName: 'Production (rotated 2026-11-27)', tokenType: 'batch', years: 1,
  graceUntil: iso(7), autoDelete: false, emergency: false, state: 'planned', newTokenId: null, needsAttention: null, steps: [], ...over });
const clipboard = () => ({ copied() {}, place() {} });
// The fake DOM has no radio groups: untick the others of the group by hand.
const choose = (root, id) => {
  const r = byTestId(root, id);
  for (const o of root.querySelectorAll(`input[name="${r.getAttribute('name')}"]`)) o.checked = false;
  r.checked = true; r.dispatchEvent(makeEvent('change'));
};

function wizardIpc(calls, advance) {
  return {
    rotationPlan: async (a) => { calls.push(['plan', a]); return a.tokenIds.map((id, i) => rot({ id: `r${i + 1}`, oldTokenId: id, oldName: `T${id}` })); },
    rotationAdvance: async (a) => { calls.push(['advance', a.id]); return advance(a.id); },
    rotationAcknowledge: async (a) => { calls.push(['ack', a.id]); return rot({ id: a.id, state: 'retiring', newTokenId: '9' }); },
    rotationVerify: async (a) => { calls.push(['verify', a.id]); return { rotation: rot({ id: a.id, state: 'retiring' }),
      check: { outcome: 'checked', result: 'valid', tokenType: 'batch', title: 'This key works', explanation: 'Accepted.', nextStep: null, code: null, retryAfterSeconds: null, vaultMatch: null, warnings: [] } }; },
    keyCopy: async (id, f) => { calls.push(['copy', id, f]); return { clearsInSeconds: 30 }; },
    revealClose: async () => { calls.push(['revealClose']); return null; },
  };
}

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
  byTestId(root, 'rotation-reveal-copy').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['copy', '9', 'raw']);
  byTestId(root, 'rotation-continue').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['revealClose']);
  assert.equal(byTestId(root, 'rotation-reveal-key'), null, 'the key left the DOM');
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
  byTestId(root, 'rotation-ack').click();
  await flush();
  assert.equal(calls.some((c) => c[0] === 'ack'), false, 'the box must be ticked first');
  const box = byTestId(root, 'rotation-ack-check');
  box.checked = true; box.dispatchEvent(makeEvent('change'));
  byTestId(root, 'rotation-ack').click();
  await flush();
  assert.deepEqual(calls.at(-1), ['ack', 'r1']);
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

test('key check: warnings offer "Check anyway" (force); closing empties the input', async () => {
  const { root } = installDom();
  const calls = [];
  openKeyCheckDialog({ host: root, ipc: { keyCheck: async (a) => { calls.push(a); return a.force
    ? { outcome: 'checked', result: 'revoked', tokenType: 'batch', title: 'This key no longer works', explanation: 'Deleted.', nextStep: 'Create a new one.', code: null, retryAfterSeconds: null, vaultMatch: null, warnings: [] }
    : { outcome: 'warnings', warnings: [{ code: 'innerWhitespace', message: 'The key contains a space.' }] }; } } });
  const input = byTestId(root, 'keycheck-input');
  assert.equal(input.getAttribute('type'), 'password');
  input.value = 'sk abc';
  choose(root, 'keycheck-type-realtime');
  byTestId(root, 'keycheck-submit').click();
  await flush();
  assert.deepEqual(calls[0], { key: 'sk abc', tokenType: 'realtime', force: false });
  assert.equal(byTestId(root, 'keycheck-warning').textContent, 'The key contains a space.');
  byTestId(root, 'keycheck-force').click();
  await flush();
  assert.equal(calls[1].force, true);
  assert.equal(byTestId(root, 'check-result').getAttribute('data-tone'), 'danger');
  assert.equal(byTestId(root, 'check-result-next').textContent, 'What to do: Create a new one.');
  assert.equal(byTestId(root, 'check-result-vault').textContent, 'This key is not stored on this device.');
  byTestId(root, 'keycheck-close').click();
  assert.equal(input.value, '');
});

test('settings: thresholds are checked before saving, and the whole settings object is saved', async () => {
  const { root } = installDom();
  const saved = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [30, 14, 7, 1, 0], notifyExpiry: true }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; } } });
  const days = byTestId(root, 'settings-thresholds');
  assert.equal(days.value, '30, 14, 7, 1, 0');
  days.value = '30, 400';
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, []);
  assert.match(byTestId(root, 'settings-thresholds-error').textContent, /400 days is too far ahead/);
  days.value = '7, 60';
  byTestId(root, 'settings-notify-expiry').checked = false;
  days.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, [{ clipboardClearSeconds: 30, expiryThresholds: [60, 7], notifyExpiry: false, keepInTray: false, updateEndpoint: null, language: 'system', recentUseHours: 24 }]);
  assert.equal(days.value, '60, 7');
});

test('settings: keep running in the tray is saved with the settings; start with the session writes the OS entry through its own call', async () => {
  const { root } = installDom();
  const saved = [];
  const autostart = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, keepInTray: false }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; },
      autostartIsEnabled: async () => false,
      autostartSet: async (on) => { autostart.push(on); } } });
  await flush();
  const tray = byTestId(root, 'settings-keep-in-tray');
  const session = byTestId(root, 'settings-autostart');
  assert.equal(tray.checked, false);
  assert.equal(session.checked, false);
  assert.equal(session.disabled, false, 'enabled once the OS state is known');
  tray.checked = true;
  tray.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(saved, [{ clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, keepInTray: true, updateEndpoint: null, language: 'system', recentUseHours: 24 }]);
  session.checked = true;
  session.dispatchEvent(makeEvent('change'));
  await flush();
  assert.deepEqual(autostart, [true]);
  assert.equal(saved.length, 1, 'the autostart entry is not a saved setting');
  assert.equal(byTestId(root, 'settings-status').textContent, 'Saved');
});

test('settings: the language is saved with the rest, a new one loads its catalogue, and settings the dialog does not show go back unchanged', async () => {
  const { root } = installDom();
  const saved = [];
  const loaded = [];
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true, recentUseHours: 48, aLaterSetting: 'kept' },
    language: { tag: 'en', system: 'nl' }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s, language: { tag: s.language === 'en' ? 'en' : 'nl', system: 'nl' } }; },
      i18nCatalogue: async () => { loaded.push('nl'); return { tag: 'nl', sources: ['settings-language = Taal'] }; } } });
  const select = byTestId(root, 'settings-language');
  assert.deepEqual([...select.querySelectorAll('option')].map((o) => o.value), ['system', 'en', 'nl'], 'no pseudo-locale unless it is in use');
  assert.equal(select.value, 'system');
  select.value = 'nl';
  select.dispatchEvent(makeEvent('change'));
  await flush();
  assert.equal(saved[0].language, 'nl');
  assert.equal(saved[0].recentUseHours, 48, 'the in-use window is kept as it was');
  assert.equal(saved[0].aLaterSetting, 'kept', 'a setting this dialog does not show is sent back as it was');
  const recent = byTestId(root, 'settings-recent-use');
  assert.deepEqual([...recent.querySelectorAll('option')].map((o) => o.value), ['1', '6', '12', '24', '48', '168', '720']);
  assert.equal(recent.value, '48');
  assert.deepEqual(loaded, ['nl'], 'the catalogue of the new language is loaded at once');
  const { language, t } = await import('../../../ui/js/lib/i18n.js');
  assert.equal(language(), 'nl');
  assert.equal(t('settings-language'), 'Taal');
  useLanguage('en'); // the next tests render in English again
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

test('the expiry centre is a panel, not a dialog: an aside named by its heading; focus moves in; Esc inside closes it and focus goes back to the opener', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root, doc } = installDom();
  const opener = el('button', { type: 'button', 'data-testid': 'expiry-open' }, 'Expiry');
  const slot = el('div');
  root.appendChild(opener);
  root.appendChild(slot);
  opener.focus();
  let closed = 0;
  openExpiryCentre({ host: slot, opener, getData: () => ({ tokens: [TOKEN], rotations: [], now: NOW, thresholds: [30], canManage: true }),
    onRotate() {}, onRetry() {}, onShowKey() {}, onCancel() {}, onComplete: async () => '', onClosed: () => { closed += 1; } });
  const panel = byTestId(root, 'expiry-centre');
  assert.equal(panel.tagName, 'ASIDE', 'a complementary region of the main screen');
  assert.equal(panel.parentNode, slot, 'docked where the workspace put the slot');
  assert.equal(root.querySelector('dialog'), null, 'no dialog: the rest of the window stays usable');
  assert.equal(panel.getAttribute('aria-modal'), null);
  const title = panel.querySelector(`[id="${panel.getAttribute('aria-labelledby')}"]`);
  assert.equal(title.textContent, 'Attention');
  assert.ok(panel.contains(doc.activeElement), 'focus moved into the panel');
  byTestId(root, 'expiry-rotate-days').dispatchEvent(makeEvent('keydown', { key: 'Escape' }));
  assert.equal(byTestId(root, 'expiry-centre'), null, 'Esc closed it');
  assert.equal(doc.activeElement, opener, 'focus is back on the Expiry button');
  assert.equal(closed, 1);
});

test('the panel re-renders without losing focus: the same control of the same token keeps it, a control that went away hands it to the heading', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root, doc } = installDom();
  const data = { tokens: [TOKEN], rotations: [], now: NOW, thresholds: [30], canManage: true };
  const rotated = [];
  const centre = openExpiryCentre({ host: root, getData: () => data, onRotate: (ts) => rotated.push(ts.map((t) => t.id)), onRetry() {}, onShowKey() {},
    onCancel() {}, onComplete: async () => '' });
  const first = byTestId(root, 'expiry-rotate');
  first.focus();
  data.tokens = [TOKEN, { ...TOKEN, id: '8', name: 'Staging realtime captions with a very long name indeed', expiresAt: iso(3) }];
  centre.update();
  const now7 = byTestId(root.querySelector('[data-token-id="7"]'), 'expiry-rotate');
  assert.notEqual(now7, first, 'the list was rebuilt');
  assert.equal(doc.activeElement, now7, 'focus followed token 7’s Rotate… button');
  now7.click();
  assert.deepEqual(rotated, [['7']]);
  assert.ok(byTestId(root, 'expiry-centre'), 'Rotate… leaves the panel open behind the wizard');
  data.rotations = [rot({ state: 'planned' })];
  centre.update();
  assert.equal(doc.activeElement.tagName, 'H2', 'its button is gone (rotation in progress): the panel heading has focus');
  assert.ok(byTestId(root, 'expiry-centre').contains(doc.activeElement));
  const days = byTestId(root, 'expiry-rotate-days');
  days.focus();
  data.tokens = [TOKEN];
  centre.update();
  assert.equal(doc.activeElement, days, 'a kept field keeps focus');
  centre.close();
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

test('a dialog opened from the panel returns focus to the same control after the panel re-rendered, else to the panel heading', async () => {
  const { createModal } = await import('../../../ui/js/views/modal.js');
  const { root, doc } = installDom();
  const heading = el('h2', { tabindex: '-1' }, 'Expiry');
  const list = el('ul', null, el('li', { 'data-rotation-id': 'r1' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel')));
  const panel = el('aside', null, heading, list);
  root.appendChild(panel);
  /** @param {() => void} meanwhile */
  const roundTrip = (meanwhile) => {
    byTestId(root, 'expiry-cancel-rotation').focus();
    const modal = createModal({ host: root, title: 'Cancel?', testid: 'm' });
    modal.open();
    meanwhile();
    modal.close();
  };
  roundTrip(() => replace(list, el('li', { 'data-rotation-id': 'r1' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel'))));
  assert.equal(doc.activeElement, byTestId(root, 'expiry-cancel-rotation'), 'the re-rendered Cancel of the same rotation');
  roundTrip(() => replace(list, el('li', { 'data-rotation-id': 'r2' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel'))));
  assert.equal(doc.activeElement, heading, 'another rotation’s Cancel is not a stand-in: the panel heading');
});

test('settings: an update is offered only after a verified check, and installing asks first', async () => {
  const { root } = installDom();
  const saved = [];
  let answer = /** @type {any} */ ({ kind: 'error' });
  let confirmed = false;
  let installs = 0;
  openSettingsDialog({ host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [7], notifyExpiry: true }, onSaved() {},
    ipc: { settingsSave: async (s) => { saved.push(s); return { settings: s }; },
      updateCheck: async () => { if (answer.kind === 'error') throw Object.assign(new Error('The update was refused: its signature does not match.'), { kind: 'forbidden' }); return answer; },
      confirmNative: async () => confirmed,
      updateInstall: async () => { installs += 1; } } });
  const endpoint = byTestId(root, 'settings-update-endpoint');
  const install = byTestId(root, 'settings-update-install');
  assert.equal(endpoint.value, '');
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.match(byTestId(root, 'settings-update-status').textContent, /update server first/);
  endpoint.value = 'https://updates.example/latest.json';
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(saved.at(-1).updateEndpoint, 'https://updates.example/latest.json', 'saved before the check');
  assert.match(byTestId(root, 'settings-update-status').textContent, /refused/);
  assert.equal(install.hidden, true, 'nothing offered');
  answer = { kind: 'ready', version: '9.9.9', current: '0.1.0', notes: null };
  byTestId(root, 'settings-update-check').dispatchEvent(makeEvent('click'));
  await flush();
  assert.match(byTestId(root, 'settings-update-status').textContent, /9\.9\.9.*verified/);
  assert.equal(install.hidden, false);
  install.dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(installs, 0, '"Not now" installs nothing');
  confirmed = true;
  install.dispatchEvent(makeEvent('click'));
  await flush();
  assert.equal(installs, 1);
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

// The attention centre and the expiry watch in Dutch (the English behaviour is in rotation-views.test.js).
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush } from './fake-dom.js';
import { openExpiryCentre, inUseText } from '../../../ui/js/views/expiry-centre.js';
import { createExpiryWatch } from '../../../ui/js/views/expiry-watch.js';
import { parseThresholds } from '../../../ui/js/lib/expiry.js';
import { useLanguage } from './catalogue.js';

const NOW = new Date('2026-11-27T12:00:00Z');
const iso = (days) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const TOKEN = { id: '7', name: 'Productie', type: 'batch', createdAt: iso(-300), expiresAt: iso(20), expirySource: 'server', status: 'expiring30', hasLocalKey: true };
const rot = (over = {}) => ({ id: 'r1', oldTokenId: '7', oldName: 'Productie', newName: 'Productie (geroteerd)', tokenType: 'batch', years: 1,
  graceUntil: iso(7), autoDelete: false, emergency: false, state: 'planned', newTokenId: null, needsAttention: null, steps: [], ...over });

/** @param {() => void} body */
async function inDutch(body) {
  useLanguage('nl');
  try { await body(); } finally { useLanguage('en'); }
}

test('in Dutch, the attention centre speaks Dutch: sections with Dutch plurals, rows, rotations, the in-use sentence and the rotate-all button', () => inDutch(() => {
  const { root } = installDom();
  const data = {
    tokens: [TOKEN, { ...TOKEN, id: '8', name: 'Oud', expiresAt: iso(-2), status: 'expired' }],
    rotations: [rot({ id: 'r9', oldTokenId: '5', oldName: 'Legacy', state: 'retiring', newTokenId: '10', autoDelete: true })],
    now: NOW, thresholds: [30, 7], canManage: true,
    hints: [{ id: 'u', tokenId: '7', tokenName: 'Productie', kind: 'unused', at: iso(0), args: { days: 120 } }],
  };
  const centre = openExpiryCentre({ host: root, getData: () => data, onRotate() {}, onRetry() {}, onShowKey() {},
    onCancel() {}, onComplete: async () => '', onClosed() {}, onDelete() {}, onDetails() {} });
  const titles = root.querySelectorAll('h3').map((h) => h.textContent);
  assert.deepEqual(titles, ['Lopende rotaties', 'Verlopen', 'Verloopt binnen 30 dagen', 'Ongebruikte sleutels']);
  assert.equal(root.querySelector('h2').textContent, 'Aandacht');
  const meta = allByTestId(root, 'expiry-token').map((n) => n.textContent);
  assert.ok(meta[0].includes('Verlopen 2 dagen geleden'), meta[0]);
  assert.ok(meta[1].includes('Verloopt over 20 dagen'), meta[1]);
  assert.equal(byTestId(root, 'expiry-rotate').getAttribute('aria-label'), '“Oud” roteren');
  assert.match(byTestId(root, 'expiry-rotation-grace').textContent, /^De oude sleutel blijft werken tot 4 dec 2026; daarna wordt hij automatisch verwijderd\.$/);
  assert.equal(byTestId(root, 'expiry-rotate-all').textContent, '1 token roteren…');
  assert.equal(byTestId(root, 'attention-hint').querySelector('[data-testid="attention-meaning"]').textContent, 'Al 120 dagen niet gebruikt.');
  assert.equal(inUseText({ lastIp: '192.0.2.1', minutesAgo: 1, recheckAt: iso(1) }, NOW),
    '1 minuut geleden nog in gebruik vanaf 192.0.2.1, dus het oude token is niet verwijderd. Het gebruik wordt over 1 dag opnieuw bekeken; het wordt verwijderd zodra de sleutel niet meer wordt gebruikt.');
  centre.close();
}));

test('in Dutch, the expiry watch speaks Dutch: the Attention button, the resumed banner with a Dutch plural, and the window title', () => inDutch(async () => {
  const { root, doc } = installDom();
  const ipc = {
    rotationsList: async () => ({ now: NOW.toISOString(), rotations: [] }),
    rotationsResume: async () => [rot({ state: 'vaultFailed' }), rot({ id: 'r2', state: 'vaultFailed' })],
    notificationsCheck: async () => ({ sent: 0, badge: 2 }),
  };
  const w = createExpiryWatch({ ipc, host: root, settings: { clipboardClearSeconds: 30, expiryThresholds: [30, 7], notifyExpiry: true },
    getTokens: () => [TOKEN], refresh: async () => {}, rerender() {}, canManage: () => true, leave() {},
    now: () => NOW, clipboard: { copied() {}, place() {} }, onExport() {}, timers: { setInterval: () => 1, clearInterval() {} }, doc });
  root.appendChild(w.banners);
  root.appendChild(w.expiryButton);
  await w.afterLoad();
  await flush();
  assert.equal(byTestId(root, 'resumed-banner-text').textContent,
    '2 rotaties hervat die de vorige keer werd onderbroken. De kluis weigerde 2 nieuwe sleutels: sla ze nu op vanuit het aandachtscentrum.');
  assert.equal(byTestId(root, 'expiry-open').textContent, 'Aandacht2 hebben aandacht nodig');
  assert.equal(w.checkKeyButton.textContent, 'Sleutel controleren…');
  assert.equal(doc.title, 'API-tokens — Scriptix Keys (2)');
  assert.deepEqual(parseThresholds('400'), { ok: false, message: '400 dagen is te ver vooruit; herinneringen kunnen op zijn vroegst 365 dagen voor het verlopen beginnen.' });
  w.destroy();
}));

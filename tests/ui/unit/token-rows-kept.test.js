// The token table keeps each row's description while it reads the same (views/token-row.js)
// and leaves a row built from a kept description as it is (lib/dom.js `patch`). These tests
// move everything a row shows besides its token (the clock, Last used answers, the
// selection, rotation badges) and check the rows against a fresh table's every time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, allByTestId, shape } from './fake-dom.js';
import { createTokenTable } from '../../../ui/js/views/token-table.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const START = new Date('2026-03-10T12:00:00Z').getTime();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Tokens whose expiries and ages sit near the places their texts change. */
function tokens(n) {
  const offsets = [30 * SECOND, 90 * SECOND, 59 * MINUTE, 61 * MINUTE, 23 * HOUR + 40 * MINUTE, 2 * DAY, 44 * DAY, 46 * DAY, 400 * DAY];
  return Array.from({ length: n }, (_, i) => ({
    id: String(i + 1), name: `Token ${i + 1}`, type: i % 2 ? 'batch' : 'realtime',
    createdAt: new Date(START - (i % 5 === 0 ? 100 * DAY : 2 * DAY)).toISOString(),
    expiresAt: i % 11 === 10 ? null : new Date(START + offsets[i % offsets.length] * (i % 4 === 3 ? -1 : 1)).toISOString(),
    expirySource: 'server', status: i % 4 === 3 ? 'expired' : 'active', hasLocalKey: i % 3 === 0, keyHint: i % 3 === 0 ? 'sk_…ab12' : null,
    notes: null,
  }));
}

/** A table as the workspace mounts it, over shared state the test moves. */
function table(root, world) {
  const t = createTokenTable({
    now: () => new Date(world.now),
    lastUsed: (tok) => world.usage.get(tok.id),
    selection: { enabled: () => true, has: (id) => world.selected.has(id), size: () => world.selected.size,
      set: (ids, on) => ids.forEach((id) => (on ? world.selected.add(id) : world.selected.delete(id))) },
    rowBadge: (tok) => {
      const text = world.badges.get(tok.id);
      if (!text) return null;
      const chip = globalThis.document.createElement('span');
      chip.className = 'rotation-chip rotation-retiring';
      chip.setAttribute('title', text);
      chip.textContent = text;
      return chip;
    },
  });
  root.appendChild(t.element);
  return t;
}

/**
 * The rows as the user meets them, by token: the tab stop and the row's place left out (the
 * order a kept sort gives is token-table.test.js's business; RANK_TTL keeps it a while).
 */
const rows = (root) => allByTestId(root, 'token-row')
  .map((r) => shape(r).replace(/^(<TR [^>]*) tabindex="-?[01]"/, '$1').replace(/ data-index="\d+"/, ''))
  .sort();

test('kept row descriptions never show what changed since: clock, Last used, selection and badges moved, the rows are a fresh table\'s', () => {
  const { root } = installDom();
  const world = { now: START, usage: new Map(), selected: new Set(), badges: new Map() };
  const under = table(root, world);
  const all = tokens(40);
  let list = all;
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const ids = () => all.map((tok) => tok.id);
  under.update({ list: all, at: null }, '');
  let changed = { clock: 0, usage: 0, selection: 0, badge: 0 };
  for (let step = 0; step < 120; step += 1) {
    const what = rnd();
    if (what < 0.35) {
      world.now += pick([SECOND, 20 * SECOND, 45 * SECOND, MINUTE, 29 * MINUTE, HOUR, 6 * HOUR, DAY, 3 * DAY]);
      changed.clock += 1;
    } else if (what < 0.55) {
      const id = pick(ids());
      const ago = pick([0, 30 * SECOND, 5 * MINUTE, 2 * HOUR, 3 * DAY, 40 * DAY]);
      const had = world.usage.get(id);
      // Sometimes only what the relative time does not show: the address, the source.
      if (had && rnd() < 0.4) world.usage.set(id, { ...had, lastIp: had.lastIp ? null : '198.51.100.4', source: 'server' });
      else world.usage.set(id, rnd() < 0.8
        ? { tokenId: id, lastUsedAt: new Date(world.now - ago).toISOString(), lastIp: rnd() < 0.5 ? '192.0.2.7' : null, source: 'server', localAction: null }
        : { tokenId: id, lastUsedAt: new Date(world.now - ago).toISOString(), lastIp: null, source: 'local', localAction: 'copied' });
      // As the usage column does: the cells in place, when the rows are not re-rendered.
      if (rnd() < 0.5) under.usageChanged();
      changed.usage += 1;
    } else if (what < 0.75) {
      const id = pick(ids());
      if (world.selected.has(id)) world.selected.delete(id); else world.selected.add(id);
      changed.selection += 1;
    } else if (what < 0.85) {
      const id = pick(ids());
      if (world.badges.has(id)) world.badges.delete(id); else world.badges.set(id, pick(['Retiring on 4 Dec', 'Retiring on 5 Dec']));
      changed.badge += 1;
    } else {
      list = rnd() < 0.5 ? all : all.filter(() => rnd() < 0.6);
    }
    under.update({ list: all, at: list.length === all.length ? null : list.map((tok) => all.indexOf(tok)) }, 'q');
    const fresh = installDom().root;
    globalThis.document = root.ownerDocument;
    table(fresh, world).update({ list, at: null }, 'q');
    assert.deepEqual(rows(root), rows(fresh),
      `step ${step} (${JSON.stringify(changed)})`);
  }
  assert.ok(Object.values(changed).every((n) => n > 5), JSON.stringify(changed));
});

test('a row whose token and texts stay the same keeps its nodes through a keystroke; one whose relative time moved on is written', () => {
  const { root } = installDom();
  const world = { now: START, usage: new Map(), selected: new Set(), badges: new Map() };
  const under = table(root, world);
  const all = tokens(40);
  under.update({ list: all, at: null }, '');
  const rowOf = (id) => allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === id);
  // Token 1 expires in 30 s ("just now"), token 3 in 59 min.
  const expires = (id) => rowOf(id).querySelector('[data-testid="token-expires"]');
  const text1 = expires('1').firstChild;
  const text3 = expires('3').firstChild;
  assert.equal(text3.data, 'in 59 minutes');
  world.now += 20 * SECOND;
  under.update({ list: all, at: all.map((_, i) => i) }, 't');
  assert.equal(expires('3').firstChild, text3, 'the same text node');
  assert.equal(expires('1').firstChild, text1);
  world.now += 40 * MINUTE;
  under.update({ list: all, at: null }, '');
  assert.equal(expires('3').firstChild.data, 'in 19 minutes');
  assert.match(rowOf('1').querySelector('[data-testid="token-status"]').textContent, /ago/);
});

test('what changes while the relative texts stay the same: an expiry passing within "just now", a key becoming unused', () => {
  const { root } = installDom();
  const day = (n) => new Date(START - n * DAY).toISOString();
  const world = { now: START, usage: new Map([['2', { tokenId: '2', lastUsedAt: day(89.9), lastIp: null, source: 'server', localAction: null }]]),
    selected: new Set(), badges: new Map() };
  const under = table(root, world);
  // Token 2 expires in 400 days: its expiry reads the same throughout.
  const all = tokens(3).map((tok) => ({ ...tok, createdAt: day(200), expiresAt: tok.id === '2' ? day(-400) : tok.expiresAt }));
  const check = (label) => {
    under.update({ list: all, at: null }, '');
    const fresh = installDom().root;
    globalThis.document = root.ownerDocument;
    table(fresh, world).update({ list: all, at: null }, '');
    assert.deepEqual(rows(root), rows(fresh), label);
  };
  check('at the start');
  assert.equal(allByTestId(root, 'token-unused-hint').length, 0);
  world.now += 40 * SECOND; // token 1's expiry (30 s) has passed; both read "just now"
  check('expiry passed');
  assert.match(allByTestId(root, 'token-row').find((r) => r.getAttribute('data-token-id') === '1').textContent, /Expired 10 Mar/);
  world.now += 3 * HOUR; // token 2's key: 90 days unused, still "3 months ago"
  check('unused');
  assert.equal(allByTestId(root, 'token-unused-hint').length, 1);
});

test('a kept row keeps its rotation badge when its token moves between row elements (one leaving for the pool)', () => {
  const { root } = installDom();
  const world = { now: START, usage: new Map(), selected: new Set(), badges: new Map([['1', 'Retiring on 4 Dec']]) };
  const under = table(root, world);
  const all = tokens(2);
  const show = (ids) => {
    under.update({ list: all, at: ids.map((id) => all.findIndex((tok) => tok.id === id)) }, 'q');
    return allByTestId(root, 'token-row').map((r) => `${r.getAttribute('data-token-id')}:${r.querySelector('.rotation-chip') ? 'badge' : 'none'}`);
  };
  // Token 1's first element goes to the pool, token 2's element is made token 1's, then the
  // pooled one comes back for token 1 while token 2 takes the other: both built from token
  // 1's kept description.
  for (const ids of [['1', '2'], ['2'], ['1'], ['2']]) show(ids);
  assert.deepEqual(show(['2', '1']).sort(), ['1:badge', '2:none']);
  assert.deepEqual(rows(root), (() => {
    const fresh = installDom().root;
    globalThis.document = root.ownerDocument;
    table(fresh, world).update({ list: all, at: [1, 0] }, 'q');
    return rows(fresh);
  })());
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { freshnessText, afterFailure, afterSuccess, waitingText, withList } from '../../../ui/js/lib/freshness.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const UTC = { timeZone: 'UTC' };
const NOW = new Date('2026-03-10T14:20:00Z');
const EMPTY = { list: null, refreshing: false, error: null, offlineSince: null };
const CACHED = { fetchedAt: '2026-03-10T12:45:00Z', fromCache: true };
const NET = { kind: 'network', message: 'Scriptix cannot be reached.' };

test('nothing loaded yet and a refresh running says "Loading tokens…"', () => {
  assert.deepEqual(freshnessText({ ...EMPTY, refreshing: true }, NOW, UTC), { text: 'Loading tokens…', tone: 'busy' });
});

test('a cached list being refreshed says "Refreshing…" and when the list is from', () => {
  const s = { ...EMPTY, list: CACHED, refreshing: true };
  assert.deepEqual(freshnessText(s, NOW, UTC), { text: 'Refreshing… showing the list from 12:45', tone: 'busy' });
});

test('a successful refresh says "Updated HH:MM"', () => {
  const s = afterSuccess({ ...EMPTY, list: CACHED, refreshing: true }, { fetchedAt: '2026-03-10T14:19:00Z', fromCache: false });
  assert.deepEqual(freshnessText(s, NOW, UTC), { text: 'Updated 14:19', tone: 'ok' });
});

test('the cached list shown while a refresh runs or after a failure keeps saying so; only a success clears them', () => {
  const running = withList({ ...EMPTY, refreshing: true }, { ...CACHED, extra: 'not kept' });
  assert.deepEqual(running, { ...EMPTY, list: CACHED, refreshing: true });
  assert.deepEqual(freshnessText(running, NOW, UTC), { text: 'Refreshing… showing the list from 12:45', tone: 'busy' });
  const failed = afterFailure({ ...EMPTY, refreshing: true }, NET, new Date('2026-03-10T14:02:00Z'));
  assert.deepEqual(withList(failed, CACHED), { ...failed, list: CACHED });
  assert.deepEqual(afterSuccess(failed, CACHED), { ...EMPTY, list: CACHED });
});

test('a network failure with a cache says offline since when, and which list is shown', () => {
  const s = afterFailure({ ...EMPTY, list: CACHED, refreshing: true }, NET, new Date('2026-03-10T14:02:00Z'));
  assert.deepEqual(freshnessText(s, NOW, UTC), { text: 'Offline since 14:02 — showing the list from 12:45', tone: 'offline' });
});

test('the offline streak keeps its first time across repeated failures', () => {
  let s = afterFailure({ ...EMPTY, list: CACHED }, NET, new Date('2026-03-10T14:02:00Z'));
  s = afterFailure({ ...s, refreshing: true }, NET, new Date('2026-03-10T14:10:00Z'));
  assert.equal(freshnessText(s, NOW, UTC).text, 'Offline since 14:02 — showing the list from 12:45');
});

test('a success ends the offline streak', () => {
  let s = afterFailure({ ...EMPTY, list: CACHED }, NET, new Date('2026-03-10T14:02:00Z'));
  s = afterSuccess(s, { fetchedAt: '2026-03-10T14:15:00Z', fromCache: false });
  assert.equal(s.offlineSince, null);
  s = afterFailure(s, NET, new Date('2026-03-10T14:18:00Z'));
  assert.equal(freshnessText(s, NOW, UTC).text, 'Offline since 14:18 — showing the list from 14:15');
});

test('a network failure without any list shows the message', () => {
  const s = afterFailure({ ...EMPTY, refreshing: true }, NET, new Date('2026-03-10T14:02:00Z'));
  assert.deepEqual(freshnessText(s, NOW, UTC), { text: 'Offline since 14:02. Scriptix cannot be reached.', tone: 'offline' });
});

test('other failures show the server message and keep the list', () => {
  const s = afterFailure({ ...EMPTY, list: CACHED }, { kind: 'server', message: 'Scriptix had a problem.' }, NOW);
  assert.deepEqual(freshnessText(s, NOW, UTC), { text: 'Scriptix had a problem. Showing the list from 12:45.', tone: 'error' });
  assert.equal(s.offlineSince, null);
});

test('a list from an earlier day names the day', () => {
  const s = afterFailure({ ...EMPTY, list: { fetchedAt: '2026-03-08T09:00:00Z', fromCache: true } }, NET, NOW);
  assert.equal(freshnessText(s, NOW, UTC).text, 'Offline since 14:20 — showing the list from 8 Mar, 09:00');
});

test('a manual refresh of a fresh list just says "Refreshing…"', () => {
  const s = { ...EMPTY, list: { fetchedAt: '2026-03-10T14:00:00Z', fromCache: false }, refreshing: true };
  assert.equal(freshnessText(s, NOW, UTC).text, 'Refreshing…');
});

test('waiting text counts down and names the reason', () => {
  assert.equal(waitingText('rateLimited', 12), 'Scriptix is rate-limiting; retrying in 12 s…');
  assert.equal(waitingText('rateLimited', 11.2), 'Scriptix is rate-limiting; retrying in 12 s…');
  assert.equal(waitingText('unavailable', 3), 'Scriptix is temporarily unavailable; retrying in 3 s…');
  assert.equal(waitingText('network', 0), 'Scriptix cannot be reached right now; retrying now…');
  assert.equal(waitingText('rateLimited', -2), 'Scriptix is rate-limiting; retrying now…');
  assert.equal(waitingText('rateLimited', 5, 3), 'Scriptix is rate-limiting; retrying in 5 s… (attempt 3)');
});

test('the waiting notice speaks the seconds as words for screen readers, singular and plural', () => {
  assert.equal(waitingText('rateLimited', 1, 1, { spoken: true }), 'Scriptix is rate-limiting; retrying in 1 second');
  assert.equal(waitingText('network', 12, 3, { spoken: true }), 'Scriptix cannot be reached right now; retrying in 12 seconds (attempt 3)');
});

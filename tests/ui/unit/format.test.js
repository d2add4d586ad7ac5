import test from 'node:test';
import assert from 'node:assert/strict';
import {
  relativeTime, exactDate, exactDateTime, clockTime, clockOrDay, statusBadge, typeBadge, countsText, showingText,
  profileLabel,
} from '../../../ui/js/lib/format.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const NOW = new Date('2026-03-10T12:00:00Z');
const UTC = { timeZone: 'UTC' };
const plus = (ms) => new Date(NOW.getTime() + ms).toISOString();
const DAY = 86_400_000;

test('relative time says "in 5 days" for a date five days ahead', () => {
  assert.equal(relativeTime(plus(5 * DAY), NOW), 'in 5 days');
});

test('relative time says "3 days ago" for a date three days back', () => {
  assert.equal(relativeTime(plus(-3 * DAY), NOW), '3 days ago');
});

test('relative time uses singular units', () => {
  assert.equal(relativeTime(plus(DAY), NOW), 'in 1 day');
  assert.equal(relativeTime(plus(-60 * 60_000), NOW), '1 hour ago');
  assert.equal(relativeTime(plus(60_000), NOW), 'in 1 minute');
});

test('relative time rounds to the nearest day instead of truncating', () => {
  assert.equal(relativeTime(plus(4 * DAY + 20 * 3_600_000), NOW), 'in 5 days');
  assert.equal(relativeTime(plus(4 * DAY + 1 * 3_600_000), NOW), 'in 4 days');
});

test('relative time switches to hours, months and years at sensible sizes', () => {
  assert.equal(relativeTime(plus(5 * 3_600_000), NOW), 'in 5 hours');
  assert.equal(relativeTime(plus(44 * DAY), NOW), 'in 44 days');
  assert.equal(relativeTime(plus(65 * DAY), NOW), 'in 2 months');
  assert.equal(relativeTime(plus(300 * DAY), NOW), 'in 10 months');
  assert.equal(relativeTime(plus(730 * DAY), NOW), 'in 2 years');
  assert.equal(relativeTime(plus(-5 * 365 * DAY), NOW), '5 years ago');
});

test('relative time says "just now" within a minute and "" for missing or broken dates', () => {
  assert.equal(relativeTime(plus(20_000), NOW), 'just now');
  assert.equal(relativeTime(null, NOW), '');
  assert.equal(relativeTime('not a date', NOW), '');
});

test('exact dates use a month name and a 24-hour clock', () => {
  assert.equal(exactDate('2026-03-12T14:05:00Z', UTC), '12 Mar 2026');
  assert.equal(exactDateTime('2026-03-12T14:05:00Z', UTC), '12 Mar 2026, 14:05');
  assert.equal(exactDateTime('2026-12-01T00:07:00Z', UTC), '1 Dec 2026, 00:07');
  assert.equal(exactDateTime('2026-03-12T14:05:00Z', { timeZone: 'Europe/Amsterdam' }), '12 Mar 2026, 15:05');
  assert.equal(exactDateTime(null, UTC), '');
});

test('clock time pads hours and minutes', () => {
  assert.equal(clockTime('2026-03-10T09:03:00Z', UTC), '09:03');
  assert.equal(clockTime(new Date('2026-03-10T23:59:00Z'), UTC), '23:59');
});

test('clockOrDay shows only the time today and adds the day otherwise', () => {
  assert.equal(clockOrDay('2026-03-10T08:15:00Z', NOW, UTC), '08:15');
  assert.equal(clockOrDay('2026-03-09T08:15:00Z', NOW, UTC), '9 Mar, 08:15');
  assert.equal(clockOrDay('2025-12-31T08:15:00Z', NOW, UTC), '31 Dec 2025, 08:15');
});

test('status badges carry distinct text, glyph and tone for every status', () => {
  assert.deepEqual(statusBadge('active'), { label: 'Active', glyph: '✓', tone: 'ok' });
  assert.equal(statusBadge('expiring30').label, 'Expires in ≤ 30 days');
  assert.equal(statusBadge('expiring7').label, 'Expires in ≤ 7 days');
  assert.equal(statusBadge('expired').label, 'Expired');
  assert.equal(statusBadge('unknown').label, 'Unknown expiry');
  const all = ['active', 'expiring30', 'expiring7', 'expired', 'unknown'].map(statusBadge);
  assert.equal(new Set(all.map((b) => b.glyph)).size, 5, 'glyphs differ so colour is not the only signal');
  assert.equal(new Set(all.map((b) => b.tone)).size, 5);
});

test('an unexpected status is shown as unknown expiry, not guessed', () => {
  assert.equal(statusBadge('weird').label, 'Unknown expiry');
  assert.equal(statusBadge(undefined).label, 'Unknown expiry');
});

test('type badges name batch and realtime and show other types as sent', () => {
  assert.deepEqual(typeBadge('batch'), { label: 'Batch', glyph: '▤', tone: 'batch' });
  assert.equal(typeBadge('REALTIME').label, 'Realtime');
  assert.equal(typeBadge('realtime').tone, 'realtime');
  assert.deepEqual(typeBadge('websocket-beta'), { label: 'websocket-beta', glyph: '', tone: 'other' });
  assert.equal(typeBadge('').label, 'Unknown');
});

test('counts text lists every non-zero group in order', () => {
  assert.equal(countsText({ total: 12, expired: 2, expiring7: 2, expiring30: 2 }),
    '12 tokens · 2 expired · 2 expiring within 7 days · 2 within 30 days');
  assert.equal(countsText({ total: 1, expired: 0, expiring7: 0, expiring30: 0 }), '1 token');
  assert.equal(countsText({ total: 4, expired: 0, expiring7: 0, expiring30: 3 }), '4 tokens · 3 expiring within 30 days');
  assert.equal(countsText({ total: 0, expired: 0, expiring7: 0, expiring30: 0 }), '0 tokens');
});

test('showing text reports shown of total', () => {
  assert.equal(showingText(3, 12), 'Showing 3 of 12');
});

test('in Dutch, relative times, dates and badges come from Intl and the Dutch catalogue', () => {
  useLanguage('nl');
  try {
    assert.equal(relativeTime(plus(5 * DAY), NOW), 'over 5 dagen');
    assert.equal(relativeTime(plus(-3 * DAY), NOW), '3 dagen geleden');
    assert.equal(relativeTime(plus(DAY), NOW), 'over 1 dag');
    assert.equal(relativeTime(plus(-60 * 60_000), NOW), '1 uur geleden');
    assert.equal(relativeTime(plus(65 * DAY), NOW), 'over 2 maanden');
    assert.equal(relativeTime(plus(20_000), NOW), 'zojuist');
    assert.equal(exactDate('2026-11-30T10:00:00Z', UTC), '30 nov 2026');
    assert.equal(exactDateTime('2026-03-12T14:05:00Z', UTC), '12 mrt 2026, 14:05');
    assert.equal(clockOrDay('2026-03-09T08:15:00Z', NOW, UTC), '9 mrt, 08:15');
    assert.equal(clockOrDay('2025-12-31T08:15:00Z', NOW, UTC), '31 dec 2025, 08:15');
    assert.equal(statusBadge('expired').label, 'Verlopen');
    assert.equal(typeBadge('').label, 'Onbekend');
  } finally {
    useLanguage('en');
  }
});

test('in Dutch, the count line uses Dutch plurals and the showing line reads naturally', () => {
  useLanguage('nl');
  try {
    assert.equal(countsText({ total: 12, expired: 2, expiring7: 2, expiring30: 2 }),
      '12 tokens · 2 verlopen · 2 verlopen binnen 7 dagen · 2 binnen 30 dagen');
    assert.equal(countsText({ total: 1, expired: 0, expiring7: 1, expiring30: 0 }), '1 token · 1 verloopt binnen 7 dagen');
    assert.equal(showingText(3, 12), '3 van 12 getoond');
  } finally {
    useLanguage('en');
  }
});

test('English September stays "Sep" and a year is never grouped like a number', () => {
  assert.equal(exactDate('2026-09-05T12:00:00Z', UTC), '5 Sep 2026');
  assert.equal(clockOrDay('2025-09-05T12:00:00Z', NOW, UTC), '5 Sep 2025, 12:00');
});

test('the demo profile is named in the language in use until the user renames it', () => {
  const demo = { name: 'Demo workspace', demo: true };
  try {
    assert.equal(profileLabel(demo), 'Demo workspace (demo)');
    useLanguage('nl');
    assert.equal(profileLabel(demo), 'Demowerkruimte (demo)');
    assert.equal(profileLabel({ name: 'Proefdraaien', demo: true }), 'Proefdraaien (demo)');
    assert.equal(profileLabel({ name: 'Demo workspace', demo: false }), 'Demo workspace');
  } finally {
    useLanguage('en');
  }
});

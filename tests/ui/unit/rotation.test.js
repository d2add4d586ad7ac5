import test from 'node:test';
import assert from 'node:assert/strict';
import { defaultReplacementName, graceFromChoice, graceEnd, isDue, dueRotations, summaryText, rowBadges, stepText, stateBadge, dateInputValue }
  from '../../../ui/js/lib/rotation.js';
import { parseThresholds, formatThresholds, horizonDays, groupExpiry, rotatableExpiring, parseDays, windowTitle } from '../../../ui/js/lib/expiry.js';
import { resultTone, vaultMatchText, retryText } from '../../../ui/js/lib/keycheck.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

// Noon UTC: the local calendar day is the same in any zone within ±11 h.
const NOW = new Date('2026-11-27T12:00:00Z');
const iso = (days) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const rot = (over = {}) => ({ id: 'r1', oldTokenId: '1', oldName: 'Production', newName: 'Production (rotated 2026-11-27)', tokenType: 'batch',
  years: 1, graceUntil: iso(7), autoDelete: false, emergency: false, state: 'retiring', newTokenId: '9', needsAttention: null, steps: [], ...over });
const tok = (id, days, over = {}) => ({ id, name: `T${id}`, type: 'batch', createdAt: iso(-100), expiresAt: days === null ? null : iso(days),
  expirySource: 'server', status: days === null ? 'unknown' : days <= 0 ? 'expired' : days <= 7 ? 'expiring7' : days <= 30 ? 'expiring30' : 'active', hasLocalKey: false, ...over });

test('the default replacement name carries the old name and the local date', () => {
  assert.equal(defaultReplacementName('Production', NOW), 'Production (rotated 2026-11-27)');
  assert.equal(defaultReplacementName('  ', NOW), 'Token (rotated 2026-11-27)');
});

test('a second rotation replaces the "(rotated …)" suffix instead of appending another', () => {
  assert.equal(defaultReplacementName('Production (rotated 2026-01-02)', NOW), 'Production (rotated 2026-11-27)');
  assert.equal(defaultReplacementName('Production (rotated 2026-01-02) (rotated 2026-03-04)', NOW), 'Production (rotated 2026-11-27)');
  assert.equal(defaultReplacementName('Production (rotated by Ann)', NOW), 'Production (rotated by Ann) (rotated 2026-11-27)');
  assert.equal(defaultReplacementName('(rotated 2026-01-02)', NOW), 'Token (rotated 2026-11-27)');
});

test('a name at the 100-character limit is shortened so the replacement stays at 100 characters', () => {
  const first = defaultReplacementName('é'.repeat(100), NOW);
  assert.equal([...first].length, 100);
  assert.equal(first, `${'é'.repeat(79)} (rotated 2026-11-27)`);
  const second = defaultReplacementName(first, new Date('2027-05-01T12:00:00Z'));
  assert.equal(second, `${'é'.repeat(79)} (rotated 2027-05-01)`);
  // Astral characters count as one, as the server and the Rust check count them.
  assert.equal([...defaultReplacementName('😀'.repeat(100), NOW)].length, 100);
});

test('fixed grace choices pass through; a custom date must be a real day after today', () => {
  assert.deepEqual(graceFromChoice('sevenDays', '', NOW), { ok: true, grace: { kind: 'sevenDays' } });
  assert.deepEqual(graceFromChoice('now', 'ignored', NOW), { ok: true, grace: { kind: 'now' } });
  assert.match(/** @type {any} */ (graceFromChoice('until', '', NOW)).message, /Choose the date/);
  assert.match(/** @type {any} */ (graceFromChoice('until', dateInputValue(NOW), NOW)).message, /after today/);
  assert.match(/** @type {any} */ (graceFromChoice('until', '2026-02-30', NOW)).message, /not a date/);
  const ok = graceFromChoice('until', '2026-12-24', NOW);
  assert.equal(ok.ok, true);
  const until = new Date(/** @type {any} */ (ok).grace.until);
  assert.equal(dateInputValue(until), '2026-12-24', 'the end of that local day');
  assert.ok(until > NOW);
});

test('the grace end shown next to each choice is now plus its days; "now" has none', () => {
  assert.equal(graceEnd('now', '', NOW), null);
  assert.equal(graceEnd('oneDay', '', NOW)?.toISOString(), iso(1));
  assert.equal(graceEnd('fourteenDays', '', NOW)?.toISOString(), iso(14));
  assert.equal(graceEnd('until', 'nope', NOW), null);
});

test('a rotation is due only while retiring with its grace over, by the given clock', () => {
  assert.equal(isDue(rot({ graceUntil: iso(-1) }), NOW), true);
  assert.equal(isDue(rot({ graceUntil: NOW.toISOString() }), NOW), true, 'the boundary counts as over');
  assert.equal(isDue(rot({ graceUntil: iso(1) }), NOW), false);
  assert.equal(isDue(rot({ graceUntil: iso(-1), state: 'needsAttention' }), NOW), false);
  assert.deepEqual(dueRotations([rot({ id: 'a', graceUntil: iso(-2) }), rot({ id: 'b' })], new Date(iso(8))).map((r) => r.id), ['a', 'b']);
});

test('the summary names the old token, the date and who deletes it', () => {
  assert.equal(summaryText(rot({ graceUntil: '2026-12-04T12:00:00Z' }), { timeZone: 'UTC' }),
    'Old token “Production” keeps working until 4 Dec 2026, then it will be deleted after you confirm.');
  assert.match(summaryText(rot({ autoDelete: true })), /deleted automatically\.$/);
  assert.equal(summaryText(rot({ state: 'done', emergency: true })), 'Old token “Production” deleted.');
  assert.equal(summaryText(rot({ state: 'needsAttention', needsAttention: 'The new key was lost.' })), 'The new key was lost.');
  assert.match(summaryText(rot({ state: 'cancelled' })), /keeps working/);
  assert.equal(stateBadge('needsAttention').tone, 'danger');
});

test('a state code the UI does not know is never shown as is', () => {
  for (const code of ['someFutureState', 'needsAttentionV2', '']) {
    const { label } = stateBadge(code);
    assert.equal(label, 'In progress', code);
  }
});

test('row badges mark retiring old tokens and the replacements of open rotations', () => {
  const b = rowBadges([rot({ graceUntil: '2026-12-04T12:00:00Z' }), rot({ id: 'r2', oldTokenId: '3', newTokenId: '4', state: 'done' })], { timeZone: 'UTC' });
  assert.deepEqual(b.get('1'), { kind: 'retiring', text: 'Retiring on 4 Dec 2026' });
  assert.deepEqual(b.get('9'), { kind: 'replacement', text: 'Replacement for “Production”' });
  assert.equal(b.has('3'), false);
  assert.equal(b.has('4'), false);
  assert.equal(stepText(1, 3), 'Key 2 of 3');
  assert.equal(stepText(0, 1), '');
});

test('thresholds: whole days 0–365, deduplicated, largest first, with specific messages', () => {
  assert.deepEqual(parseThresholds('7, 30,1 ,0, 7'), { ok: true, values: [30, 7, 1, 0] });
  assert.deepEqual(parseThresholds('14 3'), { ok: true, values: [14, 3] });
  assert.match(/** @type {any} */ (parseThresholds(' , ')).message, /at least one/);
  assert.match(/** @type {any} */ (parseThresholds('30, -1')).message, /“-1”: the number of days cannot be negative/);
  assert.match(/** @type {any} */ (parseThresholds('30, 7.5')).message, /“7.5” is not a whole number/);
  assert.match(/** @type {any} */ (parseThresholds('400')).message, /400 days is too far ahead; .* at most 365/);
  assert.match(/** @type {any} */ (parseThresholds('1,2,3,4,5,6,7,8,9,10,11')).message, /at most 10/);
  assert.equal(formatThresholds([30, 7]), '30, 7');
  assert.equal(formatThresholds(undefined), '30, 14, 7, 1, 0');
  assert.equal(horizonDays([7, 60]), 60);
  assert.equal(horizonDays([]), 30);
});

test('the expiry groups and badge count expired, expiring within the horizon and rotations needing attention or due', () => {
  const tokens = [tok('1', 5), tok('2', -3), tok('3', 25), tok('4', 45), tok('5', null), tok('6', 2)];
  const rotations = [rot({ id: 'due', oldTokenId: '4', graceUntil: iso(-1) }), rot({ id: 'calm', oldTokenId: '5' }),
    rot({ id: 'lost', state: 'needsAttention', needsAttention: 'Lost.' }), rot({ id: 'old', state: 'done' })];
  const g = groupExpiry(tokens, rotations, NOW, [30, 7]);
  assert.deepEqual(g.expired.map((t) => t.id), ['2']);
  assert.deepEqual(g.expiring.map((t) => t.id), ['6', '1', '3']);
  assert.deepEqual(g.rotations.map((r) => r.id), ['due', 'calm', 'lost']);
  assert.deepEqual(g.attention.map((r) => r.id), ['due', 'lost']);
  // Token 1 is being replaced (by the 'lost' rotation): its rotation counts, its expiry not.
  assert.equal(g.badge, 1 + 2 + 2);
  assert.equal(groupExpiry(tokens, [], NOW, [60]).expiring.length, 4);
});

test('"rotate all expiring" skips tokens already in a rotation; days input is 1–365', () => {
  const tokens = [tok('1', 5), tok('2', 10), tok('3', 40), tok('9', 3)];
  assert.deepEqual(rotatableExpiring(tokens, [rot()], 30, NOW).map((t) => t.id), ['2']);
  assert.equal(parseDays(' 30 '), 30);
  assert.equal(parseDays('0'), null);
  assert.equal(parseDays('1e2'), null);
  assert.equal(parseDays('366'), null);
  assert.equal(windowTitle(3), 'API tokens — Scriptix Keys (3)');
  assert.equal(windowTitle(0), 'API tokens — Scriptix Keys');
});

test('key check presentation: tones per result and the vault match sentence', () => {
  assert.equal(resultTone('valid').tone, 'ok');
  assert.equal(resultTone('revoked').tone, 'danger');
  assert.equal(resultTone('invalid').tone, 'danger');
  for (const r of ['forbidden', 'rateLimited', 'unreachable']) assert.equal(resultTone(r).tone, 'warn');
  assert.equal(vaultMatchText({ tokenId: '7', name: 'Prod' }), 'This is the key of “Prod” stored on this device.');
  assert.equal(vaultMatchText(null), 'This key is not stored on this device.');
  assert.equal(retryText(30), 'Scriptix asks to wait 30 s before checking again.');
  assert.equal(retryText(null), '');
});

test('the summary of a rotation that has not created anything says the old token keeps working', () => {
  assert.match(summaryText(rot({ state: 'planned' })), /has not been created yet\. The old token keeps working\./);
  assert.match(summaryText(rot({ state: 'vaultFailed' })), /confirm that you saved it/);
});

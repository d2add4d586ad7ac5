import test from 'node:test';
import assert from 'node:assert/strict';
import {
  validateTokenName, duplicateNameWarning, addYears, expiryText, bulkCountMatches, countdownText,
  deleteSummary, deleteConfirmMessage, orphansText, NAME_MAX, EXPIRY_CHOICES, tokenLabel,
} from '../../../ui/js/lib/lifecycle.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const UTC = { timeZone: 'UTC' };

test('a name is trimmed and accepted at 1 and at 100 characters (counted as characters, not bytes)', () => {
  assert.deepEqual(validateTokenName('  CI pipeline \n'), { ok: true, name: 'CI pipeline' });
  assert.deepEqual(validateTokenName('x'), { ok: true, name: 'x' });
  const hundred = 'ü'.repeat(NAME_MAX);
  assert.deepEqual(validateTokenName(hundred), { ok: true, name: hundred });
  const emoji = '🎙'.repeat(100);
  assert.equal(validateTokenName(emoji).ok, true, 'astral characters count once');
});

test('empty, blank and too-long names are refused with the exact messages', () => {
  assert.deepEqual(validateTokenName(''), { ok: false, message: 'Enter a name for the token.' });
  assert.deepEqual(validateTokenName('   \t '), { ok: false, message: 'Enter a name for the token.' });
  assert.deepEqual(validateTokenName('a'.repeat(101)), { ok: false, message: 'The name is 101 characters long; at most 100 are allowed.' });
});

test('control characters inside a name are refused by code point', () => {
  assert.deepEqual(validateTokenName('Prod\tcaptions'),
    { ok: false, message: 'The name contains a control character (U+0009), such as a line break or tab. Use plain text on one line.' });
  assert.equal(validateTokenName('a\nb').ok, false);
  assert.equal(validateTokenName('a\u0000b').ok, false);
  assert.match(/** @type {any} */ (validateTokenName('a\u0085b')).message, /U\+0085/);
  assert.match(/** @type {any} */ (validateTokenName('a\u007fb')).message, /U\+007F/);
});

test('every bidi override, isolate and mark is refused with its own message', () => {
  for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F']) {
    const r = validateTokenName(`invoice${c}fdp.exe`);
    assert.equal(r.ok, false, `U+${c.codePointAt(0).toString(16)}`);
    const cp = `U+${c.codePointAt(0).toString(16).toUpperCase()}`;
    assert.equal(/** @type {any} */ (r).message,
      `The name contains an invisible text-direction character (${cp}) that can make it display misleadingly. Remove it.`);
  }
  assert.equal(validateTokenName('a\u200Bb').ok, true, 'a zero-width space is not a direction character');
});

test('a duplicate name is a warning, compared trimmed and ignoring case', () => {
  assert.equal(duplicateNameWarning(' production ', ['Production', 'Staging']),
    'You already have a token named “production”. You can still create it, but two tokens with one name are easy to mix up.');
  assert.equal(duplicateNameWarning('Prod', ['Production']), null);
  assert.equal(duplicateNameWarning('  ', ['']), null);
});

test('expiry is the same calendar day 1, 2 or 5 years on', () => {
  const now = new Date('2026-11-27T10:15:00Z');
  assert.equal(addYears(now, 1).toISOString(), '2027-11-27T10:15:00.000Z');
  assert.equal(addYears(now, 2).toISOString(), '2028-11-27T10:15:00.000Z');
  assert.equal(addYears(now, 5).toISOString(), '2031-11-27T10:15:00.000Z');
  assert.equal(expiryText(now, 1, UTC), 'Expires on 27 Nov 2027');
  assert.equal(expiryText(now, 5, UTC), 'Expires on 27 Nov 2031');
});

test('29 February moves to 28 February in a non-leap year and stays in a leap year', () => {
  const leap = new Date('2028-02-29T12:00:00Z');
  assert.equal(addYears(leap, 1).toISOString(), '2029-02-28T12:00:00.000Z');
  assert.equal(addYears(leap, 2).toISOString(), '2030-02-28T12:00:00.000Z');
  assert.equal(addYears(leap, 5).toISOString(), '2033-02-28T12:00:00.000Z');
  assert.equal(addYears(new Date('2027-02-28T12:00:00Z'), 1).toISOString(), '2028-02-28T12:00:00.000Z');
  assert.equal(addYears(new Date('2024-02-29T00:00:00Z'), 4).toISOString(), '2028-02-29T00:00:00.000Z');
  assert.equal(expiryText(leap, 1, UTC), 'Expires on 28 Feb 2029');
});

test('the bulk confirm needs exactly the count, as plain digits', () => {
  assert.equal(bulkCountMatches('3', 3), true);
  assert.equal(bulkCountMatches(' 3 ', 3), true);
  assert.equal(bulkCountMatches('12', 12), true);
  assert.equal(bulkCountMatches('2', 3), false);
  assert.equal(bulkCountMatches('', 3), false);
  assert.equal(bulkCountMatches('03', 3), false);
  assert.equal(bulkCountMatches('3.0', 3), false);
  assert.equal(bulkCountMatches('three', 3), false);
  assert.equal(bulkCountMatches('0', 0), false, 'nothing selected never confirms');
});

test('the clipboard countdown counts whole seconds and says "Copied" when it never clears', () => {
  assert.equal(countdownText(30), 'Copied. Clipboard clears in 30 s');
  assert.equal(countdownText(29.2), 'Copied. Clipboard clears in 30 s');
  assert.equal(countdownText(1), 'Copied. Clipboard clears in 1 s');
  assert.equal(countdownText(0), 'Copied. Clearing the clipboard…');
  assert.equal(countdownText(null), 'Copied');
});

test('a delete report says successes quietly and lists each failure with its message', () => {
  const ok = (id, name, alreadyGone = false) => ({ id, name, ok: true, alreadyGone, message: null });
  assert.deepEqual(deleteSummary({ results: [ok('1', 'A'), ok('2', 'B'), ok('3', 'C')] }),
    { text: '3 tokens deleted', tone: 'ok', failures: [] });
  assert.equal(deleteSummary({ results: [ok('1', 'A')] }).text, '1 token deleted');
  assert.equal(deleteSummary({ results: [ok('1', 'A'), ok('2', 'B', true)] }).text, '2 tokens deleted (1 already gone)');
  const mixed = deleteSummary({ results: [ok('1', 'A'), { id: '7', name: 'Production', ok: false, alreadyGone: false, message: 'Scriptix refused: no permission.' },
    { id: '8', name: null, ok: false, alreadyGone: false, message: null }] });
  assert.equal(mixed.text, '1 token deleted; 2 could not be deleted');
  assert.equal(mixed.tone, 'error');
  assert.deepEqual(mixed.failures[0], { label: '“Production” (ID 7)', message: 'Scriptix refused: no permission.' });
  assert.equal(mixed.failures[1].label, 'token ID 8');
  assert.match(mixed.failures[1].message, /try again/);
  assert.equal(deleteSummary({ results: [{ id: '7', name: 'P', ok: false, alreadyGone: false, message: 'x' }] }).text, 'Could not delete 1 token');
});

test('the native confirmation names a single token, and counts several', () => {
  assert.equal(deleteConfirmMessage([{ id: '7', name: 'Production transcription' }]),
    'Delete “Production transcription” (ID 7)? Integrations using this key stop working immediately. This cannot be undone.');
  assert.equal(deleteConfirmMessage([{ id: '1', name: 'a' }, { id: '2', name: 'b' }]),
    'Delete 2 tokens? Integrations using these keys stop working immediately. This cannot be undone.');
});

test('the orphan notice is singular for one key', () => {
  assert.equal(orphansText(1), '1 key on this device belongs to a token that no longer exists');
  assert.equal(orphansText(3), '3 keys on this device belong to tokens that no longer exist');
});

test('in Dutch, the name check, expiry, countdown and delete report read as Dutch with Dutch plurals', () => {
  useLanguage('nl');
  try {
    assert.equal(validateTokenName('  ').message, 'Vul een naam in voor het token.');
    assert.equal(validateTokenName('x'.repeat(101)).message, 'De naam is 101 tekens lang; er mogen er hoogstens 100 zijn.');
    assert.equal(expiryText(new Date('2026-11-30T10:00:00Z'), 1, { timeZone: 'UTC' }), 'Verloopt op 30 nov 2027');
    assert.deepEqual(EXPIRY_CHOICES.map((c) => c.label), ['1 jaar', '2 jaar', '5 jaar']);
    assert.equal(countdownText(12.2), 'Gekopieerd. Klembord wordt gewist over 13 s');
    assert.equal(deleteSummary({ results: [{ id: '1', name: 'A', ok: true, alreadyGone: false, message: null }] }).text, '1 token verwijderd');
    assert.equal(deleteSummary({ results: [
      { id: '1', name: 'A', ok: true, alreadyGone: false, message: null },
      { id: '2', name: 'B', ok: false, alreadyGone: false, message: null },
      { id: '3', name: 'C', ok: false, alreadyGone: false, message: null },
    ] }).text, '1 token verwijderd; 2 konden niet worden verwijderd');
    assert.equal(orphansText(1), '1 sleutel op dit apparaat hoort bij een token dat niet meer bestaat');
    assert.equal(tokenLabel({ id: '7' }), 'token met ID 7');
  } finally {
    useLanguage('en');
  }
});

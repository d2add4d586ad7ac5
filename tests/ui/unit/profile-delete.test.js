// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileDeleteText, PROFILE_EXPORT_FORMATS } from '../../../ui/js/views/signin-logic.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

test('the delete confirmation names how many keys the device holds and offers to keep them', () => {
  const two = profileDeleteText('Work', 2);
  assert.match(two.text, /holds 2 keys for “Work”/);
  assert.match(two.text, /export them first/);
  assert.equal(two.confirm, 'Delete profile and 2 keys');
  const one = profileDeleteText('Work', 1);
  assert.match(one.text, /holds 1 key for/);
  assert.match(one.text, /export it first/);
  assert.equal(one.confirm, 'Delete profile and 1 key');
});

test('a profile without keys is deleted with the plain confirmation', () => {
  const none = profileDeleteText('Empty', 0);
  assert.doesNotMatch(none.text, /holds/);
  assert.equal(none.confirm, 'Delete');
});

test('the profile export offers only the formats that hold several keys in one file', () => {
  assert.deepEqual(PROFILE_EXPORT_FORMATS.map((f) => f.format), ['onePasswordCsv', 'bitwardenCsv', 'keepassxcCsv']);
});

test('in Dutch, the delete confirmation counts keys with Dutch plurals', () => {
  useLanguage('nl');
  try {
    assert.equal(profileDeleteText('Werk', 1).confirm, 'Profiel en 1 sleutel verwijderen');
    assert.equal(profileDeleteText('Werk', 3).confirm, 'Profiel en 3 sleutels verwijderen');
    assert.match(profileDeleteText('Werk', 3).text, /^Dit apparaat bewaart 3 sleutels voor “Werk”\. .*exporteer ze eerst/);
    assert.equal(profileDeleteText('Leeg', 0).confirm, 'Verwijderen');
  } finally {
    useLanguage('en');
  }
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { spokenMoment } from '../../../ui/js/lib/countdown.js';

test('a countdown is spoken once when it reaches 10 seconds and once when it ends', () => {
  const moments = [];
  for (let s = 30; s >= -2; s -= 1) moments.push(spokenMoment(s + 1, s));
  assert.deepEqual(moments.filter(Boolean), ['ten', 'done']);
  assert.equal(spokenMoment(5, 4), null, 'a countdown that starts below 10 s is spoken at its end only');
  assert.equal(spokenMoment(0.3, -0.7), 'done');
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush } from './fake-dom.js';
import { destinationUpdates } from '../../../ui/js/views/rotation-destinations.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const at = '2026-11-27T10:00:00Z';
const PLACES = [
  { id: 1, kind: 'envFile', location: '/srv/.env', item: '', variable: 'KEY', label: '', at },
  { id: 2, kind: 'keepass', location: '/d/team.kdbx', item: 'uuid', variable: '', label: 'Root / APIs', at },
  { id: 3, kind: 'bitwardenCsv', location: '/tmp/bw.csv', item: '', variable: '', label: '', at },
];

test('Update all sends each KeePass password once, shows one result per place and empties the password field', async () => {
  const { root } = installDom();
  const calls = [];
  const section = destinationUpdates({ rotation: { id: 'r1' }, ipc: {
    rotationDestinations: async (a) => { calls.push(['list', a]); return PLACES; },
    rotationUpdateDestinations: async (a) => { calls.push(['update', a]); return [
      { destination: PLACES[0], outcome: 'updated', message: 'KEY in /srv/.env holds the new key' },
      { destination: PLACES[1], outcome: 'failed', message: 'That is not the password of this KeePass database.' },
      { destination: PLACES[2], outcome: 'byHand', message: '/tmp/bw.csv is an import file: export the new key again and import it.' },
    ]; } } });
  root.appendChild(section);
  await flush();
  assert.equal(section.hidden, false);
  assert.equal(allByTestId(root, 'rotation-destination').length, 3);
  const pw = allByTestId(root, 'update-kdbx-password');
  assert.equal(pw.length, 1, 'one field per database');
  pw[0].value = 'secret';
  byTestId(root, 'rotation-update-all').click(); await flush();
  assert.deepEqual(calls[1], ['update', { id: 'r1', passwords: [{ path: '/d/team.kdbx', password: 'secret' }] }]);
  assert.deepEqual(allByTestId(root, 'update-result').map((r) => r.getAttribute('data-outcome')), ['updated', 'failed', 'byHand']);
  assert.equal(pw[0].value, '', 'the database password is not kept');
});

test('a rotation whose old key went nowhere offers nothing', async () => {
  const { root } = installDom();
  const section = destinationUpdates({ rotation: { id: 'r2' }, ipc: { rotationDestinations: async () => [], rotationUpdateDestinations: async () => assert.fail() } });
  root.appendChild(section);
  await flush();
  assert.equal(section.hidden, true);
});

test('a KeePass database saved to with a key file says the same key file opens it again, and the password may stay empty', async () => {
  const { root } = installDom();
  const calls = [];
  const keyed = { id: 4, kind: 'keepass', location: '/d/keyed.kdbx', item: 'uuid', variable: '', label: 'Root', keyFile: '/d/team.keyx', at };
  const section = destinationUpdates({ rotation: { id: 'r3' }, ipc: {
    rotationDestinations: async () => [keyed, PLACES[1]],
    rotationUpdateDestinations: async (a) => { calls.push(a); return []; } } });
  root.appendChild(section);
  await flush();
  const notes = allByTestId(root, 'update-kdbx-key-file');
  assert.equal(notes.length, 1, 'only the database with a key file');
  assert.match(notes[0].textContent, /\/d\/team\.keyx/);
  byTestId(root, 'rotation-update-all').click(); await flush();
  assert.deepEqual(calls[0].passwords, [{ path: '/d/keyed.kdbx', password: '' }, { path: '/d/team.kdbx', password: '' }]);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { describeDestination } from '../../../ui/js/lib/destinations.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const base = { id: 1, item: '', variable: '', label: '', at: '2026-11-27T10:00:00Z' };

test('a .env destination names its variable and file; an import file names its path', () => {
  assert.deepEqual(describeDestination({ ...base, kind: 'envFile', location: '/srv/app/.env', variable: 'SCRIPTIX_API_KEY' }),
    { kind: '.env file', where: 'SCRIPTIX_API_KEY in /srv/app/.env' });
  assert.deepEqual(describeDestination({ ...base, kind: 'bitwardenCsv', location: '/tmp/bw.csv' }),
    { kind: 'Bitwarden CSV import file', where: '/tmp/bw.csv' });
});

test('password-manager destinations name their vault or database and the item', () => {
  assert.deepEqual(describeDestination({ ...base, kind: 'onePassword', location: 'abc123', item: 'itemid' }),
    { kind: '1Password item', where: 'vault abc123, item itemid' });
  assert.deepEqual(describeDestination({ ...base, kind: 'keepass', location: '/home/d/team.kdbx', item: 'u', label: 'Root/Scriptix' }),
    { kind: 'KeePass database entry', where: '/home/d/team.kdbx (Root/Scriptix)' });
  assert.equal(describeDestination({ ...base, kind: /** @type {any} */ ('future'), location: 'x' }).kind, 'Somewhere else');
});

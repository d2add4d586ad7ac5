import test from 'node:test';
import assert from 'node:assert/strict';
import { snippetsFor, ENV_VAR } from '../../../ui/js/lib/snippets.js';
import { useLanguage } from './catalogue.js';

useLanguage('en');

const KEY = 'sk_live_0123456789abcdefghijABCDEFGHIJ0123456789';

test('snippets take only the type, so a key passed by mistake can never be inlined', () => {
  assert.equal(snippetsFor.length, 1);
  for (const type of ['batch', 'realtime', 'other']) {
    const s = /** @type {any} */ (snippetsFor)(type, KEY, { key: KEY });
    for (const lang of ['curl', 'python', 'node']) {
      assert.ok(!s[lang].includes(KEY), `${type}/${lang} must not contain the key`);
      assert.doesNotMatch(s[lang], /sk_live_|token_[A-Za-z0-9]|[A-Za-z0-9]{32,}/, `${type}/${lang} has nothing key-like`);
    }
  }
});

test('every snippet sends a Bearer header read from SCRIPTIX_API_TOKEN', () => {
  for (const type of ['batch', 'realtime']) {
    const s = snippetsFor(type);
    assert.match(s.curl, /-H "Authorization: Bearer \$SCRIPTIX_API_TOKEN"/);
    assert.match(s.python, /os\.environ\["SCRIPTIX_API_TOKEN"\]/);
    assert.match(s.python, /"Authorization": f"Bearer \{token\}"/);
    assert.match(s.node, /process\.env\.SCRIPTIX_API_TOKEN/);
    assert.match(s.node, /Authorization: `Bearer \$\{token\}`/);
    assert.match(s.node, /require\('axios'\)/);
    assert.match(s.python, /import requests/);
  }
  assert.equal(ENV_VAR, 'SCRIPTIX_API_TOKEN');
});

test('batch snippets upload a file to the v3 speech-to-text endpoint', () => {
  const s = snippetsFor('batch');
  assert.equal(s.kind, 'batch');
  for (const lang of ['curl', 'python', 'node']) assert.match(s[lang], /POST|post\(/i);
  assert.match(s.curl, /^curl -X POST "https:\/\/api\.scriptix\.io\/api\/v3\/speech-to-text"/);
  assert.match(s.curl, /-F "file=@audio\.mp3"/);
  assert.match(s.python, /files=\{"file": audio\}/);
  assert.match(s.node, /form\.append\('file'/);
  assert.equal(s.note, null);
});

test('realtime snippets only check the v4 status endpoint and explain streaming', () => {
  const s = snippetsFor(' Realtime ');
  assert.equal(s.kind, 'realtime');
  for (const lang of ['curl', 'python', 'node']) {
    assert.match(s[lang], /https:\/\/api\.scriptix\.io\/api\/v4\/realtime\/status/);
    assert.doesNotMatch(s[lang], /speech-to-text|POST|\.post\(/);
  }
  assert.match(s.note ?? '', /WebSocket/);
});

test('an unknown type falls back to the batch examples', () => {
  assert.equal(snippetsFor('websocket-beta').kind, 'batch');
  assert.equal(snippetsFor('').kind, 'batch');
});

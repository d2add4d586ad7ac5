import test from 'node:test';
import assert from 'node:assert/strict';
import { sortOrder, sortKeys, filterPositions, countTokens, nextSort, DEFAULT_SORT, SORT_KEYS, prepareSearch } from '../../../ui/js/lib/tokens.js';

/** The tokens in sorted order (the table reads them out of sortOrder's positions the same way). */
const sortTokens = (list, ...rest) => sortOrder(list, ...rest).map((i) => list[i]);
/** The tokens a query keeps, in the list's order. */
const filterTokens = (list, ...rest) => { const at = filterPositions(list, ...rest); return at === null ? [...list] : at.map((i) => list[i]); };

const NOW = new Date('2026-03-10T12:00:00Z');
const d = (days) => (days === null ? null : new Date(NOW.getTime() + days * 86_400_000).toISOString());
const status = (days) => (days === null ? 'unknown' : days <= 0 ? 'expired' : days <= 7 ? 'expiring7' : days <= 30 ? 'expiring30' : 'active');
const tok = (id, name, type, created, expires) => ({
  id, name, type, createdAt: d(created), expiresAt: d(expires), expirySource: expires === null ? 'unknown' : 'server',
  status: status(expires), hasLocalKey: false,
});

const TOKENS = [
  tok('10', 'Production', 'batch', -300, 65),
  tok('2', 'Live captions', 'realtime', -359, 5),
  tok('33', 'archive import', 'batch', -340, 24),
  tok('4', 'Staging', 'batch', -370, -4),
  tok('5', 'Old podcast', 'batch', -720, -40),
  tok('6', 'Legacy', 'batch', null, null),
  tok('7', 'Beta thing', 'websocket-beta', -10, 900),
  tok('100', 'Zulu monitor', 'realtime', -5, 2),
];
const ids = (list) => list.map((t) => t.id);

test('default order is soonest expiry first, then expired (most recent first), then unknown', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, DEFAULT_SORT, NOW)), ['100', '2', '33', '10', '7', '4', '5', '6']);
});

test('expiry descending is latest first, and unknown expiry still comes last', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'expiresAt', dir: 'desc' }, NOW)), ['7', '10', '33', '2', '100', '4', '5', '6']);
});

test('a token past its expiry date counts as expired even if its status lags', () => {
  const stale = { ...tok('9', 'Stale', 'batch', -10, -1), status: 'expiring7' };
  assert.deepEqual(ids(sortTokens([stale, tok('1', 'A', 'batch', -1, 3)], DEFAULT_SORT, NOW)), ['1', '9']);
});

test('ids sort numerically, both directions', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'id', dir: 'asc' }, NOW)), ['2', '4', '5', '6', '7', '10', '33', '100']);
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'id', dir: 'desc' }, NOW)), ['100', '33', '10', '7', '6', '5', '4', '2']);
});

test('non-numeric ids sort as natural text', () => {
  const list = [tok('tok_b10', 'x', 'batch', 0, 5), tok('tok_b9', 'y', 'batch', 0, 5), tok('tok_a', 'z', 'batch', 0, 5)];
  assert.deepEqual(ids(sortTokens(list, { key: 'id', dir: 'asc' }, NOW)), ['tok_a', 'tok_b9', 'tok_b10']);
});

test('names sort case-insensitively, both directions', () => {
  const asc = sortTokens(TOKENS, { key: 'name', dir: 'asc' }, NOW).map((t) => t.name);
  assert.deepEqual(asc, ['archive import', 'Beta thing', 'Legacy', 'Live captions', 'Old podcast', 'Production', 'Staging', 'Zulu monitor']);
  const desc = sortTokens(TOKENS, { key: 'name', dir: 'desc' }, NOW).map((t) => t.name);
  assert.deepEqual(desc, [...asc].reverse());
});

test('types sort alphabetically with name as the tie-break', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'type', dir: 'asc' }, NOW)), ['33', '6', '5', '10', '4', '2', '100', '7']);
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'type', dir: 'desc' }, NOW)), ['7', '2', '100', '33', '6', '5', '10', '4']);
});

test('created sorts oldest first ascending, newest first descending, missing dates last both ways', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'createdAt', dir: 'asc' }, NOW)), ['5', '4', '2', '33', '10', '7', '100', '6']);
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'createdAt', dir: 'desc' }, NOW)), ['100', '7', '10', '33', '2', '4', '5', '6']);
});

test('status sorts by urgency, unknown last in both directions', () => {
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'status', dir: 'asc' }, NOW)), ['5', '4', '100', '2', '33', '10', '7', '6']);
  assert.deepEqual(ids(sortTokens(TOKENS, { key: 'status', dir: 'desc' }, NOW)), ['10', '7', '33', '100', '2', '5', '4', '6']);
});

test('tokens with the same expiry go by name in natural order, then by id, whatever order they came in', () => {
  const same = (id, name) => tok(id, name, 'batch', -1, 365);
  const list = [same('9', 'Load test 10'), same('3', 'load test 2'), same('12', 'Load test 2'), same('1', 'Load test 01')];
  assert.deepEqual(ids(sortTokens(list, DEFAULT_SORT, NOW)), ['1', '3', '12', '9']);
  assert.deepEqual(ids(sortTokens([...list].reverse(), DEFAULT_SORT, NOW)), ['1', '3', '12', '9']);
});

test('every column sorts a list the same way whatever order the list came in', () => {
  const list = [...TOKENS, tok('8', 'Production', 'batch', -300, 65), tok('9', 'staging', 'realtime', -370, -4), tok('11', 'Legacy', '', null, null)];
  const lastUsed = (t) => (Number(t.id) % 3 === 0 ? undefined : { lastUsedAt: d(-(Number(t.id) % 4)) });
  for (const key of SORT_KEYS) {
    for (const dir of /** @type {const} */ (['asc', 'desc'])) {
      const want = ids(sortTokens(list, { key, dir }, NOW, lastUsed));
      for (let shift = 1; shift < list.length; shift += 3) {
        const turned = [...list.slice(shift), ...list.slice(0, shift)].reverse();
        assert.deepEqual(ids(sortTokens(turned, { key, dir }, NOW, lastUsed)), want, `${key} ${dir}`);
      }
    }
  }
});

test('sort keys: expiry ascending is valid soonest first, then expired latest first, then unknown', () => {
  const list = [tok('1', 'a', 'batch', 0, 5), tok('2', 'b', 'batch', 0, -4), tok('3', 'c', 'batch', 0, null)];
  const keys = /** @type {NonNullable<ReturnType<typeof sortKeys>>} */ (sortKeys(list, DEFAULT_SORT, NOW.getTime(), () => undefined));
  const e = (i) => Date.parse(/** @type {string} */ (list[i].expiresAt));
  assert.deepEqual([...keys.primary], [0, 1, 2]);
  assert.deepEqual([...keys.secondary], [e(0), -e(1), 0]);
  const desc = /** @type {NonNullable<ReturnType<typeof sortKeys>>} */ (sortKeys(list, { key: 'expiresAt', dir: 'desc' }, NOW.getTime(), () => undefined));
  assert.deepEqual([...desc.primary], [0, 0, 1]);
  assert.deepEqual([...desc.secondary], [-e(0), -e(1), 0]);
});

test('sort keys: a missing date is last in both directions, and text columns have none', () => {
  const list = [tok('1', 'a', 'batch', -2, 5), tok('2', 'b', 'batch', null, 5)];
  const created = Date.parse(/** @type {string} */ (list[0].createdAt));
  assert.deepEqual([...(sortKeys(list, { key: 'createdAt', dir: 'asc' }, 0, () => undefined)?.primary ?? [])], [created, Infinity]);
  assert.deepEqual([...(sortKeys(list, { key: 'createdAt', dir: 'desc' }, 0, () => undefined)?.primary ?? [])], [-created, Infinity]);
  for (const key of /** @type {const} */ (['id', 'name', 'type'])) assert.equal(sortKeys(list, { key, dir: 'asc' }, 0, () => undefined), null);
});

test('sorting never mutates its input', () => {
  const copy = [...TOKENS];
  sortTokens(TOKENS, { key: 'name', dir: 'desc' }, NOW);
  assert.deepEqual(TOKENS, copy);
});

test('clicking the same header toggles direction; a new header starts ascending', () => {
  assert.deepEqual(nextSort({ key: 'name', dir: 'asc' }, 'name'), { key: 'name', dir: 'desc' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'desc' }, 'name'), { key: 'name', dir: 'asc' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'desc' }, 'id'), { key: 'id', dir: 'asc' });
});

test('filter matches name, id and type case-insensitively', () => {
  assert.deepEqual(ids(filterTokens(TOKENS, 'LIVE')), ['2']);
  assert.deepEqual(ids(filterTokens(TOKENS, '33')), ['33']);
  assert.deepEqual(ids(filterTokens(TOKENS, 'realtime')), ['2', '100']);
  assert.deepEqual(ids(filterTokens(TOKENS, 'beta')), ['7']);
});

test('filter with several words needs all of them', () => {
  assert.deepEqual(ids(filterTokens(TOKENS, 'batch  o')), ['10', '33', '5']);
  assert.deepEqual(ids(filterTokens(TOKENS, 'realtime zulu')), ['100']);
  assert.deepEqual(ids(filterTokens(TOKENS, 'realtime staging')), []);
});

test('an empty or blank filter keeps every token', () => {
  assert.equal(filterTokens(TOKENS, '').length, TOKENS.length);
  assert.equal(filterTokens(TOKENS, '   ').length, TOKENS.length);
});

/** The filter's rule written plainly: every word in the token's name, id, type or notes. */
function naive(list, query) {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((t) => {
    const n = t.notes;
    const hay = [t.name, t.id, t.type, n?.description, n?.environment, n?.usedBy, n?.owner].map((v) => v ?? '').join('\u0000').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

test('typed one key at a time, edited and cleared, the filter finds exactly what a fresh search of the whole list finds', () => {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const words = ['bulk', 'import', 'live', 'captions', 'batch', 'staging', 'prod', 'acme', 'büro', 'Ünïcode'];
  const list = Array.from({ length: 400 }, (_, i) => ({ ...tok(String(i), `${words[i % 10]} ${words[(i * 7) % 10]} ${i}`, i % 3 ? 'batch' : 'realtime', -5, i),
    notes: i % 5 ? null : { description: `note ${i}`, environment: words[i % 4], usedBy: 'worker', owner: '', updatedAt: null } }));
  const queries = ['b', 'bu', 'bul', 'bulk', 'bulk ', 'bulk 1', 'bulk 12', 'bulk 1', 'bulk', 'ulk', 'ulk im', 'ulk imp', 'k im', '', 'r',
    're', 'rea', 'real 1', 'real 1 1', '1 real', 'note', 'note 2', 'NOTE 25', 'prod', 'büro', 'BÜRO 3', 'ü'];
  for (let i = 0; i < 300; i += 1) queries.push(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => words[Math.floor(rnd() * 10)].slice(0, 1 + Math.floor(rnd() * 4))).join(' '));
  for (const q of queries) assert.deepEqual(ids(filterTokens(list, q)), ids(naive(list, q)), `query ${JSON.stringify(q)}`);
});

test('a changed list is searched afresh: a renamed token and new notes are found by their new text, not their old', () => {
  const list = [tok('1', 'Alpha', 'batch', -5, 10), tok('2', 'Beta', 'batch', -5, 10)];
  assert.deepEqual(ids(filterTokens(list, 'alph')), ['1']);
  // The workspace replaces a changed token (and the list): renamed, then notes saved.
  const renamed = [{ ...list[0], name: 'Gamma' }, list[1]];
  assert.deepEqual(ids(filterTokens(renamed, 'alpha')), []);
  assert.deepEqual(ids(filterTokens(renamed, 'gamm')), ['1']);
  const noted = [renamed[0], { ...renamed[1], notes: { description: '', environment: 'production', usedBy: 'alpha-worker', owner: '', updatedAt: null } }];
  assert.deepEqual(ids(filterTokens(noted, 'alpha')), ['2']);
  assert.deepEqual(ids(filterTokens(noted, 'alpha-w')), ['2']);
  assert.deepEqual(ids(filterTokens(renamed, 'alpha-w')), [], 'the old list still has the old notes');
});

/**
 * Tokens whose name counts its reads (the search text is built from it), and a scheduler
 * whose steps run when the test says.
 * @param {number} n @param {string} prefix
 */
function counted(n, prefix) {
  const reads = { n: 0 };
  const list = Array.from({ length: n }, (_, i) => {
    const t = tok(String(i), '', 'batch', 30, 10);
    Object.defineProperty(t, 'name', { get() { reads.n += 1; return `${prefix} ${i}`; }, enumerable: true });
    return t;
  });
  return { list, reads };
}
function queue() {
  const steps = [];
  return { later: (/** @type {() => void} */ step) => { steps.push(step); }, runOne: () => steps.shift()?.(), get size() { return steps.length; } };
}

test('a new list is prepared in slices ahead of the first keystroke, which then reads no token again and finds the same rows', () => {
  const { list, reads } = counted(1000, 'Load test');
  const q = queue();
  prepareSearch(list, q.later, 300);
  assert.equal(reads.n, 0, 'nothing is done until the scheduler runs a step');
  q.runOne();
  assert.equal(reads.n, 300, 'one slice per step');
  while (q.size) q.runOne();
  assert.equal(reads.n, 1000);
  assert.deepEqual(ids(filterTokens(list, 'test 777')), ['777']);
  assert.equal(filterTokens(list, 'load').length, 1000);
  assert.equal(reads.n, 1000, 'the keystroke worked nothing out again');
  prepareSearch(list, q.later, 300);
  assert.equal(q.size, 0, 'a list already prepared is not prepared again');
});

test('a newer list stops the preparation of the older one, and a keystroke in the middle finds the same rows', () => {
  const a = counted(1000, 'Alpha');
  const b = counted(1000, 'Beta');
  const q = queue();
  prepareSearch(a.list, q.later, 200);
  q.runOne();
  assert.equal(a.reads.n, 200);
  prepareSearch(b.list, q.later, 200);
  while (q.size) q.runOne();
  assert.equal(a.reads.n, 200, 'the older list was left alone once a newer one came');
  assert.equal(b.reads.n, 1000);

  const c = counted(1000, 'Gamma');
  prepareSearch(c.list, q.later, 250);
  q.runOne();
  assert.deepEqual(ids(filterTokens(c.list, 'gamma 512')), ['512']);
  assert.equal(c.reads.n, 1000, 'the keystroke worked out the rest itself');
  while (q.size) q.runOne();
  assert.equal(c.reads.n, 1000, 'and the preparation stopped there');
});

test('counts group tokens by status and add up to the total', () => {
  const c = countTokens(TOKENS);
  assert.deepEqual(c, { total: 8, active: 2, expiring30: 1, expiring7: 2, expired: 2, unknown: 1 });
  assert.equal(c.active + c.expiring30 + c.expiring7 + c.expired + c.unknown, c.total);
});

test('a status outside the contract is counted as unknown', () => {
  assert.equal(countTokens([{ ...TOKENS[0], status: 'odd' }]).unknown, 1);
  assert.equal(countTokens([{ ...TOKENS[0], status: 'total' }]).unknown, 1);
});

test('a list that comes in sorted is confirmed, not sorted again: same order as sorting it, as a new array, for every column and direction', () => {
  // Seeded, so a failure repeats: lists with ties on every key (equal expiries, names that
  // differ only in case or number width, missing dates) and every column in both directions.
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const names = ['Load test 2', 'load test 10', 'Load Test 02', 'CI', 'ci', 'Zulu', 'ärchive', 'archive', ''];
  const expiries = [null, -40, -4, 0.5, 5, 24, 24, 65, 900];
  for (let round = 0; round < 60; round += 1) {
    const list = Array.from({ length: 1 + rand(40) }, (_, i) => tok(String(rand(3) === 0 ? `x${i}` : i + 1),
      names[rand(names.length)], ['batch', 'realtime', ''][rand(3)], rand(4) === 0 ? null : -rand(400), expiries[rand(expiries.length)]));
    for (const key of SORT_KEYS) {
      for (const dir of /** @type {const} */ (['asc', 'desc'])) {
        const sort = { key, dir };
        const sorted = sortTokens(list, sort, NOW);
        const again = sortTokens(sorted, sort, NOW);
        assert.deepEqual(ids(again), ids(sorted), `${key} ${dir}, round ${round}`);
        assert.notEqual(again, sorted, 'a new array: the caller may keep the one it passed');
        const shuffled = [...list].reverse();
        assert.deepEqual(ids(sortTokens(shuffled, sort, NOW)), ids(sorted), `${key} ${dir} reversed, round ${round}`);
      }
    }
  }
});

test('a list sorted but for one token out of place is sorted in full', () => {
  const sorted = sortTokens(TOKENS, DEFAULT_SORT, NOW);
  const moved = [sorted[sorted.length - 1], ...sorted.slice(0, -1)];
  assert.deepEqual(ids(sortTokens(moved, DEFAULT_SORT, NOW)), ids(sorted));
});

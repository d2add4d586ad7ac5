import test from 'node:test';
import assert from 'node:assert/strict';
import {
  lastUsedCell, isUnused, isInUse, usageWords, hintText, chartBars, chartSummary, minutesText, lastUsedTime,
} from '../../../ui/js/lib/usage.js';
import { useLanguage } from './catalogue.js';

// The English catalogue: the format helpers these views use read it.
useLanguage('en');

const now = new Date('2026-11-30T12:00:00Z');
const server = (at, ip = '203.0.113.7') => ({ tokenId: '1', lastUsedAt: at, lastIp: ip, source: 'server', localAction: null });

test('the Last used cell is relative, with the exact time and IP on hover and for screen readers', () => {
  const cell = lastUsedCell(server('2026-11-30T11:55:00Z'), now);
  assert.equal(cell.text, '5 minutes ago');
  assert.match(cell.title, /from 203\.0\.113\.7$/);
  assert.match(cell.spoken, /^Last used .* from 203\.0\.113\.7$/);
  assert.equal(lastUsedCell(server(null, null), now).text, 'Never');
  assert.equal(lastUsedCell(undefined, now).text, '…');
});

test('local knowledge is labelled as this device only', () => {
  const cell = lastUsedCell({ tokenId: '1', lastUsedAt: '2026-11-27T12:00:00Z', lastIp: null, source: 'local', localAction: 'copied' }, now);
  assert.equal(cell.text, 'Copied here 3 days ago');
  assert.equal(cell.local, true);
  assert.match(cell.title, /this device only/);
  assert.equal(lastUsedCell({ tokenId: '1', lastUsedAt: null, lastIp: null, source: 'local', localAction: null }, now).text, '—');
});

test('unused means never or 90 days, and in use means within the recent hours, from the server only', () => {
  assert.equal(isUnused(server(null), now), false, 'never used, of unknown age: not judged');
  assert.equal(isUnused(server(null), now, '2026-01-01T00:00:00Z'), true, 'never used and old');
  assert.equal(isUnused(server(null), now, '2026-11-23T00:00:00Z'), false, 'a new key is not unused yet');
  assert.equal(isUnused(server('2026-09-01T12:00:00Z'), now), true, 'exactly 90 days');
  assert.equal(isUnused(server('2026-09-01T12:00:01Z'), now), false);
  assert.equal(isUnused({ ...server(null), source: 'local' }, now), false, 'local knowledge never says unused');
  assert.equal(isUnused(undefined, now), false);
  assert.equal(isInUse(server('2026-11-29T12:00:00Z'), now), true, 'exactly 24 hours');
  assert.equal(isInUse(server('2026-11-29T11:59:59Z'), now), false);
  assert.equal(isInUse(server('2026-11-29T11:59:59Z'), now, 48), true);
  assert.equal(isInUse({ ...server('2026-11-30T11:00:00Z'), source: 'local' }, now), false);
});

test('the filter words unused and in use are taken out of the query', () => {
  assert.deepEqual(usageWords('prod unused'), { rest: 'prod', unused: true, inUse: false });
  assert.deepEqual(usageWords('In use batch'), { rest: 'batch', unused: false, inUse: true });
  assert.deepEqual(usageWords('in-use'), { rest: '', unused: false, inUse: true });
  assert.deepEqual(usageWords('unusedstuff'), { rest: 'unusedstuff', unused: false, inUse: false });
  assert.deepEqual(usageWords('  '), { rest: '', unused: false, inUse: false });
});

test('each hint says what it means and what to do next', () => {
  const base = { id: 'x', tokenId: '12', tokenName: 'Prod', at: '2026-11-29T00:00:00Z' };
  const newIp = hintText({ ...base, kind: 'newIp', args: { ip: '203.0.113.9', date: '2026-11-29' } });
  assert.match(newIp.meaning, /203\.0\.113\.9/);
  assert.ok(newIp.actions.includes('rotate'));
  const failed = hintText({ ...base, kind: 'failedAuth', args: { reason: 'expired', count: 40, ip: '198.51.100.4' } });
  assert.match(failed.title, /expired key/);
  assert.match(failed.meaning, /40 failed/);
  const retiring = hintText({ ...base, kind: 'retiringInUse', args: { ip: '192.0.2.1', minutesAgo: 12 } });
  assert.match(retiring.meaning, /from 192\.0\.2\.1 12 minutes ago/);
  assert.ok(hintText({ ...base, kind: 'unused', args: { days: 120 } }).actions.includes('delete'));
  assert.match(hintText({ ...base, kind: 'spike', args: { count: 400, median: 2.5, date: '2026-11-29' } }).meaning, /median 2\.5/);
});

test('the chart scales to the busiest value and its summary adds up', () => {
  const daily = [
    { date: '2026-11-29', requests: 10, errors: 2, failedAuth: 0 },
    { date: '2026-11-30', requests: 40, errors: 0, failedAuth: 5 },
  ];
  const { max, bars } = chartBars(daily, { width: 300, height: 100 });
  assert.equal(max, 40);
  assert.equal(bars.length, 6);
  const tallest = bars.find((b) => b.value === 40);
  assert.equal(tallest.h, 100);
  assert.equal(bars.find((b) => b.value === 0).h, 0);
  assert.equal(chartSummary(daily), '50 requests in the last 2 days, 2 errors, 5 failed authentications; busiest day 2026-11-30 with 40 requests.');
  assert.equal(chartSummary([]), 'No usage recorded.');
  assert.equal(chartBars([], { width: 10, height: 10 }).bars.length, 0);
  assert.equal(minutesText(1), '1 minute');
  assert.equal(minutesText(180), '3 hours');
  assert.equal(lastUsedTime(undefined), null);
});

import { installDom, byTestId, flush } from './fake-dom.js';
import { createUsagePanel } from '../../../ui/js/views/usage-panel.js';

const USAGE = {
  available: true, source: 'server', tokenId: '12', lastUsedAt: '2026-11-30T11:50:00Z',
  lastUsedIps: [{ ip: '203.0.113.7', lastSeenAt: '2026-11-30T11:50:00Z', requests: 41 }],
  daily: [{ date: '2026-11-29', requests: 3, errors: 1, failedAuth: 0 }, { date: '2026-11-30', requests: 41, errors: 0, failedAuth: 2 }],
  failedAuth: [{ at: '2026-11-30T10:00:00Z', ip: '198.51.100.4', reason: 'expired' }],
  hints: [{ id: 'spike:12:2026-11-30', tokenId: '12', tokenName: 'Prod', kind: 'spike', at: '2026-11-30T00:00:00Z', args: { count: 41, median: 3, date: '2026-11-30' } }],
  local: { lastCopiedAt: '2026-11-28T09:00:00Z', lastExportedAt: null, lastCheckedAt: null },
};

test('the usage panel draws the chart with a table alternative, the IPs, failed authentications and hints', async () => {
  const { root } = installDom();
  root.appendChild(createUsagePanel({ ipc: { usageToken: async () => USAGE }, tokenId: '12', now: () => now, format: { timeZone: 'UTC' } }));
  await flush();
  assert.match(byTestId(root, 'usage-summary').textContent, /^44 requests in the last 2 days, 1 error, 2 failed authentications/);
  assert.match(byTestId(root, 'usage-chart').getAttribute('aria-label'), /44 requests/);
  assert.equal(byTestId(root, 'usage-table').querySelectorAll('tr').length, 3, 'a header row and one row per day');
  assert.match(byTestId(root, 'usage-ip').textContent, /203\.0\.113\.7.*41 requests/);
  assert.match(byTestId(root, 'usage-failed-row').textContent, /198\.51\.100\.4 · expired key/);
  assert.equal(byTestId(root, 'usage-hint').getAttribute('data-kind'), 'spike');
  assert.match(byTestId(root, 'usage-local').textContent, /Copied here 28 Nov 2026, 09:00/);
});

test('without usage on the server the panel says so calmly and shows this device’s knowledge', async () => {
  const { root } = installDom();
  const local = { ...USAGE, available: false, source: 'local', daily: [], lastUsedIps: [], failedAuth: [], hints: [] };
  root.appendChild(createUsagePanel({ ipc: { usageToken: async () => local }, tokenId: '12', now: () => now, format: { timeZone: 'UTC' } }));
  await flush();
  assert.match(byTestId(root, 'usage-panel-unavailable').textContent, /isn’t available from this server/);
  assert.equal(byTestId(root, 'usage-chart'), null);
  assert.match(byTestId(root, 'usage-local').textContent, /Copied here/);
});

test('a usage error is said in the panel, never thrown', async () => {
  const { root } = installDom();
  root.appendChild(createUsagePanel({ ipc: { usageToken: async () => { throw Object.assign(new Error('x'), { kind: 'forbidden', message: 'Your account may not see usage.' }); } }, tokenId: '12' }));
  await flush();
  assert.equal(byTestId(root, 'usage-status').textContent, 'Your account may not see usage.');
});

test('in Dutch, the Last used cell, the filter words, the hints and the chart summary speak Dutch, with Dutch plurals', () => {
  useLanguage('nl');
  try {
    const cell = lastUsedCell(server('2026-11-30T11:55:00Z'), now);
    assert.equal(cell.text, '5 minuten geleden');
    assert.match(cell.spoken, /^Laatst gebruikt .* vanaf 203\.0\.113\.7$/);
    const local = lastUsedCell({ tokenId: '1', lastUsedAt: '2026-11-27T12:00:00Z', lastIp: null, source: 'local', localAction: 'copied' }, now);
    assert.equal(local.text, 'Hier gekopieerd 3 dagen geleden');
    assert.deepEqual(usageWords('prod ongebruikt'), { rest: 'prod', unused: true, inUse: false });
    assert.deepEqual(usageWords('In gebruik batch'), { rest: 'batch', unused: false, inUse: true });
    assert.deepEqual(usageWords('unused'), { rest: '', unused: true, inUse: false }, 'the English words keep working');
    const base = { id: 'x', tokenId: '12', tokenName: null, at: '2026-11-30T00:00:00Z' };
    const spike = hintText({ ...base, kind: 'spike', args: { count: 400, median: 2.5, date: '2026-11-29' } });
    assert.equal(spike.title, '“token 12”: ongewoon veel verzoeken');
    assert.match(spike.meaning, /^400 verzoeken op 2026-11-29, .*\(mediaan 2,5\)\.$/);
    assert.equal(hintText({ ...base, kind: 'unused', args: { days: 1 } }).meaning, 'Al 1 dag niet gebruikt.');
    assert.equal(hintText({ ...base, kind: 'failedAuth', args: { count: 1, reason: 'expired', ip: '192.0.2.1' } }).meaning,
      '1 mislukte aanmelding met deze verlopen sleutel in de afgelopen week, de laatste vanaf 192.0.2.1.');
    assert.equal(minutesText(1), '1 minuut');
    assert.equal(minutesText(12), '12 minuten');
    assert.equal(chartSummary([{ date: '2026-11-30', requests: 1, errors: 0, failedAuth: 3 }]),
      '1 verzoek in de afgelopen dag, 0 fouten, 3 mislukte aanmeldingen; drukste dag 2026-11-30 met 1 verzoek.');
  } finally {
    useLanguage('en');
  }
});

test('in Dutch, the usage panel speaks Dutch: title, last use, addresses with a Dutch plural, reasons and this device’s knowledge', async () => {
  useLanguage('nl');
  try {
    const { root } = installDom();
    const usage = { ...USAGE, lastUsedIps: [{ ip: '203.0.113.7', lastSeenAt: '2026-11-30T11:50:00Z', requests: 1 }] };
    root.appendChild(createUsagePanel({ ipc: { usageToken: async () => usage }, tokenId: '12', now: () => now, format: { timeZone: 'UTC' } }));
    await flush();
    assert.equal(root.querySelector('h3').textContent, 'Gebruik (30 dagen)');
    assert.equal(byTestId(root, 'usage-last-used').textContent, 'Laatst gebruikt 10 minuten geleden (30 nov 2026, 11:50) vanaf 203.0.113.7');
    assert.match(byTestId(root, 'usage-ip').textContent, /laatst gezien 10 minuten geleden, 1 verzoek$/);
    assert.match(byTestId(root, 'usage-failed-row').textContent, /198\.51\.100\.4 · verlopen sleutel/);
    assert.match(byTestId(root, 'usage-summary').textContent, /^44 verzoeken in de afgelopen 2 dagen, 1 fout, 2 mislukte aanmeldingen/);
    assert.equal(byTestId(root, 'usage-local').textContent, 'Op dit apparaat: Hier gekopieerd 28 nov 2026, 09:00.');
  } finally {
    useLanguage('en');
  }
});

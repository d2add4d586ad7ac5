// @ts-check
//! The synthetic token lists of the perf harnesses (never loaded by the app), shared by the
//! filter page (filter.js, in the browser) and start.mjs (in node): `bench` is the list
//! `scripts/bench` uses (the 12 demo tokens plus "Load test 00000"… batch tokens expiring in a
//! year, in name order); `mix` is a realistic mix (names in no order, types, expired / expiring /
//! unknown expiry, notes and local keys on some). Deterministic: every run sees the same list.

import { demoTokens } from '../preview/fake-ipc.js';

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same list. */
export function random(seed = 16) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ISO dates `days` from `now`. @param {Date} now */
const atFrom = (now) => (/** @type {number} */ days) => new Date(now.getTime() + days * DAY).toISOString();

/** @param {number | null} expires days from now, or null @returns {string} */
function statusOf(expires) {
  if (expires === null) return 'unknown';
  return expires <= 0 ? 'expired' : expires <= 7 ? 'expiring7' : expires <= 30 ? 'expiring30' : 'active';
}

/**
 * @param {Date} now @param {number} total
 * @returns {any[]}
 */
export function benchTokens(now, total) {
  const at = atFrom(now);
  const out = demoTokens(now).slice(0, total);
  for (let i = 0; out.length < total; i += 1) {
    out.push({ id: String(1000 + i), name: `Load test ${String(i).padStart(5, '0')}`, type: 'batch', createdAt: at(0),
      expiresAt: at(365), expirySource: 'server', status: 'active', hasLocalKey: false, notes: null });
  }
  return out;
}

/**
 * @param {Date} now @param {number} total
 * @returns {any[]}
 */
export function mixTokens(now, total) {
  const at = atFrom(now);
  const r = random();
  const pick = (/** @type {any[]} */ xs) => xs[Math.floor(r() * xs.length)];
  const what = ['Bulk import', 'Live captions', 'Nightly archive', 'Podcast pipeline', 'Support call analytics', 'Partner integration',
    'QA harness', 'Studio monitor', 'Meeting notes', 'Subtitle export', 'Newsroom feed', 'Legal transcripts', 'Research prototype',
    'Conference booth', 'Webinar recorder', 'Call centre', 'Media monitoring', 'Lecture capture'];
  const where = ['eu-west', 'us-east', 'Acme Media', 'town hall', 'studio B', 'build-02', 'k8s', 'room 12', 'Globex', 'Initech', ''];
  const envs = ['production', 'staging', 'dev', 'partner-acme', ''];
  const people = ['Dana', 'Platform team', 'Partnerships', 'Ravi', 'Sam Okafor', 'Infra', ''];
  const out = demoTokens(now).slice(0, total);
  for (let i = 0; out.length < total; i += 1) {
    const x = r();
    /** @type {number | null} */
    const expires = x < 0.03 ? null : x < 0.08 ? -Math.ceil(r() * 60) : x < 0.10 ? Math.ceil(r() * 7) : x < 0.15 ? 7 + Math.ceil(r() * 23) : 30 + Math.ceil(r() * 900);
    const t = r();
    const local = r() < 0.1;
    const noted = r() < 0.15;
    const place = pick(where);
    out.push({
      id: String(1000 + i),
      name: `${pick(what)}${place ? ` — ${place}` : ''} ${Math.floor(r() * 10_000)}`,
      type: t < 0.7 ? 'batch' : t < 0.95 ? 'realtime' : 'websocket-beta',
      createdAt: at(-Math.ceil(r() * 700)),
      expiresAt: expires === null ? null : at(expires),
      expirySource: expires === null ? 'unknown' : r() < 0.05 ? 'local' : 'server',
      status: statusOf(expires),
      hasLocalKey: local,
      keyHint: local ? `sk_live_…${Math.floor(r() * 0xffff).toString(16).padStart(4, '0')}` : null,
      notes: noted ? { description: r() < 0.5 ? 'Rotate with the infra team.' : '', environment: pick(envs), usedBy: `${pick(what).toLowerCase()} worker`,
        owner: pick(people), updatedAt: at(-3) } : null,
    });
  }
  return out;
}


// @ts-check
//! Filter perf harness page (never loaded by the app): mounts the real workspace
//! (ui/js/views/workspace.js, with the real table, filter and usage column) against a stub ipc
//! holding `?tokens=` synthetic tokens (10,000 by default), with the English catalogue, the way
//! ui/js/main.js boots. `?set=bench` gives the list `scripts/bench` uses (the 12 demo tokens
//! plus "Load test 00000"… batch tokens expiring in a year); the default set is a realistic
//! mix (names, types, expired / expiring / unknown expiry, notes and local keys on some).
//! Sets `window.perfReady` once the list is painted. run.mjs drives it.

import { createFakeIpc, demoTokens } from '../preview/fake-ipc.js';
import { mount as mountWorkspace } from '../../../ui/js/views/workspace.js';
import { useCatalogue } from '../../../ui/js/lib/i18n.js';

const DAY = 86_400_000;
const params = new URLSearchParams(location.search);
const total = Number(params.get('tokens') ?? 10_000);
const set = params.get('set') ?? 'mix';
const now = new Date();

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same list. */
function random(seed = 16) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {number} days */
const at = (days) => new Date(now.getTime() + days * DAY).toISOString();

/** @param {number} expires days from now, or null @returns {string} */
function statusOf(expires) {
  if (expires === null) return 'unknown';
  return expires <= 0 ? 'expired' : expires <= 7 ? 'expiring7' : expires <= 30 ? 'expiring30' : 'active';
}

/** @returns {any[]} */
function benchTokens() {
  const out = demoTokens(now);
  for (let i = 0; out.length < total; i += 1) {
    out.push({ id: String(1000 + i), name: `Load test ${String(i).padStart(5, '0')}`, type: 'batch', createdAt: at(0),
      expiresAt: at(365), expirySource: 'server', status: 'active', hasLocalKey: false, notes: null });
  }
  return out;
}

/** @returns {any[]} */
function mixTokens() {
  const r = random();
  const pick = (/** @type {any[]} */ xs) => xs[Math.floor(r() * xs.length)];
  const what = ['Bulk import', 'Live captions', 'Nightly archive', 'Podcast pipeline', 'Support call analytics', 'Partner integration',
    'QA harness', 'Studio monitor', 'Meeting notes', 'Subtitle export', 'Newsroom feed', 'Legal transcripts', 'Research prototype',
    'Conference booth', 'Webinar recorder', 'Call centre', 'Media monitoring', 'Lecture capture'];
  const where = ['eu-west', 'us-east', 'Acme Media', 'town hall', 'studio B', 'build-02', 'k8s', 'room 12', 'Globex', 'Initech', ''];
  const envs = ['production', 'staging', 'dev', 'partner-acme', ''];
  const people = ['Dana', 'Platform team', 'Partnerships', 'Ravi', 'Sam Okafor', 'Infra', ''];
  const out = demoTokens(now);
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

const tokens = set === 'bench' ? benchTokens() : mixTokens();
const fake = /** @type {any} */ (createFakeIpc('main', now));
const list = { profileId: 'p-work', tokens, fetchedAt: now.toISOString(), fromCache: false };
const r = random(7);
const ipc = {
  ...fake,
  tokensCached: async () => ({ ...list, fromCache: true }),
  tokensRefresh: async () => ({ ...list, tokens: [...tokens] }),
  // Like the sandbox: the rendered rows' usage, some used (with an IP), some never.
  usageLastUsed: async (/** @type {string[]} */ ids) => ({ available: true, items: ids.map((id) => {
    const used = r() < 0.6;
    return { tokenId: id, lastUsedAt: used ? at(-r() * 120) : null, lastIp: used ? `203.0.113.${Math.floor(r() * 250)}` : null,
      source: 'server', localAction: null };
  }) }),
  perfMark: async () => null,
};

// The app gets the catalogue from Rust; this page reads the same files from serve.mjs.
const listing = await (await fetch('../../../locales/en/')).text();
const files = [...listing.matchAll(/href="([^"]+\.ftl)"/g)].map((m) => m[1]).sort();
useCatalogue({ tag: 'en', sources: await Promise.all(files.map(async (f) => (await fetch(`../../../locales/en/${f}`)).text())) });

// ?css=URL (relative to this page) swaps the stylesheet, for bisecting style and layout cost.
const css = params.get('css');
if (css !== null) {
  const link = /** @type {HTMLLinkElement} */ (document.querySelector('link[rel="stylesheet"]'));
  if (css === 'none') link.remove();
  else { link.href = css; await new Promise((ok) => { link.onload = ok; link.onerror = ok; }); }
}

const root = /** @type {HTMLElement} */ (document.getElementById('app'));
const status = await ipc.appStatus();
mountWorkspace(root, { ipc, status, cachedList: { ...list, fromCache: true },
  actions: { onStatus: () => {}, showSignIn: () => {}, newToken: () => {} } });
// Wait for the refresh (a second full render) and the usage answers, then a painted frame.
await new Promise((ok) => setTimeout(ok, 500));
await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
/** @type {any} */ (window).perfTokens = tokens;
/** @type {any} */ (window).perfReady = { tokens: tokens.length, rows: document.querySelectorAll('[data-testid="token-row"]').length };

// ?loop=SECONDS: type the query and clear it, frame by frame, for that long (for a profiler
// attached to the web process, without WebDriver in the way).
const loop = Number(params.get('loop') ?? 0);
if (loop > 0) {
  const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-testid="token-filter"]'));
  const q = params.get('q') ?? (set === 'bench' ? 'test 0777' : 'bulk 4');
  const steps = [...q].map((_, i) => q.slice(0, i + 1)).concat(['']);
  const end = performance.now() + loop * 1000;
  let n = 0;
  while (performance.now() < end) {
    for (const v of steps) {
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      n += 1;
    }
  }
  document.title = `looped ${n} keystrokes`;
}

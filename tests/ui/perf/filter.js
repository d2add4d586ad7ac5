// @ts-check
//! Filter perf harness page (never loaded by the app): mounts the real workspace
//! (ui/js/views/workspace.js, with the real table, filter and usage column) against a stub ipc
//! holding `?tokens=` synthetic tokens (10,000 by default), with the English catalogue, the way
//! ui/js/main.js boots. `?set=bench` gives the list `scripts/bench` uses; the default set is a
//! realistic mix (sets.js). "New token" opens the real create dialog (as ui/js/main.js wires
//! it); the stub's token_create answers at once, or after `?createDelay=MS`, and records when
//! it was called and answered in `window.perfCreate` (create.mjs reads it).
//! Sets `window.perfReady` once the list is painted. run.mjs and create.mjs drive it.

import { createFakeIpc } from '../preview/fake-ipc.js';
import { benchTokens, mixTokens, random } from './sets.js';
import { mount as mountWorkspace } from '../../../ui/js/views/workspace.js';
import { openCreateDialog } from '../../../ui/js/views/create-dialog.js';
import { useCatalogue } from '../../../ui/js/lib/i18n.js';

const DAY = 86_400_000;
const params = new URLSearchParams(location.search);
const total = Number(params.get('tokens') ?? 10_000);
const set = params.get('set') ?? 'mix';
const createDelay = Number(params.get('createDelay') ?? 0);
const now = new Date();
/** @param {number} days */
const at = (days) => new Date(now.getTime() + days * DAY).toISOString();

const tokens = set === 'bench' ? benchTokens(now, total) : mixTokens(now, total);
const fake = /** @type {any} */ (createFakeIpc('main', now));
const list = { profileId: 'p-work', tokens, fetchedAt: now.toISOString(), fromCache: false };
const r = random(7);
/** When the last token_create was called and answered (performance.now()). */
const perfCreate = { called: 0, answered: 0 };
/** @type {any} */ (window).perfCreate = perfCreate;
const ipc = {
  ...fake,
  tokensCached: async () => ({ ...list, fromCache: true }),
  // New token objects, as the app's refresh parses them from Rust's answer.
  tokensRefresh: async () => ({ ...list, tokens: structuredClone(tokens) }),
  // Like the sandbox: the rendered rows' usage, some used (with an IP), some never.
  usageLastUsed: async (/** @type {string[]} */ ids) => ({ available: true, items: ids.map((id) => {
    const used = r() < 0.6;
    return { tokenId: id, lastUsedAt: used ? at(-r() * 120) : null, lastIp: used ? `203.0.113.${Math.floor(r() * 250)}` : null,
      source: 'server', localAction: null };
  }) }),
  perfMark: async () => null,
  onCloseRefused: async () => () => {},
  tokenCreate: async (/** @type {any} */ a) => {
    perfCreate.called = performance.now();
    if (createDelay > 0) await new Promise((ok) => setTimeout(ok, createDelay));
    const result = await fake.tokenCreate(a);
    perfCreate.answered = performance.now();
    return result;
  },
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
  actions: { onStatus: () => {}, showSignIn: () => {}, newToken: (/** @type {any} */ ctx) => openCreateDialog({ ipc, ...ctx }) } });
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

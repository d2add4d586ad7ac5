// Shared by the workspace view tests: a clock, three tokens (healthy, expiring, expired), two
// profiles (one the demo), a signed-in status and account, and the mounted workspace.
import { installDom, allByTestId, FakeElement } from './fake-dom.js';
import { mount } from '../../../ui/js/views/workspace.js';

// Noon UTC keeps "HH:MM" assertions stable in any OS time zone within ±11 h… so assert
// with a pattern instead of a fixed clock.
export const NOW = new Date('2026-03-10T12:00:00Z');
export const iso = (days) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
export const TOKENS = [
  { id: '1', name: 'Production', type: 'batch', createdAt: iso(-100), expiresAt: iso(60), expirySource: 'server', status: 'active', hasLocalKey: false },
  { id: '2', name: 'Live captions', type: 'realtime', createdAt: iso(-300), expiresAt: iso(3), expirySource: 'server', status: 'expiring7', hasLocalKey: true },
  { id: '3', name: 'Old staging', type: 'batch', createdAt: iso(-400), expiresAt: iso(-5), expirySource: 'server', status: 'expired', hasLocalKey: false },
];
export const profiles = [
  { id: 'w', name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'dev@example.com', demo: false },
  { id: 'd', name: 'Demo', baseUrl: 'http://127.0.0.1:1', username: 'dev@demo.scriptix.test', demo: true },
];
export const STATUS = { profiles, activeProfileId: 'w', session: { profileId: 'w', username: 'dev@example.com', expiresAt: iso(5) },
  vault: { available: true, message: null }, settings: { clipboardClearSeconds: 30 }, signInReason: null };
export const ACCOUNT = { email: 'dev@example.com', displayName: 'Dana', roles: ['DEVELOPER'], organization: { id: 'o', name: 'Acme', tokenLimit: 50 },
  canManageTokens: true, manageReason: null };

/**
 * The workspace mounted in a fake DOM against a stub ipc that records its calls; `refresh`
 * answers tokensRefresh (the three TOKENS by default).
 * @param {any} [opts]
 */
export function setup({ status = STATUS, account = ACCOUNT, cached = null, refresh, newToken } = {}) {
  const { root } = installDom();
  const keys = new FakeElement(globalThis.document, 'div');
  const calls = [];
  let waitHandler = null;
  const ipc = {
    accountGet: async () => { calls.push('accountGet'); if (account instanceof Error) throw account; return account; },
    tokensCached: async () => { calls.push('tokensCached'); return cached; },
    tokensRefresh: () => { calls.push('tokensRefresh'); return refresh ? refresh() : Promise.resolve({ profileId: 'w', tokens: TOKENS, fetchedAt: NOW.toISOString(), fromCache: false }); },
    profileSelect: async (id) => { calls.push(`profileSelect:${id}`); return { ...status, activeProfileId: id }; },
    signOut: async () => { calls.push('signOut'); return { ...status, session: null }; },
    onApiWaiting: async (h) => { waitHandler = h; return () => { waitHandler = null; }; },
    onClipboardCleared: async () => () => {},
    orphansList: async () => { calls.push('orphansList'); return []; },
  };
  const routed = [];
  const actions = { onStatus: (s) => routed.push(['status', s]), showSignIn: (r) => routed.push(['signIn', r]), newToken };
  const unmount = mount(root, { ipc, status, actions, now: () => NOW, keyTarget: keys });
  return { root, ipc, calls, routed, keys, unmount, wait: (p) => waitHandler(p) };
}
/** The token ids of the rendered rows, in order. @param {any} root */
export const rowIds = (root) => allByTestId(root, 'token-row').map((r) => r.getAttribute('data-token-id'));

// @ts-check
//! A fake ipc for the dev preview (never loaded by the app). Mirrors ipc.js's exports and
//! returns data shaped like the sandbox's demo seed. `scenario` switches the situations the
//! preview screenshots need.

import { AppError } from '../../../ui/js/ipc.js';
import { createFakeRotation } from './fake-rotation.js';

const DAY = 86_400_000;

/** @param {number} days @param {Date} now */
const at = (days, now) => new Date(now.getTime() + days * DAY).toISOString();

/** @param {Date} now */
export function demoTokens(now) {
  /** @type {[string, string, string, number|null, number|null, boolean][]} */
  const rows = [
    ['101', 'Production transcription pipeline', 'batch', -300, 65, true],
    ['102', 'Live captions — town hall', 'realtime', -359, 5, false],
    ['103', 'Nightly archive import', 'batch', -340, 24, false],
    ['104', 'Support call analytics', 'realtime', -200, 165, false],
    ['105', 'Staging environment', 'batch', -370, -4, false],
    ['106', 'Old podcast workflow (2024)', 'batch', -720, -40, false],
    ['107', 'Studio monitor', 'realtime', -362, 2, true],
    ['108', 'Partner integration — Acme Media', 'batch', -90, 640, false],
    ['109', 'QA test harness', 'realtime', -20, 28, false],
    ['110', 'Legacy uploader (imported)', 'batch', null, null, false],
    ['111', 'Research prototype', 'websocket-beta', -10, 1450, false],
    ['112', 'Conference booth demo', 'realtime', -60, 300, false],
  ];
  /** @type {Record<string, [string, string, string, string]>} */
  const notes = {
    101: ['Main pipeline key; rotate with the infra team.', 'production', 'transcribe-worker on k8s (eu-west)', 'Platform team'],
    103: ['', 'staging', 'archive-import cron on build-02', 'Dana'],
    107: ['Studio B monitor only.', 'dev', 'studio-monitor laptop', ''],
    108: ['Shared with Acme Media; do not rotate without telling them.', 'partner-acme', 'acme-media/ingest repository', 'Partnerships'],
  };
  return rows.map(([id, name, type, created, expires, hasLocalKey]) => {
    const expiresAt = expires === null ? null : at(expires, now);
    const status = expires === null ? 'unknown' : expires <= 0 ? 'expired' : expires <= 7 ? 'expiring7' : expires <= 30 ? 'expiring30' : 'active';
    const n = notes[id];
    return { id, name, type, createdAt: created === null ? null : at(created, now), expiresAt,
      expirySource: expires === null ? 'unknown' : 'server', status, hasLocalKey,
      notes: n ? { description: n[0], environment: n[1], usedBy: n[2], owner: n[3], updatedAt: at(-3, now) } : null };
  });
}

/**
 * @param {string} scenario
 * @param {Date} now
 */
export function createFakeIpc(scenario, now) {
  const profiles = [
    { id: 'p-work', name: 'Work', baseUrl: 'https://api.scriptix.io', username: 'dev@example.com', demo: false },
    { id: 'p-demo', name: 'Demo workspace', baseUrl: 'http://127.0.0.1:48213', username: 'dev@demo.scriptix.test', demo: true },
  ];
  const demo = scenario === 'demo';
  const signedIn = !['signin', 'signin-error', 'mfa', 'first-run', 'first-run-advanced', 'add-account', 'expired'].includes(scenario);
  const status = {
    profiles,
    activeProfileId: demo ? 'p-demo' : 'p-work',
    session: signedIn ? { profileId: demo ? 'p-demo' : 'p-work', username: 'dev@example.com', expiresAt: at(6, now) } : null,
    vault: scenario === 'vault'
      ? { available: false, message: 'No Secret Service is running. Install and unlock GNOME Keyring or KWallet, then restart Scriptix Keys.' }
      : { available: true, message: null },
    settings: { clipboardClearSeconds: 30, expiryThresholds: [30, 14, 7, 1, 0], notifyExpiry: true },
    signInReason: scenario === 'expired' ? 'Your session expired. Please sign in again.' : null,
  };
  if (scenario.startsWith('first-run')) { status.profiles = []; status.activeProfileId = null; }
  const customer = scenario === 'customer';
  const account = {
    email: customer ? 'viewer@demo.scriptix.test' : demo ? 'dev@demo.scriptix.test' : 'dev@example.com',
    displayName: customer ? 'Vera Viewer' : 'Dana Developer',
    roles: customer ? ['CUSTOMER'] : ['DEVELOPER', 'ORGADMIN'],
    organization: { id: 'org-1', name: demo ? 'Demo Org' : 'Acme Media', tokenLimit: 50 },
    canManageTokens: !customer,
    manageReason: customer ? 'Your role (Customer) can view tokens but not create or delete them. Ask an organization admin for the Developer role.' : null,
  };
  const tokens = scenario === 'empty' ? [] : demoTokens(now);
  // 'many': the demo plus fillers up to 50 tokens (how many rows fit in the window).
  if (scenario === 'many') {
    for (let i = 0; tokens.length < 50; i += 1) {
      tokens.push({ id: String(200 + i), name: `Filler ${i}`, type: 'batch', createdAt: at(-5, now), expiresAt: at(365 - i, now),
        expirySource: 'server', status: 'active', hasLocalKey: false, notes: null });
    }
  }
  const cachedAt = new Date(now.getTime() - 95 * 60_000).toISOString();
  /** @type {((p: any) => void) | null} */
  let waitHandler = null;
  const never = () => new Promise(() => {});

  return {
    AppError,
    appStatus: async () => status,
    profileSave: async (/** @type {any} */ p) => ({ ...status, profiles: [...status.profiles, { ...p, id: 'p-new', demo: false }] }),
    profileDelete: async () => status,
    profileHeldKeys: async () => 2,
    profileExportKeys: async () => ({ kind: 'saved', path: '/home/dev/work-keys.csv', count: 2, warning: null }),
    profileSelect: async () => status,
    signIn: async () => {
      if (scenario === 'signin-error') throw new AppError('unauthorized', 'The email or password is not right. Check both and try again.');
      return { mfaRequired: true, status };
    },
    signInMfa: async () => { throw new AppError('unauthorized', 'That code did not work. Codes change every 30 seconds; try the newest one.'); },
    signOut: async () => ({ ...status, session: null }),
    demoOpen: async () => status,
    accountGet: async () => account,
    tokensCached: async () => (['offline', 'waiting', 'cached'].includes(scenario)
      ? { profileId: 'p-work', tokens, fetchedAt: cachedAt, fromCache: true } : null),
    tokensRefresh: async () => {
      if (scenario === 'offline') throw new AppError('network', 'Scriptix cannot be reached. Check your internet connection.');
      if (scenario === 'waiting' || scenario === 'cached') {
        setTimeout(() => waitHandler?.({ reason: 'rateLimited', seconds: 12, attempt: 2 }), 10);
        return never();
      }
      return { profileId: 'p-work', tokens: [...tokens], fetchedAt: now.toISOString(), fromCache: false };
    },
    settingsSave: async (/** @type {any} */ s) => { status.settings = s; return status; },
    onApiWaiting: async (/** @type {(p: any) => void} */ h) => { waitHandler = h; return () => { waitHandler = null; }; },

    // ---- token lifecycle ----
    tokenCreate: async (/** @type {any} */ a) => {
      if (scenario === 'create-limit') throw new AppError('limitReached', 'Scriptix refused: the organization already has 50 tokens.');
      if (scenario === 'create-forbidden') throw new AppError('forbidden', 'Scriptix says this account may not create tokens.');
      if (scenario === 'create-retry') return { outcome: 'notCreated', message: 'The connection dropped before Scriptix answered, and no new token appeared in the list.' };
      const token = { id: '113', name: a.name, type: a.tokenType, createdAt: now.toISOString(),
        expiresAt: at(365 * a.expirationYears, now), expirySource: 'server', status: 'active', hasLocalKey: scenario !== 'reveal-vault' };
      if (scenario === 'keylost') return { outcome: 'keyLost', token, message: 'The connection was reset while the reply was on its way.' };
      return { outcome: 'created', token, key: 'sk_live_PREVIEWonlyNotARealKey0000000000000000',
        vaultSaved: scenario !== 'reveal-vault',
        vaultMessage: scenario === 'reveal-vault' ? 'The system vault is locked. Unlock GNOME Keyring (it may ask for your login password) and keys will be saved again.' : null };
    },
    revealClose: async () => null,
    keyCopy: async () => ({ clearsInSeconds: scenario === 'copied-never' ? null : 30 }),
    keyForget: async () => null,
    tokensDelete: async (/** @type {string[]} */ ids) => ({
      results: ids.map((id, i) => {
        const t = tokens.find((x) => x.id === id);
        const fail = scenario === 'delete-report' && i === ids.length - 1;
        return { id, name: t?.name ?? null, ok: !fail, alreadyGone: false,
          message: fail ? 'Scriptix did not answer in time, so this token may still exist. Refresh the list and try again.' : null };
      }),
    }),
    orphansList: async () => (scenario === 'orphans' ? [{ tokenId: '90', name: 'Old laptop test' }, { tokenId: '91', name: null }] : []),
    orphansClean: async () => ({ removed: 2 }),
    confirmNative: async () => true,

    // ---- hand-off, notes and audit ----
    notesSave: async (/** @type {any} */ a) => {
      if (scenario === 'details-error') throw new AppError('invalidInput', 'Keep “Used by” under 200 characters.', 'usedBy');
      return { ...a.notes, updatedAt: now.toISOString() };
    },
    exportKey: async (/** @type {any} */ a) => {
      if (a.format === 'envLine') return { kind: 'copied', clearsInSeconds: 30 };
      if (a.format === 'onePasswordCli') {
        const path = '/home/dana/Downloads/production-transcription-1password-item.json';
        return { kind: 'saved', path, warning: null, command: `op item create --template "${path}"` };
      }
      if (scenario === 'export-cancelled') return { kind: 'cancelled' };
      const file = a.format === 'bitwardenJson' ? 'bitwarden-scriptix.json' : a.format === 'envFile' ? '.env' : 'scriptix-key.csv';
      return { kind: 'saved', path: `/home/dana/projects/transcribe-worker/${file}`,
        warning: scenario === 'export-saved' ? 'This folder is a Git repository and the file is not in .gitignore. Delete it after importing, or add it to .gitignore so it is never committed.' : null };
    },
    opVaults: async () => (scenario === 'op'
      ? { available: true, problem: null, vaults: [{ id: 'v1', name: 'Private' }, { id: 'v2', name: 'Scriptix team' }] }
      : { available: false, vaults: [], problem: null }),
    exportToOnePassword: async () => ({ kind: 'addedToOnePassword' }),
    auditList: async (/** @type {any} */ a) => auditView(scenario, now, a.filter),
    auditExport: async () => ({ kind: 'saved', path: '/home/dana/Documents/scriptix-keys-activity.csv' }),
    onClipboardCleared: async () => () => {},

    // ---- rotation, expiry centre, key check ----
    ...createFakeRotation(scenario, now, tokens),
  };
}

/**
 * @param {string} scenario
 * @param {Date} now
 * @param {{ action?: string, text?: string }} filter
 */
function auditView(scenario, now, filter) {
  const min = (/** @type {number} */ m) => new Date(now.getTime() - m * 60_000).toISOString();
  /** @type {[number, string, string|null, string|null, string, string|null][]} */
  const rows = [
    [1, 'signIn', null, null, 'ok', 'Work (api.scriptix.io)'],
    [2, 'create', '113', 'Podcast ingest', 'ok', 'batch, expires in 1 year'],
    [3, 'reveal', '113', 'Podcast ingest', 'ok', null],
    [4, 'copy', '113', 'Podcast ingest', 'ok', 'raw; clipboard cleared after 30 s'],
    [5, 'export', '101', 'Production transcription pipeline', 'ok', 'Bitwarden JSON → /home/dana/projects/transcribe-worker/bitwarden-scriptix.json'],
    [6, 'keyCheck', '107', 'Studio monitor', 'failed', 'Scriptix refused the key (401)'],
    [7, 'forget', '107', 'Studio monitor', 'ok', null],
    [8, 'delete', '106', 'Old podcast workflow (2024)', 'ok', null],
    [9, 'delete', '105', 'Staging environment', 'failed', 'Scriptix did not answer in time'],
    [10, 'rotationStep', '103', 'Nightly archive import', 'ok', 'new key created (step 1 of 3)'],
    [11, 'vaultCleanup', null, null, 'ok', 'removed 2 keys'],
    [12, 'export', '108', 'Partner integration — Acme Media', 'cancelled', 'the save dialog was closed'],
    [13, 'signOut', null, null, 'ok', null],
  ];
  let entries = scenario === 'audit-empty' ? [] : rows.map(([seq, action, tokenId, tokenName, outcome, detail]) => ({
    seq, at: min((14 - seq) * 37), profileId: 'p-work', actor: 'dev@example.com', action, tokenId, tokenName, outcome, detail }));
  entries.reverse();
  if (filter.action) entries = entries.filter((e) => e.action === filter.action);
  if (filter.text) { const t = filter.text.toLowerCase(); entries = entries.filter((e) => `${e.tokenName} ${e.tokenId} ${e.detail}`.toLowerCase().includes(t)); }
  const tampered = scenario === 'audit-tampered';
  return { entries, integrity: { ok: !tampered, firstBadSeq: tampered ? 9 : null, checked: scenario === 'audit-empty' ? 0 : rows.length } };
}

// @ts-check
//! The ONLY module that touches Tauri's bridge (window.__TAURI_INTERNALS__: the app sets no
//! withGlobalTauri, so WebKit runs none of @tauri-apps/api's 57 KB of global scripts before the
//! first paint; docs/performance.md, eighteenth part). One async function per backend command
//! (see docs/architecture.md, "IPC contract"); every rejection becomes an AppError whose
//! `kind` the views switch on and whose `message` is written for the user.
//! Must not: log arguments or results (they can hold passwords and keys), or format messages
//! from raw backend strings. The shapes of what goes in and out are ipc-types.js; AppError and
//! the translation of coded results are lib/app-error.js (both re-exported here).

import { tEarly } from './lib/i18n.js';
import { AppError, toAppError, localized } from './lib/app-error.js';

export { ERROR_KINDS, AppError, toAppError, localized } from './lib/app-error.js';

/** @import { ProfileInput, Settings, AppStatus, Account, Token, TokenList, ApiWaiting, CreateResult, DeleteReport,
 *   CopyResult, Orphan, ConfirmOptions, TokenNotes, NotesInput, ExportFormat, ExportResult, OpVaults, KdbxGroup,
 *   Destination, AuditFilter, AuditView, SaveResult, RotationPlan, Rotation, RotationAdvance, RotationList,
 *   CancelReport, KeyChecked, KeyCheckResult, AttachResult, NotificationsReport, InterruptedCreate } from './ipc-types.js' */

// English stands in when the catalogue is not loaded (it comes through IPC itself).
const noBridgeMessage = () => tEarly('error-no-bridge', 'Scriptix Keys could not reach its own core. Please restart the app.');

/**
 * Tauri's own bridge, the part @tauri-apps/api's `invoke`, `listen` and the dialog plugin's
 * `ask` are built on (their code in tauri 2's scripts/bundle.global.js and the plugin's
 * api-iife.js).
 * @returns {{ invoke: (cmd: string, args?: object) => Promise<any>, transformCallback: (f: Function, once?: boolean) => number,
 *   unregisterCallback?: (id: number) => void }}
 */
function bridge() {
  const tauri = /** @type {any} */ (globalThis).__TAURI_INTERNALS__;
  if (!tauri || typeof tauri.invoke !== 'function' || typeof tauri.transformCallback !== 'function') {
    throw new AppError('internal', noBridgeMessage());
  }
  return tauri;
}

/**
 * @param {string} command
 * @param {Record<string, unknown>} [args]
 */
async function call(command, args) {
  try {
    return await bridge().invoke(command, args ?? {});
  } catch (e) {
    throw toAppError(e);
  }
}

/** @returns {Promise<AppStatus>} */
export const appStatus = () => call('app_status');
/** The message catalogue of the language in use. @returns {Promise<import('./lib/i18n.js').Catalogue>} */
export const i18nCatalogue = () => call('i18n_catalogue');
/** @param {ProfileInput} profile @returns {Promise<AppStatus>} errors: invalidInput (field) */
export const profileSave = (profile) => call('profile_save', { profile });
/** @param {string} id @returns {Promise<AppStatus>} */
export const profileDelete = (id) => call('profile_delete', { id });
/** @param {string} id @returns {Promise<AppStatus>} */
export const profileSelect = (id) => call('profile_select', { id });
/** @param {string} id @returns {Promise<number>} how many keys this device holds for the profile */
export const profileHeldKeys = (id) => call('profile_held_keys', { id });
/**
 * Every held key of a profile into one file, through the native save dialog.
 * @param {{ id: string, format: string }} a
 * @returns {Promise<{ kind: 'saved', path: string, count: number, warning: string | null } | { kind: 'cancelled' }>}
 *   errors: vaultUnavailable, notFound, invalidInput, internal
 */
export const profileExportKeys = ({ id, format }) => call('profile_export_keys', { id, format }).then(localized);
/**
 * @param {{ profileId: string, username: string, password: string, rememberMe: boolean }} a
 * @returns {Promise<{ mfaRequired: boolean, status: AppStatus }>} errors: unauthorized, network, invalidInput
 */
export const signIn = ({ profileId, username, password, rememberMe }) =>
  call('sign_in', { profileId, username, password, rememberMe });
/**
 * @param {{ code: string, method: 'totp'|'backup' }} a
 * @returns {Promise<AppStatus>} errors: unauthorized, invalidInput
 */
export const signInMfa = ({ code, method }) => call('sign_in_mfa', { code, method });
/** @returns {Promise<AppStatus>} */
export const signOut = () => call('sign_out');
/** @returns {Promise<AppStatus>} */
export const demoOpen = () => call('demo_open');
/** @returns {Promise<Account>} */
export const accountGet = () => call('account_get');
/** @returns {Promise<TokenList | null>} */
export const tokensCached = () => call('tokens_cached');
/** The next start's first frame (views/first-frame.js): what it is rendered from (the status
 * that start will see, the cached list, their digest; null: nothing to keep), and keeping it.
 * @returns {Promise<{ status: AppStatus, list: TokenList | null, basis: string | null }>} */
export const firstFrameBasis = () => call('first_frame_basis');
/** @param {import('./views/first-frame.js').FirstFrame} frame @returns {Promise<void>} */
export const firstFrameSave = (frame) => call('first_frame_save', { frame });
/** @returns {Promise<TokenList>} errors: network, unauthorized, forbidden, rateLimited, server */
export const tokensRefresh = () => call('tokens_refresh');
/**
 * A wall-clock benchmark mark (scripts/bench); Rust ignores it unless asked for marks.
 * @param {string} label @param {number} epochMs @returns {Promise<null>}
 */
export const perfMark = (label, epochMs) => call('perf_mark', { label, epochMs });
/** @param {Settings} settings @returns {Promise<AppStatus>} */
export const settingsSave = (settings) => call('settings_save', { settings });

/**
 * Checks the update server set in Settings; an update is downloaded and its signature verified
 * before it is offered (`forbidden` when the signature does not match: nothing is offered).
 * @returns {Promise<{ kind: 'upToDate', current: string } | { kind: 'ready', version: string, current: string, notes: string | null }>}
 */
export const updateCheck = () => call('update_check');
/** Installs the verified update (after the user said yes) and restarts. */
export const updateInstall = () => call('update_install');

/** Whether the app starts with the session (the autostart plugin reads the OS entry). @returns {Promise<boolean>} */
export const autostartIsEnabled = () => call('plugin:autostart|is_enabled');
/** Writes or removes the session's autostart entry (the app then starts hidden in the tray). @param {boolean} enabled */
export const autostartSet = (enabled) => call(enabled ? 'plugin:autostart|enable' : 'plugin:autostart|disable');

// ---- token lifecycle (docs/architecture.md, "Token lifecycle") ---------------------------
/**
 * Create a token. The key in a `created` result is the only time a key reaches the webview.
 * @param {{ name: string, tokenType: 'batch'|'realtime', expirationYears: 1|2|5 }} a
 * @returns {Promise<CreateResult>} errors: invalidInput (field), forbidden, limitReached, vaultUnavailable, network
 */
export const tokenCreate = ({ name, tokenType, expirationYears }) =>
  call('token_create', { name, tokenType, expirationYears }).then(localized);
/** Drop the key the reveal dialog held. @returns {Promise<null>} */
export const revealClose = () => call('reveal_close');
/** Creates an earlier run left unfinished, reconciled against the server; call once after start while signed in. @returns {Promise<InterruptedCreate[]>} */
export const createsResume = () => call('creates_resume').then(localized);
/**
 * "Delete it" (`delete: true`) or "Keep it" for an interrupted create whose key was lost.
 * @param {{ id: number, delete: boolean }} a
 * @returns {Promise<{ done: boolean, message: string }>} errors: invalidInput (already dealt with), unauthorized
 */
export const createInterruptedResolve = ({ id, delete: del }) =>
  call('create_interrupted_resolve', { id, delete: del }).then(localized);
/**
 * Copy a key through Rust (never the JS clipboard).
 * @param {string} tokenId
 * @param {'raw'|'env'} format
 * @returns {Promise<CopyResult>} errors: notFound (no key on this device), vaultUnavailable
 */
export const keyCopy = (tokenId, format) => call('key_copy', { tokenId, format });
/** Remove only this device's copy of a key. @param {string} tokenId @returns {Promise<null>} */
export const keyForget = (tokenId) => call('key_forget', { tokenId });
/**
 * Delete tokens. One used within `recentUseHours` is kept (result `recentUse: true`) unless
 * `confirmRecentUse` (Rust checks again, fresh from the server, right before the delete).
 * @param {string[]} ids @param {boolean} [confirmRecentUse]
 * @returns {Promise<DeleteReport>} errors: unauthorized, forbidden, network
 */
export const tokensDelete = (ids, confirmRecentUse = false) =>
  call('tokens_delete', { ids, confirmRecentUse }).then(localized);

// ---- usage (docs/architecture.md, "Usage") ---------------------------------------------
/**
 * "Last used" for the rows the list shows: one call per batch, never one per row.
 * @param {string[]} tokenIds
 * @returns {Promise<{ available: boolean, items: { tokenId: string, lastUsedAt: string|null, lastIp: string|null, source: 'server'|'local', localAction: 'copied'|'exported'|'checked'|null }[] }>}
 */
export const usageLastUsed = (tokenIds) => call('usage_last_used', { tokenIds });
/**
 * A token's last 30 days of usage (TokenUsage).
 * @param {string} tokenId
 * @returns {Promise<any>} errors: unauthorized, forbidden, network, server
 */
export const usageToken = (tokenId) => call('usage_token', { tokenId });
/** @returns {Promise<{ available: boolean, hints: any[] }>} the anomaly hints (cached) */
export const usageHints = () => call('usage_hints');
/**
 * When and from where each token was last used, before a delete.
 * @param {string[]} ids
 * @returns {Promise<{ available: boolean, recentHours: number, tokens: { id: string, name: string, lastUsedAt: string|null, lastIp: string|null, recent: boolean }[] }>}
 */
export const tokensDeletePreflight = (ids) => call('tokens_delete_preflight', { ids });
/**
 * "Send a test request" (demo workspace): a short generated WAV uploaded from Rust with the stored batch key.
 * @param {string} tokenId
 * @returns {Promise<{ sessionId: string, status: string }>} errors: notFound (key not on this device), forbidden, invalidInput
 */
export const usageSendTestRequest = (tokenId) => call('usage_send_test_request', { tokenId });
/** @returns {Promise<Orphan[]>} */
export const orphansList = () => call('orphans_list');
/** @returns {Promise<{ removed: number }>} */
export const orphansClean = () => call('orphans_clean');

// ---- hand-off, notes and audit (docs/architecture.md, "Hand-off, notes and audit") -----
/**
 * Save this device's notes for a token (never sent to Scriptix).
 * @param {{ tokenId: string, notes: NotesInput }} a
 * @returns {Promise<TokenNotes>} errors: invalidInput (field), notFound
 */
export const notesSave = ({ tokenId, notes }) => call('notes_save', { tokenId, notes });
/**
 * Export a key by its token id; Rust holds the key (open reveal or vault) and, for file
 * formats, opens the native save dialog itself. The key never travels back from JS.
 * @param {{ tokenId: string, format: ExportFormat, variable?: string }} a
 * @returns {Promise<ExportResult>} errors: notFound (no key on this device), vaultUnavailable, invalidInput (field)
 */
export const exportKey = ({ tokenId, format, variable }) =>
  call('export_key', variable === undefined ? { tokenId, format } : { tokenId, format, variable }).then(localized);
/**
 * Whether 1Password's op program is installed here, and the vaults it lists.
 * @returns {Promise<OpVaults>} never rejects for a missing op (available: false)
 */
export const opVaults = () => call('op_vaults').then(localized);
/**
 * Create the key's 1Password item in a vault with op; the key goes to op's stdin in Rust.
 * @param {{ tokenId: string, vaultId: string }} a
 * @returns {Promise<ExportResult>} errors: notFound, invalidInput (field vault), internal (op failed)
 */
export const exportToOnePassword = ({ tokenId, vaultId }) => call('export_to_1password', { tokenId, vaultId });
/**
 * Where a token's key was handed off to (files, 1Password/Bitwarden items, KeePass entries), newest first.
 * @param {{ tokenId: string }} a
 * @returns {Promise<Destination[]>}
 */
export const tokenDestinations = ({ tokenId }) => call('token_destinations', { tokenId });
/**
 * Choose the KeePass database with the native open dialog (Rust remembers the file).
 * @returns {Promise<{ kind: 'chosen', path: string, name: string } | { kind: 'cancelled' }>}
 */
export const keepassChoose = () => call('keepass_choose');
/**
 * Choose the KeePass database's key file with the native open dialog (Rust remembers the file; its contents are never sent here).
 * @returns {Promise<{ kind: 'chosen', path: string, name: string } | { kind: 'cancelled' }>}
 */
export const keepassChooseKeyFile = () => call('keepass_choose_key_file');
/** Where the old key of a rotation went. @param {{ id: string }} a @returns {Promise<Destination[]>} */
export const rotationDestinations = ({ id }) => call('rotation_destinations', { id });
/**
 * "Update all": the rotation's new key into every place the old key went. KeePass passwords are passed through, never kept.
 * @param {{ id: string, passwords: { path: string, password: string }[] }} a
 * @returns {Promise<{ destination: Destination, outcome: 'updated'|'failed'|'byHand', message: string }[]>}
 */
export const rotationUpdateDestinations = ({ id, passwords }) => call('rotation_update_destinations', { id, passwords }).then(localized);
/**
 * Whether Bitwarden's bw is installed and unlocked (the session unlocked in the app, or BW_SESSION), and its folders;
 * locked: the app can unlock it with the master password (bwUnlock).
 * @returns {Promise<{ available: boolean, folders: { id: string | null, name: string }[], problem: string | null, locked: boolean }>}
 */
export const bwFolders = () => call('bw_folders').then(localized);
/**
 * Unlock bw with the master password (Rust hands it to `bw unlock` in the child's environment only and keeps the session in memory for this run).
 * @param {{ password: string }} a
 * @returns {Promise<null>} errors: invalidInput (field masterPassword: wrong password; bw missing or signed out)
 */
export const bwUnlock = ({ password }) => call('bw_unlock', { password });
/**
 * Create the key's Bitwarden login item with bw (the item goes to bw's stdin in Rust).
 * @param {{ tokenId: string, folderId: string | null }} a
 * @returns {Promise<ExportResult>} errors: invalidInput (bw missing, signed out, locked), internal (bw failed)
 */
export const exportToBitwarden = ({ tokenId, folderId }) => call('export_to_bitwarden', { tokenId, folderId });
/**
 * The groups of the chosen KeePass database, opened with the password and (keyFile) the chosen key file. The password is passed through, never kept.
 * @param {{ password: string, keyFile: boolean }} a
 * @returns {Promise<KdbxGroup[]>} errors: invalidInput (field password: wrong password or key file; keyFile: unreadable; path: not a database)
 */
export const keepassGroups = ({ password, keyFile }) => call('keepass_groups', { password, keyFile });
/**
 * Write the key as a new entry of a group of the chosen KeePass database (atomically, with a .bak).
 * @param {{ tokenId: string, password: string, keyFile: boolean, groupId: string }} a
 * @returns {Promise<ExportResult>} errors: invalidInput (password, keyFile, path, group), notFound
 */
export const exportToKeepass = ({ tokenId, password, keyFile, groupId }) => call('export_to_keepass', { tokenId, password, keyFile, groupId });
/** @param {{ filter: AuditFilter }} a @returns {Promise<AuditView>} newest first */
export const auditList = ({ filter }) => call('audit_list', { filter });
/** @param {{ filter: AuditFilter }} a @returns {Promise<SaveResult>} native save dialog, CSV */
export const auditExport = ({ filter }) => call('audit_export', { filter });

/** "Add expiry dates to calendar": the profile's token expiries as an .ics file (native save dialog). @returns {Promise<{ kind: 'saved', path: string } | { kind: 'cancelled' }>} */
export const calendarExport = () => call('calendar_export');

// ---- rotation, expiry centre, key check (docs/architecture.md, "Rotation and key check") ----
/**
 * Plan a revoke-and-replace rotation for each token; nothing is created yet.
 * @param {{ tokenIds: string[], plan: RotationPlan }} a
 * @returns {Promise<Rotation[]>} state 'planned'; errors: invalidInput (field), forbidden, vaultUnavailable
 */
export const rotationPlan = ({ tokenIds, plan }) => call('rotation_plan', { tokenIds, plan }).then(localized);
/**
 * Move a planned rotation forward: create the replacement, store its key, open the reveal slot
 * (an emergency rotation also deletes the old token).
 * @param {{ id: string }} a
 * @returns {Promise<RotationAdvance>} errors: network, forbidden, limitReached, notFound
 */
export const rotationAdvance = ({ id }) => call('rotation_advance', { id }).then(localized);
/** @returns {Promise<RotationList>} newest first; works offline */
export const rotationsList = () => call('rotations_list').then(localized);
/** Finish what an earlier run left half-done; call once after start while signed in. @returns {Promise<Rotation[]>} the ones moved forward */
export const rotationsResume = () => call('rotations_resume').then(localized);
/** @param {{ id: string }} a @returns {Promise<{ rotation: Rotation, check: KeyChecked }>} */
export const rotationVerify = ({ id }) => call('rotation_verify', { id }).then(localized);
/** The new key of a vaultFailed rotation, held in memory (the expiry centre's "Show key"). @param {{ id: string }} a @returns {Promise<RotationAdvance>} errors: notFound when this run does not hold it */
export const rotationReveal = ({ id }) => call('rotation_reveal', { id });
/** Delete the old token now (end of grace, or on request). @param {{ id: string }} a @returns {Promise<Rotation>} */
export const rotationComplete = ({ id }) => call('rotation_complete', { id }).then(localized);
/** "Wait another day" for a rotation held because its old key is still in use. @param {{ id: string }} a @returns {Promise<Rotation>} */
export const rotationWaitDay = ({ id }) => call('rotation_wait_day', { id }).then(localized);
/** "Delete anyway": deletes the old token although it is still in use. @param {{ id: string }} a @returns {Promise<Rotation>} */
export const rotationDeleteAnyway = ({ id }) => call('rotation_delete_anyway', { id }).then(localized);
/** The user saved the key the vault refused. @param {{ id: string }} a @returns {Promise<Rotation>} */
export const rotationAcknowledge = ({ id }) => call('rotation_acknowledge', { id }).then(localized);
/** Replace a replacement whose key was lost (needsAttention). @param {{ id: string }} a @returns {Promise<RotationAdvance>} */
export const rotationRetry = ({ id }) => call('rotation_retry', { id }).then(localized);
/** @param {{ id: string }} a @returns {Promise<CancelReport>} */
export const rotationCancel = ({ id }) => call('rotation_cancel', { id }).then(localized);
/** After a cancel: delete or keep the replacement. @param {{ id: string, deleteReplacement: boolean }} a @returns {Promise<Rotation>} */
export const rotationCleanup = ({ id, deleteReplacement }) => call('rotation_cleanup', { id, deleteReplacement }).then(localized);
/**
 * Check a pasted key against Scriptix. The key is passed through and never kept or logged here.
 * @param {{ key: string, tokenType: 'batch'|'realtime'|null, force: boolean }} a
 * @returns {Promise<KeyCheckResult>} 'warnings' means nothing was sent
 */
export const keyCheck = ({ key, tokenType, force }) => call('key_check', { key, tokenType, force });
/**
 * Attach a key made elsewhere to a token: checked on the token's route, stored in the vault only
 * when it works and is of the token's type. The key is passed through and never kept or logged here.
 * @param {{ tokenId: string, key: string, force: boolean }} a
 * @returns {Promise<AttachResult>} 'warnings' means nothing was sent; errors: invalidInput (token), vaultUnavailable
 */
export const keyAttach = ({ tokenId, key, force }) => call('key_attach', { tokenId, key, force }).then(localized);
/** Check the key this device holds for a token. @param {{ tokenId: string }} a @returns {Promise<KeyCheckResult>} errors: notFound, vaultUnavailable */
export const keyCheckHeld = ({ tokenId }) => call('key_check_held', { tokenId });
/** Let Rust send the expiry/grace notices that are due. @returns {Promise<NotificationsReport>} */
export const notificationsCheck = () => call('notifications_check');

/**
 * A native yes/no confirmation (the dialog plugin's `ask`).
 * @param {ConfirmOptions} opts
 * @returns {Promise<boolean>} true when the user chose okLabel
 */
export async function confirmNative({ title, message, okLabel, cancelLabel }) {
  // The dialog plugin's `ask` with both labels: a `message` dialog with custom OK and Cancel
  // buttons, answered with the label of the button chosen.
  const answer = await call('plugin:dialog|message', { message, title, kind: 'warning', buttons: { OkCancelCustom: [okLabel, cancelLabel] } });
  return answer === okLabel;
}

/**
 * Listens for a backend event; `handler` gets its payload. What @tauri-apps/api's `listen`
 * does: the event plugin's `listen` with a callback id, and to stop, the plugin's JS side
 * forgets the listener before its `unlisten` is asked.
 * @template T
 * @param {string} event
 * @param {(payload: T) => void} handler
 * @returns {Promise<() => void>} call to stop listening
 */
async function listen(event, handler) {
  try {
    const tauri = bridge();
    const handlerId = tauri.transformCallback((/** @type {{ payload: T }} */ e) => handler(e.payload));
    /** @type {number} */
    const eventId = await tauri.invoke('plugin:event|listen', { event, target: { kind: 'Any' }, handler: handlerId })
      .catch((/** @type {unknown} */ e) => {
        tauri.unregisterCallback?.(handlerId);
        throw e;
      });
    return () => {
      /** @type {any} */ (globalThis).__TAURI_EVENT_PLUGIN_INTERNALS__?.unregisterListener(event, eventId);
      tauri.invoke('plugin:event|unlisten', { event, eventId }).catch(() => {});
    };
  } catch (e) {
    throw toAppError(e);
  }
}

/** `api-waiting`: a retry is waiting out a rate limit or an outage. @param {(payload: ApiWaiting) => void} handler */
export const onApiWaiting = (handler) => listen('api-waiting', handler);
/** `clipboard-cleared`: the key we copied was cleared from the clipboard. @param {() => void} handler */
export const onClipboardCleared = (handler) => listen('clipboard-cleared', () => handler());
/**
 * `close-refused`: the user closed the window (or quit) while a key that is in no vault was
 * shown, so the app stayed open; the open key dialog says why and what to do.
 * @param {() => void} handler
 */
export const onCloseRefused = (handler) => listen('close-refused', () => handler());
/**
 * `show-view`: the tray menu or a clicked reminder asks for a view (`expiry`: the expiry
 * centre, on `tokenId` when given; `checkKey`: the key check dialog).
 * @param {(payload: { view: string, tokenId: string | null }) => void} handler
 */
export const onShowView = (handler) => listen('show-view', handler);
/** `locked`: the tray's Lock dropped the keys held in memory; open key panels close. @param {() => void} handler */
export const onLocked = (handler) => listen('locked', () => handler());

// @ts-check
//! The ONLY module that touches window.__TAURI__. One async function per backend command
//! (see docs/architecture.md, "IPC contract"); every rejection becomes an AppError whose
//! `kind` the views switch on and whose `message` is written for the user.
//! Must not: log arguments or results (they can hold passwords and keys), or format messages
//! from raw backend strings.

/**
 * @typedef {'unauthorized'|'forbidden'|'notFound'|'rateLimited'|'network'|'server'|'vaultUnavailable'|'invalidInput'|'limitReached'|'internal'} ErrorKind
 * @typedef {{ id: string, name: string, baseUrl: string, username: string, demo: boolean }} Profile
 * @typedef {{ id?: string, name: string, baseUrl: string, username: string }} ProfileInput
 * @typedef {{ clipboardClearSeconds: number | null }} Settings
 * @typedef {{ available: boolean, message: string | null }} VaultStatus
 * @typedef {{ profileId: string, username: string, expiresAt: string }} SessionInfo
 * @typedef {{ profiles: Profile[], activeProfileId: string | null, session: SessionInfo | null,
 *   vault: VaultStatus, settings: Settings, signInReason: string | null }} AppStatus
 * @typedef {{ email: string, displayName: string, roles: string[],
 *   organization: { id: string, name: string, tokenLimit: number | null } | null,
 *   canManageTokens: boolean, manageReason: string | null }} Account
 * @typedef {import('./lib/tokens.js').Token} Token
 * @typedef {{ profileId: string, tokens: Token[], fetchedAt: string, fromCache: boolean }} TokenList
 * @typedef {{ reason: 'rateLimited'|'unavailable'|'network', seconds: number, attempt: number }} ApiWaiting
 * @typedef {{ outcome: 'created', token: Token, key: string, vaultSaved: boolean, vaultMessage: string | null }
 *   | { outcome: 'keyLost', token: Token, message: string }
 *   | { outcome: 'notCreated', message: string }} CreateResult
 * @typedef {{ results: { id: string, name: string | null, ok: boolean, alreadyGone: boolean, message: string | null }[] }} DeleteReport
 * @typedef {{ clearsInSeconds: number | null }} CopyResult
 * @typedef {{ tokenId: string, name: string | null }} Orphan
 * @typedef {{ title: string, message: string, okLabel: string, cancelLabel: string }} ConfirmOptions
 * @typedef {import('./lib/tokens.js').TokenNotes} TokenNotes
 * @typedef {{ description: string, environment: string, usedBy: string, owner: string }} NotesInput
 * @typedef {'envLine'|'envFile'|'onePasswordCli'|'onePasswordCsv'|'bitwardenJson'|'bitwardenCsv'|'keepassxcCsv'} ExportFormat
 * @typedef {{ kind: 'copied', clearsInSeconds: number | null }
 *   | { kind: 'saved', path: string, warning: string | null }
 *   | { kind: 'cancelled' }} ExportResult
 * @typedef {{ seq: number, at: string, profileId: string, actor: string, action: string, tokenId: string | null,
 *   tokenName: string | null, outcome: string, detail: string | null }} AuditRecord
 * @typedef {{ action?: string, text?: string, since?: string, until?: string }} AuditFilter
 * @typedef {{ entries: AuditRecord[], integrity: { ok: boolean, firstBadSeq: number | null, checked: number } }} AuditView
 * @typedef {{ kind: 'saved', path: string } | { kind: 'cancelled' }} SaveResult
 */

export const ERROR_KINDS = /** @type {const} */ ([
  'unauthorized', 'forbidden', 'notFound', 'rateLimited', 'network', 'server',
  'vaultUnavailable', 'invalidInput', 'limitReached', 'internal',
]);

const FALLBACK_MESSAGE = 'Something went wrong inside Scriptix Keys. Please try again; if it keeps happening, restart the app.';
const NO_BRIDGE_MESSAGE = 'Scriptix Keys could not reach its own core. Please restart the app.';

/** The one error type views ever see from IPC. */
export class AppError extends Error {
  /**
   * @param {ErrorKind} kind
   * @param {string} message  a complete sentence for the user
   * @param {string | undefined} [field]  the form field an `invalidInput` belongs to
   */
  constructor(kind, message, field) {
    super(message);
    this.name = 'AppError';
    /** @type {ErrorKind} */
    this.kind = kind;
    /** @type {string | undefined} */
    this.field = field;
  }
}

/**
 * Turn whatever a rejected invoke produced into an AppError. A contract-shaped
 * `{kind, message, field?}` is kept as is; anything else (Tauri's own plain-string errors
 * such as argument-decoding failures, thrown JS errors) becomes `internal` with a calm
 * message, because those strings are written for developers, not users.
 * @param {unknown} raw
 * @returns {AppError}
 */
export function toAppError(raw) {
  if (raw instanceof AppError) return raw;
  if (raw && typeof raw === 'object' && !(raw instanceof Error)) {
    const o = /** @type {Record<string, unknown>} */ (raw);
    const kind = ERROR_KINDS.includes(/** @type {any} */ (o.kind)) ? /** @type {ErrorKind} */ (o.kind) : 'internal';
    const message = typeof o.message === 'string' && o.message.trim() ? o.message : FALLBACK_MESSAGE;
    const field = typeof o.field === 'string' && o.field ? o.field : undefined;
    return new AppError(kind, kind === 'internal' && o.kind !== 'internal' ? FALLBACK_MESSAGE : message, field);
  }
  return new AppError('internal', FALLBACK_MESSAGE);
}

/** @returns {{ core: { invoke: Function }, event: { listen: Function }, dialog?: { ask: Function } }} */
function bridge() {
  const t = /** @type {any} */ (globalThis).__TAURI__;
  if (!t || !t.core || typeof t.core.invoke !== 'function') throw new AppError('internal', NO_BRIDGE_MESSAGE);
  return t;
}

/**
 * @param {string} command
 * @param {Record<string, unknown>} [args]
 */
async function call(command, args) {
  try {
    return await bridge().core.invoke(command, args ?? {});
  } catch (e) {
    throw toAppError(e);
  }
}

/** @returns {Promise<AppStatus>} */
export const appStatus = () => call('app_status');
/** @param {ProfileInput} profile @returns {Promise<AppStatus>} errors: invalidInput (field) */
export const profileSave = (profile) => call('profile_save', { profile });
/** @param {string} id @returns {Promise<AppStatus>} */
export const profileDelete = (id) => call('profile_delete', { id });
/** @param {string} id @returns {Promise<AppStatus>} */
export const profileSelect = (id) => call('profile_select', { id });
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
/** @returns {Promise<TokenList>} errors: network, unauthorized, forbidden, rateLimited, server */
export const tokensRefresh = () => call('tokens_refresh');
/**
 * A wall-clock benchmark mark (scripts/bench); Rust ignores it unless asked for marks.
 * @param {string} label @param {number} epochMs @returns {Promise<null>}
 */
export const perfMark = (label, epochMs) => call('perf_mark', { label, epochMs });
/** @param {Settings} settings @returns {Promise<AppStatus>} */
export const settingsSave = (settings) => call('settings_save', { settings });

// ---- token lifecycle (docs/architecture.md, "Token lifecycle") ---------------------------
/**
 * Create a token. The key in a `created` result is the only time a key reaches the webview.
 * @param {{ name: string, tokenType: 'batch'|'realtime', expirationYears: 1|2|5 }} a
 * @returns {Promise<CreateResult>} errors: invalidInput (field), forbidden, limitReached, vaultUnavailable, network
 */
export const tokenCreate = ({ name, tokenType, expirationYears }) =>
  call('token_create', { name, tokenType, expirationYears });
/** Drop the key the reveal dialog held. @returns {Promise<null>} */
export const revealClose = () => call('reveal_close');
/**
 * Copy a key through Rust (never the JS clipboard).
 * @param {string} tokenId
 * @param {'raw'|'env'} format
 * @returns {Promise<CopyResult>} errors: notFound (no key on this device), vaultUnavailable
 */
export const keyCopy = (tokenId, format) => call('key_copy', { tokenId, format });
/** Remove only this device's copy of a key. @param {string} tokenId @returns {Promise<null>} */
export const keyForget = (tokenId) => call('key_forget', { tokenId });
/** @param {string[]} ids @returns {Promise<DeleteReport>} errors: unauthorized, forbidden, network */
export const tokensDelete = (ids) => call('tokens_delete', { ids });
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
  call('export_key', variable === undefined ? { tokenId, format } : { tokenId, format, variable });
/** @param {{ filter: AuditFilter }} a @returns {Promise<AuditView>} newest first */
export const auditList = ({ filter }) => call('audit_list', { filter });
/** @param {{ filter: AuditFilter }} a @returns {Promise<SaveResult>} native save dialog, CSV */
export const auditExport = ({ filter }) => call('audit_export', { filter });

/**
 * A native yes/no confirmation (the dialog plugin's `ask`).
 * @param {ConfirmOptions} opts
 * @returns {Promise<boolean>} true when the user chose okLabel
 */
export async function confirmNative({ title, message, okLabel, cancelLabel }) {
  try {
    const dialog = bridge().dialog;
    if (!dialog || typeof dialog.ask !== 'function') throw new AppError('internal', NO_BRIDGE_MESSAGE);
    return Boolean(await dialog.ask(message, { title, kind: 'warning', okLabel, cancelLabel }));
  } catch (e) {
    throw toAppError(e);
  }
}

/**
 * Listen for `api-waiting` (a retry is waiting out a rate limit or an outage).
 * @param {(payload: ApiWaiting) => void} handler
 * @returns {Promise<() => void>} call to stop listening
 */
export async function onApiWaiting(handler) {
  try {
    const t = bridge();
    return await t.event.listen('api-waiting', (/** @type {{ payload: ApiWaiting }} */ e) => handler(e.payload));
  } catch (e) {
    throw toAppError(e);
  }
}

/**
 * Listen for `clipboard-cleared` (the key we copied was cleared from the clipboard).
 * @param {() => void} handler
 * @returns {Promise<() => void>} call to stop listening
 */
export async function onClipboardCleared(handler) {
  try {
    const t = bridge();
    return await t.event.listen('clipboard-cleared', () => handler());
  } catch (e) {
    throw toAppError(e);
  }
}

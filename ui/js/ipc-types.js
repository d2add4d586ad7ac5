// @ts-check
//! The shapes of the IPC contract (docs/architecture.md, "IPC contract"), as JSDoc types:
//! what each command of ipc.js takes and answers. Types only: no module imports this one at
//! run time (views name its types in JSDoc, e.g. `import('../ipc-types.js').Token`), so it is
//! never loaded by the app.

/**
 * @typedef {'unauthorized'|'forbidden'|'notFound'|'rateLimited'|'network'|'server'|'vaultUnavailable'|'invalidInput'|'limitReached'|'quota'|'internal'} ErrorKind
 * @typedef {{ id: string, name: string, baseUrl: string, username: string, demo: boolean }} Profile
 * @typedef {{ id?: string, name: string, baseUrl: string, username: string }} ProfileInput
 * @typedef {'system'|'en'|'nl'|'en-XA'} LanguageSetting  `en-XA` (pseudo-locale) is accepted by test builds only
 * @typedef {{ clipboardClearSeconds: number | null, expiryThresholds: number[], notifyExpiry: boolean, keepInTray?: boolean, updateEndpoint?: string | null,
 *   language?: LanguageSetting, recentUseHours?: number }} Settings
 *   expiryThresholds: days before expiry to remind (sorted descending, 0..=365, unique; default [30,14,7,1,0])
 * @typedef {{ available: boolean, message: string | null, messageCoded?: Coded | null }} VaultStatus
 * @typedef {{ profileId: string, username: string, expiresAt: string }} SessionInfo
 * @typedef {{ profiles: Profile[], activeProfileId: string | null, session: SessionInfo | null,
 *   vault: VaultStatus, settings: Settings, signInReason: string | null,
 *   signInReasonCoded?: Coded | null, language: { tag: string, system: string } }} AppStatus
 *   language.tag: the language in use (`en`, `nl`, `en-XA`); language.system: the OS's
 * @typedef {{ email: string, displayName: string, roles: string[],
 *   organization: { id: string, name: string, tokenLimit: number | null } | null,
 *   canManageTokens: boolean, manageReason: string | null,
 *   manageReasonCoded?: Coded | null }} Account
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
 * @typedef {'envLine'|'envFile'|'onePasswordCli'|'onePasswordCsv'|'bitwardenJson'|'bitwardenCsv'|'keepassxcCsv'|'keepassDatabase'|'bitwardenCli'} ExportFormat
 * @typedef {{ kind: 'copied', clearsInSeconds: number | null }
 *   | { kind: 'saved', path: string, warning: string | null, command: string | null }
 *   | { kind: 'addedToOnePassword' } | { kind: 'addedToBitwarden' }
 *   | { kind: 'cancelled' }} ExportResult
 * @typedef {{ id: string, name: string }} OpVault
 * @typedef {{ available: boolean, vaults: OpVault[], problem: string | null }} OpVaults
 * @typedef {{ id: string, path: string }} KdbxGroup
 * @typedef {{ id: number, kind: 'envFile' | 'onePasswordTemplate' | 'onePasswordCsv' | 'bitwardenJson' | 'bitwardenCsv' | 'keepassxcCsv' | 'onePassword' | 'bitwarden' | 'keepass',
 *   location: string, item: string, variable: string, label: string, keyFile: string, at: string }} Destination
 * @typedef {{ seq: number, at: string, profileId: string, actor: string, action: string, tokenId: string | null,
 *   tokenName: string | null, outcome: string, detail: string | null,
 *   detailCoded?: Coded | null }} AuditRecord  `detail` in English; `detailCoded` the stored code, shown in the language in use
 * @typedef {{ action?: string, text?: string, since?: string, until?: string }} AuditFilter
 * @typedef {{ entries: AuditRecord[], integrity: { ok: boolean, firstBadSeq: number | null, checked: number, unsigned: number, keyMissing: boolean } }} AuditView
 * @typedef {{ kind: 'saved', path: string } | { kind: 'cancelled' }} SaveResult
 *
 * Rotation, expiry centre and key check (contract of issue 5):
 * @typedef {{ kind: 'now' } | { kind: 'oneDay' } | { kind: 'sevenDays' } | { kind: 'fourteenDays' }
 *   | { kind: 'until', until: string }} Grace  `until` is RFC 3339 and in the future
 * @typedef {{ newName: string | null, years: 1|2|5, grace: Grace, autoDelete: boolean }} RotationPlan
 * @typedef {'planned'|'creating'|'vaultFailed'|'needsAttention'|'retiring'|'deleting'|'done'|'cancelled'} RotationState
 * @typedef {{ step: string, phase: 'intent'|'done'|'failed', at: string, detail: string }} StepEvent
 * @typedef {{ id: string, oldTokenId: string, oldName: string, newName: string, tokenType: string, years: number,
 *   graceUntil: string, autoDelete: boolean, emergency: boolean, state: RotationState, newTokenId: string | null,
 *   needsAttention: string | null, steps: StepEvent[] }} Rotation
 * @typedef {{ rotation: Rotation, key: string | null }} RotationAdvance  the key is shown once; it is already
 *   in the vault unless rotation.state is 'vaultFailed'
 * @typedef {{ now: string, rotations: Rotation[] }} RotationList  `now` is the core's clock (movable in tests)
 * @typedef {{ rotation: Rotation, replacement: { tokenId: string, name: string, keyInVault: boolean } | null,
 *   oldTokenActive: boolean | null, message: string, canDeleteReplacement: boolean }} CancelReport
 * @typedef {{ code: 'empty'|'innerWhitespace'|'lineBreak'|'wrongLength'|'unprintable', message: string, coded?: Coded }} KeyWarning
 * @typedef {'valid'|'revoked'|'invalid'|'forbidden'|'rateLimited'|'unreachable'} KeyCheckOutcome
 * @typedef {{ outcome: 'checked', result: KeyCheckOutcome, tokenType: 'batch'|'realtime', title: string,
 *   explanation: string, nextStep: string | null, code: string | null, retryAfterSeconds: number | null,
 *   vaultMatch: { tokenId: string, name: string | null } | null, warnings: KeyWarning[],
 *   coded?: { title: Coded, explanation: Coded, nextStep: Coded | null } }} KeyChecked  `coded`: the texts as
 *   catalogue messages (shown in the user's language; the English fields when the catalogue lacks one)
 * @typedef {{ code: string, args?: Record<string, unknown> }} Coded
 * @typedef {{ outcome: 'warnings', warnings: KeyWarning[] } | KeyChecked} KeyCheckResult
 * @typedef {{ outcome: 'warnings', warnings: KeyWarning[] } | { outcome: 'attached', check: KeyChecked }
 *   | { outcome: 'refused', reason: string, check: KeyChecked | null }} AttachResult
 * @typedef {{ sent: number, badge: number }} NotificationsReport
 * @typedef {{ id: number, name: string, outcome: 'keyLost'|'notCreated'|'gone'|'ambiguous', tokenId: string | null, message: string }} InterruptedCreate
 *   a create an earlier run left unfinished; `keyLost` waits for "Delete it" / "Keep it"
 */

export {};

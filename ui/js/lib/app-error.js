// @ts-check
//! The one error type views ever see from IPC (split from ipc.js): every rejection of a
//! command becomes an AppError whose `kind` the views switch on and whose `message` is written
//! for the user, in the language in use when the catalogue has the error's code; and results
//! whose sentences Rust also sends coded, shown in the language in use. Must not: format
//! messages from raw backend strings, or touch window.__TAURI_INTERNALS__.

import { tCoded, tEarly } from './i18n.js';

export const ERROR_KINDS = /** @type {const} */ ([
  'unauthorized', 'forbidden', 'notFound', 'rateLimited', 'network', 'server',
  'vaultUnavailable', 'invalidInput', 'limitReached', 'quota', 'internal',
]);

// English stands in when the catalogue is not loaded (it comes through IPC itself).
const fallbackMessage = () => tEarly('error-internal', 'Something went wrong inside Scriptix Keys. Please try again; if it keeps happening, restart the app.');

/** The one error type views ever see from IPC. */
export class AppError extends Error {
  /**
   * @param {import('../ipc-types.js').ErrorKind} kind
   * @param {string} message  a complete sentence for the user
   * @param {string | undefined} [field]  the form field an `invalidInput` belongs to
   * @param {string | undefined} [code]  the catalogue id of the message
   */
  constructor(kind, message, field, code) {
    super(message);
    this.name = 'AppError';
    /** @type {import('../ipc-types.js').ErrorKind} */
    this.kind = kind;
    /** @type {string | undefined} */
    this.field = field;
    /** @type {string | undefined} the catalogue id the message came from */
    this.code = code;
  }
}

/**
 * Turn whatever a rejected invoke produced into an AppError. A contract-shaped
 * `{kind, message, field?, code?, args?}` is kept, its message in the user's language when the
 * catalogue has `code` (else the English `message`); anything else (Tauri's own plain-string errors
 * such as argument-decoding failures, thrown JS errors) becomes `internal` with a calm
 * message, because those strings are written for developers, not users.
 * @param {unknown} raw
 * @returns {AppError}
 */
export function toAppError(raw) {
  if (raw instanceof AppError) return raw;
  if (raw && typeof raw === 'object' && !(raw instanceof Error)) {
    const o = /** @type {Record<string, unknown>} */ (raw);
    const kind = ERROR_KINDS.includes(/** @type {any} */ (o.kind)) ? /** @type {import('../ipc-types.js').ErrorKind} */ (o.kind) : 'internal';
    const english = typeof o.message === 'string' && o.message.trim() ? o.message : fallbackMessage();
    const args = o.args && typeof o.args === 'object' ? /** @type {Record<string, unknown>} */ (o.args) : undefined;
    const translated = typeof o.code === 'string' ? tCoded({ code: o.code, args }) : null;
    const code = translated !== null ? /** @type {string} */ (o.code) : undefined;
    const message = translated ?? english;
    const field = typeof o.field === 'string' && o.field ? o.field : undefined;
    return new AppError(kind, kind === 'internal' && o.kind !== 'internal' ? fallbackMessage() : message, field, code);
  }
  return new AppError('internal', fallbackMessage());
}

/**
 * A result whose sentences Rust also sends coded (`message` beside `messageCoded`, `vaultMessage`
 * beside `vaultMessageCoded`, in nested objects and lists too): each such sentence in the
 * language in use when the catalogue has its code, else Rust's English one.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function localized(value) {
  if (Array.isArray(value)) {
    value.forEach(localized);
  } else if (value && typeof value === 'object') {
    const o = /** @type {Record<string, any>} */ (value);
    for (const [key, v] of Object.entries(o)) {
      if (key.endsWith('Coded') && v && typeof v === 'object' && typeof v.code === 'string') {
        const text = tCoded(v);
        if (text !== null) o[key.slice(0, -'Coded'.length)] = text;
      } else if (v && typeof v === 'object') {
        localized(v);
      }
    }
  }
  return value;
}

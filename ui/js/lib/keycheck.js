// @ts-check
//! Pure presentation rules for a key check: the tone and glyph of each result, the vault
//! match sentence, and the type choices. No DOM, no IPC; never sees or keeps a key.

import { t } from './i18n.js';

/**
 * The type choices of the check dialog; null lets the core decide (vault match, then batch,
 * then realtime). `label()` is in the language in use.
 */
export const CHECK_TYPES = /** @type {const} */ ([
  { value: null, id: 'auto', label: () => t('keycheck-type-auto') },
  { value: 'batch', id: 'batch', label: () => t('format-type-batch') },
  { value: 'realtime', id: 'realtime', label: () => t('format-type-realtime') },
]);

/** @type {Record<string, { tone: 'ok'|'warn'|'danger', glyph: string }>} */
const TONES = {
  valid: { tone: 'ok', glyph: '✓' },
  revoked: { tone: 'danger', glyph: '✕' },
  invalid: { tone: 'danger', glyph: '✕' },
  forbidden: { tone: 'warn', glyph: '!' },
  rateLimited: { tone: 'warn', glyph: '!' },
  unreachable: { tone: 'warn', glyph: '!' },
};

/** @param {string} result */
export function resultTone(result) {
  return TONES[result] ?? { tone: 'warn', glyph: '?' };
}

/**
 * @param {{ tokenId: string, name: string | null } | null | undefined} match
 */
export function vaultMatchText(match) {
  if (!match) return t('keycheck-vault-none');
  return match.name ? t('keycheck-vault-named', { name: match.name }) : t('keycheck-vault-id', { id: match.tokenId });
}

/**
 * "Scriptix asks to wait 30 s before checking again." or "".
 * @param {number | null | undefined} seconds
 */
export function retryText(seconds) {
  if (!seconds || seconds <= 0) return '';
  return seconds < 120 ? t('keycheck-retry-seconds', { seconds: Math.ceil(seconds) }) : t('keycheck-retry-minutes', { minutes: Math.ceil(seconds / 60) });
}

// @ts-check
//! Pure presentation rules for a key check: the tone and glyph of each result, the vault
//! match sentence, and the type choices. No DOM, no IPC; never sees or keeps a key.

/** The type choices of the check dialog; null lets the core decide (vault match, then batch, then realtime). */
export const CHECK_TYPES = /** @type {const} */ ([
  { value: null, id: 'auto', label: 'Automatic' },
  { value: 'batch', id: 'batch', label: 'Batch' },
  { value: 'realtime', id: 'realtime', label: 'Realtime' },
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
  if (!match) return 'This key is not stored on this device.';
  return match.name ? `This is the key of “${match.name}” stored on this device.` : `This is the key of token ID ${match.tokenId} stored on this device.`;
}

/**
 * "Scriptix asks to wait 30 s before checking again." or "".
 * @param {number | null | undefined} seconds
 */
export function retryText(seconds) {
  if (!seconds || seconds <= 0) return '';
  return seconds < 120 ? `Scriptix asks to wait ${Math.ceil(seconds)} s before checking again.` : `Scriptix asks to wait ${Math.ceil(seconds / 60)} min before checking again.`;
}

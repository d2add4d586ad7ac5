// @ts-check
//! Pure rules for this device's notes on a token: the environment chip (label + tone), the
//! "Used by" line, the environment choices of the details form and the round trip between a
//! stored environment and the select + custom field, in the language in use (details.ftl).
//! No DOM, no IPC.

import { t } from './i18n.js';

/**
 * @typedef {import('./tokens.js').TokenNotes} TokenNotes
 * @typedef {'production'|'staging'|'dev'|'custom'} EnvTone
 */

/** The select's choices; "" = not set, "custom" = the text field below it. */
export function environmentChoices() {
  return [
    { value: '', label: t('details-env-not-set') },
    { value: 'production', label: t('details-env-production') },
    { value: 'staging', label: t('details-env-staging') },
    { value: 'dev', label: t('details-env-dev') },
    { value: 'custom', label: t('details-env-custom') },
  ];
}

/** The chip's word for a known environment. @type {Record<string, () => string>} */
const CHIP_LABELS = {
  production: () => t('details-env-chip-production'),
  staging: () => t('details-env-chip-staging'),
  dev: () => t('details-env-chip-dev'),
};

const KNOWN = new Set(['production', 'staging', 'dev']);

/**
 * The chip next to a token's name, or null when no environment is set.
 * @param {TokenNotes | null | undefined} notes
 * @returns {{ label: string, tone: EnvTone } | null}
 */
export function envChip(notes) {
  const env = String(notes?.environment ?? '').trim();
  if (!env) return null;
  const lower = env.toLowerCase();
  if (KNOWN.has(lower)) return { label: CHIP_LABELS[lower](), tone: /** @type {EnvTone} */ (lower) };
  return { label: env, tone: 'custom' };
}

/**
 * The muted "Used by: …" line, or null.
 * @param {TokenNotes | null | undefined} notes
 */
export function usedByText(notes) {
  const u = String(notes?.usedBy ?? '').trim();
  return u ? t('details-used-by-line', { who: u }) : null;
}

/**
 * Split a stored environment into the select value and the custom text.
 * @param {string | null | undefined} environment
 * @returns {{ choice: string, custom: string }}
 */
export function splitEnvironment(environment) {
  const env = String(environment ?? '').trim();
  if (!env) return { choice: '', custom: '' };
  if (KNOWN.has(env.toLowerCase())) return { choice: env.toLowerCase(), custom: '' };
  return { choice: 'custom', custom: env };
}

/**
 * Join the select + custom field back into the stored environment.
 * @param {string} choice
 * @param {string} custom
 */
export function joinEnvironment(choice, custom) {
  if (choice === 'custom') return String(custom ?? '').trim();
  return choice;
}

/**
 * The notes object `notes_save` takes, trimmed.
 * @param {{ description: string, choice: string, custom: string, usedBy: string, owner: string }} f
 * @returns {import('../ipc-types.js').NotesInput}
 */
export function notesInput(f) {
  return {
    description: String(f.description ?? '').trim(),
    environment: joinEnvironment(f.choice, f.custom),
    usedBy: String(f.usedBy ?? '').trim(),
    owner: String(f.owner ?? '').trim(),
  };
}

/** The form's field keys, as `invalidInput.field` names them. */
export const NOTE_FIELDS = /** @type {const} */ (['description', 'environment', 'usedBy', 'owner']);

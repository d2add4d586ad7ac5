// @ts-check
//! Pure rules for this device's notes on a token: the environment chip (label + tone), the
//! "Used by" line, the environment choices of the details form and the round trip between a
//! stored environment and the select + custom field. No DOM, no IPC.

/**
 * @typedef {import('./tokens.js').TokenNotes} TokenNotes
 * @typedef {'production'|'staging'|'dev'|'custom'} EnvTone
 */

/** The select's choices; "" = not set, "custom" = the text field below it. */
export const ENVIRONMENT_CHOICES = /** @type {const} */ ([
  { value: '', label: 'Not set' },
  { value: 'production', label: 'Production' },
  { value: 'staging', label: 'Staging' },
  { value: 'dev', label: 'Dev' },
  { value: 'custom', label: 'Custom…' },
]);

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
  if (KNOWN.has(lower)) return { label: lower, tone: /** @type {EnvTone} */ (lower) };
  return { label: env, tone: 'custom' };
}

/**
 * The muted "Used by: …" line, or null.
 * @param {TokenNotes | null | undefined} notes
 */
export function usedByText(notes) {
  const u = String(notes?.usedBy ?? '').trim();
  return u ? `Used by: ${u}` : null;
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
 * @returns {import('../ipc.js').NotesInput}
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

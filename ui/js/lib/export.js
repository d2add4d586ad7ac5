// @ts-check
//! Pure rules for exporting a key: the formats the export dialog offers (label, one-line
//! description, whether it copies or writes a file, whether it takes a variable name), the
//! variable-name check, and the words for an export result. No DOM, no IPC, never a key.

/**
 * @typedef {import('../ipc.js').ExportFormat} ExportFormat
 * @typedef {{ format: ExportFormat, label: string, description: string, file: boolean, variable: boolean }} FormatInfo
 */

export const DEFAULT_VARIABLE = 'SCRIPTIX_API_TOKEN';

/** Every format, in the order the dialog lists them. @type {readonly FormatInfo[]} */
export const EXPORT_FORMATS = Object.freeze([
  { format: 'envLine', label: '.env line (copy)', file: false, variable: true,
    description: 'Copies NAME=key for an existing .env file.' },
  { format: 'envFile', label: '.env file…', file: true, variable: true,
    description: 'Adds it to a .env file; other lines stay.' },
  { format: 'onePasswordCli', label: '1Password (op)…', file: true, variable: false,
    description: 'Adds it with op, or saves its item template.' },
  { format: 'onePasswordCsv', label: '1Password CSV file…', file: true, variable: false,
    description: 'A CSV file for 1Password’s import.' },
  { format: 'bitwardenJson', label: 'Bitwarden JSON file…', file: true, variable: false,
    description: 'An unencrypted JSON file for Bitwarden.' },
  { format: 'bitwardenCsv', label: 'Bitwarden CSV file…', file: true, variable: false,
    description: 'A CSV file for Bitwarden’s import.' },
  { format: 'bitwardenCli', label: 'Bitwarden (bw)…', file: true, variable: false,
    description: 'Adds it with bw, straight into your vault.' },
  { format: 'keepassxcCsv', label: 'KeePassXC CSV file…', file: true, variable: false,
    description: 'A CSV file for KeePassXC’s CSV import.' },
  { format: 'keepassDatabase', label: 'KeePass database…', file: true, variable: false,
    description: 'A new entry in your .kdbx database.' },
]);

export const EXPORT_NOTE = 'Exported files are the only place a key is ever written to disk, and only when you ask. Store the file somewhere safe and delete it after importing.';

/** @param {string} format @returns {FormatInfo | undefined} */
export function formatInfo(format) {
  return EXPORT_FORMATS.find((f) => f.format === format);
}

/** @param {string} format */
export function formatLabel(format) {
  return formatInfo(format)?.label ?? format;
}

const VARIABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Check an environment variable name. Returns null when fine, otherwise a sentence that says
 * exactly what is wrong.
 * @param {string} input
 * @returns {string | null}
 */
export function validateVariable(input) {
  const v = String(input ?? '');
  if (v.trim() === '') return 'Enter a variable name, for example SCRIPTIX_API_TOKEN.';
  if (VARIABLE_RE.test(v)) return null;
  if (/\s/.test(v)) return 'A variable name cannot contain spaces. Use _ instead, for example SCRIPTIX_API_TOKEN.';
  if (/^[0-9]/.test(v)) return 'A variable name cannot start with a digit. Start with a letter or _.';
  const bad = [...v].find((c) => !/[A-Za-z0-9_]/.test(c));
  return `A variable name can only use letters A–Z, digits and _ (not “${bad}”).`;
}

/**
 * What the dialog says after an export.
 * @param {import('../ipc.js').ExportResult} r
 * @param {string} [vaultName]  the 1Password vault an item was added to
 * @returns {{ kind: 'copied', clearsInSeconds: number | null } | { kind: 'saved', text: string, warning: string | null, command: string | null }
 *   | { kind: 'added', text: string } | { kind: 'cancelled' }}
 */
export function exportResultView(r, vaultName) {
  if (r.kind === 'copied') return { kind: 'copied', clearsInSeconds: r.clearsInSeconds ?? null };
  if (r.kind === 'saved') return { kind: 'saved', text: `Saved to ${r.path}`, warning: r.warning || null, command: r.command || null };
  if (r.kind === 'addedToBitwarden') return { kind: 'added', text: 'Added to Bitwarden.' };
  if (r.kind === 'addedToOnePassword') return { kind: 'added', text: vaultName ? `Added to 1Password (vault “${vaultName}”).` : 'Added to 1Password.' };
  return { kind: 'cancelled' };
}

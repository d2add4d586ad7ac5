// @ts-check
//! Pure rules for exporting a key: the formats the export dialog offers (label, one-line
//! description, whether it copies or writes a file, whether it takes a variable name), the
//! variable-name check, and the words for an export result, from the catalogue
//! (locales/*/export.ftl). No DOM, no IPC, never a key.

import { t } from './i18n.js';

/**
 * @typedef {import('../ipc-types.js').ExportFormat} ExportFormat
 * @typedef {{ format: ExportFormat, label: string, description: string, file: boolean, variable: boolean }} FormatInfo
 */

export const DEFAULT_VARIABLE = 'SCRIPTIX_API_TOKEN';

/**
 * One format; `label` and `description` are read when shown, so they follow the language in use.
 * @param {ExportFormat} format @param {boolean} file @param {boolean} variable
 * @param {() => string} label @param {() => string} description
 * @returns {FormatInfo}
 */
function entry(format, file, variable, label, description) {
  return Object.freeze({ format, file, variable, get label() { return label(); }, get description() { return description(); } });
}

/** Every format, in the order the dialog lists them. @type {readonly FormatInfo[]} */
export const EXPORT_FORMATS = Object.freeze([
  entry('envLine', false, true, () => t('export-format-env-line'), () => t('export-format-env-line-text')),
  entry('envFile', true, true, () => t('export-format-env-file'), () => t('export-format-env-file-text')),
  entry('onePasswordCli', true, false, () => t('export-format-op-cli'), () => t('export-format-op-cli-text')),
  entry('onePasswordCsv', true, false, () => t('export-format-op-csv'), () => t('export-format-op-csv-text')),
  entry('bitwardenJson', true, false, () => t('export-format-bw-json'), () => t('export-format-bw-json-text')),
  entry('bitwardenCsv', true, false, () => t('export-format-bw-csv'), () => t('export-format-bw-csv-text')),
  entry('bitwardenCli', true, false, () => t('export-format-bw-cli'), () => t('export-format-bw-cli-text')),
  entry('keepassxcCsv', true, false, () => t('export-format-keepassxc-csv'), () => t('export-format-keepassxc-csv-text')),
  entry('keepassDatabase', true, false, () => t('export-format-kdbx'), () => t('export-format-kdbx-text')),
]);

/** The note under the formats: files are the only place a key is written to disk. */
export function exportNote() {
  return t('export-note');
}

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
  if (v.trim() === '') return t('export-variable-empty');
  if (VARIABLE_RE.test(v)) return null;
  if (/\s/.test(v)) return t('export-variable-space');
  if (/^[0-9]/.test(v)) return t('export-variable-digit');
  const bad = [...v].find((c) => !/[A-Za-z0-9_]/.test(c)) ?? '';
  return t('export-variable-char', { char: bad });
}

/**
 * What the dialog says after an export.
 * @param {import('../ipc-types.js').ExportResult} r
 * @param {string} [vaultName]  the 1Password vault an item was added to
 * @returns {{ kind: 'copied', clearsInSeconds: number | null } | { kind: 'saved', text: string, warning: string | null, command: string | null }
 *   | { kind: 'added', text: string } | { kind: 'cancelled' }}
 */
export function exportResultView(r, vaultName) {
  if (r.kind === 'copied') return { kind: 'copied', clearsInSeconds: r.clearsInSeconds ?? null };
  if (r.kind === 'saved') return { kind: 'saved', text: t('export-saved-to', { path: r.path }), warning: r.warning || null, command: r.command || null };
  if (r.kind === 'addedToBitwarden') return { kind: 'added', text: t('export-added-bitwarden') };
  if (r.kind === 'addedToOnePassword') {
    return { kind: 'added', text: vaultName ? t('export-added-op-vault', { vault: vaultName }) : t('export-added-op') };
  }
  return { kind: 'cancelled' };
}

// @ts-check
//! How a remembered hand-off destination reads in the window: what kind of place it is and
//! where exactly (file path and variable, vault and item, database and entry).
//! Its words come from the catalogue (locales/*/destinations.ftl).
//! Pure: no DOM, no IPC. Destinations never hold a key, so neither does anything here.

import { t } from './i18n.js';

/** @typedef {import('../ipc-types.js').Destination} Destination */

/** Each kind's message id. @type {Record<Destination['kind'], string>} */
const KIND_LABELS = {
  envFile: 'destination-env-file',
  onePasswordTemplate: 'destination-op-template',
  onePasswordCsv: 'destination-op-csv',
  bitwardenJson: 'destination-bw-json',
  bitwardenCsv: 'destination-bw-csv',
  keepassxcCsv: 'destination-keepassxc-csv',
  onePassword: 'destination-op-item',
  bitwarden: 'destination-bw-item',
  keepass: 'destination-kdbx-entry',
};

/**
 * @param {Destination} d
 * @returns {{ kind: string, where: string }}
 */
export function describeDestination(d) {
  const kind = Object.hasOwn(KIND_LABELS, d.kind) ? t(KIND_LABELS[d.kind]) : t('destination-other');
  switch (d.kind) {
    case 'envFile':
      return { kind, where: d.variable ? t('destination-env-where', { variable: d.variable, file: d.location }) : d.location };
    case 'onePassword':
      return { kind, where: d.item ? t('destination-op-item-where', { vault: d.label || d.location, item: d.item })
        : t('destination-op-where', { vault: d.label || d.location }) };
    case 'bitwarden':
      return { kind, where: d.label ? t('destination-bw-folder-where', { folder: d.label, item: d.item })
        : t('destination-bw-where', { item: d.item }) };
    case 'keepass':
      return { kind, where: d.label ? `${d.location} (${d.label})` : d.location };
    default:
      return { kind, where: d.location };
  }
}

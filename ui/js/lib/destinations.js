// @ts-check
//! How a remembered hand-off destination reads in the window: what kind of place it is and
//! where exactly (file path and variable, vault and item, database and entry).
//! In the language in use (details.ftl).
//! Pure: no DOM, no IPC. Destinations never hold a key, so neither does anything here.

import { t } from './i18n.js';

/** @typedef {import('../ipc.js').Destination} Destination */

/** @type {Record<Destination['kind'], () => string>} */
const KIND_LABELS = {
  envFile: () => t('details-destination-env-file'),
  onePasswordTemplate: () => t('details-destination-onepassword-template'),
  onePasswordCsv: () => t('details-destination-onepassword-csv'),
  bitwardenJson: () => t('details-destination-bitwarden-json'),
  bitwardenCsv: () => t('details-destination-bitwarden-csv'),
  keepassxcCsv: () => t('details-destination-keepassxc-csv'),
  onePassword: () => t('details-destination-onepassword'),
  bitwarden: () => t('details-destination-bitwarden'),
  keepass: () => t('details-destination-keepass'),
};

/**
 * @param {Destination} d
 * @returns {{ kind: string, where: string }}
 */
export function describeDestination(d) {
  const kind = KIND_LABELS[d.kind]?.() ?? t('details-destination-other');
  switch (d.kind) {
    case 'envFile':
      return { kind, where: d.variable ? t('details-destination-variable-in', { variable: d.variable, file: d.location }) : d.location };
    case 'onePassword': {
      const vault = d.label || d.location;
      return { kind, where: d.item ? t('details-destination-vault-item', { vault, item: d.item }) : t('details-destination-vault', { vault }) };
    }
    case 'bitwarden':
      return { kind, where: d.label ? t('details-destination-label-item', { label: d.label, item: d.item ?? '' }) : t('details-destination-item', { item: d.item ?? '' }) };
    case 'keepass':
      return { kind, where: d.label ? `${d.location} (${d.label})` : d.location };
    default:
      return { kind, where: d.location };
  }
}

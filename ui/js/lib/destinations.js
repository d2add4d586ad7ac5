// @ts-check
//! How a remembered hand-off destination reads in the window: what kind of place it is and
//! where exactly (file path and variable, vault and item, database and entry).
//! Pure: no DOM, no IPC. Destinations never hold a key, so neither does anything here.

/** @typedef {import('../ipc.js').Destination} Destination */

/** @type {Record<Destination['kind'], string>} */
const KIND_LABELS = {
  envFile: '.env file',
  onePasswordTemplate: '1Password item template file',
  onePasswordCsv: '1Password CSV import file',
  bitwardenJson: 'Bitwarden JSON import file',
  bitwardenCsv: 'Bitwarden CSV import file',
  keepassxcCsv: 'KeePassXC CSV import file',
  onePassword: '1Password item',
  bitwarden: 'Bitwarden item',
  keepass: 'KeePass database entry',
};

/**
 * @param {Destination} d
 * @returns {{ kind: string, where: string }}
 */
export function describeDestination(d) {
  const kind = KIND_LABELS[d.kind] ?? 'Somewhere else';
  switch (d.kind) {
    case 'envFile':
      return { kind, where: d.variable ? `${d.variable} in ${d.location}` : d.location };
    case 'onePassword':
      return { kind, where: `vault ${d.label || d.location}${d.item ? `, item ${d.item}` : ''}` };
    case 'bitwarden':
      return { kind, where: `${d.label ? `${d.label}, ` : ''}item ${d.item}` };
    case 'keepass':
      return { kind, where: d.label ? `${d.location} (${d.label})` : d.location };
    default:
      return { kind, where: d.location };
  }
}

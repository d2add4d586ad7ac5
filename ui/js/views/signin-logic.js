// @ts-check
//! Pure rules behind the sign-in screen (kept apart so they are testable without a DOM).

import { t } from '../lib/i18n.js';

export const DEFAULT_BASE_URL = 'https://api.scriptix.io';
/** The longest profile name the core accepts (profiles.rs, MAX_PROFILE_NAME_CHARS). */
export const MAX_PROFILE_NAME_CHARS = 60;

/**
 * The name a profile gets when the sign-in screen's "Advanced" part leaves it empty: the
 * e-mail address (its domain when the address is too long), with the server's host added
 * when that is not the public service, and a number when the name is taken.
 * @param {string} email
 * @param {string} baseUrl
 * @param {ReadonlyArray<{ name: string }>} profiles
 */
export function deriveProfileName(email, baseUrl, profiles) {
  const address = email.trim();
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : address;
  let base = address || 'Scriptix';
  if ([...base].length > MAX_PROFILE_NAME_CHARS) base = domain;
  const host = hostOf(baseUrl);
  if (host && host !== hostOf(DEFAULT_BASE_URL)) base = `${base} (${host})`;
  const cut = (/** @type {string} */ text, /** @type {number} */ room) => [...text].slice(0, room).join('').trim();
  const taken = new Set(profiles.map((p) => p.name.trim().toLowerCase()));
  let name = cut(base, MAX_PROFILE_NAME_CHARS);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` ${n}`;
    name = `${cut(base, MAX_PROFILE_NAME_CHARS - suffix.length)}${suffix}`;
  }
  return name;
}

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url.trim()).host.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Normalise and check an MFA code before it is sent. TOTP codes are exactly 6 digits
 * (spaces and dashes people paste are dropped); backup codes are any non-empty text.
 * @param {string} raw
 * @param {'totp'|'backup'} method
 * @returns {{ ok: true, code: string } | { ok: false, message: string }}
 */
export function validateMfaCode(raw, method) {
  if (method === 'backup') {
    const code = raw.trim();
    return code ? { ok: true, code } : { ok: false, message: t('signin-mfa-need-backup') };
  }
  const code = raw.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(code)) return { ok: false, message: t('signin-mfa-need-totp') };
  return { ok: true, code };
}

/**
 * Which profile-form input an `invalidInput` error belongs to (the backend may name the
 * field in snake_case or camelCase); the server address when it does not say.
 * @param {string | undefined} field
 * @returns {'name'|'baseUrl'|'username'}
 */
export function profileFormErrorTarget(field) {
  const f = (field ?? '').replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  if (f === 'name' || f === 'username') return f;
  return 'baseUrl';
}

/** The formats all of a profile's keys can be exported in, one file with a row per key. */
export const PROFILE_EXPORT_FORMATS = /** @type {const} */ ([
  { format: 'onePasswordCsv', label: '1Password (CSV)' },
  { format: 'bitwardenCsv', label: 'Bitwarden (CSV)' },
  { format: 'keepassxcCsv', label: 'KeePassXC (CSV)' },
]);

/**
 * What the delete confirmation says: how many keys this device holds for the profile and
 * that deleting removes them.
 * @param {string} name
 * @param {number} held
 * @returns {{ text: string, confirm: string }}
 */
export function profileDeleteText(name, held) {
  if (held <= 0) return { text: t('signin-profile-delete-text', { name }), confirm: t('signin-profile-delete-yes') };
  return { text: t('signin-profile-delete-keys-text', { name, held }), confirm: t('signin-profile-delete-keys-yes', { held }) };
}

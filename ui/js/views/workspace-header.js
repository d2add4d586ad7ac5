// @ts-check
//! The main screen's header (split from workspace.js): the brand, the profile switcher, the
//! demo chip, the Expiry button the expiry watch made, and the account menu (who is signed
//! in, their organization and roles; Activity, Settings, Shortcuts, Sign out). Switching
//! profile and signing out happen here and route the new status; the other items are the
//! workspace's. Must not: touch window.__TAURI_INTERNALS__.

import { el, replace, uid } from '../lib/dom.js';
import { profileLabel } from '../lib/format.js';
import { createMenu } from './menu.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {Object} HeaderOptions
 * @property {Pick<typeof import('../ipc.js'), 'profileSelect' | 'signOut'>} ipc
 * @property {import('../ipc-types.js').AppStatus} status
 * @property {import('../ipc-types.js').Profile | null} profile  the active profile
 * @property {Node} expiryButton
 * @property {() => boolean} alive  the main screen is still the one shown
 * @property {(status: import('../ipc-types.js').AppStatus) => void} route  the status after a switch or a sign-out
 * @property {(message: string) => void} showError
 * @property {() => void} onActivity
 * @property {() => void} onSettings
 * @property {() => void} onShortcuts
 */

/**
 * @param {HeaderOptions} o
 * @returns {{ element: HTMLElement, showAccount: (account: import('../ipc-types.js').Account) => void }}
 */
export function createWorkspaceHeader(o) {
  const { status, profile } = o;
  const switcherId = uid('switch-profile');
  const switcher = /** @type {HTMLSelectElement} */ (el('select', {
    id: switcherId, 'data-testid': 'header-profile-select', on: { change: onSwitchProfile },
  }, status.profiles.map((p) => el('option', { value: p.id, selected: p.id === status.activeProfileId },
    profileLabel(p)))));
  // The account and the app's less frequent actions live in one menu at the header's end
  // (desktop header-bar style); its button shows who is signed in.
  const accountEmail = el('span', { class: 'who-email', 'data-testid': 'account-email' }, status.session?.username ?? '');
  const accountFacts = el('div', { class: 'menu-account', 'data-testid': 'account' });
  const accountMenu = createMenu({ label: t('main-account-menu-label', { email: status.session?.username ?? '' }), menuLabel: t('main-account-menu'),
    testid: 'account-menu', buttonClass: 'button ghost account-button', title: null, header: accountFacts,
    content: el('span', { class: 'account-button-content' }, accountEmail, el('span', { class: 'menu-caret', 'aria-hidden': 'true' }, '▾')),
    items: () => [
      { testid: 'activity-open', label: t('main-activity'), run: () => o.onActivity() },
      { testid: 'settings-open', label: t('main-settings'), run: () => o.onSettings() },
      { testid: 'shortcuts-open', label: t('main-shortcuts'), shortcut: '?', keys: 'Shift+? F1', run: () => o.onShortcuts() },
      { testid: 'sign-out', label: t('main-sign-out'), run: () => onSignOut() },
    ] });

  const element = el('header', { class: 'app-header' },
    el('div', { class: 'brand' },
      el('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'SK'),
      el('span', { class: 'brand-name' }, 'Scriptix Keys')),
    el('div', { class: 'header-profile' },
      el('label', { for: switcherId, class: 'visually-hidden' }, t('main-profile')), switcher),
    // The chip may be cut to fit the header: its whole text is in the tooltip.
    profile?.demo ? el('p', { class: 'demo-chip', 'data-testid': 'demo-banner', title: t('main-demo-title') },
      el('strong', null, t('main-demo')),
      el('span', { class: 'demo-more' }, t('main-demo-more'))) : null,
    el('span', { class: 'spacer' }),
    o.expiryButton,
    accountMenu.element);

  async function onSwitchProfile() {
    const id = switcher.value;
    switcher.disabled = true;
    try {
      const next = await o.ipc.profileSelect(id);
      if (o.alive()) o.route(next);
    } catch (err) {
      if (!o.alive()) return;
      switcher.value = status.activeProfileId ?? '';
      switcher.disabled = false;
      o.showError(/** @type {Error} */ (err).message);
    }
  }

  async function onSignOut() {
    accountMenu.button.setAttribute('aria-busy', 'true');
    try {
      const next = await o.ipc.signOut();
      if (o.alive()) o.route(next);
    } catch (err) {
      if (!o.alive()) return;
      accountMenu.button.removeAttribute('aria-busy');
      o.showError(/** @type {Error} */ (err).message);
    }
  }

  return {
    element,
    /** The account as Scriptix describes it: the menu's button and its facts. */
    showAccount(account) {
      const org = account.organization;
      accountEmail.textContent = account.email;
      accountMenu.button.setAttribute('aria-label', t('main-account-menu-label', { email: account.email }));
      replace(accountFacts,
        el('span', { class: 'menu-account-email' }, account.displayName ? t('main-account-name-email', { name: account.displayName, email: account.email }) : account.email),
        org ? el('span', { class: 'small muted', 'data-testid': 'account-org' }, org.name) : null,
        el('ul', { class: 'chips', 'aria-label': t('main-roles'), 'data-testid': 'account-roles' },
          account.roles.map((r) => el('li', { class: 'chip', 'data-testid': 'role-chip' }, roleLabel(r)))));
    },
  };
}

/**
 * "ORGADMIN" → "Org admin": roles are shown as words, not shouted constants.
 * @param {string} role
 */
export function roleLabel(role) {
  const known = /** @type {Record<string, () => string>} */ ({
    SYSOP: () => t('main-role-sysop'), ORGADMIN: () => t('main-role-orgadmin'), CONTRIBUTOR: () => t('main-role-contributor'),
    CUSTOMER: () => t('main-role-customer'), DEVELOPER: () => t('main-role-developer'), RESELLER: () => t('main-role-reseller'),
    RESELLEE: () => t('main-role-resellee'), TESTER: () => t('main-role-tester'),
  });
  const r = String(role).trim();
  return known[r.toUpperCase()]?.() ?? r;
}

// @ts-check
//! The end of a rotation: where the old key went (the remembered destinations) and
//! "Update all", which puts the new key into each of them in place (`.env` line, KeePass
//! entry, Bitwarden or 1Password item) and shows one result per place. KeePass database passwords are
//! typed here for this one update and never kept (the fields are emptied afterwards); a database
//! saved to with a key file is opened with the same key file (Rust reads its remembered path).
//! Must not: touch window.__TAURI_INTERNALS__, or see or pass on a key.

import { el, setBusy, append, replace } from '../lib/dom.js';
import { describeDestination } from '../lib/destinations.js';
import { t } from '../lib/i18n.js';

/** Each outcome's message id. @type {Record<string, string>} */
const OUTCOME_LABELS = { updated: 'rotation-destinations-updated', failed: 'rotation-destinations-failed', byHand: 'rotation-destinations-by-hand' };

/**
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'rotationDestinations' | 'rotationUpdateDestinations'>, rotation: import('../ipc-types.js').Rotation }} deps
 * @returns {HTMLElement} filled in once the destinations are known (hidden when there are none)
 */
export function destinationUpdates(deps) {
  const section = el('section', { class: 'rotation-destinations', 'data-testid': 'rotation-destinations', hidden: true,
    'aria-label': t('rotation-destinations') });
  load();
  return section;

  async function load() {
    let places;
    try {
      places = await deps.ipc.rotationDestinations({ id: deps.rotation.id });
    } catch {
      return; // no new key yet, or nothing known: nothing to offer
    }
    if (!places.length) return;
    /** @type {Map<string, HTMLInputElement>} */
    const passwords = new Map();
    /** @type {Map<string, string>} the key file each database is opened with again */
    const keyFiles = new Map();
    for (const d of places) {
      if (d.kind === 'keepass' && !passwords.has(d.location)) {
        passwords.set(d.location, /** @type {HTMLInputElement} */ (el('input', { type: 'password', class: 'mono-input', autocomplete: 'off',
          'aria-label': t('rotation-destinations-password-label', { path: d.location }), 'data-testid': 'update-kdbx-password', 'data-path': d.location })));
        if (d.keyFile) keyFiles.set(d.location, d.keyFile);
      }
    }
    const list = el('ul', { class: 'destinations', 'data-testid': 'rotation-destination-list' }, places.map((d) => {
      const { kind, where } = describeDestination(d);
      return el('li', { 'data-testid': 'rotation-destination', 'data-kind': d.kind }, el('span', null, kind), ' ',
        el('span', { class: 'mono' }, where));
    }));
    const results = el('ul', { class: 'destinations', role: 'status', 'data-testid': 'update-results' });
    const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'update-error' });
    const button = el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'rotation-update-all',
      on: { click: () => { update(); } } }, t('rotation-destinations-update'));
    append(section, [
      el('h3', { class: 'section-title' }, t('rotation-destinations')),
      el('p', { class: 'small muted' }, t('rotation-destinations-text')),
      list,
      [...passwords.entries()].map(([path, input]) => el('label', { class: 'field' },
        el('span', null, t('rotation-destinations-password', { path })), input,
        keyFiles.has(path) ? el('span', { class: 'small muted', 'data-testid': 'update-kdbx-key-file' },
          t('rotation-destinations-key-file', { keyFile: keyFiles.get(path) ?? '' })) : null)),
      el('div', { class: 'row' }, button),
      error, results,
    ]);
    section.hidden = false;

    async function update() {
      setBusy(button, true, t('rotation-destinations-updating'));
      error.textContent = '';
      try {
        const r = await deps.ipc.rotationUpdateDestinations({ id: deps.rotation.id,
          passwords: [...passwords.entries()].map(([path, input]) => ({ path, password: input.value })) });
        replace(results, ...r.map((u) => el('li', { 'data-testid': 'update-result', 'data-outcome': u.outcome, 'data-kind': u.destination.kind },
          el('strong', null, Object.hasOwn(OUTCOME_LABELS, u.outcome) ? t(OUTCOME_LABELS[u.outcome]) : u.outcome), ' ', u.message)));
      } catch (err) {
        error.textContent = /** @type {Error} */ (err).message;
      } finally {
        for (const input of passwords.values()) input.value = '';
        setBusy(button, false);
      }
    }
  }
}

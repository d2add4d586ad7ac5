// @ts-check
//! The small settings dialog behind the gear button: how long a copied key stays on the
//! clipboard. Saves on change through `settings_save`. Must not touch window.__TAURI__.

import { el, append, uid } from '../lib/dom.js';
import { CLIPBOARD_CHOICES } from '../lib/lifecycle.js';
import { createModal } from './modal.js';

/**
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'settingsSave'>, host: Element,
 *   settings: import('../ipc.js').Settings, onSaved: (s: import('../ipc.js').AppStatus) => void }} deps
 */
export function openSettingsDialog(deps) {
  const modal = createModal({ host: deps.host, title: 'Settings', testid: 'settings-dialog', onCancel: () => modal.close() });
  const selectId = uid('clipboard-clear');
  const hintId = uid('clipboard-hint');
  const current = deps.settings.clipboardClearSeconds;
  const known = CLIPBOARD_CHOICES.some((c) => c.value === current);
  const select = /** @type {HTMLSelectElement} */ (el('select', { id: selectId, 'aria-describedby': hintId, 'data-testid': 'settings-clipboard', on: { change: save } },
    CLIPBOARD_CHOICES.map((c) => el('option', { value: c.value === null ? 'never' : String(c.value), selected: c.value === current }, c.label)),
    known ? null : el('option', { value: String(current), selected: true }, `${current} s`)));
  const status = el('p', { class: 'small', role: 'status', 'data-testid': 'settings-status' });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'settings-close', on: { click: () => modal.close() } }, 'Close');
  append(modal.body, [
    el('div', { class: 'field' },
      el('label', { for: selectId }, 'Clear clipboard after'),
      select,
      el('p', { id: hintId, class: 'small muted' }, 'After you copy a key, Scriptix Keys removes it from the clipboard after this long, if it is still there.')),
    status,
  ]);
  append(modal.footer, [close]);
  modal.open(select);

  async function save() {
    const v = select.value;
    const clipboardClearSeconds = v === 'never' ? null : Number(v);
    status.textContent = 'Saving…';
    status.removeAttribute('data-tone');
    try {
      const next = await deps.ipc.settingsSave({ clipboardClearSeconds });
      status.textContent = 'Saved';
      deps.onSaved(next);
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }
}

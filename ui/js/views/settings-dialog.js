// @ts-check
//! The small settings dialog behind the gear button: how long a copied key stays on the
//! clipboard, and the expiry reminders (on/off, and how many days before expiry; checked
//! here before saving). Saves on change through `settings_save`, always the whole settings
//! object. Must not touch window.__TAURI__.

import { el, append, uid } from '../lib/dom.js';
import { CLIPBOARD_CHOICES } from '../lib/lifecycle.js';
import { DEFAULT_THRESHOLDS, formatThresholds, parseThresholds } from '../lib/expiry.js';
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
  let saved = { clipboardClearSeconds: current, expiryThresholds: [...(deps.settings.expiryThresholds ?? DEFAULT_THRESHOLDS)],
    notifyExpiry: deps.settings.notifyExpiry ?? true };
  const notifyId = uid('notify-expiry');
  const notify = /** @type {HTMLInputElement} */ (el('input', { id: notifyId, type: 'checkbox', checked: saved.notifyExpiry,
    'data-testid': 'settings-notify-expiry', on: { change: save } }));
  const daysId = uid('thresholds');
  const daysHintId = uid('thresholds-hint');
  const daysErrId = uid('thresholds-error');
  const days = /** @type {HTMLInputElement} */ (el('input', { id: daysId, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false',
    value: formatThresholds(saved.expiryThresholds), 'aria-describedby': `${daysHintId} ${daysErrId}`, 'data-testid': 'settings-thresholds',
    on: { change: save, keydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Enter') { e.preventDefault(); save(); } },
      input: () => { daysError.textContent = ''; days.removeAttribute('aria-invalid'); } } }));
  const daysError = el('p', { id: daysErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'settings-thresholds-error' });
  const status = el('p', { class: 'small', role: 'status', 'data-testid': 'settings-status' });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'settings-close', on: { click: () => modal.close() } }, 'Close');
  append(modal.body, [
    el('div', { class: 'field' },
      el('label', { for: selectId }, 'Clear clipboard after'),
      select,
      el('p', { id: hintId, class: 'small muted' }, 'After you copy a key, Scriptix Keys removes it from the clipboard after this long, if it is still there.')),
    el('fieldset', { class: 'field' },
      el('legend', null, 'Expiry reminders'),
      el('label', { class: 'check', for: notifyId }, notify, 'Notify me before tokens expire'),
      el('label', { for: daysId, class: 'small' }, 'Remind me this many days before a token expires'),
      days,
      el('p', { id: daysHintId, class: 'small muted' }, 'Whole days from 0 to 365, separated by commas; 0 is the day it expires. The largest is also how far ahead the Expiry view looks.'),
      daysError),
    status,
  ]);
  append(modal.footer, [close]);
  modal.open(select);

  async function save() {
    const v = select.value;
    const clipboardClearSeconds = v === 'never' ? null : Number(v);
    const thresholds = parseThresholds(days.value);
    if (!thresholds.ok) {
      daysError.textContent = thresholds.message;
      days.setAttribute('aria-invalid', 'true');
      status.textContent = '';
      return;
    }
    const settings = { clipboardClearSeconds, expiryThresholds: thresholds.values, notifyExpiry: notify.checked };
    status.textContent = 'Saving…';
    status.removeAttribute('data-tone');
    try {
      const next = await deps.ipc.settingsSave(settings);
      saved = next.settings ?? settings;
      days.value = formatThresholds(saved.expiryThresholds ?? thresholds.values);
      status.textContent = 'Saved';
      deps.onSaved(next);
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }
}

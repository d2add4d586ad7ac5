// @ts-check
//! The small settings dialog behind the gear button: how long a copied key stays on the
//! clipboard, and the expiry reminders (on/off, and how many days before expiry; checked
//! here before saving). Saves on change through `settings_save`, always the whole settings
//! object. Must not touch window.__TAURI_INTERNALS__.

import { el, append, uid } from '../lib/dom.js';
import { CLIPBOARD_CHOICES } from '../lib/lifecycle.js';
import { DEFAULT_THRESHOLDS, formatThresholds, parseThresholds } from '../lib/expiry.js';
import { createModal } from './modal.js';
import { language as languageInUse, t, useCatalogue } from '../lib/i18n.js';

/** The choices for "in use" (hours); the default is 24, the core accepts 1 to 720. */
const RECENT_USE_CHOICES = [1, 6, 12, 24, 48, 168, 720];
const DEFAULT_RECENT_USE_HOURS = 24;

/** "24 hours", "7 days". @param {number} hours */
function recentUseLabel(hours) {
  return hours % 24 === 0 && hours >= 48
    ? t('settings-recent-use-days', { days: hours / 24 })
    : t('settings-recent-use-hours', { hours });
}

/** Each language's name, in that language (the same in every catalogue). */
const LANGUAGE_NAMES = /** @type {Record<string, string>} */ ({ en: 'settings-language-en', nl: 'settings-language-nl' });

/**
 * @param {{ ipc: Pick<typeof import('../ipc.js'), 'settingsSave'> & Partial<Pick<typeof import('../ipc.js'), 'autostartIsEnabled'|'autostartSet'|'updateCheck'|'updateInstall'|'confirmNative'|'i18nCatalogue'>>, host: Element,
 *   settings: import('../ipc-types.js').Settings, onSaved: (s: import('../ipc-types.js').AppStatus) => void,
 *   language?: { tag: string, system: string }, focus?: 'language' }} deps
 *   language: what the status says is in use and what the OS asks for; focus: the field to focus first
 */
export function openSettingsDialog(deps) {
  const modal = createModal({ host: deps.host, title: t('settings-title'), testid: 'settings-dialog', onCancel: () => modal.close() });
  const languageId = uid('language');
  const system = deps.language?.system ?? 'en';
  const language = /** @type {HTMLSelectElement} */ (el('select', { id: languageId, 'aria-describedby': `${languageId}-hint`,
    'data-testid': 'settings-language', on: { change: save } },
  [
    { value: 'system', label: t('settings-language-system', { system: t(LANGUAGE_NAMES[system] ?? LANGUAGE_NAMES.en) }) },
    { value: 'en', label: t(LANGUAGE_NAMES.en) },
    { value: 'nl', label: t(LANGUAGE_NAMES.nl) },
    // The pseudo-locale is offered only while it is in use (a test build chose it).
    ...(deps.settings.language === 'en-XA' ? [{ value: 'en-XA', label: 'en-XA' }] : []),
  ].map((o) => el('option', { value: o.value, selected: o.value === (deps.settings.language ?? 'system') }, o.label))));
  // How recent a key's last use must be to count as "in use" (delete warns, a rotation waits).
  const recentId = uid('recent-use');
  const recentNow = deps.settings.recentUseHours ?? DEFAULT_RECENT_USE_HOURS;
  const recent = /** @type {HTMLSelectElement} */ (el('select', { id: recentId, 'aria-describedby': `${recentId}-hint`,
    'data-testid': 'settings-recent-use', on: { change: save } },
  [...new Set([...RECENT_USE_CHOICES, recentNow])].sort((a, b) => a - b).map((hours) =>
    el('option', { value: String(hours), selected: hours === recentNow }, recentUseLabel(hours)))));
  const selectId = uid('clipboard-clear');
  const hintId = uid('clipboard-hint');
  const current = deps.settings.clipboardClearSeconds;
  const known = CLIPBOARD_CHOICES.some((c) => c.value === current);
  const select = /** @type {HTMLSelectElement} */ (el('select', { id: selectId, 'aria-describedby': hintId, 'data-testid': 'settings-clipboard', on: { change: save } },
    CLIPBOARD_CHOICES.map((c) => el('option', { value: c.value === null ? 'never' : String(c.value), selected: c.value === current }, c.label)),
    known || current === null ? null : el('option', { value: String(current), selected: true }, t('clipboard-choice-seconds', { seconds: current }))));
  /** @type {import('../ipc-types.js').Settings} */
  let saved = { clipboardClearSeconds: current, expiryThresholds: [...(deps.settings.expiryThresholds ?? DEFAULT_THRESHOLDS)],
    notifyExpiry: deps.settings.notifyExpiry ?? true, keepInTray: deps.settings.keepInTray ?? false,
    updateEndpoint: deps.settings.updateEndpoint ?? null };
  const notifyId = uid('notify-expiry');
  const notify = /** @type {HTMLInputElement} */ (el('input', { id: notifyId, type: 'checkbox', checked: saved.notifyExpiry,
    'data-testid': 'settings-notify-expiry', on: { change: save } }));
  // In the background: keep running in the tray (a setting) and start with the session (the
  // OS's own autostart entry, written and removed by the autostart plugin).
  const trayId = uid('keep-in-tray');
  const tray = /** @type {HTMLInputElement} */ (el('input', { id: trayId, type: 'checkbox', checked: saved.keepInTray,
    'aria-describedby': `${trayId}-hint`, 'data-testid': 'settings-keep-in-tray', on: { change: save } }));
  const autostartId = uid('autostart');
  const autostart = /** @type {HTMLInputElement} */ (el('input', { id: autostartId, type: 'checkbox', disabled: true,
    'aria-describedby': `${autostartId}-hint`, 'data-testid': 'settings-autostart', on: { change: saveAutostart } }));
  deps.ipc.autostartIsEnabled?.().then((on) => { autostart.checked = on; autostart.disabled = false; }, () => {});
  // Updates: off until an update server is set; a check verifies the signature before it
  // offers anything, and installing asks first.
  const updateId = uid('update-endpoint');
  const updateErrId = uid('update-endpoint-error');
  const update = /** @type {HTMLInputElement} */ (el('input', { id: updateId, type: 'url', autocomplete: 'off', spellcheck: 'false',
    value: saved.updateEndpoint ?? '', placeholder: t('settings-update-placeholder'), 'aria-describedby': `${updateId}-hint ${updateErrId}`,
    'data-testid': 'settings-update-endpoint', on: { change: save, input: () => { updateError.textContent = ''; update.removeAttribute('aria-invalid'); } } }));
  const updateError = el('p', { id: updateErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'settings-update-endpoint-error' });
  const updateStatus = el('p', { class: 'small', role: 'status', 'data-testid': 'settings-update-status' });
  const checkUpdate = el('button', { type: 'button', class: 'button', 'data-testid': 'settings-update-check', on: { click: onCheckUpdate } }, t('settings-update-check'));
  const installUpdate = el('button', { type: 'button', class: 'button primary', hidden: true, 'data-testid': 'settings-update-install', on: { click: onInstallUpdate } }, t('settings-update-install'));
  const daysId = uid('thresholds');
  const daysHintId = uid('thresholds-hint');
  const daysErrId = uid('thresholds-error');
  const days = /** @type {HTMLInputElement} */ (el('input', { id: daysId, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false',
    value: formatThresholds(saved.expiryThresholds), 'aria-describedby': `${daysHintId} ${daysErrId}`, 'data-testid': 'settings-thresholds',
    on: { change: save, keydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Enter') { e.preventDefault(); save(); } },
      input: () => { daysError.textContent = ''; days.removeAttribute('aria-invalid'); } } }));
  const daysError = el('p', { id: daysErrId, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'settings-thresholds-error' });
  const status = el('p', { class: 'small', role: 'status', 'data-testid': 'settings-status' });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'settings-close', on: { click: () => modal.close() } }, t('settings-close'));
  append(modal.body, [
    el('div', { class: 'field' },
      el('label', { for: languageId }, t('settings-language')),
      language,
      el('p', { id: `${languageId}-hint`, class: 'small muted' }, t('settings-language-hint'))),
    el('div', { class: 'field' },
      el('label', { for: selectId }, t('settings-clipboard')),
      select,
      el('p', { id: hintId, class: 'small muted' }, t('settings-clipboard-hint'))),
    el('fieldset', { class: 'field' },
      el('legend', null, t('settings-reminders')),
      el('label', { class: 'check', for: notifyId }, notify, t('settings-reminders-notify')),
      el('label', { for: daysId, class: 'small' }, t('settings-reminders-days')),
      days,
      el('p', { id: daysHintId, class: 'small muted' }, t('settings-reminders-days-hint')),
      daysError),
    el('div', { class: 'field' },
      el('label', { for: recentId }, t('settings-recent-use')),
      recent,
      el('p', { id: `${recentId}-hint`, class: 'small muted' }, t('settings-recent-use-hint'))),
    el('fieldset', { class: 'field' },
      el('legend', null, t('settings-background')),
      el('label', { class: 'check', for: trayId }, tray, t('settings-keep-in-tray')),
      el('p', { id: `${trayId}-hint`, class: 'small muted' }, t('settings-keep-in-tray-hint')),
      el('label', { class: 'check', for: autostartId }, autostart, t('settings-autostart')),
      el('p', { id: `${autostartId}-hint`, class: 'small muted' }, t('settings-autostart-hint'))),
    deps.ipc.updateCheck ? el('fieldset', { class: 'field' },
      el('legend', null, t('settings-updates')),
      el('label', { for: updateId, class: 'small' }, t('settings-update-server')),
      update,
      el('p', { id: `${updateId}-hint`, class: 'small muted' }, t('settings-update-hint')),
      updateError,
      el('div', { class: 'row' }, checkUpdate, installUpdate),
      updateStatus) : null,
    status,
  ]);
  append(modal.footer, [close]);
  modal.open(deps.focus === 'language' ? language : select);

  async function saveAutostart() {
    status.textContent = t('settings-saving');
    status.removeAttribute('data-tone');
    try {
      await deps.ipc.autostartSet?.(autostart.checked);
      status.textContent = t('settings-saved');
    } catch (err) {
      autostart.checked = !autostart.checked;
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }

  async function save() {
    const v = select.value;
    const clipboardClearSeconds = v === 'never' ? null : Number(v);
    const thresholds = parseThresholds(days.value);
    if (!thresholds.ok) {
      daysError.textContent = thresholds.message;
      days.setAttribute('aria-invalid', 'true');
      status.textContent = '';
      return false;
    }
    // Whatever this dialog does not show (fields added by later versions) is sent back as it was.
    const settings = { ...deps.settings, ...saved, clipboardClearSeconds, expiryThresholds: thresholds.values, notifyExpiry: notify.checked,
      keepInTray: tray.checked, updateEndpoint: update.value.trim() || null,
      language: /** @type {import('../ipc-types.js').LanguageSetting} */ (language.value), recentUseHours: Number(recent.value) };
    status.textContent = t('settings-saving');
    status.removeAttribute('data-tone');
    try {
      const next = await deps.ipc.settingsSave(settings);
      saved = next.settings ?? settings;
      days.value = formatThresholds(saved.expiryThresholds ?? thresholds.values);
      status.textContent = t('settings-saved');
      deps.onSaved(next);
      // A new language: the whole window (this dialog too) speaks it at once (main.js).
      if (next.language && next.language.tag !== languageInUse() && deps.ipc.i18nCatalogue) {
        useCatalogue(await deps.ipc.i18nCatalogue());
      }
      return true;
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.field === 'updateEndpoint') {
        updateError.textContent = e.message;
        update.setAttribute('aria-invalid', 'true');
        status.textContent = '';
        return false;
      }
      status.textContent = e.message;
      status.setAttribute('data-tone', 'error');
    }
    return false;
  }

  async function onCheckUpdate() {
    installUpdate.hidden = true;
    if ((update.value.trim() || null) !== (saved.updateEndpoint ?? null) && !(await save())) return;
    if (!saved.updateEndpoint) {
      updateStatus.textContent = t('settings-update-need-server');
      return;
    }
    updateStatus.textContent = t('settings-update-checking');
    try {
      const found = await /** @type {NonNullable<typeof deps.ipc.updateCheck>} */ (deps.ipc.updateCheck)();
      if (found.kind === 'ready') {
        updateStatus.textContent = t('settings-update-ready', { version: found.version, current: found.current });
        installUpdate.hidden = false;
      } else {
        updateStatus.textContent = t('settings-update-current', { current: found.current });
      }
    } catch (err) {
      updateStatus.textContent = /** @type {Error} */ (err).message;
    }
    // The answer sits at the end of a long dialog: keep it in sight.
    updateStatus.scrollIntoView?.({ block: 'nearest' });
  }

  async function onInstallUpdate() {
    const yes = deps.ipc.confirmNative ? await deps.ipc.confirmNative({ title: t('settings-update-confirm-title'),
      message: t('settings-update-confirm'), okLabel: t('settings-update-install'), cancelLabel: t('settings-update-confirm-no') }) : false;
    if (!yes) return;
    updateStatus.textContent = t('settings-update-installing');
    try {
      await deps.ipc.updateInstall?.();
    } catch (err) {
      updateStatus.textContent = /** @type {Error} */ (err).message;
    }
  }
}

// @ts-check
//! The keyboard-shortcut overlay (? or F1): every shortcut of lib/shortcuts.js shortcutList(),
//! grouped, in a dismissable dialog. Must not call IPC.

import { el } from '../lib/dom.js';
import { shortcutList } from '../lib/shortcuts.js';
import { t } from '../lib/i18n.js';
import { createModal } from './modal.js';

/** @param {{ host: Element }} deps */
export function openShortcutsDialog(deps) {
  const modal = createModal({ host: deps.host, title: t('shortcuts-title'), testid: 'shortcuts-dialog', className: 'modal-wide shortcuts-modal', onCancel: () => modal.close() });
  for (const g of shortcutList()) {
    modal.body.appendChild(el('section', { class: 'shortcut-group' },
      el('h3', { class: 'section-title' }, g.group),
      el('dl', { class: 'shortcut-list' }, g.items.map((it) => [
        el('dt', null, it.keys.map((k, i) => [i > 0 ? el('span', { class: 'muted' }, ` ${t('shortcuts-or')} `) : null, el('kbd', null, k)])),
        el('dd', { 'data-testid': 'shortcut' }, it.what),
      ]))));
  }
  // A long list may scroll on a small window: the body is then a named, focusable region.
  modal.body.setAttribute('tabindex', '0');
  modal.body.setAttribute('role', 'region');
  modal.body.setAttribute('aria-label', t('shortcuts-region'));
  const close = el('button', { type: 'button', class: 'button primary', 'data-testid': 'shortcuts-close', on: { click: () => modal.close() } }, t('shortcuts-close'));
  modal.footer.appendChild(close);
  modal.open(close);
  return modal;
}

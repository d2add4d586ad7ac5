// @ts-check
//! The keyboard-shortcut overlay (? or F1): every shortcut of lib/shortcuts.js SHORTCUTS,
//! grouped, in a dismissable dialog. Must not call IPC.

import { el } from '../lib/dom.js';
import { SHORTCUTS } from '../lib/shortcuts.js';
import { createModal } from './modal.js';

/** @param {{ host: Element }} deps */
export function openShortcutsDialog(deps) {
  const modal = createModal({ host: deps.host, title: 'Keyboard shortcuts', testid: 'shortcuts-dialog', className: 'modal-wide shortcuts-modal', onCancel: () => modal.close() });
  for (const g of SHORTCUTS) {
    modal.body.appendChild(el('section', { class: 'shortcut-group' },
      el('h3', { class: 'section-title' }, g.group),
      el('dl', { class: 'shortcut-list' }, g.items.map((it) => [
        el('dt', null, it.keys.map((k, i) => [i > 0 ? el('span', { class: 'muted' }, ' or ') : null, el('kbd', null, k)])),
        el('dd', { 'data-testid': 'shortcut' }, it.what),
      ]))));
  }
  // A long list may scroll on a small window: the body is then a named, focusable region.
  modal.body.setAttribute('tabindex', '0');
  modal.body.setAttribute('role', 'region');
  modal.body.setAttribute('aria-label', 'Shortcuts');
  const close = el('button', { type: 'button', class: 'button primary', 'data-testid': 'shortcuts-close', on: { click: () => modal.close() } }, 'Close');
  modal.footer.appendChild(close);
  modal.open(close);
  return modal;
}

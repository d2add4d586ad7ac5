// @ts-check
//! A menu button and its `role=menu` list, with the keyboard of desktop menus: Enter, Space or
//! Down opens it on its first item (Up on its last), Up/Down move and wrap, Home/End jump,
//! a letter jumps to the next item starting with it, Esc closes it and returns focus to the
//! button, Tab closes it and moves on. Only one menu is open at a time; a click outside
//! closes it. The list is placed against the window (CSSOM; the CSP forbids style="") so a
//! scrolling table never clips it. Must not call IPC.

import { el } from '../lib/dom.js';

/**
 * @typedef {Object} MenuItem
 * @property {string} testid
 * @property {string} label
 * @property {() => void} run
 * @property {boolean} [danger]  a destructive action (shown in the danger colour)
 * @property {string} [shortcut]  shown after the label ("Ctrl+C"), and set as aria-keyshortcuts
 * @property {string} [keys]  the aria-keyshortcuts value for `shortcut`
 * @typedef {Object} MenuOptions
 * @property {string} label  the button's accessible name ("More actions for “Prod” (ID 7)")
 * @property {string} menuLabel  the menu's accessible name
 * @property {string} testid  the button's data-testid
 * @property {string} [buttonClass]
 * @property {Node | string} [content]  what the button shows (default "⋯", hidden from screen readers)
 * @property {string | null} [title]  the button's tooltip (none when absent or null)
 * @property {() => (MenuItem | null)[]} items  built each time the menu opens
 * @property {string} [tabindex]  "-1" keeps the button out of the Tab order (a table row owns the stop)
 * @property {Node | null} [header]  shown above the items (not an item: account facts)
 * @property {() => HTMLElement | null} [focusBack]  where Esc returns focus (default: the button)
 * @typedef {Object} Menu
 * @property {HTMLElement} element  the button and its list, to place in the page
 * @property {HTMLElement} button
 * @property {(from?: 'first' | 'last') => void} open
 * @property {(refocus: boolean) => void} close
 * @property {() => boolean} isOpen
 * @property {(label: string, menuLabel: string) => void} relabel  new accessible names for the
 *   button and the menu (a reused menu that now acts on something else)
 */

/** Between the button and its list, and the least room kept to the window's edges (px). */
const GAP = 4;
const EDGE = 4;

/** The menu open now (one at a time). @type {Menu | null} */
let openMenu = null;

/** Closes whatever menu is open (a dialog opening, the view unmounting). */
export function closeMenus() {
  openMenu?.close(false);
}

/**
 * @param {MenuOptions} opts
 * @returns {Menu}
 */
export function createMenu(opts) {
  const list = el('div', { class: opts.header ? 'menu-list in-popup' : 'menu-list', role: 'menu', 'aria-label': opts.menuLabel, hidden: true,
    on: { keydown: onListKey } });
  const button = el('button', { type: 'button', class: opts.buttonClass ?? 'button ghost small-button menu-button',
    'data-testid': opts.testid, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': opts.label, tabindex: opts.tabindex ?? null,
    title: opts.title ?? null, on: { click: onButtonClick, keydown: onButtonKey } },
  opts.content ?? el('span', { 'aria-hidden': 'true' }, '⋯'));
  const popup = opts.header ? el('div', { class: 'menu-popup', hidden: true }, opts.header, list) : list;
  if (opts.header) list.hidden = false;
  const element = el('div', { class: 'menu' }, button, popup);

  /** @type {Menu} */
  const menu = { element, button, open, close, isOpen: () => !popup.hidden, relabel };

  /** @param {string} label @param {string} menuLabel */
  function relabel(label, menuLabel) {
    if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
    if (list.getAttribute('aria-label') !== menuLabel) list.setAttribute('aria-label', menuLabel);
  }

  /** @returns {HTMLElement[]} */
  function items() {
    return /** @type {HTMLElement[]} */ (Array.from(list.querySelectorAll('[role="menuitem"]')));
  }

  function render() {
    while (list.firstChild) list.removeChild(list.firstChild);
    for (const it of opts.items()) {
      if (!it) continue;
      list.appendChild(el('button', { type: 'button', role: 'menuitem', tabindex: '-1',
        class: `menu-item${it.danger ? ' danger' : ''}`, 'data-testid': it.testid,
        'aria-keyshortcuts': it.keys ?? null,
        // Focus goes back to where the menu came from first, so a dialog the item opens
        // returns focus there when it closes.
        on: { click: () => { close(true); it.run(); } } },
      el('span', { class: 'menu-item-label' }, it.label),
      it.shortcut ? el('span', { class: 'menu-item-shortcut', 'aria-hidden': 'true' }, it.shortcut) : null));
    }
  }

  /** @param {'first' | 'last'} [from] */
  function open(from = 'first') {
    if (openMenu && openMenu !== menu) openMenu.close(false);
    render();
    popup.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    openMenu = menu;
    place();
    const all = items();
    (from === 'last' ? all[all.length - 1] : all[0])?.focus();
    /** @type {any} */ (globalThis).document?.addEventListener?.('mousedown', onOutside, true);
  }

  /** @param {boolean} refocus */
  function close(refocus) {
    if (popup.hidden) return;
    popup.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (openMenu === menu) openMenu = null;
    /** @type {any} */ (globalThis).document?.removeEventListener?.('mousedown', onOutside, true);
    if (refocus) (opts.focusBack?.() ?? button).focus();
  }

  /**
   * Below the button when all of the list fits there, else above it when it fits there, else
   * on the roomier side, cut to the room left and scrolled (a very low window). Measured as
   * opened (a row's menu has 5 to 9 items, the account menu its facts as well).
   */
  function place() {
    const r = button.getBoundingClientRect?.();
    if (!r) return;
    const g = /** @type {any} */ (globalThis);
    const windowHeight = g.innerHeight ?? 1e9;
    popup.style?.removeProperty('max-height');
    const tall = popup.getBoundingClientRect?.().height ?? 0;
    const below = windowHeight - r.bottom - GAP - EDGE;
    const above = r.top - GAP - EDGE;
    const down = tall <= below || (tall > above && below >= above);
    const room = down ? below : above;
    if (tall > room) popup.style?.setProperty('max-height', `${Math.max(room, 0)}px`);
    popup.style?.setProperty('top', down ? `${r.bottom + GAP}px` : 'auto');
    popup.style?.setProperty('bottom', down ? 'auto' : `${windowHeight - r.top + GAP}px`);
    popup.style?.setProperty('right', `${Math.max(EDGE, (g.innerWidth ?? 0) - r.right)}px`);
  }

  /** @param {Event} e */
  function onOutside(e) {
    if (!element.contains(/** @type {Node} */ (e.target))) close(false);
  }

  /** @param {MouseEvent} e */
  function onButtonClick(e) {
    e.stopPropagation();
    if (popup.hidden) open('first'); else close(true);
  }

  /** @param {KeyboardEvent} e */
  function onButtonKey(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      open(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  /** @param {KeyboardEvent} e */
  function onListKey(e) {
    const all = items();
    const doc = /** @type {any} */ (globalThis).document;
    const i = all.indexOf(doc?.activeElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = (i + 1) % all.length;
    else if (e.key === 'ArrowUp') next = (i - 1 + all.length) % all.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(true); return; }
    else if (e.key === 'Tab') { close(false); (opts.focusBack?.() ?? button).focus(); return; }
    else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const k = e.key.toLowerCase();
      for (let step = 1; step <= all.length; step += 1) {
        const j = (i + step) % all.length;
        if (all[j].textContent?.trim().toLowerCase().startsWith(k)) { next = j; break; }
      }
      if (next < 0) return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    all[next]?.focus();
  }

  return menu;
}

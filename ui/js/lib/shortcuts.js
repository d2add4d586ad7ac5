// @ts-check
//! Pure keyboard-shortcut predicates for the workspace (new token, refresh, find, check a key),
//! and the list the overlay shows (words from locales/*/shortcuts.ftl). No DOM.

import { t } from './i18n.js';

/**
 * Is this key event "new token" (Ctrl+N, Cmd+N)?
 * @param {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean, shiftKey?: boolean }} e
 */
export function isNewShortcut(e) {
  return (e.key === 'n' || e.key === 'N') && Boolean(e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}

/**
 * Is this key event a "refresh" shortcut (F5, Ctrl+R, Cmd+R)?
 * @param {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean }} e
 */
export function isRefreshShortcut(e) {
  if (e.key === 'F5') return true;
  return (e.key === 'r' || e.key === 'R') && Boolean(e.ctrlKey || e.metaKey) && !e.altKey;
}

/**
 * Is this key event "focus the filter" (Ctrl+F, Cmd+F)?
 * @param {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean }} e
 */
export function isFindShortcut(e) {
  return (e.key === 'f' || e.key === 'F') && Boolean(e.ctrlKey || e.metaKey) && !e.altKey;
}

/**
 * Is this key event "check a key" (Ctrl+K, Cmd+K)?
 * @param {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean, shiftKey?: boolean }} e
 */
export function isCheckKeyShortcut(e) {
  return (e.key === 'k' || e.key === 'K') && Boolean(e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}

/**
 * Is this key event "show the keyboard shortcuts" (F1, or ? outside a text field)?
 * @param {{ key: string, ctrlKey?: boolean, metaKey?: boolean, altKey?: boolean, target?: any }} e
 */
export function isHelpShortcut(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === 'F1') return true;
  if (e.key !== '?') return false;
  const t = e.target;
  const tag = String(t?.tagName ?? '').toUpperCase();
  const typing = tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !['checkbox', 'radio', 'button'].includes(String(t?.type ?? '')));
  return !typing && !t?.isContentEditable;
}

/**
 * Every keyboard shortcut of the app, grouped as the overlay lists them, in the language in
 * use (read it when showing it). Keys are shown as written; the predicates above are what the
 * code reacts to.
 * @returns {{ group: string, items: { keys: string[], what: string }[] }[]}
 */
export function shortcutList() {
  return [
    { group: t('shortcuts-group-main'), items: [
      { keys: ['Ctrl+N'], what: t('shortcuts-new-token') },
      { keys: ['F5', 'Ctrl+R'], what: t('shortcuts-refresh') },
      { keys: ['Ctrl+F'], what: t('shortcuts-filter') },
      { keys: ['Ctrl+K'], what: t('shortcuts-check-key') },
      { keys: ['?', 'F1'], what: t('shortcuts-help') },
    ] },
    { group: t('shortcuts-group-list'), items: [
      { keys: ['↑', '↓'], what: t('shortcuts-list-move') },
      { keys: ['Home', 'End'], what: t('shortcuts-list-ends') },
      { keys: ['Enter'], what: t('shortcuts-list-details') },
      { keys: ['Ctrl+C'], what: t('shortcuts-list-copy') },
      { keys: ['Shift+F10', 'Menu', '→'], what: t('shortcuts-list-actions') },
      { keys: [t('shortcuts-key-space')], what: t('shortcuts-list-select') },
      { keys: ['Delete'], what: t('shortcuts-list-delete') },
      { keys: ['↑'], what: t('shortcuts-list-headers') },
      { keys: ['↓'], what: t('shortcuts-list-from-filter') },
      { keys: ['Esc'], what: t('shortcuts-list-clear-filter') },
    ] },
    { group: t('shortcuts-group-menus'), items: [
      { keys: ['↑', '↓'], what: t('shortcuts-menu-move') },
      { keys: ['Home', 'End'], what: t('shortcuts-menu-ends') },
      { keys: [t('shortcuts-key-letter')], what: t('shortcuts-menu-letter') },
      { keys: ['Enter', t('shortcuts-key-space')], what: t('shortcuts-menu-choose') },
      { keys: ['Esc'], what: t('shortcuts-menu-close') },
    ] },
    { group: t('shortcuts-group-dialogs'), items: [
      { keys: ['Tab', 'Shift+Tab'], what: t('shortcuts-dialog-tab') },
      { keys: ['Esc'], what: t('shortcuts-dialog-close') },
    ] },
  ];
}

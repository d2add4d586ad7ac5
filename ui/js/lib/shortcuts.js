// @ts-check
//! Pure keyboard-shortcut predicates for the workspace (new token, refresh, find, check a key). No DOM.

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
 * Every keyboard shortcut of the app, grouped as the overlay lists them. The keys are
 * shown as written; `keys` in each entry are what the code reacts to.
 * @type {{ group: string, items: { keys: string[], what: string }[] }[]}
 */
export const SHORTCUTS = [
  { group: 'Anywhere in the main window', items: [
    { keys: ['Ctrl+N'], what: 'New token' },
    { keys: ['F5', 'Ctrl+R'], what: 'Refresh the list' },
    { keys: ['Ctrl+F'], what: 'Filter the list' },
    { keys: ['Ctrl+K'], what: 'Check a key' },
    { keys: ['?', 'F1'], what: 'Show these shortcuts' },
  ] },
  { group: 'In the token list (one Tab stop)', items: [
    { keys: ['↑', '↓'], what: 'Previous or next token' },
    { keys: ['Home', 'End'], what: 'First or last token' },
    { keys: ['Enter'], what: 'Details and notes' },
    { keys: ['Ctrl+C'], what: 'Copy the key this device holds' },
    { keys: ['Shift+F10', 'Menu', '→'], what: 'Open the token’s actions' },
    { keys: ['Space'], what: 'Select or unselect the token' },
    { keys: ['Delete'], what: 'Delete the token (asks first)' },
    { keys: ['↑'], what: 'From the first token: the column headers (← → move, Enter sorts, ↓ back)' },
    { keys: ['↓'], what: 'From the filter: into the list' },
    { keys: ['Esc'], what: 'In the filter: clear it' },
  ] },
  { group: 'Menus', items: [
    { keys: ['↑', '↓'], what: 'Previous or next item' },
    { keys: ['Home', 'End'], what: 'First or last item' },
    { keys: ['A letter'], what: 'Next item starting with it' },
    { keys: ['Enter', 'Space'], what: 'Choose the item' },
    { keys: ['Esc'], what: 'Close the menu' },
  ] },
  { group: 'Dialogs and panels', items: [
    { keys: ['Tab', 'Shift+Tab'], what: 'Next or previous control (a dialog keeps it inside)' },
    { keys: ['Esc'], what: 'Close the dialog, or the Expiry panel when focus is in it (a new key’s reveal asks you to confirm instead)' },
  ] },
];

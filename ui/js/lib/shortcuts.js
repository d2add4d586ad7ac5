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

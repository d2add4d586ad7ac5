// @ts-check
//! The main screen's global shortcuts (split from workspace.js): Ctrl+N a new token, F5 /
//! Ctrl+R a refresh (never the webview's reload, even under a dialog), Ctrl+K check a key,
//! Ctrl+F the filter, ? / F1 the shortcut overlay. While a dialog is open the keys are
//! its own. What each does is the workspace's. Must not: touch window.__TAURI_INTERNALS__.

import { isNewShortcut, isRefreshShortcut, isFindShortcut, isCheckKeyShortcut, isHelpShortcut } from '../lib/shortcuts.js';

/**
 * @param {{ root: Element, newToken: () => void, refresh: () => void, checkKey: () => void,
 *   find: () => void, help: () => void }} on
 * @returns {(e: KeyboardEvent) => void} the keydown listener
 */
export function mainScreenKeys(on) {
  return (e) => {
    // While a dialog is open the shortcuts belong to it; a reload must still never happen.
    if (on.root.querySelector('dialog[open]')) {
      if (isRefreshShortcut(e)) e.preventDefault();
      return;
    }
    if (isNewShortcut(e)) {
      e.preventDefault();
      on.newToken();
    } else if (isRefreshShortcut(e)) {
      e.preventDefault();
      on.refresh();
    } else if (isCheckKeyShortcut(e)) {
      e.preventDefault();
      on.checkKey();
    } else if (isFindShortcut(e)) {
      e.preventDefault();
      on.find();
    } else if (isHelpShortcut(e)) {
      e.preventDefault();
      on.help();
    }
  };
}

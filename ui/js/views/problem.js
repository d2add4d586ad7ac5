// @ts-check
//! A full-window problem panel for when the app cannot even read its own status (for
//! example the core failed to start). Shows the user-facing message and a "Try again".

import { el, replace, setBusy } from '../lib/dom.js';
import { tEarly } from '../lib/i18n.js';

/**
 * @param {HTMLElement} root
 * @param {{ message: string, onRetry: () => Promise<void> }} deps
 * @returns {() => void}
 */
export function mount(root, deps) {
  const retry = el('button', { type: 'button', class: 'button primary', 'data-testid': 'problem-retry',
    on: { click: async () => { setBusy(retry, true, tEarly('boot-retrying', 'Trying again…')); await deps.onRetry(); } } }, tEarly('boot-retry', 'Try again'));
  replace(root, el('div', { class: 'signin-screen' },
    el('main', { class: 'signin-card', 'data-testid': 'problem-screen' },
      el('h1', { class: 'signin-title' }, tEarly('boot-problem-title', 'Scriptix Keys could not start')),
      el('p', { role: 'alert', 'data-testid': 'problem-message' }, deps.message),
      retry)));
  retry.focus();
  return () => replace(root);
}

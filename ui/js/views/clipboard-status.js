// @ts-check
//! The small "Copied. Clipboard clears in 30 s" status after a key was copied through Rust.
//! Counts down from `clearsInSeconds` (spoken only at the start, at 10 s and at the end), restarts on a new copy, says "Clipboard cleared" for a
//! moment when the `clipboard-cleared` event arrives, then hides. `place()` moves it into an
//! open modal (the rest of the window is inert and dimmed then) and back. Must not call IPC.

import { el } from '../lib/dom.js';
import { countdownText } from '../lib/lifecycle.js';
import { spokenMoment } from '../lib/countdown.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {Object} Timers
 * @property {(fn: () => void, ms: number) => any} setInterval
 * @property {(id: any) => void} clearInterval
 * @property {(fn: () => void, ms: number) => any} setTimeout
 * @property {(id: any) => void} clearTimeout
 * @property {() => number} now  milliseconds
 */

/** How long "Clipboard cleared" (and a plain "Copied") stays before the status hides. */
const LINGER_MS = 4000;

/**
 * @param {{ timers?: Timers }} [opts]
 */
export function createClipboardStatus(opts = {}) {
  const g = /** @type {any} */ (globalThis);
  /** @type {Timers} */
  const timers = opts.timers ?? {
    setInterval: (f, ms) => g.setInterval(f, ms), clearInterval: (id) => g.clearInterval(id),
    setTimeout: (f, ms) => g.setTimeout(f, ms), clearTimeout: (id) => g.clearTimeout(id), now: () => Date.now(),
  };
  // The visible text ticks every second; screen readers hear only `spoken`, which changes
  // at the start, at 10 s left and at the end (lib/countdown.js).
  const text = el('span', { class: 'clipboard-text', 'aria-hidden': 'true' });
  const spoken = el('span', { class: 'visually-hidden', role: 'status', 'data-testid': 'clipboard-announce' });
  const element = el('p', { class: 'clipboard-status', 'data-testid': 'clipboard-status', hidden: true },
    el('span', { class: 'clipboard-glyph', 'aria-hidden': 'true' }, '✓'), text, spoken);
  /** @type {Element | null} */
  let home = null;
  let interval = /** @type {any} */ (null);
  let linger = /** @type {any} */ (null);
  let until = 0;
  let lastLeft = 0;

  function stop() {
    if (interval !== null) timers.clearInterval(interval);
    if (linger !== null) timers.clearTimeout(linger);
    interval = null;
    linger = null;
  }

  function hideLater() {
    linger = timers.setTimeout(() => { linger = null; element.hidden = true; text.textContent = ''; spoken.textContent = ''; }, LINGER_MS);
  }

  function tick() {
    const left = (until - timers.now()) / 1000;
    text.textContent = countdownText(left);
    const moment = spokenMoment(lastLeft, left);
    lastLeft = left;
    if (moment === 'ten') spoken.textContent = t('clipboard-spoken-clears-in', { seconds: 10 });
    else if (moment === 'done') spoken.textContent = t('clipboard-spoken-clearing');
    // If the cleared event never comes (someone else replaced the clipboard first), retire
    // the status a little after the countdown ran out.
    if (left <= -LINGER_MS / 1000) { stop(); element.hidden = true; }
  }

  return {
    element,
    /** @param {number | null} clearsInSeconds */
    copied(clearsInSeconds) {
      stop();
      element.hidden = false;
      element.setAttribute('data-state', 'copied');
      if (clearsInSeconds === null || clearsInSeconds === undefined) {
        text.textContent = countdownText(null);
        spoken.textContent = t('clipboard-copied');
        hideLater();
        return;
      }
      until = timers.now() + Math.max(0, Number(clearsInSeconds)) * 1000;
      lastLeft = Math.max(0, Number(clearsInSeconds));
      spoken.textContent = t('clipboard-spoken-copied', { seconds: Math.ceil(lastLeft) });
      tick();
      interval = timers.setInterval(tick, 1000);
    },
    cleared() {
      stop();
      element.hidden = false;
      element.setAttribute('data-state', 'cleared');
      text.textContent = t('clipboard-cleared');
      spoken.textContent = t('clipboard-cleared');
      hideLater();
    },
    /** Move the status into `parent` (an open modal), or back home with null. @param {Element | null} parent */
    place(parent) {
      if (!home) home = /** @type {Element | null} */ (element.parentNode);
      const target = parent ?? home;
      if (target && element.parentNode !== target) target.appendChild(element);
    },
    destroy() { stop(); },
  };
}

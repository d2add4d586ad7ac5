// @ts-check
//! The next start's first frame (docs/first-frame.md, eighth pass). After a
//! refresh has saved a new list, the workspace's first frame for the cached list is rendered
//! once more, off the page (a detached element, `firstFrameOnly`: no listeners, marks or
//! calls), from the status and list Rust gives with their digest (`firstFrameBasis`), and
//! handed back with that digest and the moment a text in it would first read differently.
//! At the next start Rust puts it inside index.html, so the list is on screen before the
//! modules run, if the list, the status and the language are still the ones it was rendered
//! from; the modules then replace it with the live screen, as they replace the boot line today.
//! Only what a fresh first frame shows goes out: token metadata, no key, no dialog.
//! Must not: touch window.__TAURI_INTERNALS__.

import { rowModel } from '../lib/rows.js';
import { freshnessText } from '../lib/freshness.js';
import { t } from '../lib/i18n.js';

/** After a refresh, wait this long (ms) before rendering: off the path of what the user does next. */
export const CAPTURE_DELAY_MS = 1500;
/** A served first frame is good for a day at most, whatever its texts say. */
const HORIZON_MS = 24 * 3600_000;

/** Every ipc call answers never: the off-page mount must not reach Rust. */
const INERT = new Proxy({}, { get: () => () => new Promise(() => {}) });

/**
 * @typedef {import('../ipc-types.js').AppStatus} AppStatus
 * @typedef {import('../ipc-types.js').TokenList} TokenList
 * @typedef {import('../lib/tokens.js').Token} Token
 * @typedef {(root: HTMLElement, deps: import('./workspace.js').WorkspaceDeps) => () => void} MountWorkspace
 * @typedef {{ html: string, title: string, validUntil: number, basis: string, utcOffsetMinutes: number }} FirstFrame
 *   validUntil: ms since the epoch; basis: the digest Rust gave with the status and list it
 *   shows; utcOffsetMinutes: the zone its dates and clock times are in
 */

/**
 * The workspace's first frame for `list` at `now`, as the next start would paint it.
 * @param {{ mount: MountWorkspace, status: AppStatus, list: TokenList, basis: string, now: Date,
 *   serialize?: (root: HTMLElement) => string }} o
 * @returns {FirstFrame}
 */
export function renderFirstFrame({ mount, status, list, basis, now, serialize = (root) => root.innerHTML }) {
  const box = /** @type {HTMLElement} */ (document.createElement('div'));
  const noop = () => {};
  const unmount = mount(box, { ipc: /** @type {any} */ (INERT), status, cachedList: { ...list, fromCache: true },
    now: () => now, keyTarget: new EventTarget(), firstFrameOnly: true,
    actions: { onStatus: noop, showSignIn: noop, newToken: noop } });
  try {
    settleProperties(box);
    const html = serialize(box);
    const shown = new Set(Array.from(box.querySelectorAll('[data-token-id]'), (r) => r.getAttribute('data-token-id')));
    const rows = list.tokens.filter((tok) => shown.has(String(tok.id)));
    return { html, title: t('window-title-tokens'), validUntil: stableUntil(rows, list, now), basis,
      utcOffsetMinutes: -now.getTimezoneOffset() };
  } finally {
    unmount();
  }
}

/**
 * Properties that markup does not carry (the profile switcher's choice, a checkbox, a
 * value) written as attributes; inline styles dropped (the CSP's style-src refuses them
 * in served HTML; the modules' spacer heights come back with the modules).
 * @param {HTMLElement} box
 */
function settleProperties(box) {
  for (const node of box.querySelectorAll('option, input, [style]')) {
    const e = /** @type {any} */ (node);
    if (e.tagName === 'OPTION' && e.selected) e.setAttribute('selected', '');
    if (e.tagName === 'INPUT' && e.checked) e.setAttribute('checked', '');
    if (e.tagName === 'INPUT' && e.value && e.type !== 'checkbox') e.setAttribute('value', e.value);
    e.removeAttribute?.('style');
  }
}

/**
 * The first moment (ms since the epoch) at which a time-dependent text of the frame reads
 * differently from `now`: the rows' relative expiry and its spoken form, and the freshness
 * line ("from 14:05" becomes "from 12 Mar, 14:05" at midnight). Each text only moves away
 * from its value as time passes, so a binary search over seconds finds the change.
 * @param {Token[]} rows  the tokens of the rendered rows
 * @param {TokenList} list
 * @param {Date} now
 */
export function stableUntil(rows, list, now) {
  const texts = (/** @type {number} */ at) => {
    const when = new Date(at);
    const fresh = freshnessText({ list: { fetchedAt: list.fetchedAt, fromCache: true }, refreshing: false, error: null, offlineSince: null }, when);
    return JSON.stringify([fresh, rows.map((tok) => rowModel(tok, when))]);
  };
  const start = now.getTime();
  const seen = texts(start);
  let lo = 0; // seconds after now that still read the same
  let hi = HORIZON_MS / 1000;
  if (texts(start + hi * 1000) === seen) return start + HORIZON_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (texts(start + mid * 1000) === seen) lo = mid;
    else hi = mid;
  }
  return start + lo * 1000;
}

/** What counts as the user at work: the render waits until none has come for the delay. */
const ACTIVITY = ['keydown', 'input', 'pointerdown', 'wheel'];

/**
 * Renders the first frame once the window has been quiet (no key, click, typing or wheel)
 * for `delayMs` after a saved list, and hands it to `save`: the render takes ~20 ms of the
 * page's thread with 10,000 tokens, so it must not land between two keystrokes. A newer list
 * or `stop` cancels a render not yet done. Best-effort: a failure only means the next start
 * shows the boot line first, as without it.
 * @param {{ render: () => Promise<FirstFrame | null>, save: (frame: FirstFrame) => Promise<unknown>,
 *   delayMs?: number, activity?: EventTarget | null }} o  activity: where the user's input is heard
 */
export function createFirstFrameSaver({ render, save, delayMs = CAPTURE_DELAY_MS, activity = null }) {
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  let generation = 0;
  let wanted = false;

  function arm() {
    if (timer) clearTimeout(timer);
    const mine = generation;
    timer = setTimeout(async () => {
      timer = null;
      wanted = false;
      try {
        const frame = await render();
        if (frame && mine === generation) await save(frame);
      } catch {
        // Nothing to tell the user: the next start paints the list with the modules.
      }
    }, delayMs);
  }
  const onActivity = () => { if (wanted) arm(); };
  for (const type of ACTIVITY) activity?.addEventListener(type, onActivity, { capture: true, passive: true });

  return {
    listSaved() {
      generation += 1;
      wanted = true;
      arm();
    },
    stop() {
      generation += 1;
      wanted = false;
      if (timer) clearTimeout(timer);
      timer = null;
      for (const type of ACTIVITY) activity?.removeEventListener(type, onActivity, { capture: true });
    },
  };
}

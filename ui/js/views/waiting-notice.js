// @ts-check
//! The notice that Scriptix Keys is waiting before a retry (rate limit, service unavailable,
//! no network), split from workspace.js: a visible countdown in the status row, and a
//! screen-reader line that changes only at the start, at 10 s left and when the retry goes
//! out (lib/countdown.js). Must not: touch window.__TAURI_INTERNALS__.

import { el } from '../lib/dom.js';
import { waitingText } from '../lib/freshness.js';
import { spokenMoment } from '../lib/countdown.js';

/**
 * @param {{ now: () => Date, busy: () => boolean }} o  `busy`: the list's refresh still runs
 *   (its end stops the notice; any other call's wait retires itself after its countdown)
 */
export function createWaitingNotice(o) {
  /** @type {ReturnType<typeof setInterval> | null} */
  let countdown = null;
  const waiting = el('p', { class: 'waiting', 'aria-hidden': 'true', 'data-testid': 'api-waiting', hidden: true });
  const spoken = el('p', { class: 'visually-hidden', role: 'status', 'data-testid': 'api-waiting-announce' });
  // Shown only while there is something to say (hidden by script: WebKit does not always
  // restyle a :has() rule when a child's [hidden] changes).
  const row = el('div', { class: 'status-row', hidden: true }, waiting);

  function stop() {
    if (countdown) clearInterval(countdown);
    countdown = null;
    waiting.hidden = true;
    row.hidden = true;
    waiting.textContent = '';
    spoken.textContent = '';
  }

  /** @param {import('../ipc-types.js').ApiWaiting} payload */
  function show(payload) {
    stop();
    const until = o.now().getTime() + Math.max(0, Number(payload.seconds) || 0) * 1000;
    let lastLeft = (until - o.now().getTime()) / 1000;
    spoken.textContent = waitingText(payload.reason, lastLeft, payload.attempt, { spoken: true });
    const tick = () => {
      const left = (until - o.now().getTime()) / 1000;
      const moment = spokenMoment(lastLeft, left);
      lastLeft = left;
      if (moment) spoken.textContent = waitingText(payload.reason, left, payload.attempt, { spoken: true });
      // A wait for a call other than the list refresh has no "call ended" hook here, so the
      // notice retires itself a few seconds after its countdown ran out.
      if (left < -5 && !o.busy()) { stop(); return; }
      waiting.textContent = waitingText(payload.reason, left, payload.attempt);
    };
    waiting.hidden = false;
    row.hidden = false;
    tick();
    countdown = setInterval(tick, 1000);
  }

  return { row, spoken, show, stop };
}

// @ts-check
//! When a ticking countdown (clipboard clear, rate-limit wait) is spoken: a screen reader
//! hears it at the start, once at 10 seconds left, and when it is over, never every second.
//! The visible text may tick; only these moments go into a live region. Pure; no DOM.

/** Seconds left at which a countdown is announced once more. */
export const SPOKEN_AT = 10;

/**
 * The moment a tick from `before` to `after` seconds left reaches, if it is one to announce.
 * The start is announced by the caller when the countdown begins.
 * @param {number} before  seconds left at the previous tick
 * @param {number} after  seconds left now
 * @returns {'ten' | 'done' | null}
 */
export function spokenMoment(before, after) {
  const b = Math.ceil(before);
  const a = Math.ceil(after);
  if (b > 0 && a <= 0) return 'done';
  if (b > SPOKEN_AT && a <= SPOKEN_AT) return 'ten';
  return null;
}

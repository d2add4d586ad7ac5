// @ts-check
//! Performance marks for `scripts/bench` (docs/performance.md). User Timing marks are always
//! set (a few microseconds each): `list-data` when a list arrives from Rust, `list-painted`
//! once the frame showing it has been painted, so the harness can read data → paint in the
//! real window. The wall-clock "list interactive" mark goes to Rust once per window; Rust
//! only writes it in a build with the test-hooks feature started with
//! SCRIPTIX_KEYS_PERF_MARK_FILE (scripts/bench).
//! Must not: block rendering or fail a view (every call here is best-effort).

let interactiveSent = false;

/** @param {string} name */
function mark(name) {
  globalThis.performance?.mark?.(name);
}

/**
 * Runs `fn` just after the next frame has been painted: requestAnimationFrame runs before
 * the paint, a task queued from it runs after. No-op without a rendering loop (node tests).
 * @param {() => void} fn
 * @param {string} [frameMark]  a User Timing mark set in the frame callback (before the paint)
 */
export function afterNextPaint(fn, frameMark = '') {
  const raf = /** @type {any} */ (globalThis).requestAnimationFrame;
  if (typeof raf !== 'function') return;
  raf(() => {
    if (frameMark) mark(frameMark);
    setTimeout(fn, 0);
  });
}

/**
 * A step of a create, for the bench's create → reveal in parts: `create-sent` when the
 * request leaves the page, `create-answer` when its answer is back (before the reveal).
 * @param {'create-sent' | 'create-answer'} step
 */
export function markCreate(step) {
  mark(step);
}

/** A token list arrived from Rust (cached or fetched). */
export function markListData() {
  mark('list-data');
}

/**
 * The table was just rendered with a list: once painted, set `list-painted`, and the first
 * time in this window, send the wall-clock "list interactive" mark.
 * @param {((label: string, epochMs: number) => Promise<unknown>) | undefined} send
 */
export function markListRendered(send) {
  mark('list-rendered');
  afterNextPaint(() => {
    mark('list-painted');
    if (interactiveSent || !send) return;
    interactiveSent = true;
    const p = globalThis.performance;
    send('list-interactive', p.timeOrigin + p.now()).catch(() => {});
    sendStartPhases(send);
  }, 'list-frame');
}

/**
 * Last used values for the rendered rows arrived and were drawn: `last-used-shown` once the
 * frame showing them is painted (the bench reads list painted → Last used shown).
 */
export function markUsageShown() {
  afterNextPaint(() => mark('last-used-shown'));
}

/**
 * After the start has been measured: where it went (navigation start, document parsed,
 * modules run, first status, first list), as wall-clock marks. Rust ignores them unless asked.
 * @param {(label: string, epochMs: number) => Promise<unknown>} send
 */
function sendStartPhases(send) {
  const p = globalThis.performance;
  /** @type {[string, number][]} */
  const phases = [['time-origin', 0]];
  const nav = /** @type {any} */ (p.getEntriesByType?.('navigation')?.[0]);
  if (nav) phases.push(['response-end', nav.responseEnd], ['dom-content-loaded', nav.domContentLoadedEventEnd]);
  // With a served first frame (views/first-frame.js) the list is on screen from the page's
  // first contentful paint, before the modules run.
  for (const paint of p.getEntriesByType?.('paint') ?? []) {
    if (paint.name === 'first-contentful-paint') phases.push(['first-contentful-paint', paint.startTime]);
  }
  const seen = new Set();
  for (const m of p.getEntriesByType?.('mark') ?? []) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    phases.push([m.name, m.startTime]);
  }
  for (const [label, at] of phases) send(label, p.timeOrigin + at).catch(() => {});
}

/**
 * Resolves once the next frame has been painted (or after `maxMs` when no frame comes, e.g. a
 * hidden window; at once without a rendering loop). The start defers its IPC burst (refresh,
 * account, rotations) behind this, so the cached list reaches the screen first.
 * @param {number} [maxMs]
 * @returns {Promise<void>}
 */
export function nextPaint(maxMs = 250) {
  return new Promise((resolve) => {
    const raf = /** @type {any} */ (globalThis).requestAnimationFrame;
    if (typeof raf !== 'function') { resolve(); return; }
    const timer = setTimeout(resolve, maxMs);
    raf(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}

// @ts-check
//! The "Last used" data behind the list: asks `usage_last_used` for the rows the table has
//! just rendered, in one batch (never one request per row, never the whole 10,000-token list
//! on start), remembers the answers and says when the server has no usage endpoint.
//! Must not: render rows (token-table.js does) or touch window.__TAURI_INTERNALS__.

/** Rows asked for again only after this long (ms); the core caches for 10 minutes too. */
const ASK_AGAIN_AFTER = 10 * 60 * 1000;
/** At most this many ids per call (the rows of a virtual window are far fewer). */
const BATCH = 200;
/** Rows rendered in quick succession (scrolling) are gathered for this long (ms). */
const GATHER_MS = 60;
/**
 * While rows keep being rendered (typing in the filter, scrolling) the call waits for a
 * pause of GATHER_MS, at most this many times: the answers redraw the Last used cells, and
 * that redraw landing between two keystrokes made the next one slower to paint.
 */
const MAX_DEFERS = 4;

/**
 * @param {{ ipc: { usageLastUsed: (ids: string[]) => Promise<{ available: boolean, items: import('../lib/usage.js').LastUsed[] }> },
 *           onChange: () => void, clock?: () => number,
 *           timers?: { setTimeout: (f: () => void, ms: number) => any } }} deps
 */
export function createUsageColumn(deps) {
  const clock = deps.clock ?? (() => Date.now());
  const timers = deps.timers ?? globalThis;
  /** @type {Map<string, import('../lib/usage.js').LastUsed>} */
  const known = new Map();
  /** @type {Map<string, number>} */
  const askedAt = new Map();
  /** @type {Set<string>} */
  const pending = new Set();
  let available = true;
  /** @type {any} the timer's handle (a number in the window, any object in tests) */
  let timer = null;
  let inFlight = false;
  /** Rows were rendered after the call was scheduled; how often it waited for that already. */
  let wantedSince = false;
  let defers = 0;
  let alive = true;

  /** The rows just rendered: ask for those not asked recently. @param {string[]} ids */
  function want(ids) {
    const t = clock();
    let added = false;
    for (const id of ids) {
      const at = askedAt.get(id);
      if ((at === undefined || t - at >= ASK_AGAIN_AFTER) && !pending.has(id)) {
        pending.add(id);
        added = true;
      }
    }
    // Other rows than those waiting (not the same rows drawn again): wait for the pause.
    if (timer !== null && added) wantedSince = true;
    schedule();
  }

  function schedule() {
    if (timer !== null || inFlight || pending.size === 0 || !alive) return;
    timer = timers.setTimeout(flush, GATHER_MS);
  }

  async function flush() {
    timer = null;
    if (wantedSince && defers < MAX_DEFERS && alive) {
      wantedSince = false;
      defers += 1;
      schedule();
      return;
    }
    wantedSince = false;
    defers = 0;
    const ids = [...pending].slice(0, BATCH);
    for (const id of ids) { pending.delete(id); askedAt.set(id, clock()); }
    inFlight = true;
    try {
      const brief = await deps.ipc.usageLastUsed(ids);
      if (!alive) return;
      available = brief.available;
      for (const item of brief.items) known.set(String(item.tokenId), item);
      deps.onChange();
    } catch {
      // The column keeps what it had ("…" for rows never answered); asked again later.
      for (const id of ids) askedAt.delete(id);
    } finally {
      inFlight = false;
      schedule();
    }
  }

  return {
    /** @param {string} id */
    get: (id) => known.get(String(id)),
    available: () => available,
    want,
    /** Forget everything (a refresh or a delete changed what is true). */
    reset() {
      askedAt.clear();
    },
    stop() { alive = false; },
  };
}

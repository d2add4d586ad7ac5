// @ts-check
//! The token table's rows in its sort, kept from one render to the next (split from
//! token-table.js): a filter keystroke's rows are a part of the same list, so the list is
//! sorted once and each keystroke takes its rows in that order instead of sorting again.
//! Pure: no DOM, no IPC.

import { sortOrder } from './tokens.js';

/** A sort is reused for the filter's rows for this long (ms): its keys depend on the time. */
export const RANK_TTL = 60_000;

/**
 * @typedef {import('./tokens.js').Token} Token
 * @typedef {import('./tokens.js').Sort} Sort
 * @typedef {{ list: readonly Token[], at: readonly number[] | null }} Filtered  rows as a
 *   filter of a whole list: their positions in `list`, ascending (null: all of it)
 * @typedef {{ sorted: Token[], size: number, sort: Sort, at: number, source: readonly Token[],
 *   rankOf: Int32Array }} Rank  the whole list `source` sorted; `rankOf` gives each of its
 *   positions' place in `sorted`
 */

/**
 * @param {(t: Token) => import('./usage.js').LastUsed | undefined} lastUsedOf  for the Last used sort
 */
export function createRanking(lastUsedOf) {
  /** @type {Rank | null} */
  let rank = null;

  /**
   * Sorts the whole list `source` and keeps it.
   * @param {readonly Token[]} source @param {Sort} sort @param {Date} at
   */
  function rankWhole(source, sort, at) {
    const order = sortOrder(source, sort, at, lastUsedOf);
    const rankOf = new Int32Array(order.length);
    for (let p = 0; p < order.length; p += 1) rankOf[order[p]] = p;
    /** @type {Rank} */
    const next = { sorted: order.map((i) => source[i]), size: order.length, sort, at: at.getTime(), source, rankOf };
    rank = next;
    return next;
  }

  /**
   * The tokens at positions `at` of the rank's source, in the rank's order: no comparison
   * and no lookup per token (10,000 lookups were a tenth of a keystroke's script).
   * @param {Rank} r @param {readonly number[]} at
   */
  function pick(r, at) {
    const { rankOf } = r;
    const marked = new Uint8Array(r.size);
    for (const i of at) marked[rankOf[i]] = 1;
    /** @type {Token[]} */
    const out = [];
    for (let p = 0; p < r.size; p += 1) if (marked[p] === 1) out.push(r.sorted[p]);
    return out;
  }

  return {
    /**
     * The rows `from.at` of the whole list `from.list`, in `sort`. The whole list is sorted
     * once, and again after RANK_TTL, in another sort or for another list.
     * @param {Filtered} from @param {Sort} sort @param {Date} at
     * @returns {Token[]}
     */
    sorted(from, sort, at) {
      const r = rank;
      const whole = r !== null && r.sort === sort && r.source === from.list && at.getTime() - r.at < RANK_TTL
        ? r : rankWhole(from.list, sort, at);
      return from.at === null ? whole.sorted : pick(whole, from.at);
    },
    /** Sorts again on the next render (new usage for the Last used sort; unmounted). */
    forget() {
      rank = null;
    },
  };
}

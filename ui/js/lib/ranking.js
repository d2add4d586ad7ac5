// @ts-check
//! The token table's rows in its sort, kept from one render to the next (split from
//! token-table.js): a filter keystroke's rows are a part of the same list, so the list is
//! sorted once and each keystroke takes its rows in that order instead of sorting again.
//! Pure: no DOM, no IPC.

import { sortTokens, sortOrder } from './tokens.js';
import { afterNextPaint } from './perf.js';

/** A sort is reused for the filter's rows for this long (ms): its keys depend on the time. */
export const RANK_TTL = 60_000;

/**
 * @typedef {import('./tokens.js').Token} Token
 * @typedef {import('./tokens.js').Sort} Sort
 * @typedef {{ list: readonly Token[], at: readonly number[] | null }} Filtered  rows as a
 *   filter of a whole list: their positions in `list`, ascending (null: all of it)
 * @typedef {{ sorted: Token[], size: number, sort: Sort, at: number, source: readonly Token[] | null,
 *   rankOf: Int32Array | null, order: WeakMap<Token, number> | null }} Rank  a sorted list;
 *   with `source` (the whole list it sorted) `rankOf` gives each of its positions' place in
 *   `sorted`; `order` (each token's place) is built on first use
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
    const next = { sorted: order.map((i) => source[i]), size: order.length, sort, at: at.getTime(), source, rankOf, order: null };
    rank = next;
    return next;
  }

  /**
   * The tokens at positions `at` of the rank's source, in the rank's order: no comparison
   * and no lookup per token (10,000 lookups were a tenth of a keystroke's script).
   * @param {Rank} r  a rank of a whole list @param {readonly number[]} at
   */
  function pick(r, at) {
    const rankOf = /** @type {Int32Array} */ (r.rankOf);
    const marked = new Uint8Array(r.size);
    for (const i of at) marked[rankOf[i]] = 1;
    /** @type {Token[]} */
    const out = [];
    for (let p = 0; p < r.size; p += 1) if (marked[p] === 1) out.push(r.sorted[p]);
    return out;
  }

  /** Each token's place in a sort, built on first use. @param {Rank} r */
  function orderOf(r) {
    if (!r.order) r.order = new WeakMap(r.sorted.map((tok, i) => [tok, i]));
    return r.order;
  }

  return {
    /**
     * `list` in `sort`. With `from` (what `list` is a filter of) the whole list is sorted
     * once, again after RANK_TTL or in another sort. Without it, a `list` whose tokens all
     * were in the last sort is put in that order in linear time: the same order, since the
     * comparison is a total order (ties end on the unique id).
     * @param {Token[]} list @param {Filtered | null} from @param {Sort} sort @param {Date} at
     * @returns {Token[]}
     */
    sorted(list, from, sort, at) {
      const r = rank;
      const fresh = r !== null && r.sort === sort && at.getTime() - r.at < RANK_TTL;
      if (from) {
        const whole = fresh && r.source === from.list ? r : rankWhole(from.list, sort, at);
        return from.at === null ? whole.sorted : pick(whole, from.at);
      }
      if (fresh) {
        const order = orderOf(r);
        if (list.every((tok) => order.has(tok))) {
          // The whole list again (the filter cleared): its sort as it was (never mutated).
          if (list.length === r.size) return r.sorted;
          /** @type {(Token | undefined)[]} */
          const slots = new Array(r.size);
          for (const tok of list) slots[/** @type {number} */ (order.get(tok))] = tok;
          return /** @type {Token[]} */ (slots.filter((tok) => tok !== undefined));
        }
      }
      const sorted = sortTokens(list, sort, at, lastUsedOf);
      /** @type {Rank} */
      const next = { sorted, size: sorted.length, sort, at: at.getTime(), source: null, rankOf: null, order: null };
      rank = next;
      // The places are for the filter's next keystroke, not this frame (10,000 entries take
      // 7-10 ms): worked out once the frame is painted and the tasks queued in it have run (the
      // start's IPC, the "list painted" mark), or by the first render that needs them.
      afterNextPaint(() => setTimeout(() => { if (rank === next) orderOf(next); }, 0));
      return sorted;
    },
    /** Sorts again on the next render (new usage for the Last used sort; unmounted). */
    forget() {
      rank = null;
    },
  };
}

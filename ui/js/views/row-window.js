// @ts-check
//! The token table's rows in the DOM (split from token-table.js): which rows exist and the
//! elements that show them. Lists longer than VIRTUAL_FROM rows are virtualised: only the
//! rows in and near the viewport exist, between two spacer rows that keep the scroll height.
//! Row elements are reused, not rebuilt: each render describes its rows (h()) and the rows
//! already in the table are made to look like them (patch()), so a filter keystroke writes
//! only the cells that changed. It knows rows as described by the table, not what they show.
//! Must not call IPC.

import { el, patch } from '../lib/dom.js';
import { afterNextPaint } from '../lib/perf.js';

/**
 * Above this many rows only the visible ones are rendered (10,000 rows take ~1 s to build).
 * A row costs WebKit about 1 ms to style, lay out and paint on a slow 2-core machine, so a
 * filter keystroke that lands on 130 matches took ~150 ms with the old limit of 300
 * (tests/ui/perf); 100 rows is about two and a half windows of a 720 px window.
 */
export const VIRTUAL_FROM = 100;
/** Rows rendered above and below the viewport, so scrolling and arrow keys find them ready. */
const OVERSCAN = 8;
/**
 * A filter keystroke (any update) renders no overscan below the viewport: those rows are
 * out of sight, and at ~1 ms of WebKit's work each they were a quarter of the keystroke's
 * frame. They are added once typing pauses this long (ms) after the frame, or at once by a
 * scroll or an arrow key that needs them; a keystroke that leaves them showing the list's
 * rows keeps them (people pause this long between most keys).
 */
export const FILL_MS = 120;
/** A row's height before one has been measured (px). */
const ROW_GUESS = 44;
/** Row elements kept out of the table for reuse, at most. */
const POOL = 64;

/**
 * @typedef {Object} RowWindowOptions
 * @property {HTMLElement} tbody  the table body the rows live in
 * @property {HTMLElement} scroller  the table's box (hidden while the empty state shows)
 * @property {HTMLElement} element  the table's outer element (no longer in the page: stop listening)
 * @property {() => number} columns  how many columns the spacer rows span
 * @property {() => { id: string | number }[]} rows  every row the table shows, in order (not only the window's)
 * @property {(row: any, at: Date, index: number) => import('../lib/dom.js').VElement} build  row `index`'s description
 * @property {() => Date} now
 * @property {(ids: string[]) => void} [onRowsShown]  the ids of the rows just rendered
 * @property {() => number} [viewportHeight]  the height rows are rendered for (default: the window's)
 */

/**
 * The rows of `o.tbody`: `render` puts `o.rows()` in the table (windowed when long),
 * `reveal` makes sure one row exists (keyboard navigation moves through the whole list).
 * @param {RowWindowOptions} o
 */
export function createRowWindow(o) {
  const { tbody, scroller, element } = o;
  // Virtual window: rows [first, last) of o.rows() are in the DOM.
  let virtual = false;
  let first = 0;
  let last = 0;
  /** The ids of rows [first, last) as the last placed window showed them. @type {string[]} */
  let shownIds = [];
  let rowHeight = ROW_GUESS;
  let scrollQueued = false;
  const topSpacer = spacerRow();
  const bottomSpacer = spacerRow();

  function spacerRow() {
    return el('tr', { class: 'virtual-spacer', 'aria-hidden': 'true', hidden: true }, el('td', null));
  }

  /** @param {Element} node @returns {number} the row's index in o.rows(), or -1 */
  function indexOf(node) {
    const i = Number(node.getAttribute?.('data-index'));
    return node.parentNode === tbody && Number.isInteger(i) ? i : -1;
  }

  /** @returns {HTMLElement[]} the token rows in the DOM */
  function rowElements() {
    return /** @type {HTMLElement[]} */ (Array.from(tbody.children)).filter((r) => r !== topSpacer && r !== bottomSpacer);
  }

  /** @type {any} */
  let fillTimer = null;
  /** Whether the window lacks its overscan below the viewport (see FILL_MS). */
  let lean = false;

  let fillAsked = 0;

  /**
   * Adds the overscan below the viewport once typing pauses: FILL_MS after this render's frame
   * is painted (counted from the render, a slow frame would leave no pause and the rows
   * would land in the next keystroke's frame). Each render starts the wait again.
   */
  function fillLater() {
    const timers = /** @type {any} */ (globalThis);
    if (fillTimer !== null) timers.clearTimeout?.(fillTimer);
    fillTimer = null;
    const asked = ++fillAsked;
    const wait = () => {
      if (asked !== fillAsked) return;
      fillTimer = timers.setTimeout?.(() => {
        fillTimer = null;
        if (virtual && lean && element.isConnected !== false) placeWindow(first, false);
      }, FILL_MS) ?? null;
    };
    if (typeof timers.requestAnimationFrame === 'function') afterNextPaint(wait);
    else wait();
  }

  /** Where the rows start in the viewport, as of the last geometry read (px). */
  let bodyTop = 0;
  /** visibleStart() as of the last scroll or painted frame, when nothing has moved since. */
  let viewStart = 0;
  let viewKnown = false;

  /** Index of the first row in the viewport, as of the last geometry read. */
  let viewFirst = 0;

  /** Index of the first row in or just above the viewport (0 without layout, e.g. tests). */
  function visibleStart() {
    // The empty state is showing (the list was empty, as at mount): the rows have no box and
    // start at 0. Asking would lay out the whole page before this render's rows are in it.
    if (scroller.hidden) { bodyTop = 0; viewFirst = 0; return 0; }
    const top = /** @type {any} */ (tbody).getBoundingClientRect?.().top;
    if (typeof top !== 'number') { viewFirst = 0; return 0; }
    bodyTop = top;
    const above = Math.max(0, -top);
    viewFirst = Math.floor(above / rowHeight);
    return Math.max(0, viewFirst - OVERSCAN);
  }

  /** How many rows fill the viewport plus the overscan on both sides. */
  function windowSize() {
    const h = o.viewportHeight?.() || Number(/** @type {any} */ (globalThis).innerHeight) || 800;
    // Rows start below the header and toolbar: only the rest of the window shows rows.
    return Math.ceil((h - Math.min(h, Math.max(0, bodyTop))) / rowHeight) + 2 * OVERSCAN;
  }

  /**
   * Renders rows [start, start + windowSize) between the spacers.
   * @param {number} start
   * @param {boolean} force  render even when the window did not move
   * @param {boolean} [short]  without the overscan below the viewport (a keystroke; see FILL_MS)
   */
  function placeWindow(start, force, short = false) {
    const list = o.rows();
    const n = list.length;
    const size = windowSize();
    const from = Math.max(0, Math.min(start, n - size));
    // At the top there is nothing above to overscan: the window is that much shorter
    // (the filter is typed at the top of the list; every row rendered costs WebKit ~1 ms).
    const full = Math.min(n, from + size - (from === 0 ? OVERSCAN : 0));
    // Short: up to the last row in view (as of the geometry `start` came from).
    let to = short ? Math.min(full, Math.max(from, viewFirst + size - 2 * OVERSCAN)) : full;
    // The rows below the view already show what the list has there (the list did not change
    // around them, as a keystroke that keeps the rows): they stay, since taking them out
    // lays the table out and repaints it as much as new rows would.
    let keptBelow = false;
    if (short && from === first && to < last && last <= full && tbody.lastChild === bottomSpacer) {
      keptBelow = true;
      for (let i = to; i < last && keptBelow; i += 1) keptBelow = String(list[i].id) === shownIds[i - first];
      if (keptBelow) to = last;
    }
    if (!force && from === first && to === last && tbody.firstChild === topSpacer) return;
    first = from;
    last = to;
    lean = keptBelow ? lean : short;
    const at = o.now();
    const rows = [];
    for (let i = from; i < to; i += 1) rows.push(o.build(list[i], at, i));
    const columns = String(o.columns());
    for (const spacer of [topSpacer, bottomSpacer]) {
      if (spacer.firstElementChild?.getAttribute('colspan') !== columns) spacer.firstElementChild?.setAttribute('colspan', columns);
    }
    showRows(rows, true);
    sizeSpacers();
    measureAfterPaint();
    shownIds = list.slice(from, to).map((tok) => String(tok.id));
    o.onRowsShown?.(shownIds);
  }

  let measureQueued = false;

  /**
   * Learns the real row height from the rendered rows (rows with notes are taller) once the
   * frame that shows them has been laid out, so a render never waits for a forced layout
   * (reading geometry right after writing the rows would lay the table out twice per
   * keystroke); only a changed height resizes the spacers.
   */
  function measureAfterPaint() {
    const raf = /** @type {any} */ (globalThis).requestAnimationFrame;
    if (measureQueued || typeof raf !== 'function') return;
    measureQueued = true;
    raf(() => setTimeout(() => {
      measureQueued = false;
      const rows = rowElements();
      if (rows.length === 0 || typeof rows[0].getBoundingClientRect !== 'function') return;
      const top = rows[0].getBoundingClientRect().top;
      const bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
      const h = (bottom - top) / rows.length;
      if (h > 8 && Math.abs(h - rowHeight) > 0.5) {
        rowHeight = h;
        sizeSpacers();
      }
      if (!virtual) return;
      viewStart = visibleStart();
      viewKnown = true;
      // Something above the table grew or shrank (a notice) and moved the rows out of the
      // window: place it again, as a scroll would. (Rows in view, not the overscan below,
      // which a keystroke's window leaves for the pause in typing.)
      if (viewStart < first || viewFirst + windowSize() - 2 * OVERSCAN > last) {
        // Only rows in view are missing below (the measured height made room for one more):
        // a keystroke's window gets those, still without the overscan it waits for.
        if (lean && viewStart >= first) placeWindow(first, false, true);
        else onScroll();
      }
    }, 0));
  }

  /**
   * Puts `rows` in the table, reusing the row elements already there: a token still shown
   * keeps its element (rows shifted by the filter or a scroll are moved, not rewritten),
   * and the elements of tokens no longer shown take the new tokens, in place where they
   * stand. The focused row is never turned into another token's row: when its token goes,
   * it is removed, as a full re-render did, so focus moves to a new element and is announced.
   * @param {import('../lib/dom.js').VElement[]} rows
   * @param {boolean} [spaced]  between the spacers (a virtual window)
   */
  function showRows(rows, spaced = false) {
    if (spaced) {
      if (tbody.firstChild !== topSpacer) tbody.insertBefore(topSpacer, tbody.firstChild);
      if (tbody.lastChild !== bottomSpacer) tbody.appendChild(bottomSpacer);
    } else {
      for (const spacer of [topSpacer, bottomSpacer]) if (spacer.parentNode === tbody) tbody.removeChild(spacer);
    }
    const end = spaced ? bottomSpacer : null;
    /** @type {any} */
    let focusedRow = /** @type {any} */ (globalThis).document?.activeElement;
    while (focusedRow && focusedRow.parentNode !== tbody) focusedRow = focusedRow.parentNode;
    /** @type {Map<string | null, Element>} the elements of tokens still shown */
    const kept = new Map();
    /** @type {Set<Element>} elements free to show another token */
    const spare = new Set();
    const wanted = new Set(rows.map((r) => r.attrs?.['data-token-id']));
    for (const r of rowElements()) {
      const id = r.getAttribute('data-token-id');
      if (wanted.has(id) && !kept.has(id)) kept.set(id, r);
      else if (r === focusedRow) tbody.removeChild(r);
      else spare.add(r);
    }
    /** @type {Element[]} spares taken out of the way of kept rows, to be placed further down */
    const free = [];
    let cursor = spaced ? topSpacer.nextSibling : tbody.firstChild;
    for (const want of rows) {
      const own = kept.get(want.attrs?.['data-token-id']) ?? null;
      if (own) {
        // Spares standing before this row's own element step aside (for rows further down).
        while (cursor && cursor !== own && spare.has(/** @type {Element} */ (cursor))) {
          const next = cursor.nextSibling;
          spare.delete(/** @type {Element} */ (cursor));
          free.push(/** @type {Element} */ (tbody.removeChild(cursor)));
          cursor = next;
        }
      }
      let node = own;
      if (!node && cursor && cursor !== end && spare.has(/** @type {Element} */ (cursor))) node = /** @type {Element} */ (cursor);
      if (!node) node = free.pop() ?? pool.pop() ?? null;
      if (!node && spare.size > 0) {
        node = /** @type {Element} */ (spare.values().next().value);
      }
      if (node) spare.delete(node);
      const shown = patch(node, want);
      if (shown === cursor) {
        cursor = cursor.nextSibling;
      } else if (node && node === cursor) {
        // Could not be reused (never for a row: same tag): replaced where it stands.
        tbody.replaceChild(shown, node);
        cursor = shown.nextSibling;
      } else {
        if (node && shown !== node && node.parentNode === tbody) tbody.removeChild(node);
        tbody.insertBefore(shown, cursor);
      }
    }
    // What is left between the last row and the end: spares nobody took, kept for the
    // next render that needs more rows (the filter cleared again).
    while (cursor && cursor !== end) {
      const next = cursor.nextSibling;
      tbody.removeChild(cursor);
      if (pool.length < POOL) pool.push(/** @type {Element} */ (cursor));
      cursor = next;
    }
    for (const r of free) if (pool.length < POOL) pool.push(r);
  }

  /** Row elements out of the table, ready to show a token again (JS saved, not WebKit's work). */
  /** @type {Element[]} */
  const pool = [];

  function sizeSpacers() {
    const n = o.rows().length;
    // Sized through the CSSOM, which the CSP's style-src does not restrict (unlike style="");
    // written only when changed, as every write here invalidates the table's layout.
    for (const [spacer, px, hide] of /** @type {[HTMLElement, number, boolean][]} */ ([
      [topSpacer, first * rowHeight, first === 0], [bottomSpacer, (n - last) * rowHeight, last >= n]])) {
      const height = `${px}px`;
      const style = /** @type {any} */ (spacer).style;
      if (style && style.getPropertyValue?.('height') !== height) style.setProperty('height', height);
      if (spacer.hidden !== hide) spacer.hidden = hide;
    }
  }

  function onScroll() {
    if (element.isConnected === false) {
      // The workspace was unmounted: stop listening instead of keeping this table alive.
      /** @type {any} */ (globalThis).removeEventListener?.('scroll', onScroll);
      /** @type {any} */ (globalThis).removeEventListener?.('resize', onScroll);
      return;
    }
    viewKnown = false;
    if (!virtual || scrollQueued) return;
    scrollQueued = true;
    const raf = /** @type {any} */ (globalThis).requestAnimationFrame ?? ((/** @type {() => void} */ f) => setTimeout(f, 16));
    raf(() => {
      scrollQueued = false;
      if (!virtual) return;
      const start = visibleStart();
      viewStart = start;
      viewKnown = true;
      // Re-render only once the viewport has used up half of the overscan.
      if (start < first || start + windowSize() - OVERSCAN > last || Math.abs(start - first) > OVERSCAN / 2) {
        const doc = /** @type {any} */ (globalThis).document;
        const focusedIndex = doc?.activeElement?.parentNode === tbody ? indexOf(doc.activeElement) : -1;
        placeWindow(start, false);
        if (focusedIndex >= first && focusedIndex < last) {
          rowElements().find((r) => indexOf(r) === focusedIndex)?.focus({ preventScroll: true });
        }
      }
    });
  }
  /** @type {any} */ (globalThis).addEventListener?.('scroll', onScroll, { passive: true });
  /** @type {any} */ (globalThis).addEventListener?.('resize', onScroll, { passive: true });

  return {
    /** Stops listening to the window (unmounted: the table and its list can go). */
    destroy() {
      /** @type {any} */ (globalThis).removeEventListener?.('scroll', onScroll);
      /** @type {any} */ (globalThis).removeEventListener?.('resize', onScroll);
    },
    indexOf,
    rowElements,
    /**
     * Where a render of a list of `total` rows starts. Read before the render's writes:
     * where the viewport is comes from the last scroll or painted frame, since reading
     * geometry here would force a layout of whatever changed since (the input's text, usage
     * cells), and the frame lays out again after the writes. Only a list long enough to be
     * windowed needs it, and only the first time is it read.
     * @param {number} total
     */
    startFor(total) {
      return total > VIRTUAL_FROM ? (viewKnown ? viewStart : visibleStart()) : 0;
    },
    /**
     * Puts o.rows() in the table: all of them, or (a long list) the window from `start`,
     * rendered even where the window did not move (the rows changed: a filter, a sort, new data).
     * @param {number} start  from startFor()
     * @param {Date} at  the render's time
     */
    render(start, at) {
      const list = o.rows();
      virtual = list.length > VIRTUAL_FROM;
      if (virtual) {
        placeWindow(start, true, true);
        fillLater();
      } else {
        first = 0;
        last = list.length;
        showRows(list.map((row, i) => o.build(row, at, i)));
        o.onRowsShown?.(list.map((row) => String(row.id)));
      }
    },
    /** Renders the window around row `index` when it does not hold it. @param {number} index */
    reveal(index) {
      if (virtual && (index < first || index >= last)) {
        placeWindow(Math.max(0, index - OVERSCAN), true);
      }
    },
  };
}

// @ts-check
//! The token table's column widths, held while its rows change (split from token-table.js).
//! A table lays its columns out by what its rows hold, so typing in the filter, scrolling a
//! long (windowed) list or a Last used answer moved the columns sideways, by up to 200 px
//! with a few rows left, and made WebKit lay out and paint every cell again. Once the table
//! has been painted, each column but the flexible one (Name) keeps the width it was laid out
//! at, and the flexible one takes the rest: rows that come and go leave the columns where
//! they are. A column whose new content needs more room still grows at once (a cell is never
//! narrower than its content) and keeps that width. When the table's box changes width (the
//! window, the docked attention panel) or a column comes or goes (the checkboxes, once the
//! account says tokens can be deleted), the widths are let go for the rows to lay them out
//! again, and held from the next paint on. Also whether the table is wider than its box
//! (watchOverflow: the actions column is pinned to its right edge only then). Must not call IPC.

import { afterNextPaint } from '../lib/perf.js';

/**
 * The attribute that marks held widths: the stylesheet then lets the header cells' widths
 * (set here) decide, instead of the columns' shares of the table (ui/styles.css).
 */
export const HELD_ATTR = 'data-columns';

/**
 * @typedef {Object} ColumnWidthsOptions
 * @property {HTMLElement} table  the table (carries HELD_ATTR while the widths are held)
 * @property {HTMLElement} box  the table's box: a change of its width lets the widths go
 * @property {() => HTMLElement[]} headers  the header cells, each the width of its column
 * @property {HTMLElement} flexible  the header cell of the column that takes the rest
 */

/**
 * @param {ColumnWidthsOptions} o
 * @returns {{ rowsChanged: () => void, release: () => void, held: () => boolean, stop: () => void }}
 */
export function createColumnWidths(o) {
  /** What the widths were taken for (the box's width and the columns laid out); '' while not held. */
  let heldFor = '';
  /** The width given to each header cell (px). @type {Map<HTMLElement, number>} */
  const given = new Map();
  let queued = false;
  let alive = true;

  /** The box's width, 0 while it has none (hidden: the empty state; not in the page). */
  function boxWidth() {
    return o.box.hidden ? 0 : o.box.clientWidth || 0;
  }

  /** The header cells laid out now (a column the layout hides, beside the docked panel, is not). */
  function shown() {
    return o.headers().filter((th) => th.getClientRects().length !== 0);
  }

  /** What held widths would be taken for now. @param {number} width @param {HTMLElement[]} cells */
  function basis(width, cells) {
    return `${width}|${cells.length}`;
  }

  /** The rows lay the columns out again (from the next layout on). */
  function release() {
    for (const th of given.keys()) th.style.removeProperty('width');
    given.clear();
    o.table.removeAttribute(HELD_ATTR);
    heldFor = '';
  }

  /** After a paint (layout is clean): hold the widths as laid out, or keep a column's growth. */
  function look() {
    queued = false;
    if (!alive || o.table.isConnected === false) return;
    const width = boxWidth();
    if (width === 0) return;
    const cells = shown();
    const now = basis(width, cells);
    if (heldFor !== '' && now !== heldFor) {
      release();
      later();
      return;
    }
    for (const th of cells) {
      if (th === o.flexible) continue;
      const w = th.getBoundingClientRect().width;
      if (!(w > 0)) continue;
      const had = given.get(th);
      // Grown (or never held): keep the new width; within rounding it is the same.
      if (had === undefined || w > had + 0.5) {
        given.set(th, w);
        th.style.setProperty('width', `${w}px`);
      }
    }
    if (given.size > 0 && heldFor === '') {
      heldFor = now;
      o.table.setAttribute(HELD_ATTR, 'held');
    }
  }

  /** Looks once after the next paint, however many renders ask before it. */
  function later() {
    if (queued || !alive) return;
    queued = true;
    afterNextPaint(look);
  }

  // A new width of the box is seen before the frame is painted (after layout): the widths go
  // at once, so that frame already shows the columns as the rows lay them out.
  const Observer = /** @type {any} */ (globalThis).ResizeObserver;
  const observer = typeof Observer === 'function'
    ? new Observer(() => {
      const width = boxWidth();
      if (heldFor !== '' && width !== 0 && basis(width, shown()) !== heldFor) {
        release();
        later();
      }
    })
    : null;
  observer?.observe(o.box);

  return {
    /** Rows were rendered or changed: hold the widths, or keep what grew, after the paint. */
    rowsChanged: later,
    /** A column came or went: the rows lay the columns out (held again after the paint). */
    release() {
      if (heldFor === '') return;
      release();
      later();
    },
    /** Whether the widths are held now. */
    held: () => heldFor !== '',
    stop() {
      alive = false;
      observer?.disconnect();
    },
  };
}

// ---- the table wider than its box ---------------------------------------------------------
// A narrow window, a longer language or the docked attention panel can make the table wider
// than its box. While it is, the table carries OVERFLOW_ATTR and the stylesheet pins the
// actions column to the box's right edge, so each row's actions stay in view while the other
// columns scroll beneath them. Only then: a pinned (sticky) cell is a layer of its own, which
// WebKit paints apart from its row, about a millisecond of every filter keystroke over the
// rows in view (docs/performance.md, twenty-seventh part). A ResizeObserver sees the change
// after layout and before the frame is painted, so no frame shows the actions out of reach.

/** The attribute on the table while it is wider than its box (ui/styles.css). */
export const OVERFLOW_ATTR = 'data-overflow';

/**
 * @typedef {Object} OverflowOptions
 * @property {HTMLElement} table  the table (carries OVERFLOW_ATTR while wider than its box)
 * @property {HTMLElement} box  the table's scrolling box
 * @property {boolean} [watch]  false where no width is seen (the off-page first frame)
 */

/**
 * Keeps OVERFLOW_ATTR on `o.table` while the table overflows `o.box`. Where the width is not
 * watched (`watch: false`, or no ResizeObserver) the actions are pinned for good, which looks
 * the same at every width.
 * @param {OverflowOptions} o
 * @returns {{ stop: () => void }}
 */
export function watchOverflow(o) {
  const Observer = /** @type {any} */ (globalThis).ResizeObserver;
  if (o.watch === false || typeof Observer !== 'function') {
    o.table.setAttribute(OVERFLOW_ATTR, '');
    return { stop() {} };
  }
  // Called after layout: reading the sizes lays nothing out. The table's height changes with
  // the rows, so most calls find nothing new and write nothing.
  const observer = new Observer(() => {
    const over = !o.box.hidden && o.box.scrollWidth > o.box.clientWidth;
    if (o.table.hasAttribute(OVERFLOW_ATTR) !== over) {
      if (over) o.table.setAttribute(OVERFLOW_ATTR, '');
      else o.table.removeAttribute(OVERFLOW_ATTR);
    }
  });
  observer.observe(o.box);
  observer.observe(o.table);
  return { stop: () => observer.disconnect() };
}

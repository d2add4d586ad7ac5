// @ts-check
//! The token table: sortable column headers (aria-sort), rows navigable with Up/Down/Home/End
//! (roving tabindex: the table is one Tab stop; the row's checkbox and ⋯ button are not stops;
//! Enter opens details, Delete asks to delete, Ctrl+C copies its key, Shift+F10 / Menu / →
//! open its actions, Space ticks it), an optional selection column with
//! select-all, the per-row actions cell, and the empty states. It only renders what it is
//! given; fetching, filtering input, counts and what actions do live elsewhere. Must not call IPC.
//! Long lists (more than VIRTUAL_FROM rows) are virtualised: only the rows in and near the
//! viewport exist, between two spacer rows that keep the scroll height; rows keep their
//! data-testid attributes, keyboard navigation moves through the whole list.
//! Rows are patched, not rebuilt: each render describes its rows (h()) and the rows already
//! in the table are made to look like them (patch()), so a keystroke in the filter writes only
//! the cells that changed and WebKit restyles, lays out and paints only those.

import { el, replace, setText, h, keyed, patch } from '../lib/dom.js';
import { rowModel } from '../lib/rows.js';
import { sortTokens, nextSort, DEFAULT_SORT } from '../lib/tokens.js';
import { lastUsedCell, isUnused } from '../lib/usage.js';
import { afterNextPaint } from '../lib/perf.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../lib/tokens.js').Token} Token
 * @typedef {import('../lib/tokens.js').Sort} Sort
 * @typedef {import('../lib/tokens.js').SortKey} SortKey
 */

/** @type {{ key: SortKey, label: () => string, cls: string }[]} */
const COLUMNS = [
  { key: 'id', label: () => t('table-column-id'), cls: 'col-id' },
  { key: 'name', label: () => t('table-column-name'), cls: 'col-name' },
  { key: 'type', label: () => t('table-column-type'), cls: 'col-type' },
  { key: 'createdAt', label: () => t('table-column-created'), cls: 'col-created' },
  // One column for expiry and status: the relative time, with a glyph and colour only when
  // the token needs attention (expired, expiring); nothing extra for a healthy token.
  { key: 'expiresAt', label: () => t('table-column-expires'), cls: 'col-status' },
  // When the key was last used (the server's usage, or what this device did with it).
  { key: 'lastUsed', label: () => t('table-column-last-used'), cls: 'col-used' },
];

/** aria-sort's values (not text). */
const DIR_WORD = { asc: 'ascending', desc: 'descending' };

/** Shift+F10, the Menu (ContextMenu) key or →: open the focused row's actions. @param {KeyboardEvent} e */
export function isMenuKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey) || (e.key === 'ArrowRight' && !e.shiftKey);
}

/** Ctrl+C (Cmd+C) with nothing selected in the page: copy the focused row's key. @param {KeyboardEvent} e */
export function isCopyKey(e) {
  if (!(e.key === 'c' || e.key === 'C') || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return false;
  const sel = /** @type {any} */ (globalThis).getSelection?.();
  return !sel || sel.isCollapsed !== false;
}

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
 * scroll or an arrow key that needs them.
 */
export const FILL_MS = 120;
/** A row's height before one has been measured (px). */
const ROW_GUESS = 44;
/** Row elements kept out of the table for reuse, at most. */
const POOL = 64;
/** A sort order is reused for subsets (the filter narrowing it) for this long (ms). */
const RANK_TTL = 60_000;

/**
 * @typedef {Object} Selection
 * @property {() => boolean} enabled  whether the checkbox column shows
 * @property {(id: string) => boolean} has
 * @property {(ids: string[], on: boolean) => void} set
 * @property {() => number} [size]  how many are selected (none: the select-all box is clear without a look at 10,000 rows)
 * @typedef {Object} TableOptions
 * @property {() => Date} [now]
 * @property {Selection} [selection]
 * @property {(t: Token) => Node | null} [rowActions]  the last cell's content
 * @property {(t: Token) => void} [onDeleteKey]  Delete pressed on a focused row
 * @property {(t: Token) => void} [onOpenKey]  Enter pressed on a focused row (the details pane)
 * @property {(t: Token) => void} [onCopyKey]  Ctrl+C pressed on a focused row (copy its stored key)
 * @property {(t: Token) => Node | null} [rowBadge]  an extra chip after the name ("Retiring on …")
 * @property {(t: Token) => import('../lib/usage.js').LastUsed | undefined} [lastUsed]  the "Last used" cell's data
 * @property {(ids: string[]) => void} [onRowsShown]  the ids of the rows just rendered (to ask for their usage in one batch)
 */

/**
 * Create the table. Call `update(tokens, query)` to (re)render rows.
 * @param {TableOptions} [opts]
 * @returns {{ element: HTMLElement, update: (tokens: Token[], query: string) => void, syncSelection: () => void, focusFirstRow: () => void, focusToken: (id: string) => void, usageChanged: () => void }}
 */
export function createTokenTable(opts = {}) {
  const now = opts.now ?? (() => new Date());
  const lastUsedOf = opts.lastUsed ?? (() => undefined);
  /** @type {Sort} */
  let sort = { ...DEFAULT_SORT };
  /** @type {Token[]} */
  let tokens = [];
  let query = '';

  const caption = el('caption', { class: 'visually-hidden' });
  /** @type {Map<SortKey, HTMLElement>} */
  const headers = new Map();
  const selectAll = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', 'data-testid': 'select-all', tabindex: '-1',
    'aria-label': t('table-select-all'), on: { change: onSelectAll } }));
  const selectTh = el('th', { scope: 'col', class: 'col-select' }, selectAll);
  const actionsTh = el('th', { scope: 'col', class: 'col-actions' }, el('span', { class: 'th-label' }, t('table-column-actions')));
  let selectShown = false;
  /** @type {Token[]} */
  let shownRows = [];
  // Virtual window: rows [first, last) of shownRows are in the DOM.
  let virtual = false;
  let first = 0;
  let last = 0;
  let rowHeight = ROW_GUESS;
  /** Index in shownRows of the row that holds the tab stop. */
  let activeIndex = 0;
  /** The last full sort; `order` (each token's position, see sortedShown) is built on first use. */
  /** @type {{ order: WeakMap<Token, number> | null, size: number, sorted: Token[], sort: Sort, at: number } | null} */
  let rank = null;
  let scrollQueued = false;
  const headRow = el('tr', null, COLUMNS.map((c) => {
    const th = el('th', { scope: 'col', class: c.cls },
      el('button', { type: 'button', class: 'sort-button', 'data-testid': `sort-${c.key}`, tabindex: '-1',
        on: { click: () => { sort = nextSort(sort, c.key); renderRows(); } } },
        el('span', null, c.label()), el('span', { class: 'sort-glyph', 'aria-hidden': 'true' })));
    headers.set(c.key, th);
    return th;
  }));
  if (opts.rowActions) headRow.appendChild(actionsTh);
  const tbody = el('tbody', { on: { keydown: onKeyDown, focusin: onFocusIn, change: onRowChange } });
  // The header's controls (select all, sort buttons) are not Tab stops either: ↑ from the
  // first row reaches the sorted column's button, ←/→ move along the header, ↓ returns.
  headRow.addEventListener('keydown', onHeadKey);
  const topSpacer = spacerRow();
  const bottomSpacer = spacerRow();
  const table = el('table', { class: 'token-table', 'data-testid': 'token-table' }, caption, el('thead', null, headRow), tbody);
  const scroller = el('div', { class: 'table-scroll' }, table);
  const empty = el('div', { class: 'empty', 'data-testid': 'token-empty', hidden: true });
  const element = el('div', { class: 'table-area' }, scroller, empty);

  function spacerRow() {
    return el('tr', { class: 'virtual-spacer', 'aria-hidden': 'true', hidden: true }, el('td', null));
  }

  /** @param {Element} node @returns {number} index in shownRows, or -1 */
  function indexOf(node) {
    const i = Number(node.getAttribute?.('data-index'));
    return node.parentNode === tbody && Number.isInteger(i) ? i : -1;
  }

  /** @param {KeyboardEvent} e */
  function onKeyDown(e) {
    const current = indexOf(/** @type {Element} */ (e.target));
    if (current < 0 || shownRows.length === 0) return;
    let next = current;
    if (e.key === 'ArrowDown') next = Math.min(shownRows.length - 1, current + 1);
    else if (e.key === 'ArrowUp' && current === 0) { e.preventDefault(); focusHeader(); return; }
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = shownRows.length - 1;
    else if (isMenuKey(e)) {
      // Shift+F10, the Menu key or → open the row's actions menu on its first item.
      const button = /** @type {HTMLElement | null} */ (/** @type {Element} */ (e.target).querySelector?.('[aria-haspopup="menu"]'));
      if (!button) return;
      e.preventDefault();
      button.click();
      return;
    } else if (isCopyKey(e) && opts.onCopyKey) {
      const tok = shownRows[current];
      if (tok) { e.preventDefault(); opts.onCopyKey(tok); }
      return;
    } else if (e.key === ' ' && selectShown && opts.selection) {
      // Space ticks the row's checkbox, which is out of the Tab order.
      const box = /** @type {HTMLInputElement | null} */ (/** @type {Element} */ (e.target).querySelector?.('input[data-testid="row-select"]'));
      if (!box) return;
      e.preventDefault();
      box.checked = !box.checked;
      opts.selection.set([String(shownRows[current].id)], box.checked);
      syncSelectAll();
      return;
    } else if ((e.key === 'Delete' && opts.onDeleteKey) || (e.key === 'Enter' && opts.onOpenKey)) {
      const tok = shownRows[current];
      if (tok) {
        e.preventDefault();
        if (e.key === 'Enter') opts.onOpenKey?.(tok); else opts.onDeleteKey?.(tok);
      }
      return;
    } else return;
    e.preventDefault();
    focusIndex(next);
  }

  /** @returns {HTMLElement[]} the header's controls, left to right */
  function headControls() {
    // Only the rendered ones: a column the layout hides (Created, beside the expiry panel)
    // is skipped by ← and →, never a dead end.
    return /** @type {HTMLElement[]} */ (Array.from(headRow.querySelectorAll('input, button')))
      .filter((n) => /** @type {any} */ (n).getClientRects?.().length !== 0);
  }

  /** Focuses the sorted column's header button. */
  function focusHeader() {
    const all = headControls();
    (all.find((b) => b.getAttribute('data-testid') === `sort-${sort.key}`) ?? all[0])?.focus();
  }

  /** @param {KeyboardEvent} e */
  function onHeadKey(e) {
    const all = headControls();
    const doc = /** @type {any} */ (globalThis).document;
    const i = all.indexOf(doc?.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, i + (e.key === 'ArrowLeft' ? -1 : 1)))]?.focus();
    } else if (e.key === 'ArrowDown' && shownRows.length > 0) {
      e.preventDefault();
      focusIndex(activeIndex);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      all[e.key === 'Home' ? 0 : all.length - 1]?.focus();
    }
  }

  /** A row's checkbox (listened for here: rows are reused for other tokens). @param {Event} e */
  function onRowChange(e) {
    const box = /** @type {HTMLInputElement} */ (e.target);
    if (box.getAttribute?.('data-testid') !== 'row-select' || !opts.selection) return;
    const tok = shownRows[indexOf(/** @type {Element} */ (box.closest('tr')))];
    if (!tok) return;
    opts.selection.set([String(tok.id)], box.checked);
    syncSelectAll();
  }

  /** @param {FocusEvent} e */
  function onFocusIn(e) {
    const i = indexOf(/** @type {Element} */ (e.target));
    if (i >= 0 && i !== activeIndex) setActive(i);
  }

  /** Moves the tab stop to row `index` (roving tabindex). @param {number} index */
  function setActive(index) {
    activeIndex = index;
    for (const r of rowElements()) r.setAttribute('tabindex', indexOf(r) === index ? '0' : '-1');
  }

  /** @returns {HTMLElement[]} the token rows in the DOM */
  function rowElements() {
    return /** @type {HTMLElement[]} */ (Array.from(tbody.children)).filter((r) => r !== topSpacer && r !== bottomSpacer);
  }

  /** Focuses row `index`, rendering it first when the virtual window does not hold it. @param {number} index */
  function focusIndex(index) {
    if (virtual && (index < first || index >= last)) {
      placeWindow(Math.max(0, index - OVERSCAN), true);
    }
    setActive(index);
    const row = rowElements().find((r) => indexOf(r) === index);
    row?.focus();
    row?.scrollIntoView?.({ block: 'nearest' });
  }

  function onSelectAll() {
    opts.selection?.set(shownRows.map((tok) => String(tok.id)), selectAll.checked);
    for (const box of /** @type {HTMLInputElement[]} */ (tbody.querySelectorAll('input[data-testid="row-select"]'))) box.checked = selectAll.checked;
  }

  function syncSelectAll() {
    const sel = opts.selection;
    if (!sel) return;
    let n = 0;
    if (sel.size?.() !== 0) for (const tok of shownRows) if (sel.has(String(tok.id))) n += 1;
    selectAll.checked = n > 0 && n === shownRows.length;
    /** @type {any} */ (selectAll).indeterminate = n > 0 && n < shownRows.length;
    selectAll.disabled = shownRows.length === 0;
  }

  function renderHead() {
    const want = Boolean(opts.selection?.enabled());
    if (want === selectShown) return;
    selectShown = want;
    const cells = Array.from(headRow.children).filter((c) => c !== selectTh);
    replace(headRow, want ? selectTh : null, cells);
  }

  function renderRows() {
    // Where the viewport is comes from the last scroll or painted frame: reading geometry
    // here would force a layout of whatever changed since (the input's text, usage cells)
    // before this render's writes, and the frame lays out again after them. Only a list
    // long enough to be windowed needs it, and only the first time is it read.
    const start = tokens.length > VIRTUAL_FROM ? (viewKnown ? viewStart : visibleStart()) : 0;
    renderHead();
    for (const c of COLUMNS) {
      const th = /** @type {HTMLElement} */ (headers.get(c.key));
      const glyph = /** @type {HTMLElement} */ (th.querySelector('.sort-glyph'));
      if (c.key === sort.key) {
        if (th.getAttribute('aria-sort') !== DIR_WORD[sort.dir]) th.setAttribute('aria-sort', DIR_WORD[sort.dir]);
        setText(glyph, sort.dir === 'asc' ? '▲' : '▼');
      } else {
        if (th.hasAttribute('aria-sort')) th.removeAttribute('aria-sort');
        setText(glyph, '');
      }
    }
    const column = COLUMNS.find((c) => c.key === sort.key)?.label() ?? '';
    setText(caption, sort.dir === 'asc' ? t('table-caption-ascending', { column }) : t('table-caption-descending', { column }));

    const doc = /** @type {any} */ (globalThis).document;
    const focused = doc?.activeElement;
    const focusedId = focused && focused.parentNode === tbody ? focused.getAttribute('data-token-id') : null;
    const focusedIndex = focusedId !== null ? Math.max(0, indexOf(focused)) : 0;
    const activeId = shownRows[activeIndex] ? String(shownRows[activeIndex].id) : null;
    const at = now();
    const sorted = sortedShown(tokens, at);
    shownRows = sorted;
    const keepId = focusedId ?? activeId;
    const kept = keepId === null ? -1 : sorted.findIndex((tok) => String(tok.id) === keepId);
    activeIndex = kept >= 0 ? kept : 0;
    virtual = sorted.length > VIRTUAL_FROM;
    // Forced: the rows changed (a filter, a sort, new data) even where the window did not move.
    if (virtual) {
      placeWindow(start, true, true);
      fillLater();
    } else {
      first = 0;
      last = sorted.length;
      showRows(sorted.map((tok, i) => row(tok, at, i)));
      opts.onRowsShown?.(sorted.map((tok) => String(tok.id)));
    }
    syncSelectAll();

    if (sorted.length === 0) {
      scroller.hidden = true;
      empty.hidden = false;
      replace(empty, query.trim()
        ? [el('p', { class: 'empty-title' }, t('table-empty-filtered', { query: query.trim() })),
          el('p', { class: 'muted' }, t('table-empty-filtered-hint'))]
        : [el('p', { class: 'empty-title' }, t('table-empty')),
          el('p', { class: 'muted' }, t('table-empty-hint'))]);
      return;
    }
    scroller.hidden = false;
    empty.hidden = true;
    if (focusedId !== null && kept >= 0) focusIndex(kept);
    // The focused row went away (deleted, filtered out): focus stays in the list, on the row
    // that took its place, instead of falling to the document body.
    else if (focusedId !== null) focusIndex(Math.min(focusedIndex, sorted.length - 1));
  }

  /**
   * `list` sorted. A subset of the last fully sorted list (the filter narrowing it) is put
   * in that order in linear time instead of being sorted again: same order, since the
   * comparison is a total order (ties end on the unique id).
   * @param {Token[]} list
   * @param {Date} at
   */
  function sortedShown(list, at) {
    const r = rank;
    if (r && r.sort === sort && at.getTime() - r.at < RANK_TTL) {
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
    const next = { order: null, size: sorted.length, sorted, sort, at: at.getTime() };
    rank = next;
    // The positions are for the filter's next keystroke, not this frame (10,000 entries take
    // a few ms): worked out once the frame is painted, or by the first render that needs them.
    afterNextPaint(() => { if (rank === next) orderOf(next); });
    return sorted;
  }

  /**
   * Each token's position in a full sort, built on first use.
   * @param {NonNullable<typeof rank>} r
   */
  function orderOf(r) {
    if (!r.order) r.order = new WeakMap(r.sorted.map((tok, i) => [tok, i]));
    return r.order;
  }

  // ---- virtual window ---------------------------------------------------------------------
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
    const h = Number(/** @type {any} */ (globalThis).innerHeight) || 800;
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
    const n = shownRows.length;
    const size = windowSize();
    const from = Math.max(0, Math.min(start, n - size));
    // At the top there is nothing above to overscan: the window is that much shorter
    // (the filter is typed at the top of the list; every row rendered costs WebKit ~1 ms).
    const full = Math.min(n, from + size - (from === 0 ? OVERSCAN : 0));
    // Short: up to the last row in view (as of the geometry `start` came from).
    const to = short ? Math.min(full, Math.max(from, viewFirst + size - 2 * OVERSCAN)) : full;
    if (!force && from === first && to === last && tbody.firstChild === topSpacer) return;
    first = from;
    last = to;
    lean = short;
    const at = now();
    const rows = [];
    for (let i = from; i < to; i += 1) rows.push(row(shownRows[i], at, i));
    const columns = String(headRow.children.length);
    for (const spacer of [topSpacer, bottomSpacer]) {
      if (spacer.firstElementChild?.getAttribute('colspan') !== columns) spacer.firstElementChild?.setAttribute('colspan', columns);
    }
    showRows(rows, true);
    sizeSpacers();
    measureAfterPaint();
    opts.onRowsShown?.(shownRows.slice(from, to).map((tok) => String(tok.id)));
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
    // Sized through the CSSOM, which the CSP's style-src does not restrict (unlike style="");
    // written only when changed, as every write here invalidates the table's layout.
    for (const [spacer, px, hide] of /** @type {[HTMLElement, number, boolean][]} */ ([
      [topSpacer, first * rowHeight, first === 0], [bottomSpacer, (shownRows.length - last) * rowHeight, last >= shownRows.length]])) {
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

  /**
   * @param {Token} tok
   * @param {Date} at
   * @param {number} index  position in shownRows
   */
  function row(tok, at, index) {
    const m = rowModel(tok, at);
    const sel = opts.selection;
    return h('tr', { 'data-testid': 'token-row', 'data-token-id': m.id, 'data-status': tok.status, 'data-index': String(index),
      tabindex: index === activeIndex ? '0' : '-1' },
      selectShown && sel ? h('td', { class: 'col-select' },
        h('input', { type: 'checkbox', 'data-testid': 'row-select', checked: sel.has(m.id), 'aria-label': t('table-select-row', { name: m.name, id: m.id }), tabindex: '-1' })) : null,
      h('td', { class: 'col-id mono', 'data-testid': 'token-id' }, m.id),
      h('td', { class: 'col-name', 'data-testid': 'token-name' },
        h('div', { class: 'name-line' },
          h('span', { class: 'token-name', title: m.name }, m.name),
          badge(tok),
          m.env ? h('span', { class: `env-chip env-${m.env.tone}`, 'data-testid': 'token-env', title: t('table-env-title') }, m.env.label) : null,
          m.hasLocalKey ? h('span', { class: 'local-key', 'data-testid': 'token-local-key', title: t('table-local-key-title') },
            h('span', { class: 'local-key-icon', 'aria-hidden': 'true' }), t('table-local-key')) : null),
        m.usedBy ? h('div', { class: 'used-by small muted', 'data-testid': 'token-used-by', title: m.usedBy }, m.usedBy) : null,
        m.keyHint ? h('div', { class: 'key-hint small muted mono', 'data-testid': 'token-key-hint', title: t('table-key-hint-title') }, m.keyHint) : null),
      h('td', { class: 'col-type' },
        h('span', { class: 'type-text', 'data-testid': 'token-type' },
          m.type.glyph ? h('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, m.type.glyph) : null, m.type.label)),
      h('td', { class: 'col-created' },
        h('span', { title: m.createdTitle || null }, m.created)),
      h('td', { class: 'col-status' },
        h('span', { class: 'status-cell', 'data-tone': m.attention ? m.status.tone : null, 'data-testid': 'token-status', title: m.expiresTitle },
          m.attention ? h('span', { class: 'status-glyph', 'aria-hidden': 'true' }, m.status.glyph) : null,
          h('span', { 'aria-hidden': 'true', 'data-testid': 'token-expires' }, m.statusText),
          m.expiresDate ? h('span', { class: 'exact-date', 'aria-hidden': 'true', 'data-testid': 'token-expires-date' }, ` · ${m.expiresDate}`) : null,
          h('span', { class: 'visually-hidden' }, `${m.status.label}. ${m.expiresSpoken}`))),
      usedCell(tok, at),
      // The menu is built for its token: kept while the row shows that same token object.
      opts.rowActions ? h('td', { class: 'col-actions' }, keyed(tok, () => opts.rowActions?.(tok) ?? document.createTextNode(''))) : null);
  }

  /**
   * The row badge, kept while its look is the same (rowBadge builds a new node each time).
   * @param {Token} tok
   */
  function badge(tok) {
    const node = opts.rowBadge?.(tok);
    if (!node) return null;
    const e = /** @type {HTMLElement} */ (node);
    return keyed(`${e.className}|${e.getAttribute?.('data-testid')}|${e.getAttribute?.('title')}|${e.textContent}`, () => node);
  }

  /** The "Last used" cell: relative time; exact time and IP on hover and for screen readers. @param {Token} tok @param {Date} at */
  function usedCell(tok, at) {
    const lu = lastUsedOf(tok);
    const c = lastUsedCell(lu, at);
    return h('td', { class: 'col-used' },
      h('span', { class: c.local ? 'used-cell used-local' : 'used-cell', 'data-testid': 'token-last-used', title: c.title,
        'data-source': lu?.source ?? null },
        h('span', { 'aria-hidden': 'true' }, c.text),
        h('span', { class: 'visually-hidden' }, c.spoken)),
      // On the same line (rows keep their height): a gentle word, the advice in its title.
      isUnused(lu, at, tok.createdAt) ? h('span', { class: 'unused-chip', 'data-testid': 'token-unused-hint',
        title: t('table-unused-title') }, t('table-unused')) : null);
  }

  return {
    element,
    update(nextTokens, nextQuery) {
      tokens = nextTokens;
      query = nextQuery;
      renderRows();
    },
    syncSelection: syncSelectAll,
    /**
     * New usage arrived. Sorted by Last used: sort again and redraw. Otherwise only the Last
     * used cells change, in place: rows replaced under the pointer would lose the click the
     * user was making (and the row a keyboard user is on).
     */
    usageChanged() {
      if (sort.key === 'lastUsed') {
        rank = null;
        renderRows();
        return;
      }
      const at = now();
      for (const r of rowElements()) {
        const tok = shownRows[indexOf(r)];
        const cell = r.querySelector?.('td.col-used');
        if (tok && cell) patch(cell, usedCell(tok, at));
      }
    },
    focusFirstRow() {
      if (shownRows.length > 0) focusIndex(0);
    },
    /** Focuses the row of token `id` (after a create), if it is listed. @param {string} id */
    focusToken(id) {
      const i = shownRows.findIndex((tok) => String(tok.id) === String(id));
      if (i >= 0) focusIndex(i);
    },
  };
}

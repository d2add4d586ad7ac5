// @ts-check
//! The token table: sortable column headers (aria-sort), rows navigable with Up/Down/Home/End
//! (roving tabindex: the table is one Tab stop; the row's checkbox and ⋯ button are not stops;
//! Enter opens details, Delete asks to delete, Ctrl+C copies its key, Shift+F10 / Menu / →
//! open its actions, Space ticks it), an optional selection column with
//! select-all, the per-row actions cell, and the empty states. It only renders what it is
//! given; fetching, filtering input, counts and what actions do live elsewhere. Must not call IPC.
//! Long lists (more than VIRTUAL_FROM rows) are virtualised and rows are patched, not
//! rebuilt (row-window.js); keyboard navigation moves through the whole list. What a row
//! shows is token-row.js.

import { el, replace, setText, patch, touched } from '../lib/dom.js';
import { nextSort, DEFAULT_SORT } from '../lib/tokens.js';
import { createRanking } from '../lib/ranking.js';
import { t } from '../lib/i18n.js';
import { createRowWindow, VIRTUAL_FROM, FILL_MS } from './row-window.js';
import { createRowBuilder } from './token-row.js';
import { createColumnWidths, watchOverflow } from './column-widths.js';

export { VIRTUAL_FROM, FILL_MS };

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
 * @typedef {Object} Selection
 * @property {() => boolean} enabled  whether the checkbox column shows
 * @property {(id: string) => boolean} has
 * @property {(ids: string[], on: boolean) => void} set
 * @property {() => number} [size]  how many are selected (none: the select-all box is clear without a look at 10,000 rows)
 * @typedef {Object} TableOptions
 * @property {() => Date} [now]
 * @property {Selection} [selection]
 * @property {(t: Token) => Node | null} [rowActions]  the last cell's content
 * @property {(node: Node, t: Token) => void} [rebindRowActions]  points a node rowActions made at
 *   another token: with it, a row element keeps its actions cell when it shows another token
 * @property {(t: Token) => void} [onDeleteKey]  Delete pressed on a focused row
 * @property {(t: Token) => void} [onOpenKey]  Enter pressed on a focused row (the details pane)
 * @property {(t: Token) => void} [onCopyKey]  Ctrl+C pressed on a focused row (copy its stored key)
 * @property {(t: Token) => Node | null} [rowBadge]  an extra chip after the name ("Retiring on …"), a new node each call
 * @property {(t: Token) => import('../lib/usage.js').LastUsed | undefined} [lastUsed]  the "Last used" cell's data
 * @property {(ids: string[]) => void} [onRowsShown]  the ids of the rows just rendered (to ask for their usage in one batch)
 * @property {() => number} [viewportHeight]  the height rows are rendered for (default: the window's)
 * @property {boolean} [holdColumns]  keep the columns' widths while rows change (column-widths.js; not off the page)
 * @property {boolean} [watchOverflow]  pin the actions column only while the table is wider than
 *   its box (column-widths.js; default). Off the page, where no width is seen, it is pinned always.
 */

/**
 * Create the table. Call `update(rows, query)` to (re)render rows.
 * @param {TableOptions} [opts]
 * @returns {{ element: HTMLElement, update: (rows: import('../lib/ranking.js').Filtered, query: string) => void, syncSelection: () => void, focusFirstRow: () => void, focusToken: (id: string) => void, usageChanged: () => void, destroy: () => void }}
 */
export function createTokenTable(opts = {}) {
  const now = opts.now ?? (() => new Date());
  const lastUsedOf = opts.lastUsed ?? (() => undefined);
  /** @type {Sort} */
  let sort = { ...DEFAULT_SORT };
  /** The rows: positions in a whole list (see lib/ranking.js). */
  /** @type {import('../lib/ranking.js').Filtered} */
  let from = { list: [], at: null };
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
  /** Index in shownRows of the row that holds the tab stop. */
  let activeIndex = 0;
  /** The rows in the sort, kept for the next keystroke's filter of the same list. */
  const ranking = createRanking(lastUsedOf);
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
  const table = el('table', { class: 'token-table', 'data-testid': 'token-table' }, caption, el('thead', null, headRow), tbody);
  const scroller = el('div', { class: 'table-scroll' }, table);
  const empty = el('div', { class: 'empty', 'data-testid': 'token-empty', hidden: true });
  const element = el('div', { class: 'table-area' }, scroller, empty);
  const { row, usedCell, label } = createRowBuilder(opts,
    { lastUsedOf, selectShown: () => selectShown, activeIndex: () => activeIndex });
  // Rows that come and go (a keystroke, a scroll) leave the columns where they are.
  const widths = opts.holdColumns === false ? null : createColumnWidths({ table, box: scroller,
    headers: () => /** @type {HTMLElement[]} */ (Array.from(headRow.children)), flexible: /** @type {HTMLElement} */ (headers.get('name')) });
  // The actions column stays in view at the box's right edge while the table is wider.
  const overflow = watchOverflow({ table, box: scroller, watch: opts.watchOverflow !== false });
  const rowWindow = createRowWindow({ tbody, scroller, element, columns: () => headRow.children.length,
    rows: () => shownRows, build: row, now, viewportHeight: opts.viewportHeight,
    onRowsShown: (ids) => { widths?.rowsChanged(); opts.onRowsShown?.(ids); } });
  const { indexOf, rowElements } = rowWindow;

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

  /** Focuses row `index`, rendering it first when the virtual window does not hold it. @param {number} index */
  function focusIndex(index) {
    rowWindow.reveal(index);
    setActive(index);
    const row = rowElements().find((r) => indexOf(r) === index);
    row?.focus();
    row?.scrollIntoView?.({ block: 'nearest' });
  }

  function onSelectAll() {
    opts.selection?.set(shownRows.map((tok) => String(tok.id)), selectAll.checked);
    for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (tbody.querySelectorAll('input[data-testid="row-select"]'))) box.checked = selectAll.checked;
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
    widths?.release();
  }

  function renderRows() {
    // Read before this render's writes (see startFor).
    const start = rowWindow.startFor(from.at?.length ?? from.list.length);
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
    const sorted = ranking.sorted(from, sort, at);
    shownRows = sorted;
    const keepId = focusedId ?? activeId;
    const kept = keepId === null ? -1 : sorted.findIndex((tok) => String(tok.id) === keepId);
    activeIndex = kept >= 0 ? kept : 0;
    rowWindow.render(start, at);
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

  return {
    element,
    /** Unmounted: no more work for a frame that will never come, no window listeners. */
    destroy() {
      ranking.forget();
      rowWindow.destroy();
      widths?.stop();
      overflow.stop();
    },
    /**
     * @param {import('../lib/ranking.js').Filtered} rows  the rows to show, as positions in a
     *   whole list (the same `list` from keystroke to keystroke: its sort is kept)
     * @param {string} nextQuery
     */
    update(rows, nextQuery) {
      from = rows;
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
        ranking.forget();
        renderRows();
        return;
      }
      const at = now();
      for (const r of rowElements()) {
        const tok = shownRows[indexOf(r)];
        const cell = r.querySelector?.('td.col-used');
        if (tok && cell) {
          patch(cell, usedCell(tok, at));
          r.setAttribute('aria-label', label(tok, at));
          touched(r);
        }
      }
      widths?.rowsChanged();
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

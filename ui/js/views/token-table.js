// @ts-check
//! The token table: sortable column headers (aria-sort), rows navigable with Up/Down/Home/End
//! (roving tabindex; Delete on a row asks to delete it), an optional selection column with
//! select-all, the per-row actions cell, and the empty states. It only renders what it is
//! given; fetching, filtering input, counts and what actions do live elsewhere. Must not call IPC.

import { el, replace } from '../lib/dom.js';
import { rowModel } from '../lib/rows.js';
import { sortTokens, nextSort, DEFAULT_SORT } from '../lib/tokens.js';

/**
 * @typedef {import('../lib/tokens.js').Token} Token
 * @typedef {import('../lib/tokens.js').Sort} Sort
 * @typedef {import('../lib/tokens.js').SortKey} SortKey
 */

/** @type {{ key: SortKey, label: string, cls: string }[]} */
const COLUMNS = [
  { key: 'id', label: 'ID', cls: 'col-id' },
  { key: 'name', label: 'Name', cls: 'col-name' },
  { key: 'type', label: 'Type', cls: 'col-type' },
  { key: 'createdAt', label: 'Created', cls: 'col-created' },
  { key: 'expiresAt', label: 'Expires', cls: 'col-expires' },
  { key: 'status', label: 'Status', cls: 'col-status' },
];

const DIR_WORD = { asc: 'ascending', desc: 'descending' };

/**
 * @typedef {Object} Selection
 * @property {() => boolean} enabled  whether the checkbox column shows
 * @property {(id: string) => boolean} has
 * @property {(ids: string[], on: boolean) => void} set
 * @typedef {Object} TableOptions
 * @property {() => Date} [now]
 * @property {Selection} [selection]
 * @property {(t: Token) => Node | null} [rowActions]  the last cell's content
 * @property {(t: Token) => void} [onDeleteKey]  Delete pressed on a focused row
 * @property {(t: Token) => void} [onOpenKey]  Enter pressed on a focused row (the details pane)
 * @property {(t: Token) => Node | null} [rowBadge]  an extra chip after the name ("Retiring on …")
 */

/**
 * Create the table. Call `update(tokens, query)` to (re)render rows.
 * @param {TableOptions} [opts]
 * @returns {{ element: HTMLElement, update: (tokens: Token[], query: string) => void, syncSelection: () => void, focusFirstRow: () => void }}
 */
export function createTokenTable(opts = {}) {
  const now = opts.now ?? (() => new Date());
  /** @type {Sort} */
  let sort = { ...DEFAULT_SORT };
  /** @type {Token[]} */
  let tokens = [];
  let query = '';

  const caption = el('caption', { class: 'visually-hidden' });
  /** @type {Map<SortKey, HTMLElement>} */
  const headers = new Map();
  const selectAll = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', 'data-testid': 'select-all',
    'aria-label': 'Select all tokens shown', on: { change: onSelectAll } }));
  const selectTh = el('th', { scope: 'col', class: 'col-select' }, selectAll);
  const actionsTh = el('th', { scope: 'col', class: 'col-actions' }, el('span', { class: 'th-label' }, 'Actions'));
  let selectShown = false;
  /** @type {Token[]} */
  let shownRows = [];
  const headRow = el('tr', null, COLUMNS.map((c) => {
    const th = el('th', { scope: 'col', class: c.cls },
      el('button', { type: 'button', class: 'sort-button', 'data-testid': `sort-${c.key}`,
        on: { click: () => { sort = nextSort(sort, c.key); renderRows(); } } },
        el('span', null, c.label), el('span', { class: 'sort-glyph', 'aria-hidden': 'true' })));
    headers.set(c.key, th);
    return th;
  }));
  if (opts.rowActions) headRow.appendChild(actionsTh);
  const tbody = el('tbody', { on: { keydown: onKeyDown } });
  const table = el('table', { class: 'token-table', 'data-testid': 'token-table' }, caption, el('thead', null, headRow), tbody);
  const scroller = el('div', { class: 'table-scroll' }, table);
  const empty = el('div', { class: 'empty', 'data-testid': 'token-empty', hidden: true });
  const element = el('div', { class: 'table-area' }, scroller, empty);

  /** @param {KeyboardEvent} e */
  function onKeyDown(e) {
    const rows = /** @type {HTMLElement[]} */ (Array.from(tbody.children));
    const current = rows.indexOf(/** @type {HTMLElement} */ (e.target));
    if (current < 0 || rows.length === 0) return;
    let next = current;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if ((e.key === 'Delete' && opts.onDeleteKey) || (e.key === 'Enter' && opts.onOpenKey)) {
      const id = rows[current].getAttribute('data-token-id');
      const tok = tokens.find((t) => String(t.id) === id);
      if (tok) {
        e.preventDefault();
        if (e.key === 'Enter') opts.onOpenKey?.(tok); else opts.onDeleteKey?.(tok);
      }
      return;
    } else return;
    e.preventDefault();
    focusRow(rows, next);
  }

  /**
   * @param {HTMLElement[]} rows
   * @param {number} index
   */
  function focusRow(rows, index) {
    rows.forEach((r, i) => r.setAttribute('tabindex', i === index ? '0' : '-1'));
    rows[index]?.focus();
  }

  function onSelectAll() {
    opts.selection?.set(shownRows.map((t) => String(t.id)), selectAll.checked);
    for (const box of /** @type {HTMLInputElement[]} */ (tbody.querySelectorAll('input[data-testid="row-select"]'))) box.checked = selectAll.checked;
  }

  function syncSelectAll() {
    const sel = opts.selection;
    if (!sel) return;
    const n = shownRows.filter((t) => sel.has(String(t.id))).length;
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
    renderHead();
    for (const c of COLUMNS) {
      const th = /** @type {HTMLElement} */ (headers.get(c.key));
      const glyph = /** @type {HTMLElement} */ (th.querySelector('.sort-glyph'));
      if (c.key === sort.key) {
        th.setAttribute('aria-sort', DIR_WORD[sort.dir]);
        glyph.textContent = sort.dir === 'asc' ? '▲' : '▼';
      } else {
        th.removeAttribute('aria-sort');
        glyph.textContent = '';
      }
    }
    const label = COLUMNS.find((c) => c.key === sort.key)?.label ?? '';
    caption.textContent = `API tokens, sorted by ${label}, ${DIR_WORD[sort.dir]}`;

    const doc = /** @type {any} */ (globalThis).document;
    const focused = doc?.activeElement;
    const focusedId = focused && focused.parentNode === tbody ? focused.getAttribute('data-token-id') : null;
    const t = now();
    const sorted = sortTokens(tokens, sort, t);
    shownRows = sorted;
    replace(tbody, sorted.map((tok, i) => row(tok, t, i === 0)));
    syncSelectAll();

    if (sorted.length === 0) {
      scroller.hidden = true;
      empty.hidden = false;
      replace(empty, query.trim()
        ? [el('p', { class: 'empty-title' }, `No tokens match “${query.trim()}”`),
          el('p', { class: 'muted' }, 'Try part of a name, an ID, or “batch” / “realtime”.')]
        : [el('p', { class: 'empty-title' }, 'No tokens yet'),
          el('p', { class: 'muted' }, 'API tokens created for this account on Scriptix will be listed here.')]);
      return;
    }
    scroller.hidden = false;
    empty.hidden = true;
    if (focusedId !== null) {
      const rows = /** @type {HTMLElement[]} */ (Array.from(tbody.children));
      const idx = rows.findIndex((r) => r.getAttribute('data-token-id') === focusedId);
      if (idx >= 0) focusRow(rows, idx);
    }
  }

  /**
   * @param {Token} tok
   * @param {Date} t
   * @param {boolean} first
   */
  function row(tok, t, first) {
    const m = rowModel(tok, t);
    const sel = opts.selection;
    return el('tr', { 'data-testid': 'token-row', 'data-token-id': m.id, 'data-status': tok.status, tabindex: first ? '0' : '-1' },
      selectShown && sel ? el('td', { class: 'col-select' },
        el('input', { type: 'checkbox', 'data-testid': 'row-select', checked: sel.has(m.id), 'aria-label': `Select “${m.name}” (ID ${m.id})`,
          on: { change: (/** @type {Event} */ e) => { sel.set([m.id], /** @type {HTMLInputElement} */ (e.target).checked); syncSelectAll(); } } })) : null,
      el('td', { class: 'col-id mono', 'data-testid': 'token-id' }, m.id),
      el('td', { class: 'col-name', 'data-testid': 'token-name' },
        el('div', { class: 'name-line' },
          el('span', { class: 'token-name' }, m.name),
          opts.rowBadge ? opts.rowBadge(tok) : null,
          m.env ? el('span', { class: `env-chip env-${m.env.tone}`, 'data-testid': 'token-env', title: 'Environment (your note)' }, m.env.label) : null,
          m.hasLocalKey ? el('span', { class: 'local-key', 'data-testid': 'token-local-key', title: 'The key for this token is saved in this computer’s vault.' },
            el('span', { class: 'local-key-icon', 'aria-hidden': 'true' }), 'On this device') : null),
        m.usedBy ? el('div', { class: 'used-by small muted', 'data-testid': 'token-used-by', title: m.usedBy }, m.usedBy) : null),
      el('td', { class: 'col-type' },
        el('span', { class: `badge type-${m.type.tone}`, 'data-testid': 'token-type' },
          m.type.glyph ? el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, m.type.glyph) : null, m.type.label)),
      el('td', { class: 'col-created' },
        el('span', { title: m.createdTitle || null }, m.created)),
      el('td', { class: 'col-expires' },
        el('span', { 'aria-hidden': 'true', title: m.expiresTitle, 'data-testid': 'token-expires',
          class: tok.expiresAt ? null : 'muted' }, m.expires),
        el('span', { class: 'visually-hidden' }, m.expiresSpoken)),
      el('td', { class: 'col-status' },
        el('span', { class: `badge status-${m.status.tone}`, 'data-testid': 'token-status' },
          el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, m.status.glyph), m.status.label)),
      opts.rowActions ? el('td', { class: 'col-actions' }, opts.rowActions(tok)) : null);
  }

  return {
    element,
    update(nextTokens, nextQuery) {
      tokens = nextTokens;
      query = nextQuery;
      renderRows();
    },
    syncSelection: syncSelectAll,
    focusFirstRow() {
      const first = /** @type {HTMLElement | null} */ (tbody.firstChild);
      first?.focus();
    },
  };
}

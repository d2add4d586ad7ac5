// @ts-check
//! One row of the token table, described with h() (split from token-table.js): the id, the
//! name with its badge, environment and local-key chips and notes lines, the type, created,
//! the expiry status (a glyph and tone only when the token needs attention; spoken in full),
//! Last used, and the actions cell. The table patches its rows from these descriptions.
//! Must not call IPC.

import { h, keyed } from '../lib/dom.js';
import { rowModel } from '../lib/rows.js';
import { lastUsedCell, isUnused } from '../lib/usage.js';
import { relativeSpan } from '../lib/format.js';
import { t, language } from '../lib/i18n.js';

/**
 * @typedef {import('../lib/tokens.js').Token} Token
 * @typedef {Object} RowState  what the table knows when it describes a row
 * @property {(t: Token) => import('../lib/usage.js').LastUsed | undefined} lastUsedOf
 * @property {() => boolean} selectShown  whether the checkbox column shows
 * @property {() => number} activeIndex  the row that holds the tab stop
 */

/**
 * @param {import('./token-table.js').TableOptions} opts  the table's options (selection, rowActions, rowBadge)
 * @param {RowState} state
 */
export function createRowBuilder(opts, state) {
  /**
   * Each token's last description, reused while everything it shows reads the same (a
   * filter keystroke describes the ~20 rows in view again: their dates, relative times and
   * spoken texts were most of its script). Kept per token object: a refreshed list brings
   * new objects, so a changed token is always described afresh.
   * @type {WeakMap<Token, { key: string, lu: import('../lib/usage.js').LastUsed | undefined, v: import('../lib/dom.js').VElement }>}
   */
  const described = new WeakMap();

  /**
   * Row `index`'s description at `at`: the token's kept one when nothing it shows has
   * changed since (the same relative times, the same side of its expiry and of "unused",
   * selection, rotation badge, Last used answer, language and zone), else a new one. The
   * row's place (`data-index`, its tab stop) is added to either.
   * @param {Token} tok
   * @param {Date} at
   * @param {number} index  the row's position in the table's list
   */
  function row(tok, at, index) {
    const lu = state.lastUsedOf(tok);
    const sel = opts.selection;
    const badged = badge(tok);
    const key = [
      span(tok.expiresAt, at),
      tok.expiresAt ? Date.parse(tok.expiresAt) <= at.getTime() : '',
      lu ? span(lu.lastUsedAt, at) : '',
      isUnused(lu, at, tok.createdAt),
      state.selectShown() && sel ? sel.has(String(tok.id)) : '-',
      badged ? String(badged.key) : '',
      language(),
      at.getTimezoneOffset(),
    ].join('|');
    let kept = described.get(tok);
    if (!kept || kept.key !== key || kept.lu !== lu) {
      kept = { key, lu, v: describe(tok, at, lu, badged) };
      described.set(tok, kept);
    }
    const v = kept.v;
    return { ...v, attrs: { ...v.attrs, 'data-index': String(index), tabindex: index === state.activeIndex() ? '0' : '-1' } };
  }

  /**
   * @param {Token} tok
   * @param {Date} at
   * @param {import('../lib/usage.js').LastUsed | undefined} lu
   * @param {import('../lib/dom.js').Keyed | null} badged
   */
  function describe(tok, at, lu, badged) {
    const m = rowModel(tok, at);
    const used = lastUsedCell(lu, at);
    const sel = opts.selection;
    return h('tr', { 'data-testid': 'token-row', 'data-token-id': m.id, 'data-status': tok.status, 'aria-label': spoken(m, used) },
      state.selectShown() && sel ? h('td', { class: 'col-select' },
        h('input', { type: 'checkbox', 'data-testid': 'row-select', checked: sel.has(m.id), 'aria-label': t('table-select-row', { name: m.name, id: m.id }), tabindex: '-1' })) : null,
      h('td', { class: 'col-id mono', 'data-testid': 'token-id' }, m.id),
      h('td', { class: 'col-name', 'data-testid': 'token-name' },
        h('div', { class: 'name-line' },
          h('span', { class: 'token-name', title: m.name }, m.name),
          badged,
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
          // The relative expiry and the exact date share one place (ui/styles.css): the date
          // shows instead while the row has focus or the pointer, and the cell is always as
          // wide as the wider of the two, so showing it moves no column.
          h('span', { class: 'expires-text', 'aria-hidden': 'true' },
            h('span', { class: 'relative-date', 'data-testid': 'token-expires' }, m.statusText),
            m.statusDate ? h('span', { class: 'exact-date', 'data-testid': 'token-expires-date' }, m.statusDate) : null),
          h('span', { class: 'visually-hidden' }, `${m.status.label}. ${m.expiresSpoken}`))),
      usedCell(tok, at, lu, used),
      opts.rowActions ? h('td', { class: 'col-actions' }, actions(tok)) : null);
  }

  /**
   * The actions cell's content. With `rebindRowActions` one menu is kept per row element and
   * pointed at the row's token whenever it shows another: a new menu for every row that
   * changes was the most costly part of a filter keystroke's DOM work (each replaced element
   * had WebKit lay out and repaint its cell; docs/performance.md, twenty-third part).
   * Without it, the menu is built for its token, kept while the row shows that token object.
   * @param {Token} tok
   */
  function actions(tok) {
    const make = () => opts.rowActions?.(tok) ?? document.createTextNode('');
    const rebind = opts.rebindRowActions;
    return rebind ? keyed(ACTIONS, make, (node) => rebind(node, tok)) : keyed(tok, make);
  }

  /**
   * The row's name for screen readers: the token's name, type, expiry and Last used in one
   * sentence. A focused row is the list's one tab stop; WebKitGTK gives a table row no name
   * of its own, and Orca reads a focused row by its name, so without this, arrowing through
   * the list said nothing.
   * @param {ReturnType<typeof rowModel>} m
   * @param {ReturnType<typeof lastUsedCell>} used  the row's Last used cell
   */
  function spoken(m, used) {
    return t('table-row-label', { name: m.name, type: m.type.label, status: m.status.label, expiry: m.expiresSpoken, used: used.spoken });
  }

  /**
   * The row's name for `tok` at `at` (for a row whose Last used cell is patched alone).
   * @param {Token} tok
   * @param {Date} at
   */
  function label(tok, at) {
    return spoken(rowModel(tok, at), lastUsedCell(state.lastUsedOf(tok), at));
  }

  /**
   * The row badge, kept while its look is the same (rowBadge builds a new node each time).
   * Each row element it is built into gets a node of its own: a kept description can be
   * built into a second element while the first waits in the pool, and one shared node
   * would move out of that first element, which the pool's next patch leaves as it is.
   * @param {Token} tok
   */
  function badge(tok) {
    const node = opts.rowBadge?.(tok);
    if (!node) return null;
    const e = /** @type {HTMLElement} */ (node);
    return keyed(`${e.className}|${e.getAttribute?.('data-testid')}|${e.getAttribute?.('title')}|${e.textContent}`, () => opts.rowBadge?.(tok) ?? document.createTextNode(''));
  }

  /**
   * The "Last used" cell: relative time; exact time and IP on hover and for screen readers.
   * @param {Token} tok
   * @param {Date} at
   * @param {import('../lib/usage.js').LastUsed | undefined} [lu]  its answer (default: asked for)
   * @param {ReturnType<typeof lastUsedCell>} [c]  its texts (default: made from `lu`)
   */
  function usedCell(tok, at, lu = state.lastUsedOf(tok), c = lastUsedCell(lu, at)) {
    return h('td', { class: 'col-used' },
      h('span', { class: c.local ? 'used-cell used-local' : 'used-cell', 'data-testid': 'token-last-used', title: c.title,
        'data-source': lu?.source ?? null },
        h('span', { 'aria-hidden': 'true' }, c.text),
        h('span', { class: 'visually-hidden' }, c.spoken)),
      // On the same line (rows keep their height): a gentle word, the advice in its title.
      isUnused(lu, at, tok.createdAt) ? h('span', { class: 'unused-chip', 'data-testid': 'token-unused-hint',
        title: t('table-unused-title') }, t('table-unused')) : null);
  }

  return { row, usedCell, label };
}

/** The key of the actions cell's menu when it is rebound rather than rebuilt. */
const ACTIONS = 'row-actions';

/**
 * `relativeSpan` as a key. @param {string | null | undefined} iso @param {Date} at
 */
function span(iso, at) {
  const s = relativeSpan(iso, at);
  return s === null ? '' : s === 'now' ? 'now' : `${s[0]} ${s[1]}`;
}

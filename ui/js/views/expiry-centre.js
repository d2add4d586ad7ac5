// @ts-check
//! The attention centre (it began as the expiry centre; test ids keep `expiry-`), a side panel
//! docked beside the token list (not a dialog: the list stays usable while it is open): unusual
//! use of a key (usage hints: what each means and the next step), expired tokens, tokens
//! expiring within the largest reminder
//! threshold, rotations in progress (state, grace end, what needs attention; Delete old token
//! now / Replace it / Show key / Cancel), and "Rotate all expiring within N days".
//! It renders what the workspace's expiry watch gives it and routes actions back there; the
//! dialogs those actions open are modal over the whole window, panel included, which stays
//! open behind them. Focus moves into the panel when it opens, survives re-renders, and goes
//! back to the opener (the Expiry button) on Close or Esc.
//! Also the one confirmation before an old token is deleted. Must not call IPC itself.

import { el, uid, append, replace } from '../lib/dom.js';
import { exactDate, relativeTime, typeBadge } from '../lib/format.js';
import { groupExpiry, rotatableExpiring, parseDays } from '../lib/expiry.js';
import { stateBadge, isDue } from '../lib/rotation.js';
import { createModal, itemKey } from './modal.js';
import { hintText, minutesText } from '../lib/usage.js';
import { t } from '../lib/i18n.js';

/**
 * "Still in use from 198.51.100.40 12 minutes ago; not deleted. Looked at again on 1 Dec 2026."
 * @param {{ lastIp: string | null, minutesAgo: number, recheckAt: string }} held @param {Date} now
 */
export function inUseText(held, now) {
  const duration = minutesText(held.minutesAgo);
  const when = relativeTime(held.recheckAt, now) || t('expiry-soon');
  return held.lastIp ? t('expiry-in-use-from', { ip: held.lastIp, duration, when }) : t('expiry-in-use', { duration, when });
}

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {{ tokens: Token[], rotations: Rotation[], now: Date, thresholds: number[] | null, canManage: boolean, marked?: string | null,
 *   hints?: import('../lib/usage.js').UsageHint[] }} ExpiryData
 * @typedef {Object} CentreDeps
 * @property {Element} host  where the panel goes (the workspace's slot beside the list)
 * @property {() => ExpiryData} getData
 * @property {(tokens: Token[]) => void} onRotate  opens the wizard; the panel stays open behind it
 * @property {(r: Rotation) => void} onRetry
 * @property {(r: Rotation) => void} onShowKey  a key the vault refused, held in memory
 * @property {(r: Rotation) => void} onCancel
 * @property {(r: Rotation) => Promise<string>} onComplete  resolves with a sentence for the status line
 * @property {() => void} [onClosed]
 * @property {(r: Rotation) => Promise<string>} [onWaitDay]  a held rotation's "Wait another day"
 * @property {(r: Rotation) => Promise<string>} [onDeleteAnyway]  a held rotation's "Delete anyway"
 * @property {(t: Token) => void} [onDetails]  a hint's "See who uses it"
 * @property {(t: Token) => void} [onDelete]  an unused key's "Delete…"
 * @property {HTMLElement | null} [opener]  where focus goes back on close (else where it was on open)
 * @property {() => Promise<{ kind: string, path?: string }>} [onCalendar]  "Add expiry dates to calendar" (save dialog in Rust)
 */

/**
 * @param {CentreDeps} deps
 * @returns {{ update: () => void, close: () => void, isOpen: () => boolean, focus: () => void, id: string, element: HTMLElement }}
 */
export function openExpiryCentre(deps) {
  const g = /** @type {any} */ (globalThis);
  const doc = g.document;
  /** The data last rendered: a reload that brings nothing new leaves the DOM (and the
   * button under the pointer) alone. */
  let rendered = '';
  let open = true;
  const returnFocus = deps.opener ?? doc?.activeElement ?? null;
  const id = uid('expiry-panel');
  const titleId = uid('expiry-title');
  const heading = el('h2', { id: titleId, class: 'side-panel-title', tabindex: '-1' }, t('expiry-title'));
  const daysId = uid('expiry-days');
  const days = /** @type {HTMLInputElement} */ (el('input', { id: daysId, type: 'text', inputmode: 'numeric', class: 'count-input', value: '30',
    'data-testid': 'expiry-rotate-days', 'aria-describedby': `${daysId}-err`, on: { input: renderRotateAll, keydown: (/** @type {KeyboardEvent} */ e) => {
      if (e.key === 'Enter') { e.preventDefault(); rotateAll(); }
    } } }));
  const daysError = el('p', { id: `${daysId}-err`, class: 'form-error', 'aria-live': 'polite', 'data-testid': 'expiry-rotate-days-error' });
  const rotateAllButton = el('button', { type: 'button', class: 'button primary', 'data-testid': 'expiry-rotate-all',
    on: { mousedown: (/** @type {Event} */ e) => e.preventDefault(), click: rotateAll } }, t('expiry-rotate-all'));
  const rotateAllBox = el('div', { class: 'rotate-all' },
    el('label', { for: daysId }, t('expiry-rotate-all-label')), days, el('span', null, t('expiry-days')), rotateAllButton, daysError);
  const status = el('p', { class: 'small side-panel-status', role: 'status', 'data-testid': 'expiry-status' });
  const sections = el('div', { class: 'expiry-sections' });
  // "Add expiry dates to calendar": an .ics file, saved where the user chooses (Rust).
  const calendarButton = deps.onCalendar ? el('button', { type: 'button', class: 'button', 'data-testid': 'expiry-calendar',
    on: { click: addToCalendar } }, t('expiry-calendar')) : null;
  const body = el('div', { class: 'side-panel-body' }, sections, calendarButton ? el('div', { class: 'expiry-calendar' }, calendarButton) : null);
  const closeButton = el('button', { type: 'button', class: 'button small-button', 'data-testid': 'expiry-close', on: { click: close } }, t('expiry-close'));
  const panel = el('aside', { id, class: 'side-panel expiry-panel', 'aria-labelledby': titleId, 'data-testid': 'expiry-centre',
    on: { keydown: onKeyDown } },
  el('div', { class: 'side-panel-head' }, heading, closeButton), status, body);
  update();
  deps.host.appendChild(panel);
  fit();
  g.addEventListener?.('scroll', fit, { passive: true });
  g.addEventListener?.('resize', fit, { passive: true });
  heading.focus();

  /** Esc anywhere in the panel closes it (dialogs opened from it live outside the panel). @param {KeyboardEvent} e */
  function onKeyDown(e) {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  }

  /**
   * The panel reaches from where it starts (below the header, or the window's top once the
   * page scrolled; it is sticky) down to the window's status bar, and scrolls inside: its
   * Close button and its last row are always on screen, whatever the list's length. Set
   * through the CSSOM, which the CSP allows (unlike style="").
   */
  function fit() {
    const top = /** @type {any} */ (panel).getBoundingClientRect?.().top;
    const bar = doc?.querySelector?.('[data-testid="status-bar"]')?.getBoundingClientRect?.().top;
    const bottom = typeof bar === 'number' && bar > 0 ? bar : Number(g.innerHeight);
    if (typeof top !== 'number' || !bottom) return;
    /** @type {any} */ (panel).style?.setProperty('height', `${Math.max(160, bottom - Math.max(0, top))}px`);
  }

  async function addToCalendar() {
    if (!deps.onCalendar) return;
    status.textContent = '';
    try {
      const saved = await deps.onCalendar();
      if (saved.kind === 'saved') status.textContent = t('expiry-calendar-saved', { path: saved.path ?? '' });
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
    }
  }

  function update() {
    if (!open) return;
    const d = deps.getData();
    const grouped = groupExpiry(d.tokens, d.rotations, d.now, d.thresholds);
    const hints = d.hints ?? [];
    const signature = JSON.stringify([grouped, d.canManage, d.now.toISOString().slice(0, 13), d.marked ?? null, hints]);
    if (signature === rendered) return;
    rendered = signature;
    const focus = focusKey();
    const scrollTop = body.scrollTop;
    const unusual = hints.filter((h) => h.kind !== 'unused');
    const unused = hints.filter((h) => h.kind === 'unused');
    replace(sections,
      unusual.length ? section('attention-hints', t('expiry-unusual'), hintList(unusual, d), '') : null,
      section('expiry-rotations', t('expiry-rotations'), grouped.rotations.length ? rotationList(grouped.rotations, d) : null, t('expiry-no-rotations')),
      section('expiry-expired', t('expiry-expired'), grouped.expired.length ? tokenList(grouped.expired, d) : null, t('expiry-no-expired')),
      section('expiry-expiring', t('expiry-expiring', { days: grouped.horizon }), grouped.expiring.length ? tokenList(grouped.expiring, d) : null,
        t('expiry-no-expiring', { days: grouped.horizon })),
      d.canManage ? rotateAllBox : null,
      unused.length ? section('attention-unused', t('expiry-unused'), hintList(unused, d), '') : null);
    renderRotateAll();
    if (typeof scrollTop === 'number') body.scrollTop = scrollTop;
    if (focus) restoreFocus(focus);
  }

  /**
   * What has focus inside the re-rendered part, as something that survives the re-render:
   * the element itself (kept nodes like the days field) and its test id plus the token or
   * rotation it acts on (rebuilt buttons).
   * @returns {{ node: HTMLElement, testid: string | null, item: string } | null}
   */
  function focusKey() {
    const active = doc?.activeElement;
    if (!active || !sections.contains(active)) return null;
    return { node: active, testid: active.getAttribute?.('data-testid') ?? null, item: itemKey(active) };
  }

  /** @param {{ node: HTMLElement, testid: string | null, item: string }} was */
  function restoreFocus(was) {
    if (sections.contains(was.node)) { was.node.focus({ preventScroll: true }); return; }
    const same = was.testid === null ? null
      : Array.from(sections.querySelectorAll(`[data-testid="${was.testid}"]`)).find((n) => itemKey(n) === was.item);
    // The control is gone (the token went into a rotation): the panel's heading, never the page.
    /** @type {HTMLElement} */ (same ?? heading).focus({ preventScroll: true });
  }

  /** @param {string} testid @param {string} title @param {HTMLElement | null} content @param {string} emptyText */
  function section(testid, title, content, emptyText) {
    const id = uid('expiry-h');
    return el('section', { class: 'expiry-section', 'data-testid': testid, 'aria-labelledby': id },
      el('h3', { id, class: 'section-title' }, title),
      content ?? el('p', { class: 'muted small', 'data-testid': `${testid}-empty` }, emptyText));
  }

  /**
   * One token a row: its name (one line, cut with an ellipsis, the whole name in the
   * button's label) and the action on the first line, type and expiry below; the action
   * never wraps onto a line of its own, however long the name.
   * @param {Token[]} tokens @param {ExpiryData} d
   */
  function tokenList(tokens, d) {
    return el('ul', { class: 'expiry-list' }, tokens.map((tok) => {
      const b = typeBadge(tok.type);
      const busy = d.rotations.some((r) => String(r.oldTokenId) === String(tok.id) && !['done', 'cancelled'].includes(r.state));
      const name = tok.name || t('expiry-no-name');
      // The token a clicked reminder asked for is marked (and scrolled to by the watch).
      const marked = d.marked != null && String(d.marked) === String(tok.id);
      const relative = relativeTime(tok.expiresAt, d.now);
      return el('li', { class: 'expiry-item expiry-token', 'data-testid': 'expiry-token', 'data-token-id': tok.id, 'aria-current': marked ? 'true' : null },
        el('div', { class: 'expiry-item-text' },
          el('span', { class: 'token-name', title: name }, name),
          el('span', { class: 'expiry-item-meta small' },
            el('span', { class: 'type-text' }, b.glyph ? el('span', { class: 'badge-glyph', 'aria-hidden': 'true' }, b.glyph) : null, b.label),
            el('span', { class: 'muted', 'aria-hidden': 'true' }, '·'),
            el('span', { class: 'muted', title: exactDate(tok.expiresAt) },
              Date.parse(tok.expiresAt ?? '') <= d.now.getTime() ? t('expiry-token-expired', { relative }) : t('expiry-token-expires', { relative })),
            // The exact date without hovering: shown beside the relative time while the item
            // has focus or the pointer (the list shows it in the relative time's place).
            el('span', { class: 'exact-date' }, exactDate(tok.expiresAt)),
            busy ? el('span', { class: 'muted', 'data-testid': 'expiry-token-busy' }, t('expiry-token-busy')) : null)),
        !busy && d.canManage ? el('button', { type: 'button', class: 'button small-button expiry-item-action', 'data-testid': 'expiry-rotate',
            'aria-label': t('expiry-rotate-token', { name }), on: { click: () => deps.onRotate([tok]) } }, t('expiry-rotate')) : null);
    }));
  }

  /**
   * One hint a row: what happened, what it means, the next step, and buttons for it.
   * @param {import('../lib/usage.js').UsageHint[]} hints @param {ExpiryData} d
   */
  function hintList(hints, d) {
    return el('ul', { class: 'expiry-list' }, hints.map((h) => {
      const text = hintText(h);
      const token = d.tokens.find((tok) => String(tok.id) === String(h.tokenId)) ?? null;
      const name = token?.name || h.tokenName || t('expiry-token-id', { id: h.tokenId });
      const busy = d.rotations.some((r) => String(r.oldTokenId) === String(h.tokenId) && !['done', 'cancelled'].includes(r.state));
      const buttons = [];
      if (token && d.canManage && !busy && text.actions.includes('rotate')) {
        buttons.push(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'attention-rotate',
          'aria-label': t('expiry-rotate-token', { name }), on: { click: () => deps.onRotate([token]) } }, t('expiry-rotate')));
      }
      if (token && d.canManage && text.actions.includes('delete') && deps.onDelete) {
        buttons.push(el('button', { type: 'button', class: 'button small-button danger-ghost', 'data-testid': 'attention-delete',
          'aria-label': t('expiry-delete-token', { name }), on: { click: () => deps.onDelete?.(token) } }, t('expiry-delete')));
      }
      if (token && deps.onDetails) {
        buttons.push(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'attention-details',
          'aria-label': t('expiry-who-uses', { name }), on: { click: () => deps.onDetails?.(token) } },
          text.actions.includes('notes') ? t('expiry-see-used-by') : t('expiry-details')));
      }
      return el('li', { class: 'expiry-item attention-hint', 'data-testid': 'attention-hint', 'data-kind': h.kind, 'data-hint-id': h.id, 'data-token-id': h.tokenId },
        el('div', { class: 'expiry-item-text' },
          el('span', { class: 'token-name attention-title' }, text.title),
          el('span', { class: 'small', 'data-testid': 'attention-meaning' }, text.meaning),
          el('span', { class: 'small muted', 'data-testid': 'attention-next' }, text.next),
          buttons.length ? el('div', { class: 'row' }, buttons) : null));
    }));
  }

  /** @param {Rotation[]} rotations @param {ExpiryData} d */
  function rotationList(rotations, d) {
    return el('ul', { class: 'expiry-list' }, rotations.map((r) => {
      const s = stateBadge(r.state);
      const due = isDue(r, d.now);
      const when = exactDate(r.graceUntil);
      const actions = [];
      const held = /** @type {any} */ (r).inUse ?? null;
      if (d.canManage && r.state === 'retiring' && held) {
        // The old key is still in use: the rotation waits for it to go quiet.
        actions.push(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'expiry-wait-day',
          on: { click: () => act(deps.onWaitDay, r) } }, t('expiry-wait-day')));
        actions.push(el('button', { type: 'button', class: 'button small-button danger-ghost', 'data-testid': 'expiry-delete-anyway',
          on: { click: () => act(deps.onDeleteAnyway, r) } }, t('expiry-delete-anyway')));
      } else if (d.canManage && r.state === 'retiring') {
        actions.push(el('button', { type: 'button', class: `button small-button ${due ? 'danger' : 'danger-ghost'}`, 'data-testid': 'expiry-complete',
          on: { click: () => complete(r) } }, t('expiry-delete-old-now')));
      }
      if (r.state === 'vaultFailed') {
        actions.push(el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'expiry-show-key',
          on: { click: () => deps.onShowKey(r) } }, t('expiry-show-key')));
      }
      if (d.canManage && r.state === 'needsAttention') {
        actions.push(el('button', { type: 'button', class: 'button primary small-button', 'data-testid': 'expiry-retry',
          on: { click: () => deps.onRetry(r) } }, t('expiry-replace')));
      }
      if (d.canManage && r.state !== 'deleting') {
        actions.push(el('button', { type: 'button', class: 'button small-button', 'data-testid': 'expiry-cancel-rotation',
          on: { click: () => deps.onCancel(r) } }, t('expiry-cancel')));
      }
      return el('li', { class: 'expiry-item expiry-rotation', 'data-testid': 'expiry-rotation', 'data-rotation-id': r.id, 'data-state': r.state },
        el('div', { class: 'expiry-rotation-text' },
          el('div', { class: 'name-line' },
            el('span', { class: 'token-name' }, r.oldName), el('span', { class: 'muted', 'aria-hidden': 'true' }, '→'),
            el('span', { class: 'visually-hidden' }, t('expiry-replaced-by')), el('span', null, r.newName),
            el('span', { class: `badge status-${due ? 'warn' : s.tone}`, 'data-testid': 'expiry-rotation-state' }, due ? t('expiry-grace-ended') : s.label)),
          r.state === 'retiring' ? el('p', { class: 'small muted', 'data-testid': 'expiry-rotation-grace' },
            due ? t('expiry-grace-was-to-stop', { date: when })
              : r.autoDelete ? t('expiry-grace-until-auto', { date: when }) : t('expiry-grace-until-confirm', { date: when })) : null,
          r.needsAttention ? el('p', { class: 'small attention', 'data-testid': 'expiry-rotation-attention' }, r.needsAttention) : null,
          held ? el('p', { class: 'small attention', 'data-testid': 'expiry-rotation-in-use' }, inUseText(held, d.now)) : null),
        el('div', { class: 'row' }, actions));
    }));
  }

  function renderRotateAll() {
    const d = deps.getData();
    const n = parseDays(days.value);
    daysError.textContent = n === null && days.value.trim() ? t('expiry-days-invalid') : '';
    const count = n === null ? 0 : rotatableExpiring(d.tokens, d.rotations, n, d.now).length;
    rotateAllButton.textContent = n === null ? t('expiry-rotate-all') : t('expiry-rotate-count', { count });
    /** @type {any} */ (rotateAllButton).disabled = count === 0;
  }

  function rotateAll() {
    const d = deps.getData();
    const n = parseDays(days.value);
    if (n === null) { daysError.textContent = t('expiry-days-invalid'); days.focus(); return; }
    const list = rotatableExpiring(d.tokens, d.rotations, n, d.now);
    if (list.length === 0) return;
    deps.onRotate(list);
  }

  /** @param {((r: Rotation) => Promise<string>) | undefined} run @param {Rotation} r */
  async function act(run, r) {
    if (!run) return;
    status.removeAttribute('data-tone');
    try {
      status.textContent = await run(r);
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }

  /** @param {Rotation} r */
  async function complete(r) {
    status.removeAttribute('data-tone');
    try {
      status.textContent = await deps.onComplete(r);
    } catch (err) {
      status.textContent = /** @type {Error} */ (err).message;
      status.setAttribute('data-tone', 'error');
    }
  }

  /** Removes the panel; focus goes back to the opener when it was in the panel (or nowhere). */
  function close() {
    if (!open) return;
    open = false;
    g.removeEventListener?.('scroll', fit);
    g.removeEventListener?.('resize', fit);
    const active = doc?.activeElement;
    const hadFocus = !active || active === doc?.body || panel.contains(active);
    panel.remove();
    if (hadFocus && returnFocus && typeof returnFocus.focus === 'function' && returnFocus.isConnected !== false) returnFocus.focus();
    deps.onClosed?.();
  }

  return { update, close, isOpen: () => open, focus: () => heading.focus(), id, element: panel };
}

/**
 * Ask before an old token is deleted (end of grace, or "Delete old token now").
 * @param {Element} host
 * @param {import('../ipc-types.js').Rotation} r
 * @param {boolean} due  the grace period is over
 * @returns {Promise<boolean>}
 */
export function confirmDeleteOld(host, r, due) {
  return new Promise((resolve) => {
    const modal = createModal({ host, title: t('expiry-delete-old-title'), testid: 'rotation-complete-dialog', role: 'alertdialog', onCancel: () => done(false) });
    const later = el('button', { type: 'button', class: 'button', 'data-testid': 'rotation-complete-later', on: { click: () => done(false) } }, t('expiry-not-now'));
    const yes = el('button', { type: 'button', class: 'button danger', 'data-testid': 'rotation-complete-confirm', on: { click: () => done(true) } }, t('expiry-delete-old'));
    const date = exactDate(r.graceUntil);
    append(modal.body, [el('p', { 'data-testid': 'rotation-complete-text' }, due
      ? t('expiry-delete-old-due', { name: r.oldName, date })
      : t('expiry-delete-old-early', { name: r.oldName, date })),
    el('p', { class: 'small muted' }, t('expiry-replacement-stays', { name: r.newName }))]);
    append(modal.footer, [later, yes]);
    modal.open(later);
    /** @param {boolean} v */
    function done(v) { modal.close(); resolve(v); }
  });
}

// @ts-check
//! The one modal shape every lifecycle dialog uses: a native <dialog> opened with
//! showModal() (the rest of the window goes inert), labelled by its heading, Tab kept inside,
//! focus returned to where it was on close. Esc and any other "cancel" go through `onCancel`
//! only when the dialog is dismissable; a dialog that must stay (the key reveal) reopens if
//! the engine closes it anyway. A dialog that gives way to the next one (New token → the
//! key reveal) hands it its open <dialog> element, so the window never leaves its modal state
//! and its modal dialog stays the same element. Must not call IPC.

import { el, replace, uid } from '../lib/dom.js';

/**
 * Set while a dialog gives way to the next (`replaceWith`): the first dialog opened meanwhile
 * takes over where focus returns to and, when it opens in the same place, the open <dialog>
 * element itself; it tells the one giving way with `take(adopted)`.
 * @type {{ returnFocus: HTMLElement | null, returnWas: { testid: string | null, item: string, region: HTMLElement | null }, dialog: HTMLElement, take: (adopted: boolean) => void } | null}
 */
let givingWay = null;

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [href], [tabindex="0"]';

/**
 * The elements Tab really stops at inside `container`, in order: focusable, not hidden, not
 * taken out of the order with tabindex="-1", and one stop per radio group (its checked
 * radio, or its first when none is checked — the radios Tab skips are not edges). A
 * focus trap built on every focusable element lets Shift+Tab escape when an edge is an
 * unchecked radio, which Tab never lands on.
 * @param {Element} container
 * @returns {HTMLElement[]}
 */
export function tabStops(container) {
  const all = /** @type {HTMLElement[]} */ (Array.from(container.querySelectorAll(FOCUSABLE)))
    .filter((n) => !n.hidden && !n.closest?.('[hidden]') && n.getAttribute('tabindex') !== '-1' && !n.closest?.('[inert]'));
  /** @type {Set<string>} */
  const groups = new Set();
  /** @type {HTMLElement[]} */
  const stops = [];
  for (const n of all) {
    const name = radioGroup(n);
    if (name === null) { stops.push(n); continue; }
    if (groups.has(name)) continue;
    groups.add(name);
    const radios = all.filter((r) => radioGroup(r) === name);
    stops.push(radios.find((r) => /** @type {any} */ (r).checked) ?? radios[0]);
  }
  return stops;
}

/**
 * Where focus goes when the element that opened a dialog is gone (a dialog that replaced
 * another, a row that was deleted): the list's tab stop, else the page heading; never the
 * document body, where a keyboard user would have to start over.
 * @param {Element} host
 * @returns {HTMLElement | null}
 */
function fallbackFocus(host) {
  const row = Array.from(host.querySelectorAll?.('tr[tabindex="0"]') ?? []).find((r) => /** @type {any} */ (r.parentNode)?.tagName === 'TBODY');
  return /** @type {HTMLElement | null} */ (row ?? host.querySelector?.('h1[tabindex="-1"]') ?? null);
}

/**
 * Where focus goes when the element that opened a dialog was re-rendered meanwhile (a
 * button in the expiry panel, rebuilt when the list reloaded behind the dialog): the same
 * control for the same token or rotation, else the heading of the panel it was in.
 * @param {{ testid: string | null, item: string, region: HTMLElement | null }} was
 * @returns {HTMLElement | null}
 */
function standIn(was) {
  if (!was.region || was.region.isConnected === false) return null;
  const same = was.testid === null ? null : Array.from(was.region.querySelectorAll(`[data-testid="${was.testid}"]`))
    .find((n) => itemKey(n) === was.item);
  return /** @type {HTMLElement | null} */ (same ?? was.region.querySelector('[tabindex="-1"]'));
}

/** The token or rotation a control acts on, as a string ("" for none). @param {Element} n */
export function itemKey(n) {
  const item = n.closest?.('[data-token-id], [data-rotation-id]');
  return item ? `${item.getAttribute('data-token-id') ?? ''}/${item.getAttribute('data-rotation-id') ?? ''}` : '';
}

/** The name of the radio group `n` belongs to, or null for anything else. @param {any} n */
function radioGroup(n) {
  if (!n || n.tagName !== 'INPUT' || n.type !== 'radio') return null;
  return n.getAttribute('name') ?? n.name ?? '';
}

/**
 * Whether focus on `active` is focus on the tab stop `stop` (any radio of a group is).
 * @param {any} active @param {HTMLElement} stop
 */
function sameStop(active, stop) {
  if (active === stop) return true;
  const g = radioGroup(stop);
  return g !== null && radioGroup(active) === g;
}

/**
 * Where focus lands when Tab wraps to the stop: a radio group's checked radio, or else its
 * first (entering forwards) or last (entering backwards) radio, as browsers do.
 * @param {HTMLElement} stop @param {'first'|'last'} edge
 */
function entryOf(stop, edge) {
  const g = radioGroup(stop);
  if (g === null || /** @type {any} */ (stop).checked) return stop;
  const form = stop.closest?.('dialog') ?? stop.parentNode;
  const radios = /** @type {HTMLElement[]} */ (Array.from(/** @type {any} */ (form)?.querySelectorAll?.('input') ?? []))
    .filter((r) => radioGroup(r) === g && !r.hidden && !/** @type {any} */ (r).disabled);
  return (edge === 'first' ? radios[0] : radios[radios.length - 1]) ?? stop;
}

/**
 * @typedef {Object} ModalOptions
 * @property {Element} host  where the dialog element is attached (the view's root)
 * @property {string} title
 * @property {string} testid
 * @property {boolean} [dismissable]  Esc cancels (default true)
 * @property {() => void} [onCancel]  called for Esc when dismissable
 * @property {string} [className]  extra class ("side-panel", "modal-wide")
 * @property {string} [role]  "alertdialog" for dialogs that only ask one question
 * @typedef {Object} Modal
 * @property {HTMLElement} dialog
 * @property {HTMLElement} heading
 * @property {HTMLElement} body
 * @property {HTMLElement} footer
 * @property {(focus?: HTMLElement | null) => void} open
 * @property {() => void} close  idempotent
 * @property {(openNext: () => void) => void} replaceWith  close for the dialog `openNext` opens (see below)
 * @property {(on: boolean) => void} setDismissable
 * @property {() => boolean} isOpen
 */

/**
 * @param {ModalOptions} opts
 * @returns {Modal}
 */
export function createModal(opts) {
  let dismissable = opts.dismissable ?? true;
  let open = false;
  let closing = false;
  const doc = /** @type {any} */ (globalThis).document;
  /** @type {HTMLElement | null} */
  let returnFocus = null;
  /** What returnFocus was, in case it is re-rendered while the dialog is open (see standIn). */
  /** @type {{ testid: string | null, item: string, region: HTMLElement | null }} */
  let returnWas = { testid: null, item: '', region: null };
  const titleId = uid('modal-title');
  const heading = el('h2', { id: titleId, class: 'modal-title' }, opts.title);
  const body = el('div', { class: 'modal-body' });
  const footer = el('div', { class: 'modal-footer' });
  const handlers = { cancel: onCancelEvent, close: onCloseEvent, keydown: onKeyDown };
  /** Its own element, or the one it took over from the dialog it replaced (see open). */
  let dialog = el('dialog', {
    class: `modal ${opts.className ?? ''}`.trim(), 'aria-labelledby': titleId, 'aria-modal': 'true',
    role: opts.role ?? null, 'data-testid': opts.testid, on: handlers,
  }, heading, body, footer);

  /** @param {Event} e */
  function onCancelEvent(e) {
    e.preventDefault();
    if (dismissable && open) opts.onCancel?.();
  }

  // Some engines close a dialog on a repeated Esc even when `cancel` was prevented. A
  // dismissable dialog treats that as a cancel; one that must stay is shown again.
  function onCloseEvent() {
    if (closing || !open) return;
    if (dismissable) opts.onCancel?.();
    else if (typeof (/** @type {any} */ (dialog)).showModal === 'function') /** @type {any} */ (dialog).showModal();
  }

  /** @param {KeyboardEvent} e */
  function onKeyDown(e) {
    if (e.key !== 'Tab') return;
    const stops = tabStops(dialog);
    if (stops.length === 0) { e.preventDefault(); return; }
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = doc?.activeElement;
    if (e.shiftKey && (sameStop(active, first) || active === dialog)) { e.preventDefault(); entryOf(last, 'last').focus(); }
    else if (!e.shiftKey && sameStop(active, last)) { e.preventDefault(); entryOf(first, 'first').focus(); }
  }

  /** @param {boolean} restoreFocus  false when another dialog took this one's place */
  function shut(restoreFocus) {
    if (!open) return;
    open = false;
    closing = true;
    const d = /** @type {any} */ (dialog);
    if (typeof d.close === 'function' && d.open) d.close();
    dialog.removeAttribute('open');
    dialog.remove();
    closing = false;
    if (!restoreFocus) return;
    if (returnFocus && typeof returnFocus.focus === 'function' && returnFocus.isConnected !== false) returnFocus.focus();
    else (standIn(returnWas) ?? fallbackFocus(opts.host))?.focus();
  }

  /**
   * Takes over `element`, the <dialog> element of the dialog this one replaces, still shown
   * modal: its attributes, content and listeners become this dialog's. The window's modal
   * dialog stays the same element, which WebKit repaints as it would a change inside a
   * dialog; a new modal dialog makes it restyle and repaint the whole window (~10 ms with
   * a screen of rows; docs/performance.md, nineteenth part).
   * @param {HTMLElement} element
   */
  function adopt(element) {
    const own = dialog;
    // Its attributes become this one's own set (`open` stays: the element is still shown).
    for (const name of element.getAttributeNames()) if (name !== 'open' && !own.hasAttribute(name)) element.removeAttribute(name);
    for (const name of own.getAttributeNames()) element.setAttribute(name, /** @type {string} */ (own.getAttribute(name)));
    replace(element, heading, body, footer);
    for (const [type, fn] of Object.entries(handlers)) element.addEventListener(type, /** @type {any} */ (fn));
    dialog = element;
  }

  /** Given away to the dialog that took this one's element: its listeners go, the element stays. */
  function release() {
    if (!open) return;
    open = false;
    for (const [type, fn] of Object.entries(handlers)) dialog.removeEventListener(type, /** @type {any} */ (fn));
  }

  return {
    get dialog() { return dialog; },
    heading, body, footer,
    open(focus) {
      const from = givingWay;
      givingWay = null;
      const adopting = Boolean(from && from.dialog.parentNode === opts.host && /** @type {any} */ (from.dialog).open);
      if (from) {
        // Replacing a dialog: focus returns where that one's would have (its own controls go).
        from.take(adopting);
        ({ returnFocus, returnWas } = from);
      } else {
        returnFocus = doc?.activeElement ?? null;
        returnWas = { testid: returnFocus?.getAttribute?.('data-testid') ?? null, item: returnFocus ? itemKey(returnFocus) : '',
          region: /** @type {HTMLElement | null} */ (returnFocus?.closest?.('aside') ?? null) };
      }
      if (adopting && from) adopt(from.dialog);
      else {
        opts.host.appendChild(dialog);
        const d = /** @type {any} */ (dialog);
        if (typeof d.showModal === 'function') d.showModal();
        else dialog.setAttribute('open', '');
      }
      open = true;
      const first = focus ?? tabStops(dialog)[0];
      first?.focus();
      // WebKitGTK lays a just-opened dialog out once more on the first focus change, which
      // moves its controls under a pointer that is about to click. Make that change now,
      // on the next frame, back onto the same element, before anyone clicks.
      const raf = /** @type {any} */ (globalThis).requestAnimationFrame;
      if (first && typeof raf === 'function') {
        raf(() => {
          if (!open || doc?.activeElement !== first) return;
          first.blur?.();
          first.focus?.({ preventScroll: true });
        });
      }
    },
    close() { shut(true); },
    /**
     * Closes this dialog for the one `openNext` opens: that one takes this one's open
     * <dialog> element over (see adopt), so the rest of the window stays inert throughout
     * and the window's modal dialog stays the same element. WebKit restyles the whole page
     * each time the window enters or leaves its modal state (10–30 ms with 10,000 tokens
     * listed, twice for a close then an open; tests/ui/perf/create.mjs), and restyles and
     * repaints it when another element becomes its modal dialog. Opened elsewhere, the next
     * one opens on top and this one closes after it. Focus returns, when the new one closes,
     * where this one's would have. When `openNext` opens nothing, a plain close.
     */
    replaceWith(openNext) {
      if (!open) { openNext(); return; }
      /** Whether the next dialog took this one's place, and with its element. */
      let taken = /** @type {'no' | 'yes' | 'element'} */ ('no');
      givingWay = { returnFocus, returnWas, dialog, take: (adopted) => { taken = adopted ? 'element' : 'yes'; if (adopted) release(); } };
      try {
        openNext();
      } finally {
        givingWay = null;
        if (taken !== 'element') shut(taken === 'no');
      }
    },
    setDismissable(on) { dismissable = on; },
    isOpen: () => open,
  };
}

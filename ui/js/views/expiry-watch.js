// @ts-check
//! The workspace's watch over expiry and rotations: loads `rotations_list` after every list
//! load (its `now` is the clock for grace and due decisions), resumes interrupted rotations
//! and reports interrupted creates once, deletes old tokens whose grace is over
//! (automatically, or after asking), loads the usage hints, keeps the "Attention" badge and the window title, asks
//! Rust to send due notifications (after each load and every 30 minutes), and opens the
//! expiry centre (a panel in `expiryPanel`, the slot the workspace docks beside the list;
//! the Expiry button shows and hides it), the rotation wizard and the key check. Must not touch window.__TAURI_INTERNALS__ or read Date.now() for grace or due decisions.

import { el, replace } from '../lib/dom.js';
import { parseDate } from '../lib/format.js';
import { groupExpiry, windowTitle } from '../lib/expiry.js';
import { dueRotations, rowBadges, isOpen } from '../lib/rotation.js';
import { openExpiryCentre, confirmDeleteOld, inUseText } from './expiry-centre.js';
import { openRotationWizard, openRotationRetry, openRotationShowKey } from './rotation-wizard.js';
import { openCancelFlow } from './rotation-cancel.js';
import { openKeyCheckDialog, openHeldKeyCheck } from './key-check.js';
import { showInterruptedCreates } from './interrupted-creates.js';
import { countsInBadge } from '../lib/usage.js';
import { t } from '../lib/i18n.js';

export const NOTIFY_EVERY_MS = 30 * 60_000;

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').Rotation} Rotation
 * @typedef {Object} WatchDeps
 * @property {any} ipc
 * @property {Element} host
 * @property {import('../ipc-types.js').Settings} settings
 * @property {() => Token[]} getTokens
 * @property {() => Promise<void>} refresh
 * @property {() => void} rerender  the token list (row badges changed)
 * @property {() => boolean} canManage
 * @property {(reason: string) => void} leave
 * @property {() => Date} now  fallback clock until rotations_list answered
 * @property {{ copied: (s: number | null) => void, place: (p: Element | null) => void }} clipboard
 * @property {(token: Token, onExported: () => void) => void} onExport
 * @property {{ setInterval: (f: () => void, ms: number) => any, clearInterval: (id: any) => void }} [timers]
 * @property {{ title: string }} [doc]  where the window title goes
 * @property {(token: Token) => void} [onDetails]  a hint's "See who uses it" (the details pane: notes, usage)
 * @property {(token: Token) => void} [onDelete]  an unused key's "Delete…"
 */

/** @param {WatchDeps} deps */
export function createExpiryWatch(deps) {
  const { ipc, host } = deps;
  const g = /** @type {any} */ (globalThis);
  // unref: a pending reminder must never keep a test runner (node) alive; browsers ignore it.
  const timers = deps.timers ?? { setInterval: (f, ms) => { const id = g.setInterval(f, ms); id?.unref?.(); return id; }, clearInterval: (id) => g.clearInterval(id) };
  const doc = deps.doc ?? g.document;
  let alive = true;
  let settings = deps.settings;
  /** @type {Rotation[]} */
  let rotations = [];
  /** @type {Date | null} */
  let coreNow = null;
  /** @type {number | null} */
  let notifiedBadge = null;
  let resumed = false;
  let running = false;
  let again = false;
  /** Rotations the user said "Not now" to, or whose automatic delete failed: not asked again this session. */
  const skip = new Set();
  /** @type {ReturnType<typeof openExpiryCentre> | null} */
  let centre = null;
  /** The token a clicked reminder asked the centre to show. @type {string | null} */
  let marked = null;
  /** @type {ReturnType<typeof rowBadges>} */
  let badgeMap = new Map();
  /** The usage hints (usage_hints, cached in Rust; the background check refreshes them). @type {import('../lib/usage.js').UsageHint[]} */
  let hints = [];
  /** Whether `hints` has been loaded once (the first load does not wait for the check). */
  let hintsLoaded = false;

  const badge = el('span', { class: 'nav-badge', 'data-testid': 'expiry-badge', hidden: true });
  // The name is the visible text ("Expiry 6") plus a hidden word, never a different label:
  // speech users say what they see (WCAG 2.5.3 label in name).
  const badgeWords = el('span', { class: 'visually-hidden', 'data-testid': 'expiry-badge-words' });
  const expiryButton = el('button', { type: 'button', class: 'button ghost nav-button', 'data-testid': 'expiry-open', 'aria-expanded': 'false',
    title: t('expiry-button-title'), on: { click: () => toggleCentre() } }, t('expiry-title'), badge, badgeWords);
  // Where the expiry centre docks: the workspace puts it beside the list (display: contents,
  // so the panel itself is the layout's column).
  const expiryPanel = el('div', { class: 'side-panel-slot' });
  const checkKeyButton = el('button', { type: 'button', class: 'button', 'data-testid': 'keycheck-open', 'aria-keyshortcuts': 'Control+K',
    title: t('expiry-check-key-title'), on: { click: () => openCheckKey() } }, t('expiry-check-key'));
  const banners = el('div', { class: 'rotation-notices' });
  const interval = timers.setInterval(() => { notify(); }, NOTIFY_EVERY_MS);

  const now = () => coreNow ?? deps.now();

  /** @param {string} testid @param {string} text @param {'ok'|'error'|'info'} tone @param {HTMLElement | null} [extra] */
  function banner(testid, text, tone, extra = null) {
    const node = el('div', { class: 'notice rotation-notice', 'data-tone': tone, role: tone === 'error' ? 'alert' : 'status', 'data-testid': testid },
      el('span', { 'data-testid': `${testid}-text` }, text), extra,
      el('button', { type: 'button', class: 'button ghost small-button', 'data-testid': `${testid}-dismiss`, on: { click: () => node.remove() } }, t('expiry-dismiss')));
    banners.appendChild(node);
  }

  function render() {
    const local = groupExpiry(deps.getTokens(), rotations, now(), settings?.expiryThresholds ?? null).badge
      + hints.filter(countsInBadge).length;
    const n = notifiedBadge ?? local;
    badge.textContent = String(n);
    badge.hidden = n === 0;
    badgeWords.textContent = n ? ` ${t('expiry-badge-words')}` : '';
    if (doc) doc.title = windowTitle(n);
    const next = rowBadges(rotations);
    // Re-render the rows only when their badges change: rows replaced under the pointer
    // lose the click the user was making.
    if (JSON.stringify([...next]) !== JSON.stringify([...badgeMap])) {
      badgeMap = next;
      deps.rerender();
    }
    centre?.update();
  }

  async function loadRotations() {
    try {
      const list = await ipc.rotationsList();
      if (!alive) return;
      rotations = list.rotations ?? [];
      coreNow = parseDate(list.now) ?? coreNow;
    } catch {
      // Without the journal the list simply shows no rotation badges; nothing to interrupt for.
    }
  }

  async function resumeOnce() {
    if (resumed) return false;
    resumed = true;
    // Creates an earlier run left unfinished: one banner each (see interrupted-creates.js).
    await showInterruptedCreates({ ipc, host: banners, canManage: deps.canManage, refresh: () => deps.refresh(), leave: deps.leave });
    if (!alive) return false;
    try {
      const r = await ipc.rotationsResume();
      if (!alive || !r || r.length === 0) return false;
      const show = el('button', { type: 'button', class: 'button link', 'data-testid': 'resumed-show', on: { click: () => openCentre() } }, t('expiry-show'));
      const waiting = r.filter((/** @type {Rotation} */ x) => x.state === 'vaultFailed').length;
      const text = t('expiry-resumed', { count: r.length }) + (waiting ? ` ${t('expiry-resumed-vault', { count: waiting })}` : '');
      banner('resumed-banner', text, waiting ? 'error' : 'info', show);
      return true;
    } catch {
      return false;
    }
  }

  /** @returns {Promise<boolean>} whether an old token was deleted */
  async function handleDue() {
    let changed = false;
    for (const r of dueRotations(rotations, now())) {
      if (!alive || skip.has(r.id)) continue;
      // Held because its old key is still in use: nothing to ask until the recheck.
      const held = /** @type {any} */ (r).inUse;
      if (held && (parseDate(held.recheckAt)?.getTime() ?? 0) > now().getTime()) continue;
      if (!r.autoDelete) {
        if (host.querySelector('dialog[open]')) continue; // never interrupt another dialog; asked on a later load
        if (!(await confirmDeleteOld(host, r, true))) { skip.add(r.id); continue; }
      }
      try {
        const after = await ipc.rotationComplete({ id: r.id });
        changed = true;
        if (after?.inUse) {
          const show = el('button', { type: 'button', class: 'button link', 'data-testid': 'rotation-held-show', on: { click: () => openCentre() } }, t('expiry-show'));
          banner('rotation-held-banner', t('expiry-kept-old', { name: r.oldName, reason: inUseText(after.inUse, now()) }), 'info', show);
        } else {
          banner('auto-deleted-banner', r.autoDelete ? t('expiry-deleted-old-grace', { name: r.oldName }) : t('expiry-deleted-old', { name: r.oldName }), 'ok');
        }
      } catch (err) {
        skip.add(r.id);
        const e = /** @type {import('../ipc.js').AppError} */ (err);
        if (e.kind === 'unauthorized') { deps.leave(e.message); return false; }
        banner('rotation-error', t('expiry-delete-old-failed', { name: r.oldName, message: e.message }), 'error');
      }
    }
    return changed;
  }

  async function loadHints() {
    if (!ipc.usageHints) return;
    try {
      const r = await ipc.usageHints();
      if (alive) hints = r?.hints ?? [];
      hintsLoaded = true;
    } catch {
      // Without hints the centre shows expiry and rotations only.
    }
  }

  async function notify() {
    try {
      const r = await ipc.notificationsCheck();
      if (alive && r && typeof r.badge === 'number') notifiedBadge = r.badge;
    } catch {
      // Notifications are a courtesy; the badge falls back to the local count.
    }
    // After the check, which refreshed the usage the hints come from.
    await loadHints();
    if (alive) render();
  }

  /** After every list load (fresh, failed or cached). */
  async function afterLoad() {
    if (running) { again = true; return; }
    running = true;
    try {
      const resumedSome = await resumeOnce();
      await loadRotations();
      // The hints from the usage Rust already has come with the first render: the count and
      // the attention centre do not change shape seconds later, when the background check
      // (which refreshes that usage) answers.
      if (!hintsLoaded) await loadHints();
      if (!alive) return;
      render();
      const deleted = await handleDue();
      await notify();
      if (alive && (resumedSome || deleted)) { await loadRotations(); render(); deps.refresh(); }
    } finally {
      running = false;
      if (again && alive) { again = false; afterLoad(); }
    }
  }

  /**
   * Opens the expiry centre, or moves focus into it when it is already open; a token id (a
   * clicked reminder's) marks that token and scrolls it into view.
   * @param {string | null} [tokenId]
   */
  function openCentre(tokenId) {
    marked = tokenId ?? null;
    if (centre?.isOpen()) { centre.update(); centre.focus(); }
    else openCentreNow();
    if (tokenId) expiryPanel.querySelector('[data-testid="expiry-centre"] [aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  function openCentreNow() {
    centre = openExpiryCentre({ host: expiryPanel, opener: expiryButton,
      getData: () => ({ tokens: deps.getTokens(), rotations, now: now(), thresholds: settings?.expiryThresholds ?? null, canManage: deps.canManage(), marked, hints }),
      onDetails: deps.onDetails, onDelete: deps.onDelete,
      onRotate: (tokens) => rotate(tokens),
      onCalendar: ipc.calendarExport ? () => ipc.calendarExport() : undefined,
      onRetry: (r) => openRotationRetry({ ...wizardDeps(), rotation: r }),
      onShowKey: (r) => openRotationShowKey({ ...wizardDeps(), rotation: r }),
      onCancel: (r) => openCancelFlow({ ipc, host, rotation: r, onUnauthorized: deps.leave, onDone: (after) => { if (after) changed(); } }),
      onComplete: async (r) => {
        if (!(await confirmDeleteOld(host, r, false))) return '';
        const after = await ipc.rotationComplete({ id: r.id });
        changed();
        return after?.inUse ? t('expiry-kept-old', { name: r.oldName, reason: inUseText(after.inUse, now()) }) : t('expiry-deleted-old', { name: r.oldName });
      },
      onWaitDay: async (r) => {
        await ipc.rotationWaitDay({ id: r.id });
        changed();
        return t('expiry-kept-day', { name: r.oldName });
      },
      onDeleteAnyway: async (r) => {
        await ipc.rotationDeleteAnyway({ id: r.id });
        changed();
        return t('expiry-deleted-old', { name: r.oldName });
      },
      onClosed: () => {
        centre = null;
        marked = null;
        expiryButton.setAttribute('aria-expanded', 'false');
        expiryButton.removeAttribute('aria-controls');
      } });
    expiryButton.setAttribute('aria-expanded', 'true');
    expiryButton.setAttribute('aria-controls', centre.id);
  }

  /** The Expiry button shows and hides the panel (a disclosure, aria-expanded). */
  function toggleCentre() {
    if (centre?.isOpen()) centre.close();
    else openCentre();
  }

  function changed() { deps.refresh(); }

  function wizardDeps() {
    return { ipc, host, now: now(), clipboard: deps.clipboard, onExport: deps.onExport, onChanged: changed, onUnauthorized: deps.leave };
  }

  /** @param {Token[]} tokens */
  function rotate(tokens) {
    if (tokens.length === 0 || !deps.canManage()) return;
    openRotationWizard({ ...wizardDeps(), tokens });
  }

  function openCheckKey() {
    if (host.querySelector('dialog[open]')) return;
    openKeyCheckDialog({ ipc, host, onUnauthorized: deps.leave });
  }

  return {
    expiryButton,
    expiryPanel,
    checkKeyButton,
    banners,
    afterLoad,
    openCentre,
    openCheckKey,
    rotate,
    /** @param {Token} tok */
    checkHeld(tok) { openHeldKeyCheck({ ipc, host, token: tok, onUnauthorized: deps.leave }); },
    /** Is this token the old or new side of a rotation still going on? @param {Token} tok */
    inRotation(tok) {
      const id = String(tok.id);
      return rotations.some((r) => isOpen(r) && (String(r.oldTokenId) === id || String(r.newTokenId ?? '') === id));
    },
    /** Row badge ("Retiring on 4 Dec 2026" / "Replacement for …") or null. @param {Token} tok */
    rowBadge(tok) {
      const b = badgeMap.get(String(tok.id));
      if (!b) return null;
      return el('span', { class: `rotation-chip rotation-${b.kind}`, title: b.text, 'data-testid': b.kind === 'retiring' ? 'token-retiring' : 'token-replacement' }, b.text);
    },
    /** @param {import('../ipc-types.js').Settings} s */
    setSettings(s) { settings = s; render(); },
    destroy() {
      alive = false;
      timers.clearInterval(interval);
      centre?.close();
      replace(banners);
    },
  };
}

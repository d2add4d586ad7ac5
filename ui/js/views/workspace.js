// @ts-check
//! The main screen for a signed-in profile: header (profile switcher, account, sign out),
//! demo and vault banners, the toolbar (filter, counts, manage actions, refresh), the
//! freshness line, the rate-limit notice and the token table; the expiry watch adds the
//! Expiry button, "Check a key…", the rotation notices and the expiry centre's docked panel. Routing goes through
//! `deps.actions`. Must not: touch window.__TAURI_INTERNALS__ or show anything but `error.message`.

import { el, replace, setText, uid } from '../lib/dom.js';
import { countsText, showingText } from '../lib/format.js';
import { filterPositions, countTokens, prepareSearch } from '../lib/tokens.js';
import { freshnessText, afterFailure, afterSuccess, withList } from '../lib/freshness.js';
import { createTokenTable } from './token-table.js';
import { createTokenActions } from './token-actions.js';
import { createExpiryWatch } from './expiry-watch.js';
import { isNewShortcut, isRefreshShortcut, isFindShortcut } from '../lib/shortcuts.js';
import { mainScreenKeys } from './main-keys.js';
import { closeMenus } from './menu.js';
import { createWorkspaceHeader, roleLabel } from './workspace-header.js';
import { createWaitingNotice } from './waiting-notice.js';
import { openShortcutsDialog } from './shortcuts-dialog.js';
import { afterNextPaint, markListData, markListRendered, markUsageShown, nextPaint } from '../lib/perf.js';
import { createUsageColumn } from './usage-column.js';
import { usageWords, unavailableText } from '../lib/usage.js';
import { t, tCoded } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').AppStatus} AppStatus
 * @typedef {import('../ipc-types.js').Account} Account
 * @typedef {import('../ipc-types.js').TokenList} TokenList
 * @typedef {import('../lib/freshness.js').Freshness} Freshness
 * @typedef {Object} WorkspaceActions
 * @property {(status: AppStatus) => void} onStatus  route for a new AppStatus
 * @property {(reason: string) => void} showSignIn   session is gone: sign in again
 * @property {((ctx: NewTokenContext) => void) | undefined} [newToken]  opens the create dialog
 * @property {() => void} [onListSaved]  a refresh saved a new list in the cache (first-frame.js)
 * @typedef {Object} NewTokenContext
 * @property {Element} host
 * @property {string[]} existingNames
 * @property {Date} now
 * @property {number | null} tokenLimit
 * @property {(result: import('../ipc-types.js').CreateResult) => void} onResult
 * @property {(reason: string) => void} onUnauthorized
 * @property {() => void} onClose
 * @typedef {Object} WorkspaceDeps
 * @property {typeof import('../ipc.js')} ipc
 * @property {AppStatus} status
 * @property {WorkspaceActions} actions
 * @property {() => Date} [now]
 * @property {Document | EventTarget} [keyTarget]  where global shortcuts are listened for
 * @property {import('./clipboard-status.js').Timers} [timers]  for tests of the clipboard countdown
 * @property {TokenList | null} [cachedList]  the cached list, when the caller already read it
 * @property {boolean} [openSettings]  open Settings at once (the language changed there)
 * @property {boolean} [firstFrameOnly]  only the first frame of `cachedList`: no listeners, marks or calls (first-frame.js)
 */

export { isNewShortcut, isRefreshShortcut, isFindShortcut, roleLabel };

/**
 * @param {HTMLElement} root
 * @param {WorkspaceDeps} deps
 * @returns {() => void} unmount
 */
export function mount(root, deps) {
  const { ipc, status, actions } = deps;
  const now = deps.now ?? (() => new Date());
  let alive = true;
  /** @type {Account | null} */
  let account = null;
  /** @type {import('../lib/tokens.js').Token[]} */
  let tokens = [];
  /** @type {Freshness} */
  let fresh = { list: null, refreshing: false, error: null, offlineSince: null };
  /** A refresh was asked for while one ran (see refresh()). */
  let refreshAgain = false;
  /** @type {(() => void) | null} */
  let unlisten = null;
  let creating = false;
  /** The status bar's counts, for this list (counted once per list, not per keystroke). */
  let countsLine = '';
  /** @type {import('../lib/tokens.js').Token[] | null} */
  let countsOf = null;

  const profile = status.profiles.find((p) => p.id === status.activeProfileId) ?? null;
  const vaultOk = status.vault.available;
  const lifecycle = createTokenActions({ ipc, host: root, status, getTokens: () => tokens, refresh: () => refresh(),
    leave, showError: showMainError, timers: deps.timers, patchNotes, focusToken: (id) => table.focusToken(id), onSettings: (s) => watch.setSettings(s),
    rotation: { rotate: (ts) => watch.rotate(ts), checkHeld: (t) => watch.checkHeld(t), inRotation: (t) => watch.inRotation(t) } });
  // Rotations, expiry badge, due deletions, notifications, key check (expiry-watch.js).
  const watch = createExpiryWatch({ ipc, host: root, settings: status.settings, getTokens: () => tokens, refresh: () => refresh(),
    rerender: () => renderList(), canManage: () => Boolean(account?.canManageTokens) && vaultOk, leave, now,
    clipboard: lifecycle.clipboard, onExport: (t, done) => lifecycle.openExport(t, done),
    onDetails: (t) => lifecycle.openDetails(t), onDelete: (t) => lifecycle.deleteToken(t) });

  // ---- header ----------------------------------------------------------------------------
  const mainError = el('p', { class: 'banner banner-error', role: 'alert', 'data-testid': 'main-error', hidden: true });
  const top = createWorkspaceHeader({ ipc, status, profile, expiryButton: watch.expiryButton,
    alive: () => alive, route: (next) => { alive = false; actions.onStatus(next); }, showError: showMainError,
    onActivity: () => lifecycle.openActivity(), onSettings: () => lifecycle.openSettings(), onShortcuts: () => openShortcuts() });

  // ---- banners ---------------------------------------------------------------------------
  const banners = el('div', { class: 'banners' },
    vaultOk ? null : el('div', { class: 'banner banner-warn', role: 'alert', 'data-testid': 'vault-banner' },
      el('strong', null, `${t('main-vault-read-only')} `),
      el('span', null, (status.vault.messageCoded ? tCoded(status.vault.messageCoded) : null)
        ?? status.vault.message ?? t('main-vault-unreachable')),
      el('span', null, ` ${t('main-vault-turned-off')}`)),
    mainError);

  // ---- toolbar ---------------------------------------------------------------------------
  const filterId = uid('filter');
  const filter = /** @type {HTMLInputElement} */ (el('input', {
    id: filterId, type: 'search', class: 'filter-input', placeholder: t('main-filter-placeholder'),
    autocomplete: 'off', spellcheck: 'false', 'data-testid': 'token-filter',
    'aria-keyshortcuts': 'Control+F',
    on: { input: renderList, keydown: onFilterKey },
  }));
  const counts = el('p', { class: 'counts', 'data-testid': 'token-counts' });
  const showing = el('p', { class: 'counts muted', 'data-testid': 'token-showing', hidden: true });
  const manage = el('div', { class: 'manage' });
  const refreshButton = el('button', { type: 'button', class: 'button', 'data-testid': 'refresh-button',
    'aria-keyshortcuts': 'F5 Control+R', title: t('main-refresh-title'), on: { click: () => refresh() } }, t('main-refresh'));
  const listStatus = el('p', { class: 'list-status', role: 'status', 'data-testid': 'list-status' });
  // Waiting before a retry: a countdown, and a calmer line for screen readers.
  const waiting = createWaitingNotice({ now, busy: () => fresh.refreshing });
  // "Last used": asked for in one batch per set of rendered rows (usage-column.js).
  const usage = createUsageColumn({ ipc, onChange: onUsage });
  const usageNote = el('p', { class: 'usage-note muted small', 'data-testid': 'usage-unavailable', role: 'note', hidden: true }, unavailableText());
  const table = createTokenTable({ now, selection: lifecycle.selection, rowActions: lifecycle.rowActions, rebindRowActions: lifecycle.rebindRowActions, onDeleteKey: lifecycle.deleteToken,
    onOpenKey: lifecycle.openDetails, onCopyKey: (t) => lifecycle.copyKey(t), rowBadge: (t) => watch.rowBadge(t),
    lastUsed: (t) => usage.get(String(t.id)), onRowsShown: (ids) => usage.want(ids),
    // Off the page: rows for the screen, as the next start's window may be taller than this one.
    viewportHeight: deps.firstFrameOnly ? () => Math.max(Number(globalThis.innerHeight) || 0, Number(globalThis.screen?.availHeight) || 0) : undefined,
    holdColumns: !deps.firstFrameOnly, watchOverflow: !deps.firstFrameOnly });

  // One toolbar line above the table (title, filter, actions); the counts and the list's
  // freshness sit in a status bar at the window's bottom edge, as in desktop tools.
  const main = el('main', { class: 'content', 'aria-labelledby': 'tokens-heading' },
    el('div', { class: 'toolbar' },
      el('h1', { id: 'tokens-heading', class: 'page-title', tabindex: '-1' }, t('main-title')),
      el('label', { for: filterId, class: 'visually-hidden' }, t('main-filter-label')),
      filter,
      showing,
      el('span', { class: 'spacer' }),
      watch.checkKeyButton,
      lifecycle.toolbar,
      manage,
      refreshButton),
    waiting.row,
    waiting.spoken,
    lifecycle.notices,
    watch.banners,
    usageNote,
    table.element);
  const statusBar = el('footer', { class: 'status-bar', 'data-testid': 'status-bar' }, counts, listStatus);

  // The list and, when open, the expiry centre docked beside it (a landmark of its own, not
  // inside <main>); the table narrows and stays usable.
  const body = el('div', { class: 'workspace-body' }, main, watch.expiryPanel);
  replace(root, el('div', { class: 'app', 'data-testid': 'main-screen' }, top.element, banners, body, statusBar, lifecycle.clipboardElement));
  renderManage();
  renderList();
  renderFreshness();

  // ---- keyboard --------------------------------------------------------------------------
  const keyTarget = deps.keyTarget ?? /** @type {any} */ (globalThis).document;
  const onGlobalKey = mainScreenKeys({ root, newToken: () => openCreate(), refresh: () => refresh(),
    checkKey: () => watch.openCheckKey(), find: () => { filter.focus(); filter.select?.(); },
    help: () => { closeMenus(); openShortcuts(); } });
  if (!deps.firstFrameOnly) keyTarget?.addEventListener('keydown', onGlobalKey);

  /** @param {KeyboardEvent} e */
  function onFilterKey(e) {
    if (e.key === 'Escape' && filter.value) {
      e.preventDefault();
      filter.value = '';
      renderList();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      table.focusFirstRow();
    }
  }

  // ---- rendering -------------------------------------------------------------------------
  function onUsage() {
    if (!alive) return;
    usageNote.hidden = usage.available();
    const words = usageWords(filter.value);
    // The usage words filter by usage: new answers can change which rows match.
    if (words.unused || words.inUse) renderList();
    else table.usageChanged();
    markUsageShown();
  }

  function renderList() {
    const query = filter.value;
    const at = filterPositions(tokens, query, { lastUsed: (t) => usage.get(String(t.id)), now: now(),
      recentHours: status.settings.recentUseHours ?? 24 });
    table.update({ list: tokens, at }, query);
    if (countsOf !== tokens) countsLine = countsText(countTokens(tokens));
    countsOf = tokens;
    setText(counts, fresh.list || tokens.length ? countsLine : '');
    const filtering = query.trim() !== '' && tokens.length > 0;
    if (showing.hidden !== !filtering) showing.hidden = !filtering;
    setText(showing, filtering ? showingText(at?.length ?? tokens.length, tokens.length) : '');
  }

  function renderFreshness() {
    const f = freshnessText(fresh, now());
    listStatus.textContent = f.text;
    listStatus.setAttribute('data-tone', f.tone);
    refreshButton.toggleAttribute?.('aria-busy', fresh.refreshing);
  }

  function renderManage() {
    if (!account) { replace(manage); return; }
    if (!account.canManageTokens) {
      replace(manage, el('p', { class: 'manage-reason', 'data-testid': 'manage-reason' },
        (account.manageReasonCoded ? tCoded(account.manageReasonCoded) : null)
          ?? account.manageReason ?? t('main-cannot-manage')));
      return;
    }
    if (vaultOk && actions.newToken) {
      replace(manage, el('button', { type: 'button', class: 'button primary', 'data-testid': 'new-token',
        'aria-keyshortcuts': 'Control+N', title: t('main-new-token-title'), on: { click: openCreate } }, t('main-new-token')));
      return;
    }
    replace(manage);
  }

  function openShortcuts() {
    if (root.querySelector('[data-testid="shortcuts-dialog"]')) return;
    openShortcutsDialog({ host: root });
  }

  function openCreate() {
    if (!account?.canManageTokens || !vaultOk || !actions.newToken || creating) return;
    creating = true;
    actions.newToken({
      host: root, existingNames: tokens.map((t) => t.name), now: now(),
      tokenLimit: account.organization?.tokenLimit ?? null,
      onResult: (r) => lifecycle.handleCreateResult(r), onUnauthorized: leave, onClose: () => { creating = false; },
    });
  }

  /**
   * Saved notes show in the list at once, without a round trip to Scriptix.
   * @param {string} tokenId @param {import('../ipc-types.js').TokenNotes} notes
   */
  function patchNotes(tokenId, notes) {
    tokens = tokens.map((t) => (String(t.id) === String(tokenId) ? { ...t, notes } : t));
    renderList();
    // The cached list as Rust answers it now carries them too: the next start's frame follows.
    actions.onListSaved?.();
  }

  /** @param {string} message */
  function showMainError(message) {
    mainError.textContent = message;
    mainError.hidden = false;
  }

  // ---- data ------------------------------------------------------------------------------
  async function loadAccount() {
    try {
      const a = await ipc.accountGet();
      if (!alive) return;
      account = a;
      lifecycle.setAccount(a);
      top.showAccount(a);
      renderManage();
      renderList();
    } catch (err) {
      if (!alive) return;
      const ae = /** @type {import('../ipc.js').AppError} */ (err);
      switch (ae.kind) {
        case 'unauthorized':
          leave(ae.message);
          break;
        default:
          showMainError(ae.message);
      }
    }
  }

  async function start() {
    if (deps.firstFrameOnly) { if (deps.cachedList) show(deps.cachedList, withList(fresh, deps.cachedList), false); return; }
    try {
      const cached = deps.cachedList !== undefined ? deps.cachedList : await ipc.tokensCached();
      if (!alive) return;
      if (cached) show(cached, withList(fresh, cached));
    } catch {
      // A missing or unreadable cache only means nothing to show instantly; the refresh
      // below reports anything that matters.
    }
    // The cached list is painted before anything goes to Scriptix (refresh, account,
    // rotations, reminders): nothing network-bound on the way to the first frame.
    await nextPaint();
    if (!alive) return;
    loadAccount();
    await refresh();
  }

  /** A list (the cached one, or a refresh's), `next` its freshness. @param {TokenList} list @param {Freshness} next
   * @param {boolean} [marks]  set the bench's marks (not for first-frame.js) */
  function show(list, next, marks = true) {
    if (marks) markListData();
    tokens = list.tokens;
    fresh = next;
    renderList();
    if (marks) markListRendered(ipc.perfMark);
    renderFreshness();
    // The new list's search texts, worked out between painted frames before a keystroke needs them.
    if (!deps.firstFrameOnly) prepareSearch(tokens, afterNextPaint);
  }

  async function refresh() {
    if (!alive) return;
    // Asked for while one runs (Refresh clicked, a change made): one more runs after it, so
    // the list shown is never older than the ask.
    if (fresh.refreshing) { refreshAgain = true; return; }
    fresh = { ...fresh, refreshing: true };
    renderFreshness();
    try {
      const list = await ipc.tokensRefresh();
      if (!alive) return;
      // A refresh asks for the shown rows' usage again (the core answers from its cache).
      usage.reset();
      show(list, afterSuccess(fresh, list));
      lifecycle.afterRefresh();
      actions.onListSaved?.();
    } catch (err) {
      if (!alive) return;
      const ae = /** @type {import('../ipc.js').AppError} */ (err);
      if (ae.kind === 'unauthorized') { leave(ae.message); return; }
      fresh = afterFailure(fresh, ae, now());
      if (!fresh.list) renderList();
    } finally {
      if (alive) {
        waiting.stop();
        renderFreshness();
        watch.afterLoad();
      }
      if (refreshAgain && alive) { refreshAgain = false; refresh(); }
    }
  }

  /** @param {import('../ipc-types.js').ApiWaiting} payload */
  function onWaiting(payload) {
    if (alive) waiting.show(payload);
  }

  // ---- actions ---------------------------------------------------------------------------
  /** @param {string} reason */
  function leave(reason) {
    if (!alive) return;
    alive = false;
    actions.showSignIn(reason);
  }

  // Off the page (first-frame.js) the first frame is all: no event is listened for.
  /** @type {Array<() => void>} */
  const desktopUnlisten = [];
  if (!deps.firstFrameOnly) listen();
  start();
  if (deps.openSettings) lifecycle.openSettings({ focus: 'language' });

  function listen() {
    ipc.onApiWaiting(onWaiting).then((stop) => {
      if (alive) unlisten = stop;
      else stop();
    }, () => { /* no event bridge (e.g. preview): the notice simply never shows */ });
    // The tray menu and clicked reminders (src-tauri/src/tray.rs): show the asked-for view;
    // Lock closes the key panel whose key Rust just dropped.
    const keepListener = (/** @type {() => void} */ stop) => { if (alive) desktopUnlisten.push(stop); else stop(); };
    ipc.onShowView?.((p) => {
      if (p.view === 'checkKey') watch.openCheckKey();
      else if (p.view === 'expiry') {
        // The window may have been hidden for hours: bring the list (and the centre) up to date.
        refresh();
        watch.openCentre(p.tokenId);
      }
    }).then(keepListener, () => {});
    ipc.onLocked?.(() => {
      /** @type {HTMLElement | null} */ (root.querySelector('dialog[open] [data-testid$="reveal-close"]'))?.click();
    }).then(keepListener, () => {});
  }

  return () => {
    alive = false;
    usage.stop();
    waiting.stop();
    keyTarget?.removeEventListener('keydown', onGlobalKey);
    table.destroy();
    unlisten?.();
    desktopUnlisten.forEach((stop) => stop());
    lifecycle.destroy({ offPage: deps.firstFrameOnly });
    watch.destroy();
    replace(root);
  };
}

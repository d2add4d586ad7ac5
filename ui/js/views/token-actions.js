// @ts-check
//! Everything the workspace can do to tokens beyond listing them: row actions (copy key,
//! forget key, delete, how to use), the multi-selection and "Delete selected (N)", the delete
//! report, the orphan-keys notice, the clipboard status and the settings button, and what
//! happens after a create (reveal, or "the key never arrived"). The workspace places the
//! elements and calls in; this module owns their behaviour. Must not touch window.__TAURI_INTERNALS__.

import { el, append, replace, setBusy } from '../lib/dom.js';
import { orphansText, tokenLabel } from '../lib/lifecycle.js';
import { createClipboardStatus } from './clipboard-status.js';
import { createDeleteFlow, renderDeleteReport } from './delete-flow.js';
import { openHowtoPanel } from './howto-panel.js';
import { openRevealDialog, openKeyLostDialog } from './reveal-dialog.js';
import { openSettingsDialog } from './settings-dialog.js';
import { openExportDialog } from './export-dialog.js';
import { openDetailsPanel } from './details-panel.js';
import { openAttachDialog } from './attach-dialog.js';
import { openAuditView } from './audit-view.js';
import { createModal } from './modal.js';
import { createMenu, closeMenus } from './menu.js';
import { t } from '../lib/i18n.js';

/**
 * @typedef {import('../ipc-types.js').Token} Token
 * @typedef {import('../ipc-types.js').Account} Account
 * @typedef {Object} TokenActionsDeps
 * @property {typeof import('../ipc.js')} ipc
 * @property {Element} host  where dialogs attach
 * @property {import('../ipc-types.js').AppStatus} status
 * @property {() => Token[]} getTokens
 * @property {() => Promise<void>} refresh
 * @property {(reason: string) => void} leave  session gone
 * @property {(message: string) => void} showError
 * @property {import('./clipboard-status.js').Timers} [timers]
 * @property {(tokenId: string, notes: import('../ipc-types.js').TokenNotes) => void} [patchNotes]  show saved notes in the list
 * @property {(settings: import('../ipc-types.js').Settings) => void} [onSettings]  settings were saved
 * @property {RotationHooks} [rotation]
 * @property {(tokenId: string) => void} [focusToken]  puts the list's focus on a token's row
 * @typedef {Object} RotationHooks
 * @property {(tokens: Token[]) => void} rotate  opens the rotation wizard
 * @property {(t: Token) => void} checkHeld  checks the key this device holds
 * @property {(t: Token) => boolean} inRotation  the token is part of a rotation still going on
 */

/** @param {TokenActionsDeps} deps */
export function createTokenActions(deps) {
  const { ipc, host } = deps;
  const profile = deps.status.profiles.find((p) => p.id === deps.status.activeProfileId) ?? null;
  let settings = deps.status.settings;
  /** @type {Account | null} */
  let account = null;
  /** @type {Set<string>} */
  const selected = new Set();
  let alive = true;
  /** @type {(() => void) | null} */
  let unlisten = null;
  /** @type {() => void} */
  let onSelectionChange = () => {};

  const clipboard = createClipboardStatus({ timers: deps.timers });
  const deleteSelected = el('button', { type: 'button', class: 'button danger-ghost', 'data-testid': 'delete-selected', hidden: true,
    on: { click: () => flow.deleteMany(selectedTokens()) } });
  const rotateSelected = el('button', { type: 'button', class: 'button', 'data-testid': 'rotate-selected', hidden: true,
    on: { click: () => deps.rotation?.rotate(selectedTokens().filter((tok) => !deps.rotation?.inRotation(tok))) } });
  const orphans = el('div', { class: 'notice orphans', role: 'status', 'data-testid': 'orphans-notice', hidden: true });
  const report = el('div', { class: 'delete-report', role: 'status', 'data-testid': 'delete-report', hidden: true });

  const flow = createDeleteFlow({
    ipc, host,
    onBusy(busy) {
      if (busy) setBusy(deleteSelected, true, t('actions-deleting'));
      else { setBusy(deleteSelected, false); renderToolbar(); }
    },
    onDone(r) {
      for (const res of r.results) if (res.ok) selected.delete(String(res.id));
      renderDeleteReport(report, r);
      renderToolbar();
      deps.refresh();
    },
    onError(err) {
      if (err.kind === 'unauthorized') deps.leave(err.message);
      else deps.showError(err.message);
    },
  });

  ipc.onClipboardCleared(() => clipboard.cleared()).then((stop) => {
    if (alive) unlisten = stop; else stop();
  }, () => { /* no event bridge (preview): the status simply never says "cleared" */ });

  function canDelete() {
    return Boolean(account?.canManageTokens) && deps.status.vault.available;
  }

  function selectedTokens() {
    return deps.getTokens().filter((tok) => selected.has(String(tok.id)));
  }

  function renderToolbar() {
    const n = selectedTokens().length;
    if (deleteSelected.getAttribute('aria-busy') === 'true') return;
    deleteSelected.hidden = n === 0 || !canDelete();
    deleteSelected.textContent = t('actions-delete-selected', { count: n });
    const rotatable = deps.rotation ? selectedTokens().filter((tok) => !deps.rotation?.inRotation(tok)).length : 0;
    rotateSelected.hidden = rotatable === 0 || !canDelete();
    rotateSelected.textContent = t('actions-rotate-selected', { count: rotatable });
  }

  /** @param {'copy'|'forget'} what @param {Token} tok */
  async function keyAction(what, tok) {
    try {
      if (what === 'copy') {
        const r = await ipc.keyCopy(tok.id, 'raw');
        clipboard.copied(r.clearsInSeconds);
      }
    } catch (err) {
      const e = /** @type {import('../ipc.js').AppError} */ (err);
      if (e.kind === 'unauthorized') deps.leave(e.message);
      else deps.showError(e.message);
      if (e.kind === 'notFound') deps.refresh();
    }
  }

  /** @param {Token} tok */
  function confirmForget(tok) {
    const modal = createModal({ host, title: t('actions-forget-title'), testid: 'forget-dialog', role: 'alertdialog', onCancel: () => modal.close() });
    const error = el('p', { class: 'form-error', role: 'alert' });
    const ok = el('button', { type: 'button', class: 'button danger', 'data-testid': 'forget-confirm', on: { click: forget } }, t('actions-forget'));
    const cancel = el('button', { type: 'button', class: 'button', 'data-testid': 'forget-cancel', on: { click: () => modal.close() } }, t('actions-cancel'));
    append(modal.body, [
      el('p', null, t('actions-forget-body', { token: tokenLabel(tok) })),
      el('p', { class: 'muted' }, t('actions-forget-warning')),
      error,
    ]);
    append(modal.footer, [cancel, ok]);
    modal.open(cancel);
    async function forget() {
      setBusy(ok, true, t('actions-forgetting'));
      try {
        await ipc.keyForget(tok.id);
        modal.close();
        deps.refresh();
      } catch (err) {
        setBusy(ok, false);
        error.textContent = /** @type {Error} */ (err).message;
      }
    }
  }

  /** @param {Token} tok @param {(() => void)} [onExported] */
  function openExport(tok, onExported) {
    openExportDialog({ ipc, host, token: tok, clipboard, onUnauthorized: deps.leave, onExported: onExported ? () => onExported() : undefined,
      onNotFound: () => { deps.refresh(); } });
  }

  /** @param {Token} tok */
  function openDetails(tok) {
    // Always the freshest copy of the token (notes may have been saved since the row was drawn).
    const current = deps.getTokens().find((x) => String(x.id) === String(tok.id)) ?? tok;
    openDetailsPanel({ ipc, host, token: current, onUnauthorized: deps.leave,
      onSaved: (id, notes) => deps.patchNotes?.(id, notes) });
  }

  function openActivity() {
    openAuditView({ ipc, host, onUnauthorized: deps.leave });
  }

  /** @param {{ focus?: 'language' }} [opt] */
  function openSettings(opt) {
    openSettingsDialog({ ipc, host, settings, language: deps.status.language, focus: opt?.focus,
      onSaved: (s) => { settings = s.settings; deps.onSettings?.(s.settings); } });
  }

  async function checkOrphans() {
    /** @type {import('../ipc-types.js').Orphan[]} */
    let list;
    try {
      list = await ipc.orphansList();
    } catch {
      return; // a tidy-up hint only; failures to read it are not worth interrupting for
    }
    if (!alive) return;
    if (!list || list.length === 0) { orphans.hidden = true; replace(orphans); return; }
    const clean = el('button', { type: 'button', class: 'button small-button', 'data-testid': 'orphans-clean', on: { click: cleanUp } }, t('actions-orphans-clean'));
    replace(orphans,
      el('span', { 'data-testid': 'orphans-text' }, t('actions-orphans', { text: orphansText(list.length) })),
      el('span', { class: 'muted small' }, ` ${t('actions-orphans-hint')}`),
      clean);
    orphans.hidden = false;
    async function cleanUp() {
      const names = list.map((o) => o.name || t('actions-orphan-unnamed', { id: o.tokenId })).join(', ');
      let sure = false;
      try {
        sure = await ipc.confirmNative({
          title: t('actions-orphans-confirm-title'),
          message: t('actions-orphans-confirm', { names }),
          okLabel: t('actions-orphans-confirm-ok'), cancelLabel: t('actions-orphans-confirm-cancel'),
        });
      } catch (err) {
        deps.showError(/** @type {Error} */ (err).message);
        return;
      }
      if (!sure || !alive) return;
      setBusy(clean, true, t('actions-orphans-cleaning'));
      try {
        const r = await ipc.orphansClean();
        replace(orphans, el('span', null, t('actions-orphans-removed', { count: r.removed })));
        setTimeout(() => { if (alive) orphans.hidden = true; }, 4000);
      } catch (err) {
        setBusy(clean, false);
        deps.showError(/** @type {Error} */ (err).message);
      }
    }
  }

  /**
   * Each row's menu element and how to point it at another token (see rebindRowActions).
   * @type {WeakMap<Node, (tok: Token) => void>}
   */
  const rowMenus = new WeakMap();

  /**
   * Every row has the same one action button, "⋯", out of the Tab order (the row is the tab
   * stop; Shift+F10, the Menu key or → open this menu from the row). "Copy key" leads the
   * menu when this device holds the key (Ctrl+C on the row does the same). The menu acts on
   * the token its row shows now: the table keeps one menu per row element and points it at
   * the row's next token (rebindRowActions) instead of building one per token, which a filter
   * keystroke did for every row in view (docs/performance.md, twenty-third part).
   * @param {Token} first
   */
  function rowActions(first) {
    let tok = first;
    const labelFor = (/** @type {Token} */ x) => t('actions-menu', { token: tokenLabel(x) });
    const label = labelFor(tok);
    /** @type {import('./menu.js').Menu} */
    const menu = createMenu({ label, menuLabel: label, testid: 'row-menu',
      buttonClass: 'button ghost small-button row-menu-button', title: t('actions-menu-title'), tabindex: '-1',
      focusBack: () => /** @type {HTMLElement | null} */ (menu.element.closest?.('tr') ?? null),
      items: () => {
        // The items act on the token the menu was opened for.
        const tk = tok;
        return [
          tk.hasLocalKey ? { testid: 'row-copy', label: t('actions-copy-key'), shortcut: 'Ctrl+C', keys: 'Control+C', run: () => keyAction('copy', tk) } : null,
          { testid: 'row-details', label: t('actions-details'), shortcut: 'Enter', keys: 'Enter', run: () => openDetails(tk) },
          tk.hasLocalKey ? { testid: 'row-export', label: t('actions-export'), run: () => openExport(tk) } : null,
          canDelete() && deps.rotation && !deps.rotation.inRotation(tk) ? { testid: 'row-rotate', label: t('actions-rotate'), run: () => deps.rotation?.rotate([tk]) } : null,
          tk.hasLocalKey && deps.rotation ? { testid: 'row-check', label: t('actions-check'), run: () => deps.rotation?.checkHeld(tk) } : null,
          { testid: 'row-howto', label: t('actions-howto'), run: () => openHowtoPanel({ host, token: tk, demoBaseUrl: profile?.demo ? profile.baseUrl : null, ipc }) },
          !tk.hasLocalKey && deps.status.vault.available ? { testid: 'row-attach', label: t('actions-attach'), run: () => openAttachDialog({ ipc, host, token: tk,
            onAttached: () => { deps.refresh(); }, onUnauthorized: deps.leave }) } : null,
          tk.hasLocalKey ? { testid: 'row-forget', label: t('actions-forget-menu'), danger: true, run: () => confirmForget(tk) } : null,
          canDelete() ? { testid: 'row-delete', label: t('actions-delete'), shortcut: 'Delete', keys: 'Delete', danger: true, run: () => flow.deleteOne(tk) } : null,
        ];
      } });
    const element = el('div', { class: 'row-actions' }, menu.element);
    rowMenus.set(element, (next) => {
      // Open for another token: its items would act on that one, so it closes.
      if (menu.isOpen() && String(next.id) !== String(tok.id)) menu.close(false);
      tok = next;
      const now = labelFor(tok);
      menu.relabel(now, now);
    });
    return element;
  }

  /**
   * Points a menu made by rowActions at `tok` (its row now shows that token).
   * @param {Node} node  what rowActions returned
   * @param {Token} tok
   */
  function rebindRowActions(node, tok) {
    rowMenus.get(node)?.(tok);
  }

  return {
    toolbar: el('span', { class: 'selection-actions' }, rotateSelected, deleteSelected),
    clipboard,
    /** @param {Token} tok @param {() => void} onExported */
    openExport(tok, onExported) { openExport(tok, onExported); },
    notices: el('div', { class: 'lifecycle-notices' }, orphans, report),
    clipboardElement: clipboard.element,
    /** @param {{ focus?: 'language' }} [opt] */
    openSettings(opt) { openSettings(opt); },
    openActivity() { openActivity(); },
    /** @param {Token} tok */
    openDetails(tok) { openDetails(tok); },
    /** @param {Account} a */
    setAccount(a) { account = a; renderToolbar(); },
    canDelete,
    /** For the token table. */
    selection: {
      enabled: canDelete,
      /** @param {string} id */
      has: (id) => selected.has(String(id)),
      size: () => selected.size,
      /** @param {string[]} ids @param {boolean} on */
      set(ids, on) {
        for (const id of ids) { if (on) selected.add(String(id)); else selected.delete(String(id)); }
        renderToolbar();
        onSelectionChange();
      },
    },
    /** @param {() => void} fn */
    onSelectionChange(fn) { onSelectionChange = fn; },
    /** @param {Token} tok */
    rowActions(tok) { return rowActions(tok); },
    /** @param {Node} node @param {Token} tok */
    rebindRowActions(node, tok) { rebindRowActions(node, tok); },
    /** @param {Token} tok */
    deleteToken(tok) { if (canDelete()) flow.deleteOne(tok); },
    /** Ctrl+C on a row: copies the key this device holds for it (says so when it holds none). @param {Token} tok */
    copyKey(tok) {
      if (tok.hasLocalKey) keyAction('copy', tok);
      else deps.showError(t('actions-no-key', { token: tokenLabel(tok) }));
    },
    /** After every successful list refresh: drop vanished ids from the selection, look for orphans. */
    afterRefresh() {
      const ids = new Set(deps.getTokens().map((tok) => String(tok.id)));
      for (const id of [...selected]) if (!ids.has(id)) selected.delete(id);
      renderToolbar();
      checkOrphans();
    },
    /** @param {import('../ipc-types.js').CreateResult} result */
    handleCreateResult(result) {
      if (result.outcome === 'created') {
        // Closing the reveal lands on the new token's row, where its key can be copied again.
        openRevealDialog({ ipc, host, result, clipboard, onClosed: () => { Promise.resolve(deps.refresh()).then(() => deps.focusToken?.(String(result.token.id))); },
          onExport: (tok, onExported) => openExport(tok, onExported) });
      } else if (result.outcome === 'keyLost') {
        deps.refresh();
        openKeyLostDialog({ host, result, onDelete: (tok) => flow.deleteOne(tok), onKeep: () => {} });
      }
    },
    /**
     * @param {{ offPage?: boolean }} [opt]  offPage: a mount that was never on the page
     *   (first-frame.js) leaves the page's open menu alone
     */
    destroy(opt = {}) {
      alive = false;
      if (!opt.offPage) closeMenus();
      clipboard.destroy();
      unlisten?.();
    },
  };
}

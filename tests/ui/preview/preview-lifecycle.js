// @ts-check
//! Dev preview only: drives the workspace into each token-lifecycle situation (opens the
//! dialog, types, clicks) so a screenshot can be taken. Never loaded by the app.

const wait = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
/** @param {Element} root @param {string} id */
const q = (root, id) => /** @type {HTMLElement} */ (root.querySelector(`[data-testid="${id}"]`));
/** @param {HTMLInputElement} input @param {string} value */
function type(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A row-menu item of the row with this token id (the menu is opened first). @param {Element} root @param {string} id @param {string} item */
export function rowItem(root, id, item) {
  /** @type {HTMLElement} */ (root.querySelector(`[data-token-id="${id}"] [data-testid="row-menu"]`)).click();
  return /** @type {HTMLElement} */ (root.querySelector(`[data-token-id="${id}"] [data-testid="${item}"]`));
}

/** An item of the header's account menu (opened first). @param {Element} root @param {string} item */
export function accountItem(root, item) {
  q(root, 'account-menu').click();
  return q(root, item);
}

/**
 * @param {string} screen
 * @param {Element} root
 */
export async function play(screen, root) {
  await wait(80);
  const create = async () => { q(root, 'new-token').click(); await wait(30); };
  switch (screen) {
    case 'create': await create(); break;
    case 'create-invalid':
      await create();
      type(/** @type {HTMLInputElement} */ (q(root, 'create-name')), 'Invoice\u202Egpj.exe');
      q(root, 'create-type-realtime').click();
      break;
    case 'create-duplicate':
      await create();
      type(/** @type {HTMLInputElement} */ (q(root, 'create-name')), 'Staging environment');
      q(root, 'create-expiry-2').click();
      break;
    case 'create-limit': case 'create-forbidden': case 'create-retry':
      await create();
      type(/** @type {HTMLInputElement} */ (q(root, 'create-name')), 'Podcast ingest');
      q(root, 'create-submit').click();
      break;
    case 'reveal': case 'reveal-vault': case 'keylost':
      await create();
      type(/** @type {HTMLInputElement} */ (q(root, 'create-name')), 'Podcast ingest');
      q(root, 'create-submit').click();
      await wait(50);
      if (screen === 'reveal') { q(root, 'reveal-copy').click(); }
      break;
    case 'bulk': case 'delete-report': {
      const boxes = /** @type {HTMLInputElement[]} */ (Array.from(root.querySelectorAll('[data-testid="row-select"]')));
      for (const b of boxes.slice(screen === 'bulk' ? 4 : 3, 7)) b.click();
      q(root, 'delete-selected').click();
      await wait(30);
      if (screen === 'bulk') { type(/** @type {HTMLInputElement} */ (q(root, 'bulk-count-input')), '3'); break; }
      type(/** @type {HTMLInputElement} */ (q(root, 'bulk-count-input')), '4');
      q(root, 'bulk-confirm').click();
      break;
    }
    case 'howto': case 'howto-rt': {
      const rows = Array.from(root.querySelectorAll('[data-testid="token-row"]'));
      const want = screen === 'howto' ? 'batch' : 'realtime';
      const row = rows.find((r) => r.querySelector('[data-testid="token-type"]')?.textContent?.toLowerCase().includes(want));
      /** @type {HTMLElement} */ (row?.querySelector('[data-testid="row-menu"]')).click();
      /** @type {HTMLElement} */ (row?.querySelector('[data-testid="row-howto"]')).click();
      break;
    }
    case 'export': case 'export-saved': case 'export-copied': case 'export-invalid': case 'export-cancelled':
      rowItem(root, '101', 'row-export').click();
      await wait(30);
      if (screen === 'export') break;
      if (screen === 'export-saved') q(root, 'export-format-bitwardenJson').click();
      if (screen === 'export-cancelled') q(root, 'export-format-keepassxcCsv').click();
      if (screen === 'export-invalid') type(/** @type {HTMLInputElement} */ (q(root, 'export-variable')), '2-SCRIPTIX TOKEN');
      q(root, 'export-submit').click();
      break;
    case 'reveal-export':
      await create();
      type(/** @type {HTMLInputElement} */ (q(root, 'create-name')), 'Podcast ingest');
      q(root, 'create-submit').click();
      await wait(50);
      q(root, 'reveal-export').click();
      await wait(30);
      q(root, 'export-format-envFile').click();
      break;
    case 'details': case 'details-error': case 'details-custom':
      rowItem(root, screen === 'details-custom' ? '108' : '101', 'row-details').click();
      await wait(30);
      if (screen === 'details-error') {
        type(/** @type {HTMLInputElement} */ (q(root, 'notes-used-by')), 'transcribe-worker, archive-import and many more…');
        q(root, 'notes-save').click();
      }
      break;
    case 'audit': case 'audit-tampered': case 'audit-empty': case 'audit-export': case 'audit-filtered':
      accountItem(root, 'activity-open').click();
      await wait(50);
      if (screen === 'audit-export') q(root, 'audit-export').click();
      if (screen === 'audit-filtered') {
        const sel = /** @type {HTMLSelectElement} */ (q(root, 'audit-action'));
        sel.value = 'export';
        sel.dispatchEvent(new Event('change'));
      }
      break;
    case 'copied': case 'copied-never': rowItem(root, '101', 'row-copy').click(); break;
    case 'settings': accountItem(root, 'settings-open').click(); break;
    case 'forget': rowItem(root, '101', 'row-forget').click(); break;
    case 'row-menu': /** @type {HTMLElement} */ (root.querySelector('[data-token-id="101"] [data-testid="row-menu"]')).click(); break;
    case 'account-menu': q(root, 'account-menu').click(); break;
    case 'shortcuts': accountItem(root, 'shortcuts-open').click(); break;
    default: break;
  }
}

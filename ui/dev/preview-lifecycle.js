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
      /** @type {HTMLElement} */ (row?.querySelector('[data-testid="row-howto"]')).click();
      break;
    }
    case 'copied': case 'copied-never': q(root, 'row-copy').click(); break;
    case 'settings': q(root, 'settings-open').click(); break;
    case 'forget': q(root, 'row-forget').click(); break;
    default: break;
  }
}

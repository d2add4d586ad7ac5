// @ts-check
//! Dev preview only: drives the workspace into each rotation / expiry / key-check situation
//! so a screenshot can be taken. Never loaded by the app.

const wait = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
/** @param {Element} root @param {string} id */
const q = (root, id) => /** @type {HTMLElement} */ (root.querySelector(`[data-testid="${id}"]`));
/** @param {HTMLInputElement} input @param {string} value */
function type(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
/** @param {Element} root @param {string} id @param {string} item */
const rowItem = (root, id, item) => {
  /** @type {HTMLElement} */ (root.querySelector(`[data-token-id="${id}"] [data-testid="row-menu"]`)).click();
  return /** @type {HTMLElement} */ (root.querySelector(`[data-token-id="${id}"] [data-testid="${item}"]`));
};

/** Screens this module knows. */
export const ROTATION_SCREENS = ['expiry', 'resumed', 'due', 'due-auto', 'expiry-cancel', 'main-rotations', 'rotate', 'rotate-custom', 'rotate-emergency',
  'rotate-plan-error', 'rotate-reveal', 'rotate-vault', 'rotate-verify', 'rotate-summary', 'rotate-lost', 'rotate-cancel', 'rotate-bulk',
  'rotate-bulk-reveal', 'keycheck', 'keycheck-warnings', 'keycheck-result', 'keycheck-revoked', 'keycheck-held', 'settings-expiry'];

/**
 * @param {string} screen
 * @param {Element} root
 */
export async function playRotation(screen, root) {
  await wait(150);
  const rotate = async () => { rowItem(root, '101', 'row-rotate').click(); await wait(30); };
  const submit = async () => { q(root, 'rotation-submit').click(); await wait(300); };
  switch (screen) {
    case 'expiry': case 'expiry-cancel':
      q(root, 'expiry-open').click();
      await wait(50);
      if (screen === 'expiry-cancel') { q(root, 'expiry-cancel-rotation').click(); }
      break;
    case 'rotate': await rotate(); break;
    case 'rotate-custom':
      await rotate();
      q(root, 'rotation-grace-until').click();
      await submit();
      break;
    case 'rotate-emergency': await rotate(); q(root, 'rotation-grace-now').click(); break;
    case 'rotate-plan-error': await rotate(); await submit(); break;
    case 'rotate-reveal': case 'rotate-vault': case 'rotate-verify': case 'rotate-summary': case 'rotate-lost': case 'rotate-cancel':
      await rotate();
      /** @type {HTMLInputElement} */ (q(root, 'rotation-auto-delete')).click();
      await submit();
      if (screen === 'rotate-vault') { q(root, 'rotation-ack-check').click(); }
      if (screen === 'rotate-verify') { q(root, 'rotation-reveal-copy').click(); q(root, 'rotation-verify').click(); await wait(400); }
      if (screen === 'rotate-summary') { q(root, 'rotation-continue').click(); await wait(50); }
      if (screen === 'rotate-cancel') { q(root, 'rotation-cancel-rotation').click(); await wait(50); }
      break;
    case 'rotate-bulk': case 'rotate-bulk-reveal': {
      const boxes = /** @type {HTMLInputElement[]} */ (Array.from(root.querySelectorAll('[data-testid="row-select"]')));
      for (const b of boxes.slice(0, 3)) b.click();
      q(root, 'rotate-selected').click();
      await wait(30);
      if (screen === 'rotate-bulk-reveal') { await submit(); q(root, 'rotation-continue').click(); await wait(300); }
      break;
    }
    case 'keycheck': case 'keycheck-warnings': case 'keycheck-result': case 'keycheck-revoked': {
      q(root, 'keycheck-open').click();
      await wait(30);
      const input = /** @type {HTMLInputElement} */ (q(root, 'keycheck-input'));
      if (screen === 'keycheck') break;
      type(input, screen === 'keycheck-warnings' ? 'sk_live abc' : screen === 'keycheck-revoked' ? 'sk_live_revokedKEYrevokedKEYrevokedKEY0000000' : 'sk_live_PREVIEWrotatedNotARealKey00000000000000');
      q(root, 'keycheck-toggle').click();
      q(root, 'keycheck-submit').click();
      await wait(300);
      break;
    }
    case 'keycheck-held': rowItem(root, '101', 'row-check').click(); await wait(300); break;
    case 'settings-expiry': {
      q(root, 'account-menu').click();
      q(root, 'settings-open').click();
      await wait(30);
      const days = /** @type {HTMLInputElement} */ (q(root, 'settings-thresholds'));
      type(days, '30, 14, 400');
      days.dispatchEvent(new Event('change'));
      break;
    }
    default: break;
  }
}

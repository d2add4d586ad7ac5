// @ts-check
//! Bootstrap only: build the dependencies, read app_status, mount the view that fits it.
//! A status with a session gets the workspace; without one, the sign-in screen.

import * as ipc from './ipc.js';
import { mount as mountSignIn } from './views/signin.js';
import { mount as mountWorkspace } from './views/workspace.js';
import { mount as mountProblem } from './views/problem.js';
import { openCreateDialog } from './views/create-dialog.js';

globalThis.performance?.mark?.('modules-loaded');
const root = /** @type {HTMLElement} */ (document.getElementById('app'));
/** @type {(() => void) | null} */
let unmount = null;

/**
 * @param {import('./ipc.js').AppStatus} status
 * @param {string | null} [reason]
 * @param {import('./ipc.js').TokenList | null} [cachedList]  read before mounting, so the first frame shows it
 */
function show(status, reason = null, cachedList = undefined) {
  unmount?.();
  if (status.session) {
    unmount = mountWorkspace(root, { ipc, status, cachedList, actions: {
      onStatus: (s) => show(s), showSignIn, newToken: (ctx) => openCreateDialog({ ipc, ...ctx }),
    } });
    document.title = 'API tokens — Scriptix Keys';
    /** @type {HTMLElement | null} */ (root.querySelector('h1'))?.focus();
  } else {
    unmount = mountSignIn(root, { ipc, status, reason, onStatus: (s) => show(s) });
    document.title = 'Sign in — Scriptix Keys';
  }
}

/** @param {string} reason */
async function showSignIn(reason) {
  await boot(reason);
}

/** @param {string | null} [reason] */
async function boot(reason = null) {
  try {
    const status = await ipc.appStatus();
    globalThis.performance?.mark?.('status');
    const session = status.session && !reason;
    // Signed in: the cached list goes into the workspace's first frame (no empty table first).
    const cachedList = session ? await ipc.tokensCached().catch(() => null) : undefined;
    show(status.session && reason ? { ...status, session: null } : status, reason, cachedList);
  } catch (err) {
    unmount?.();
    unmount = mountProblem(root, { message: /** @type {Error} */ (err).message, onRetry: () => boot() });
  }
}

boot();

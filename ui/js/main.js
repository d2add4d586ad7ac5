// @ts-check
//! Bootstrap only: build the dependencies, read app_status and the message catalogue, mount
//! the view that fits it. A status with a session gets the workspace; without one, the
//! sign-in screen. A change of language renders the open screen again (no restart).

import * as ipc from './ipc.js';
import { mount as mountSignIn } from './views/signin.js';
import { mount as mountWorkspace } from './views/workspace.js';
import { mount as mountProblem } from './views/problem.js';
import { openCreateDialog } from './views/create-dialog.js';
import { createFirstFrameSaver, renderFirstFrame } from './views/first-frame.js';
import { onLanguageChange, t, useCatalogue } from './lib/i18n.js';

globalThis.performance?.mark?.('modules-loaded');
const root = /** @type {HTMLElement} */ (document.getElementById('app'));
// Rust served the last list's first frame in index.html (views/first-frame.js): on screen,
// inert, until the first view below replaces it.
if (root.hasAttribute('data-first-frame')) globalThis.performance?.mark?.('first-frame-served');
/** @type {(() => void) | null} */
let unmount = null;
/** @type {ReturnType<typeof createFirstFrameSaver> | null} */
let firstFrame = null;

/** The screen shown goes, and the served first frame (if any) with it: the view mounted next is live. */
function leaveScreen() {
  unmount?.();
  unmount = null;
  firstFrame?.stop();
  firstFrame = null;
  root.removeAttribute('inert');
  root.removeAttribute('aria-busy');
  root.removeAttribute('data-first-frame');
}

/**
 * @param {import('./ipc-types.js').AppStatus} status
 * @param {string | null} [reason]
 * @param {import('./ipc-types.js').TokenList | null} [cachedList]  read before mounting, so the first frame shows it
 */
function show(status, reason = null, cachedList = undefined, openSettings = false) {
  leaveScreen();
  if (status.session) {
    const saver = createFirstFrameSaver({ render: nextFirstFrame, save: (f) => ipc.firstFrameSave(f), activity: document });
    firstFrame = saver;
    unmount = mountWorkspace(root, { ipc, status, cachedList, openSettings, actions: {
      onStatus: (s) => show(s), showSignIn, newToken: (ctx) => openCreateDialog({ ipc, ...ctx }),
      onListSaved: () => saver.listSaved(),
    } });
    document.title = t('window-title-tokens');
    if (!openSettings) /** @type {HTMLElement | null} */ (root.querySelector('h1'))?.focus();
  } else {
    unmount = mountSignIn(root, { ipc, status, reason, onStatus: (s) => show(s) });
    document.title = t('window-title-signin');
  }
}

/** The first frame the next start would paint, from the status and cached list Rust has now. */
async function nextFirstFrame() {
  const { status, list, basis } = await ipc.firstFrameBasis();
  if (!list || !basis) return null;
  // Reading the answer (2 MB of JSON with 10,000 tokens) and rendering are two tasks: a key
  // pressed meanwhile waits for one of them, not both.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return renderFirstFrame({ mount: mountWorkspace, status, list, basis, now: new Date() });
}

/** @param {string} reason */
async function showSignIn(reason) {
  await boot(reason);
}

/**
 * @param {string | null} [reason]
 * @param {boolean} [openSettings]  the language changed from Settings: show them again
 */
async function boot(reason = null, openSettings = false) {
  try {
    // The cached list is asked for with the status and the catalogue, not after them: three
    // round trips in flight at once instead of two then one (it is only used when signed in).
    const cached = reason ? null : ipc.tokensCached().catch(() => null);
    const [status, catalogue] = await Promise.all([ipc.appStatus(), ipc.i18nCatalogue()]);
    useCatalogue(catalogue);
    globalThis.performance?.mark?.('status');
    const session = status.session && !reason;
    // Signed in: the cached list goes into the workspace's first frame (no empty table first).
    const cachedList = session ? await cached : undefined;
    show(status.session && reason ? { ...status, session: null } : status, reason, cachedList, openSettings && !!session);
  } catch (err) {
    leaveScreen();
    unmount = mountProblem(root, { message: /** @type {Error} */ (err).message, onRetry: () => boot() });
  }
}

// Settings → Language: the whole window speaks the new language at once; the settings the
// change came from stay open.
onLanguageChange(() => {
  const fromSettings = !!document.querySelector('[data-testid="settings-dialog"]');
  boot(null, fromSettings);
});

boot();

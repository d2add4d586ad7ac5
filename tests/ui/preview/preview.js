// @ts-check
//! Dev preview (not loaded by the app): mounts a real view against the fake ipc.
//! ?screen=signin|signin-error|mfa|first-run|first-run-advanced|add-account|expired|main|filtered|offline|cached|waiting|customer|vault|demo|empty
//! lifecycle: create|create-invalid|create-duplicate|create-limit|create-forbidden|create-retry|reveal|reveal-vault|
//! keylost|bulk|delete-report|howto|howto-rt|copied|orphans|settings|forget|row-menu|account-menu|shortcuts
//! hand-off: export|export-saved|export-copied|export-invalid|export-cancelled|reveal-export|details|details-error|
//! details-custom|audit|audit-tampered|audit-empty|audit-export|audit-filtered
//! rotation and expiry: see ROTATION_SCREENS in preview-rotation.js
//! &lang=nl for another language (English by default)

import { createFakeIpc } from './fake-ipc.js';
import { mount as mountSignIn } from '../../../ui/js/views/signin.js';
import { mount as mountWorkspace } from '../../../ui/js/views/workspace.js';
import { openCreateDialog } from '../../../ui/js/views/create-dialog.js';
import { play } from './preview-lifecycle.js';
import { playRotation, ROTATION_SCREENS } from './preview-rotation.js';
import { useCatalogue } from '../../../ui/js/lib/i18n.js';

const params = new URLSearchParams(location.search);
const screen = params.get('screen') ?? 'main';
const root = /** @type {HTMLElement} */ (document.getElementById('app'));
const now = new Date();
const ipc = /** @type {any} */ (createFakeIpc(screen, now));

// The app gets the catalogue from Rust; the preview reads the same files from shoot.sh's dev
// server, whose directory listing names them.
const lang = params.get('lang') ?? 'en';
const listing = await (await fetch(`../../../locales/${lang}/`)).text();
const files = [...listing.matchAll(/href="([^"]+\.ftl)"/g)].map((m) => m[1]).sort();
useCatalogue({ tag: lang, sources: await Promise.all(files.map(async (f) => (await fetch(`../../../locales/${lang}/${f}`)).text())) });

const status = await ipc.appStatus();
const actions = { onStatus: () => {}, showSignIn: () => {}, newToken: (/** @type {any} */ ctx) => openCreateDialog({ ipc, ...ctx }) };
if (status.session) {
  mountWorkspace(root, { ipc, status, actions });
  if (ROTATION_SCREENS.includes(screen)) await playRotation(screen, root);
  else await play(screen, root);
  if (screen === 'filtered') {
    const f = /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="token-filter"]'));
    await new Promise((r) => setTimeout(r, 50));
    f.value = params.get('q') ?? 'live';
    f.dispatchEvent(new Event('input'));
  }
} else {
  mountSignIn(root, { ipc, status, onStatus: () => {} });
  if (screen === 'add-account') /** @type {HTMLElement} */ (root.querySelector('[data-testid="account-add"]')).click();
  if (screen === 'first-run-advanced') {
    /** @type {HTMLDetailsElement} */ (root.querySelector('[data-testid="signin-advanced"]')).open = true;
    const email = /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="signin-email"]'));
    email.value = 'dana@acme-media.example';
    email.dispatchEvent(new Event('input'));
  }
  if (screen === 'mfa' || screen === 'signin-error') {
    /** @type {HTMLInputElement} */ (root.querySelector('[data-testid="signin-password"]')).value = 'secret';
    /** @type {HTMLFormElement} */ (root.querySelector('form')).requestSubmit();
  }
}

// ?measure=1: how many token rows are wholly visible between the table head and the status bar.
if (params.get('measure')) {
  await new Promise((r) => setTimeout(r, 400));
  const bar = document.querySelector('[data-testid="status-bar"]');
  const bottom = bar ? bar.getBoundingClientRect().top : innerHeight;
  const head = /** @type {Element} */ (document.querySelector('[data-testid="token-table"] thead')).getBoundingClientRect().bottom;
  const n = Array.from(document.querySelectorAll('[data-testid="token-row"]'))
    .filter((r) => { const b = r.getBoundingClientRect(); return b.top >= head - 1 && b.bottom <= bottom + 1; }).length;
  const out = document.createElement('pre');
  out.id = 'axe-result';
  out.hidden = true;
  const heights = Array.from(document.querySelectorAll('[data-testid="token-row"]')).map((r) => Math.round(r.getBoundingClientRect().height));
  out.textContent = `rows visible: ${n} (${innerWidth}×${innerHeight}); table rows from ${Math.round(head)} px to ${Math.round(bottom)} px; row heights ${[...new Set(heights)].join('/')}`;
  document.body.appendChild(out);
}

// ?axe=1: scan the screen with axe-core (tests/node_modules, `npm ci --prefix tests`) and put
// the violations in <pre id="axe-result"> for `chromium --dump-dom` (tests/ui/preview/axe.sh).
if (params.get('axe')) {
  await new Promise((r) => setTimeout(r, 400));
  const s = document.createElement('script');
  s.src = '../../node_modules/axe-core/axe.min.js';
  await new Promise((ok, fail) => { s.onload = ok; s.onerror = fail; document.head.appendChild(s); });
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  const r = await /** @type {any} */ (globalThis).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  const out = document.createElement('pre');
  out.id = 'axe-result';
  out.hidden = true;
  out.textContent = JSON.stringify(r.violations.map((/** @type {any} */ v) => ({ id: v.id, help: v.help,
    nodes: v.nodes.slice(0, 4).map((/** @type {any} */ n) => `${n.target.join(' ')} :: ${n.failureSummary}`) })));
  document.body.appendChild(out);
}

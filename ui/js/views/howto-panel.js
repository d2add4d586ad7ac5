// @ts-check
//! "How to use" side panel for one token: where the key goes (the SCRIPTIX_API_TOKEN
//! environment variable) and curl / Python / Node examples for its type. The snippets come
//! from lib/snippets.js, which only ever receives the type, so they never hold a key.
//! Must not: put a key into a snippet or anywhere in this panel.

import { el, append } from '../lib/dom.js';
import { typeBadge } from '../lib/format.js';
import { snippetsFor, ENV_VAR } from '../lib/snippets.js';
import { createModal } from './modal.js';

const LANGS = /** @type {const} */ ([
  { key: 'curl', label: 'curl (terminal)' },
  { key: 'python', label: 'Python (requests)' },
  { key: 'node', label: 'Node.js (axios)' },
]);

/**
 * @param {{ host: Element, token: import('../ipc.js').Token, demoBaseUrl?: string | null,
 *   clipboardWrite?: (text: string) => Promise<void> }} deps
 */
export function openHowtoPanel(deps) {
  const { token } = deps;
  const s = snippetsFor(token.type);
  const badge = typeBadge(token.type);
  // The snippets hold no secret, so the plain web clipboard is fine here (keys themselves
  // are only ever copied through Rust, see ipc.keyCopy).
  const write = deps.clipboardWrite ?? ((/** @type {string} */ text) => /** @type {any} */ (globalThis).navigator.clipboard.writeText(text));
  const modal = createModal({ host: deps.host, title: `How to use “${token.name}”`, testid: 'howto-panel', className: 'side-panel', onCancel: () => modal.close() });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'howto-close', on: { click: () => modal.close() } }, 'Close');

  append(modal.body, [
    el('div', { class: 'token-facts' },
      el('span', { class: `badge type-${badge.tone}` }, badge.label),
      el('span', { class: 'muted mono' }, `ID ${token.id}`)),
    el('ol', { class: 'howto-steps' },
      el('li', null,
        'Put the key in an environment variable named ', el('code', null, ENV_VAR), '. ',
        token.hasLocalKey
          ? 'Use “Copy key” in the list, or “Copy as env line” when the key is first shown.'
          : 'The key was shown once when the token was created; this device does not hold it.'),
      el('li', null, 'Send it as a Bearer token in the Authorization header, as below. Never paste the key into code.')),
    s.kind === 'batch' && String(token.type).toLowerCase() !== 'batch'
      ? el('p', { class: 'field-note' }, `This token’s type is “${token.type}”; the batch examples are shown as the closest match.`) : null,
    deps.demoBaseUrl
      ? el('p', { class: 'field-note', 'data-testid': 'howto-demo-note' }, 'Demo workspace: replace https://api.scriptix.io with ',
        el('code', null, deps.demoBaseUrl), ' to try these against the local sandbox.') : null,
    el('h3', { class: 'howto-title' }, s.title),
    LANGS.map((l) => snippetBlock(l.key, l.label, s[l.key], write)),
    s.note ? el('p', { class: 'field-note', 'data-testid': 'howto-note' }, s.note) : null,
  ]);
  append(modal.footer, [close]);
  modal.open(close);
}

/**
 * @param {string} key
 * @param {string} label
 * @param {string} code
 * @param {(text: string) => Promise<void>} write
 */
function snippetBlock(key, label, code, write) {
  const done = el('span', { class: 'small muted', role: 'status', 'data-testid': `howto-copied-${key}` });
  const copy = el('button', { type: 'button', class: 'button small-button', 'data-testid': `howto-copy-${key}`,
    'aria-label': `Copy the ${label} example`, on: { click: onCopy } }, 'Copy');
  /** @type {any} */
  let timer = null;
  async function onCopy() {
    try {
      await write(code);
      done.textContent = 'Copied';
    } catch {
      done.textContent = 'Could not copy: select the text and press Ctrl+C.';
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { done.textContent = ''; }, 2500);
  }
  return el('section', { class: 'snippet', 'aria-label': label },
    el('div', { class: 'snippet-head' }, el('span', { class: 'snippet-label' }, label), el('span', { class: 'spacer' }), done, copy),
    el('pre', { class: 'snippet-code', 'data-testid': `howto-snippet-${key}`, tabindex: '0' }, el('code', null, code)));
}

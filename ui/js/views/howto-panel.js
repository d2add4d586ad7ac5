// @ts-check
//! "How to use" side panel for one token: where the key goes (the SCRIPTIX_API_TOKEN
//! environment variable) and curl / Python / Node examples for its type. The snippets come
//! from lib/snippets.js, which only ever receives the type, so they never hold a key.
//! In the demo workspace, for a batch token whose key this device holds, "Send a test request"
//! uploads a short generated audio file from Rust with that key and shows the session id.
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
 *   clipboardWrite?: (text: string) => Promise<void>,
 *   ipc?: { usageSendTestRequest?: (tokenId: string) => Promise<{ sessionId: string, status: string }> } }} deps
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
    testRequest(),
    el('h3', { class: 'howto-title' }, s.title),
    LANGS.map((l) => snippetBlock(l.key, l.label, s[l.key], write)),
    s.note ? el('p', { class: 'field-note', 'data-testid': 'howto-note' }, s.note) : null,
  ]);
  append(modal.footer, [close]);
  modal.open(close);

  /** "Send a test request": demo workspace, a batch key this device holds. */
  function testRequest() {
    const send = deps.ipc?.usageSendTestRequest;
    if (!deps.demoBaseUrl || !send || !token.hasLocalKey || String(token.type).toLowerCase() !== 'batch') return null;
    const result = el('p', { class: 'small', role: 'status', 'data-testid': 'howto-test-result' });
    const button = el('button', { type: 'button', class: 'button', 'data-testid': 'howto-send-test', on: { click: go } }, 'Send a test request');
    async function go() {
      /** @type {any} */ (button).disabled = true;
      result.textContent = 'Uploading a short test recording…';
      try {
        const r = await /** @type {NonNullable<typeof send>} */ (send)(String(token.id));
        result.textContent = `Sent. Session ${r.sessionId} is ${r.status}. The token’s usage (Details) now shows this request.`;
      } catch (err) {
        result.textContent = /** @type {Error} */ (err).message;
      } finally {
        /** @type {any} */ (button).disabled = false;
      }
    }
    return el('section', { class: 'howto-test', 'aria-label': 'Try it', 'data-testid': 'howto-test' },
      el('h3', { class: 'howto-title' }, 'Try it in the demo'),
      el('p', { class: 'small muted' }, 'Uploads half a second of generated audio with this token’s key (from this device’s vault) to the local sandbox, which opens a session but does not transcribe.'),
      button, result);
  }
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

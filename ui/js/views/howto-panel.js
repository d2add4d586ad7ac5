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
import { t, tAround } from '../lib/i18n.js';
import { createModal } from './modal.js';

/** The examples, in order (labels read when shown). */
const LANGS = /** @type {const} */ ([
  { key: 'curl', label: () => t('howto-lang-curl') },
  { key: 'python', label: () => t('howto-lang-python') },
  { key: 'node', label: () => t('howto-lang-node') },
]);

/**
 * A catalogue sentence with one argument shown as code: the words around it, in whatever
 * order the language puts them, stay plain text.
 * @param {string} id @param {string} name the argument shown as code @param {string} code
 */
function withCode(id, name, code) {
  return tAround(id, name).flatMap((text, i) => (i === 0 ? [text] : [el('code', null, code), text]));
}

/**
 * @param {{ host: Element, token: import('../ipc-types.js').Token, demoBaseUrl?: string | null,
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
  const modal = createModal({ host: deps.host, title: t('howto-title', { name: token.name }), testid: 'howto-panel', className: 'side-panel', onCancel: () => modal.close() });
  const close = el('button', { type: 'button', class: 'button', 'data-testid': 'howto-close', on: { click: () => modal.close() } }, t('howto-close'));

  append(modal.body, [
    el('div', { class: 'token-facts' },
      el('span', { class: `badge type-${badge.tone}` }, badge.label),
      el('span', { class: 'muted mono' }, t('howto-token-id', { id: String(token.id) }))),
    el('ol', { class: 'howto-steps' },
      el('li', null, token.hasLocalKey
        ? withCode('howto-step-env-held', 'variable', ENV_VAR)
        : withCode('howto-step-env-not-held', 'variable', ENV_VAR)),
      el('li', null, t('howto-step-header'))),
    s.kind === 'batch' && String(token.type).toLowerCase() !== 'batch'
      ? el('p', { class: 'field-note' }, t('howto-other-type', { type: String(token.type) })) : null,
    deps.demoBaseUrl
      ? el('p', { class: 'field-note', 'data-testid': 'howto-demo-note' }, withCode('howto-demo-note', 'url', deps.demoBaseUrl)) : null,
    testRequest(),
    el('h3', { class: 'howto-title' }, s.title),
    LANGS.map((l) => snippetBlock(l.key, l.label(), s[l.key], write)),
    s.note ? el('p', { class: 'field-note', 'data-testid': 'howto-note' }, s.note) : null,
  ]);
  append(modal.footer, [close]);
  modal.open(close);

  /** "Send a test request": demo workspace, a batch key this device holds. */
  function testRequest() {
    const send = deps.ipc?.usageSendTestRequest;
    if (!deps.demoBaseUrl || !send || !token.hasLocalKey || String(token.type).toLowerCase() !== 'batch') return null;
    const result = el('p', { class: 'small', role: 'status', 'data-testid': 'howto-test-result' });
    const button = el('button', { type: 'button', class: 'button', 'data-testid': 'howto-send-test', on: { click: go } }, t('howto-send-test'));
    async function go() {
      /** @type {any} */ (button).disabled = true;
      result.textContent = t('howto-sending');
      try {
        const r = await /** @type {NonNullable<typeof send>} */ (send)(String(token.id));
        result.textContent = t('howto-sent', { session: r.sessionId, status: r.status });
      } catch (err) {
        result.textContent = /** @type {Error} */ (err).message;
      } finally {
        /** @type {any} */ (button).disabled = false;
      }
    }
    return el('section', { class: 'howto-test', 'aria-label': t('howto-try-label'), 'data-testid': 'howto-test' },
      el('h3', { class: 'howto-title' }, t('howto-try-title')),
      el('p', { class: 'small muted' }, t('howto-try-text')),
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
    'aria-label': t('howto-copy-label', { example: label }), on: { click: onCopy } }, t('howto-copy'));
  /** @type {any} */
  let timer = null;
  async function onCopy() {
    try {
      await write(code);
      done.textContent = t('howto-copied');
    } catch {
      done.textContent = t('howto-copy-failed');
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { done.textContent = ''; }, 2500);
  }
  return el('section', { class: 'snippet', 'aria-label': label },
    el('div', { class: 'snippet-head' }, el('span', { class: 'snippet-label' }, label), el('span', { class: 'spacer' }), done, copy),
    el('pre', { class: 'snippet-code', 'data-testid': `howto-snippet-${key}`, tabindex: '0' }, el('code', null, code)));
}

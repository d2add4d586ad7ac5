import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, FakeElement, byTestId, flush } from './fake-dom.js';
import { mount } from '../../../ui/js/views/workspace.js';
import { renderFirstFrame, stableUntil, createFirstFrameSaver } from '../../../ui/js/views/first-frame.js';
import { useLanguage } from './catalogue.js';
import { NOW, iso, TOKENS, STATUS, setup } from './workspace-fixtures.js';

/** Every call pending forever: what the live screen looks like before any answer. */
const pendingIpc = new Proxy({}, { get: () => () => new Promise(() => {}) });

/**
 * Markup as a browser would serialise it once the served frame's properties are attributes:
 * the profile switcher's choice, a checked box and a typed value included, so the live
 * screen (properties) and the served frame (attributes) compare as what the user sees.
 */
function markup(n) {
  if (n.nodeType === 3) return JSON.stringify(n.data);
  const attrs = new Map(n.attributes);
  if (n.tagName === 'OPTION' && n.selected) attrs.set('selected', '');
  if (n.tagName === 'INPUT' && n.checked) attrs.set('checked', '');
  if (n.tagName === 'INPUT' && n.value && n.type !== 'checkbox') attrs.set('value', n.value);
  const props = ['disabled', 'hidden'].filter((p) => n[p]).map((p) => `.${p}`);
  const list = [...attrs.entries()].sort().map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `<${n.tagName} ${[...list, ...props].join(' ')}>${n.childNodes.map(markup).join('')}</${n.tagName}>`;
}

/**
 * Element ids end in a page-wide counter (dom.js uid): the served frame, rendered later in
 * the page's life, has other numbers than the next start's first mount, with the same pairs.
 */
const sameIds = (/** @type {string} */ html) => html.replace(/\b(id|for)="([a-z-]+)-\d+"/g, '$1="$2-N"');

/** The live workspace's first frame: mounted with the cached list, before anything answers. */
function liveFirstFrame(status, list) {
  const { root } = installDom();
  const unmount = mount(root, { ipc: /** @type {any} */ (pendingIpc), status, cachedList: list, now: () => NOW,
    keyTarget: new FakeElement(globalThis.document, 'div'), actions: { onStatus() {}, showSignIn() {}, newToken() {} } });
  const seen = sameIds(markup(root).replace(/^<DIV >/, '').replace(/<\/DIV>$/, ''));
  unmount();
  return seen;
}

/** Attributes only, as innerHTML gives them: what Rust serves. */
function asServed(n) {
  if (n.nodeType === 3) return JSON.stringify(n.data);
  const list = [...n.attributes.entries()].sort().map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const props = ['disabled', 'hidden'].filter((p) => n[p]).map((p) => `.${p}`);
  return `<${n.tagName} ${[...list, ...props].join(' ')}>${n.childNodes.map(asServed).join('')}</${n.tagName}>`;
}

function served(status, list) {
  installDom();
  return renderFirstFrame({ mount, status, list, basis: 'digest', now: NOW,
    serialize: (box) => sameIds(asServed(box).replace(/^<DIV >/, '').replace(/<\/DIV>$/, '')) });
}

const many = Array.from({ length: 300 }, (_, i) => ({ id: String(1000 + i), name: `Service ${i} <b>&"'`, type: i % 2 ? 'batch' : 'realtime',
  createdAt: iso(-200 - i), expiresAt: iso(5 + i), expirySource: 'server', status: i < 3 ? 'expiring7' : 'active', hasLocalKey: i % 7 === 0,
  keyHint: i % 7 === 0 ? 'sk_…ab12' : null }));

for (const lang of ['en', 'nl']) {
  for (const [what, tokens] of [['three tokens', TOKENS], ['300 tokens (windowed)', many]]) {
    test(`the served first frame is the live screen's first frame (${lang}, ${what})`, () => {
      useLanguage(lang);
      const list = { profileId: 'w', tokens, fetchedAt: iso(-0.01), fromCache: true };
      const frame = served(STATUS, list);
      assert.equal(frame.html, liveFirstFrame(STATUS, list));
      assert.equal(frame.basis, 'digest');
      assert.equal(frame.utcOffsetMinutes, -NOW.getTimezoneOffset());
      assert.match(frame.html, /data-testid="main-screen"/);
      // The switcher names the active profile in markup, not only as a property (a served
      // page has no properties).
      assert.match(frame.html, /<OPTION selected="" value="w">/);
      useLanguage('en');
    });
  }
}

test('rendering the served frame leaves the page alone and reaches no Rust command', async () => {
  useLanguage('en');
  // The live screen, with its account menu open.
  const live = setup();
  await flush();
  byTestId(live.root, 'account-menu').click();
  assert.equal(byTestId(live.root, 'account-menu').getAttribute('aria-expanded'), 'true');
  const before = markup(live.root);
  const list = { profileId: 'w', tokens: many, fetchedAt: iso(-0.01), fromCache: true };
  /** @type {any} */
  let given = null;
  let keyListeners = 0;
  const windowListeners = new Map();
  const g = /** @type {any} */ (globalThis);
  g.addEventListener = (type, fn) => windowListeners.set(fn, type);
  g.removeEventListener = (_type, fn) => windowListeners.delete(fn);
  try {
    const watching = (/** @type {HTMLElement} */ box, /** @type {any} */ deps) => {
      given = deps;
      const keyTarget = { addEventListener: () => { keyListeners += 1; }, removeEventListener() {} };
      return mount(box, { ...deps, keyTarget });
    };
    const frame = renderFirstFrame({ mount: watching, status: STATUS, list, basis: 'digest', now: NOW, serialize: (box) => markup(box) });
    assert.match(frame.html, /data-testid="token-row"/);
    assert.doesNotMatch(frame.html, /DIALOG/);
  } finally {
    delete g.addEventListener;
    delete g.removeEventListener;
  }
  assert.equal(given.firstFrameOnly, true);
  assert.equal(keyListeners, 0, 'no shortcut listens');
  assert.deepEqual([...windowListeners.values()], [], 'no window listener outlives the render');
  // The live screen is as it was: its menu still open.
  assert.equal(markup(live.root), before);
  assert.equal(byTestId(live.root, 'account-menu').getAttribute('aria-expanded'), 'true');
  // Every command answers never: nothing the off-page mount asks for reaches Rust.
  let settled = false;
  given.ipc.tokensRefresh().then(() => { settled = true; }, () => { settled = true; });
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(settled, false);
  live.unmount();
});

test('the served frame is good until its first text would read differently', () => {
  useLanguage('en');
  // "in 3 days" turns into "in 2 days" once fewer than 2.5 days remain: 12 h from now.
  const tok = { ...TOKENS[0], expiresAt: iso(3) };
  const list = { profileId: 'w', tokens: [tok], fetchedAt: NOW.toISOString(), fromCache: true };
  const until = stableUntil([tok], list, NOW);
  // The freshness line ("from 12:00") changes at the next local midnight, if that is sooner.
  const midnight = new Date(NOW);
  midnight.setHours(24, 0, 0, 0);
  const expected = Math.min(NOW.getTime() + 12 * 3600_000, midnight.getTime());
  assert.ok(Math.abs(until - expected) <= 1000, `${new Date(until).toISOString()} vs ${new Date(expected).toISOString()}`);
  assert.ok(until > NOW.getTime());
});

test('a frame without a changing text is good for a day, not longer', () => {
  useLanguage('en');
  const tok = { ...TOKENS[0], expiresAt: null, status: 'unknown' };
  const fetchedAt = new Date(NOW.getTime() - 400 * 86_400_000).toISOString();
  const list = { profileId: 'w', tokens: [tok], fetchedAt, fromCache: true };
  assert.equal(stableUntil([tok], list, NOW), NOW.getTime() + 24 * 3600_000);
});

test('the saver renders once after the last saved list, and stop cancels it', async () => {
  const saved = [];
  let renders = 0;
  const saver = createFirstFrameSaver({ delayMs: 5, save: async (f) => { saved.push(f); },
    render: async () => { renders += 1; return /** @type {any} */ ({ html: `frame ${renders}` }); } });
  saver.listSaved();
  saver.listSaved();
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(renders, 1);
  assert.deepEqual(saved.map((f) => f.html), ['frame 1']);
  saver.listSaved();
  saver.stop();
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(renders, 1, 'stopped before its time: nothing rendered');
});

test('a failing render or save is swallowed, and the next list is rendered again', async () => {
  let renders = 0;
  const saves = [];
  const saver = createFirstFrameSaver({ delayMs: 1,
    render: async () => { renders += 1; if (renders === 1) throw new Error('boom'); return /** @type {any} */ ({ html: `frame ${renders}` }); },
    save: async (f) => { saves.push(f.html); if (saves.length === 1) throw new Error('refused'); } });
  const rejections = [];
  const onRejection = (/** @type {any} */ e) => rejections.push(e);
  process.on('unhandledRejection', onRejection);
  for (let i = 0; i < 3; i += 1) {
    saver.listSaved();
    await new Promise((r) => setTimeout(r, 15));
  }
  process.off('unhandledRejection', onRejection);
  assert.equal(renders, 3);
  assert.deepEqual(saves, ['frame 2', 'frame 3']);
  assert.deepEqual(rejections, []);
});

test('the render waits while the user is at work: each key, click or keystroke puts it off', async () => {
  let renders = 0;
  const activity = new EventTarget();
  const saver = createFirstFrameSaver({ delayMs: 40, activity, save: async () => {},
    render: async () => { renders += 1; return /** @type {any} */ ({ html: 'x' }); } });
  saver.listSaved();
  for (const type of ['keydown', 'input', 'pointerdown', 'wheel', 'keydown']) {
    await new Promise((r) => setTimeout(r, 25));
    activity.dispatchEvent(new Event(type));
  }
  assert.equal(renders, 0, 'typing went on: not rendered yet');
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(renders, 1, 'rendered once the window was quiet');
  // With nothing to render, input does not start one.
  activity.dispatchEvent(new Event('keydown'));
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(renders, 1);
  saver.stop();
  activity.dispatchEvent(new Event('keydown'));
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(renders, 1);
});

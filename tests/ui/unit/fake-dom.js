// A minimal fake document: just enough DOM for the views to mount under `node --test`
// (createElement, attributes, text, events with bubbling, focus, and a small selector
// engine for tag, .class, [attr], [attr="v"] and :not(...)). Not a browser; no layout.

class FakeNode {
  constructor(doc) { this.ownerDocument = doc; this.parentNode = null; this.childNodes = []; this.listeners = new Map(); }
  get firstChild() { return this.childNodes[0] ?? null; }
  get nextSibling() { const p = this.parentNode; return p ? p.childNodes[p.childNodes.indexOf(this) + 1] ?? null : null; }
  get lastChild() { return this.childNodes[this.childNodes.length - 1] ?? null; }
  get children() { return this.childNodes.filter((n) => n instanceof FakeElement); }
  get isConnected() { let n = this; while (n.parentNode) n = n.parentNode; return n instanceof FakeDocument; }
  appendChild(n) { if (n.parentNode) n.parentNode.removeChild(n); n.parentNode = this; this.childNodes.push(n); return n; }
  removeChild(n) { const i = this.childNodes.indexOf(n); if (i >= 0) this.childNodes.splice(i, 1); n.parentNode = null; return n; }
  insertBefore(n, ref) {
    if (!ref) return this.appendChild(n);
    if (n.parentNode) n.parentNode.removeChild(n);
    n.parentNode = this;
    this.childNodes.splice(this.childNodes.indexOf(ref), 0, n);
    return n;
  }
  replaceChild(n, old) { this.insertBefore(n, old); return this.removeChild(old); }
  get textContent() { return this.childNodes.map((n) => n.textContent).join(''); }
  set textContent(v) { for (const c of this.childNodes) c.parentNode = null; this.childNodes = []; if (v !== '' && v != null) this.appendChild(new FakeText(this.ownerDocument, String(v))); }
  addEventListener(type, fn) { if (!this.listeners.has(type)) this.listeners.set(type, []); this.listeners.get(type).push(fn); }
  removeEventListener(type, fn) { const l = this.listeners.get(type); if (l) this.listeners.set(type, l.filter((f) => f !== fn)); }
  dispatchEvent(event) {
    event.target ??= this;
    for (let n = this; n; n = n.parentNode) {
      event.currentTarget = n;
      for (const fn of [...(n.listeners.get(event.type) ?? [])]) fn(event);
      if (event.stopped) break;
    }
    return !event.defaultPrevented;
  }
}

class FakeText extends FakeNode {
  constructor(doc, text) { super(doc); this.data = text; }
  get nodeType() { return 3; }
  get textContent() { return this.data; }
  set textContent(v) { this.data = String(v); }
}

export class FakeElement extends FakeNode {
  constructor(doc, tag) {
    super(doc);
    this.tagName = tag.toUpperCase();
    this.attributes = new Map();
    this.disabled = false; this.checked = false; this.hidden = false; this.required = false; this.readOnly = false;
    this.selected = false;
    this._value = '';
  }
  get nodeType() { return 1; }
  setAttribute(k, v) { this.attributes.set(k, String(v)); }
  getAttribute(k) { return this.attributes.has(k) ? this.attributes.get(k) : null; }
  hasAttribute(k) { return this.attributes.has(k); }
  getAttributeNames() { return [...this.attributes.keys()]; }
  removeAttribute(k) { this.attributes.delete(k); }
  toggleAttribute(k, force) { const on = force ?? !this.attributes.has(k); if (on) this.setAttribute(k, ''); else this.removeAttribute(k); return on; }
  get open() { return this.hasAttribute('open'); }
  set open(v) { this.toggleAttribute('open', Boolean(v)); }
  get id() { return this.getAttribute('id') ?? ''; }
  set id(v) { this.setAttribute('id', v); }
  get className() { return this.getAttribute('class') ?? ''; }
  set className(v) { this.setAttribute('class', v); }
  get type() { return this.getAttribute('type') ?? (this.tagName === 'INPUT' ? 'text' : ''); }
  set type(v) { this.setAttribute('type', v); }
  get value() {
    if (this.tagName === 'SELECT') {
      const opts = this.querySelectorAll('option');
      const sel = opts.find((o) => o.selected) ?? opts[0];
      return sel ? sel.value : '';
    }
    if (this.tagName === 'OPTION') return this.getAttribute('value') ?? this.textContent;
    return this._value;
  }
  set value(v) {
    if (this.tagName === 'SELECT') { for (const o of this.querySelectorAll('option')) o.selected = o.value === String(v); return; }
    if (this.tagName === 'OPTION') { this.setAttribute('value', v); return; }
    this._value = String(v);
  }
  focus() { this.ownerDocument.activeElement = this; }
  select() {}
  click() { if (!this.disabled) this.dispatchEvent(makeEvent('click')); }
  remove() { this.parentNode?.removeChild(this); }
  querySelectorAll(selector) {
    const alts = selector.split(',').map((s) => s.trim());
    const out = [];
    const walk = (n) => { for (const c of n.children) { if (alts.some((a) => matches(c, a))) out.push(c); walk(c); } };
    walk(this);
    return out;
  }
  querySelector(selector) { return this.querySelectorAll(selector)[0] ?? null; }
  closest(selector) {
    const alts = selector.split(',').map((s) => s.trim());
    for (let n = this; n instanceof FakeElement; n = n.parentNode) if (alts.some((a) => matches(n, a))) return n;
    return null;
  }
  contains(other) { for (let n = other; n; n = n.parentNode) if (n === this) return true; return false; }
}

/** @param {FakeElement} node @param {string} sel one compound selector */
function matches(node, sel) {
  let rest = sel;
  const tag = /^[a-z][a-z0-9]*/i.exec(rest);
  if (tag) { if (node.tagName !== tag[0].toUpperCase()) return false; rest = rest.slice(tag[0].length); }
  while (rest) {
    let m;
    if ((m = /^\.([\w-]+)/.exec(rest))) {
      if (!node.className.split(/\s+/).includes(m[1])) return false;
    } else if ((m = /^\[([\w-]+)(?:="([^"]*)")?\]/.exec(rest))) {
      if (!node.hasAttribute(m[1])) return false;
      if (m[2] !== undefined && node.getAttribute(m[1]) !== m[2]) return false;
    } else if ((m = /^:not\(([^)]*\]?)\)/.exec(rest))) {
      if (matches(node, m[1])) return false;
    } else throw new Error(`fake-dom: unsupported selector ${sel}`);
    rest = rest.slice(m[0].length);
  }
  return true;
}

export function makeEvent(type, init = {}) {
  return { type, bubbles: true, defaultPrevented: false, stopped: false, ...init,
    preventDefault() { this.defaultPrevented = true; }, stopPropagation() { this.stopped = true; } };
}

export class FakeDocument extends FakeNode {
  constructor() { super(null); this.ownerDocument = this; this.activeElement = null; this.title = ''; this.documentElement = new FakeElement(this, 'html'); }
  createElement(tag) { return new FakeElement(this, tag); }
  createElementNS(_ns, tag) { return new FakeElement(this, tag); }
  createTextNode(text) { return new FakeText(this, text); }
}

/** Install a fresh fake document on globalThis and return it with a root element. */
export function installDom() {
  const doc = new FakeDocument();
  globalThis.document = doc;
  const root = doc.createElement('div');
  doc.appendChild(root);
  return { doc, root };
}

/** Everything rendering decides about a node, as text: tag, attributes, properties, children. */
export function shape(n) {
  if (n.nodeType === 3) return JSON.stringify(n.data);
  const attrs = [...n.attributes.entries()].sort().map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const props = ['checked', 'disabled', 'hidden'].filter((p) => n[p]).map((p) => `.${p}`);
  return `<${n.tagName} ${[...attrs, ...props].join(' ')}>${n.childNodes.map(shape).join('')}</${n.tagName}>`;
}

export const byTestId = (root, id) => root.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (root, id) => root.querySelectorAll(`[data-testid="${id}"]`);
export const flush = async (n = 5) => { for (let i = 0; i < n; i += 1) await new Promise((r) => setImmediate(r)); };
/** A promise with its resolve/reject exposed. */
export function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

// @ts-check
//! Tiny DOM builder. Owns element creation for every view. Text always goes in through
//! textContent / text nodes, never as markup, so data from the server can never become HTML.
//! `h()` + `patch()` describe an element and make an existing one look like it, writing only
//! what differs (the token table re-renders its rows on every filter keystroke: nodes reused
//! keep WebKit's style, layout and paint of what did not change).
//! Must not: use innerHTML/insertAdjacentHTML, set inline styles, or touch window.__TAURI_INTERNALS__.

/**
 * @typedef {Object<string, any>} Attrs
 * Keys: `class` (string), `on` ({event: handler}), boolean props (`disabled`, `checked`,
 * `hidden`, `required`), `value`, `ref` (called with the element); everything else
 * (including `data-*` and `aria-*`) becomes an attribute. null/undefined/false are skipped.
 */

const PROPS = new Set(['disabled', 'checked', 'hidden', 'required', 'value', 'readOnly', 'selected']);

/**
 * Create an element.
 * @param {string} tag
 * @param {Attrs | null} [attrs]
 * @param {...(Node | string | number | null | undefined | false | Array<any>)} children
 * @returns {HTMLElement}
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined) continue;
    if (key === 'class') {
      if (value) node.className = String(value);
    } else if (key === 'on') {
      for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    } else if (key === 'ref') {
      value(node);
    } else if (PROPS.has(key)) {
      /** @type {any} */ (node)[key] = value;
    } else if (value === false) {
      continue;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/**
 * Append children (strings become text nodes; null/false are skipped; arrays are flattened).
 * @param {Node} parent
 * @param {Array<any>} children
 */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(document.createTextNode(String(child)));
    } else parent.appendChild(child);
  }
}

/**
 * Replace all children of `parent`.
 * @param {Element} parent
 * @param {...any} children
 */
export function replace(parent, ...children) {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/**
 * Set an element's text, writing only when it differs (a write relays out and repaints the
 * element even when the text is the same).
 * @param {Element} node
 * @param {string} text
 */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

let idCounter = 0;
/**
 * A unique id for label/aria wiring.
 * @param {string} prefix
 */
export function uid(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Put a button into (or out of) its busy state: disabled, with a progress label.
 * The original label is remembered on the element so it can be restored.
 * @param {HTMLButtonElement | HTMLElement} button
 * @param {boolean} busy
 * @param {string} [busyLabel]
 */
export function setBusy(button, busy, busyLabel) {
  const b = /** @type {any} */ (button);
  if (busy) {
    if (b.idleLabel === undefined) b.idleLabel = button.textContent;
    button.textContent = busyLabel ?? 'Working…';
    b.disabled = true;
    button.setAttribute('aria-busy', 'true');
  } else {
    if (b.idleLabel !== undefined) button.textContent = b.idleLabel;
    b.idleLabel = undefined;
    b.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// ---- descriptions patched into existing nodes ---------------------------------------------

/**
 * @typedef {{ tag: string, upper: string, attrs: Attrs | null, children: VChild[] }} VElement
 *   an element's description: attributes as for el() except `on` and `ref` (a reused node
 *   keeps the listeners it was built with, so listen on an ancestor instead)
 * @typedef {{ key: unknown, make: () => Node, update?: (node: Node) => void }} Keyed  a node made by
 *   `make`, kept while its key is equal (`update`, if given, is told each time it is kept for a new description)
 * @typedef {VElement | Keyed | Node | string} VChild  a string is a text node; a Node is placed as is
 */

/** The key each keyed node was made for. @type {WeakMap<Node, unknown>} */
const keys = new WeakMap();
/** The description each keyed node with an `update` was last made or patched for. @type {WeakMap<Node, Keyed>} */
const madeFor = new WeakMap();
/** Nodes placed as is (a Node child): never patched into something else. @type {WeakSet<Node>} */
const opaque = new WeakSet();
/** The attributes each patched element was last given, to remove the ones dropped since. @type {WeakMap<Node, Attrs>} */
const given = new WeakMap();
/**
 * The children each element was last built or patched from. A description that is kept
 * and given again (the same `children` array: token-row.js keeps a row's while it reads the
 * same) leaves them as they are; code that changes them by hand calls `touched`.
 * @type {WeakMap<Node, VChild[]>}
 */
const settled = new WeakMap();

/**
 * `node`'s children were changed outside `patch`: its next patch compares them all again,
 * even with a description it was patched from before.
 * @param {Node} node
 */
export function touched(node) {
  settled.delete(node);
}

/**
 * Describe an element (children as for el(): null/false skipped, arrays flattened).
 * @param {string} tag
 * @param {Attrs | null} [attrs]
 * @param {...any} children
 * @returns {VElement}
 */
export function h(tag, attrs, ...children) {
  return { tag, upper: tag.toUpperCase(), attrs: attrs ?? null, children: flatten(children, []) };
}

/**
 * A child made by `make()` and kept while `key` stays the same (`===`), e.g. a component
 * with its own listeners and state. `make` returns a new node each time it is called: a
 * kept description may be built into more than one element. `update`, when given, is
 * called with the kept node whenever it is kept for a description other than the one it
 * was last made or patched for: a component whose key stays the same while what it is for
 * changes (a table row's menu, reused when the row shows another token) follows it there.
 * @param {unknown} key
 * @param {() => Node} make
 * @param {(node: Node) => void} [update]
 * @returns {Keyed}
 */
export function keyed(key, make, update) {
  return update ? { key, make, update } : { key, make };
}

/** @param {any[]} children @param {VChild[]} out */
function flatten(children, out) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c, out);
    else out.push(typeof c === 'number' ? String(c) : c);
  }
  return out;
}

/**
 * A new node for `v`.
 * @param {VChild} v
 * @returns {Node}
 */
export function build(v) {
  if (typeof v === 'string') return document.createTextNode(v);
  if ('make' in v) {
    const n = v.make();
    keys.set(n, v.key);
    if (v.update) madeFor.set(n, v);
    return n;
  }
  if (!('upper' in v)) {
    opaque.add(v);
    return v;
  }
  const node = document.createElement(v.tag);
  setAttrs(node, v.attrs);
  for (const c of v.children) node.appendChild(build(c));
  settled.set(node, v.children);
  return node;
}

/**
 * Make `node` look like `v`, reusing it and its children where the kinds and tags match.
 * Returns `node`, or a new node when it could not be reused (the caller puts it in place).
 * @param {Node | null} node
 * @param {VChild} v
 * @returns {Node}
 */
export function patch(node, v) {
  if (!node) return build(v);
  if (typeof v === 'string') {
    if (node.nodeType !== 3) return build(v);
    if (/** @type {Text} */ (node).data !== v) /** @type {Text} */ (node).data = v;
    return node;
  }
  if ('make' in v) {
    if (!keys.has(node) || keys.get(node) !== v.key) return build(v);
    if (v.update && madeFor.get(node) !== v) {
      madeFor.set(node, v);
      v.update(node);
    }
    return node;
  }
  if (!('upper' in v)) return node === v ? node : build(v);
  const e = /** @type {HTMLElement} */ (node);
  if (e.nodeType !== 1 || e.tagName !== v.upper || keys.has(e) || opaque.has(e)) return build(v);
  setAttrs(e, v.attrs);
  if (settled.get(e) !== v.children) {
    patchChildren(e, v.children);
    settled.set(e, v.children);
  }
  return e;
}

/**
 * Make `parent`'s children look like `list`, position by position: all of them, or only
 * those between `after` and `before` (nodes left in place, e.g. spacers).
 * @param {Node} parent
 * @param {VChild[]} list
 * @param {Node | null} [after]
 * @param {Node | null} [before]
 */
export function patchChildren(parent, list, after = null, before = null) {
  let c = after ? after.nextSibling : parent.firstChild;
  for (const v of list) {
    const cur = c === before ? null : c;
    const n = patch(cur, v);
    if (n === cur) {
      c = /** @type {Node} */ (cur).nextSibling;
    } else if (cur) {
      parent.replaceChild(n, cur);
      c = n.nextSibling;
    } else {
      parent.insertBefore(n, before);
    }
  }
  while (c && c !== before) {
    const next = c.nextSibling;
    parent.removeChild(c);
    c = next;
  }
}

/** @param {HTMLElement} node @param {Attrs | null} attrs */
function setAttrs(node, attrs) {
  const before = given.get(node);
  const a = attrs ?? {};
  for (const key in a) {
    const value = a[key];
    if (key === 'class') {
      const want = value ? String(value) : '';
      if (node.className !== want) {
        if (want) node.className = want; else node.removeAttribute('class');
      }
    } else if (PROPS.has(key)) {
      const want = value ?? (key === 'value' ? '' : false);
      if (/** @type {any} */ (node)[key] !== want) /** @type {any} */ (node)[key] = want;
    } else if (key === 'on' || key === 'ref') {
      throw new Error(`h(): '${key}' is for el() only`);
    } else if (value !== null && value !== undefined && value !== false) {
      const want = value === true ? '' : String(value);
      if (node.getAttribute(key) !== want) node.setAttribute(key, want);
    } else if (before && key in before && node.hasAttribute(key)) node.removeAttribute(key);
  }
  if (before) {
    for (const key in before) {
      if (key in a) continue;
      if (PROPS.has(key)) /** @type {any} */ (node)[key] = key === 'value' ? '' : false;
      else if (key === 'class' ? node.className !== '' : node.hasAttribute(key)) node.removeAttribute(key);
    }
  }
  given.set(node, a);
}

// @ts-check
//! Tiny DOM builder. Owns element creation for every view. Text always goes in through
//! textContent / text nodes, never as markup, so data from the server can never become HTML.
//! Must not: use innerHTML/insertAdjacentHTML, set inline styles, or touch window.__TAURI__.

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

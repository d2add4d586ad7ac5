import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, shape } from './fake-dom.js';
import { h, keyed, build, patch, patchChildren } from '../../../ui/js/lib/dom.js';

/** A row-like description whose optional parts come and go with `i`. */
function describe(i) {
  return h('tr', { 'data-testid': 'token-row', 'data-token-id': String(i), 'data-status': i % 3 ? 'active' : 'expired', tabindex: i % 4 ? '-1' : '0' },
    i % 2 ? h('td', { class: 'col-select' }, h('input', { type: 'checkbox', checked: i % 5 === 1, 'aria-label': `Select ${i}` })) : null,
    h('td', { class: 'col-name' },
      h('div', { class: 'name-line' },
        h('span', { class: 'token-name', title: `Token ${i}` }, `Token ${i}`),
        i % 3 === 0 ? h('span', { class: 'env-chip env-prod' }, 'production') : null,
        i % 4 === 1 ? h('span', { class: 'local-key' }, h('span', { class: 'local-key-icon', 'aria-hidden': 'true' }), 'On this device') : null),
      i % 5 === 2 ? h('div', { class: 'used-by small muted', title: `worker ${i}` }, `Used by worker ${i}`) : null),
    h('td', { class: 'col-status' },
      h('span', { class: 'status-cell', 'data-tone': i % 3 ? null : 'danger', title: i % 7 ? `in ${i} days` : null },
        i % 3 ? null : h('span', { class: 'status-glyph', 'aria-hidden': 'true' }, '⊘'),
        h('span', { 'aria-hidden': 'true' }, `in ${i} days`))));
}

test('a patched element looks exactly like a fresh one built from the same description, whatever it showed before', () => {
  installDom();
  for (let from = 0; from < 24; from += 1) {
    for (let to = 0; to < 24; to += 1) {
      const node = patch(build(describe(from)), describe(to));
      assert.equal(shape(node), shape(build(describe(to))), `row ${from} patched to row ${to}`);
    }
  }
});

test('patching reuses the nodes whose tags match and writes nothing when nothing changed', () => {
  installDom();
  const node = build(describe(5));
  const name = node.querySelector('.token-name');
  const text = name.firstChild;
  let writes = 0;
  const spy = (el) => {
    for (const m of ['setAttribute', 'removeAttribute', 'appendChild', 'replaceChild', 'removeChild']) {
      const orig = el[m].bind(el);
      el[m] = (...a) => { writes += 1; return orig(...a); };
    }
    el.childNodes.forEach((c) => { if (c.nodeType === 1) spy(c); });
  };
  spy(node);
  assert.equal(patch(node, describe(5)), node);
  assert.equal(writes, 0, 'an unchanged description writes nothing');
  assert.equal(patch(node, describe(11)), node, 'the same tag: the element is reused');
  assert.equal(node.querySelector('.token-name'), name);
  assert.equal(name.firstChild, text, 'a text node is reused, its data changed');
  assert.equal(text.data, 'Token 11');
});

test('attributes and properties a description no longer gives are removed or reset', () => {
  installDom();
  const node = build(h('input', { type: 'checkbox', checked: true, title: 'a', class: 'x', 'data-tone': 'warn' }));
  patch(node, h('input', { type: 'checkbox', title: null }));
  assert.equal(node.checked, false);
  assert.equal(node.hasAttribute('title'), false);
  assert.equal(node.hasAttribute('class'), false);
  assert.equal(node.hasAttribute('data-tone'), false);
  assert.equal(node.getAttribute('type'), 'checkbox');
});

test('a property changed by the user is put back to what the description says', () => {
  installDom();
  const node = build(h('input', { type: 'checkbox', checked: false }));
  node.checked = true; // ticked, then the row is patched for a token that is not selected
  patch(node, h('input', { type: 'checkbox', checked: false }));
  assert.equal(node.checked, false);
});

test('a keyed child is kept while its key is the same and made anew when it changes', () => {
  installDom();
  const a = { id: 'a' };
  const b = { id: 'b' };
  let made = 0;
  const menu = (tok) => keyed(tok, () => { made += 1; return build(h('button', { 'data-for': tok.id }, '⋯')); });
  const cell = build(h('td', null, menu(a)));
  const first = cell.firstChild;
  patch(cell, h('td', null, menu(a)));
  assert.equal(cell.firstChild, first);
  assert.equal(made, 1);
  patch(cell, h('td', null, menu(b)));
  assert.notEqual(cell.firstChild, first);
  assert.equal(cell.firstChild.getAttribute('data-for'), 'b');
  assert.equal(made, 2);
});

test('a keyed child with an update is kept across descriptions and told each new one once', () => {
  installDom();
  const a = { id: 'a' };
  const b = { id: 'b' };
  let made = 0;
  /** @type {string[]} */
  const told = [];
  const menu = (tok) => keyed('menu', () => { made += 1; return build(h('button', { 'data-for': tok.id }, '⋯')); },
    (node) => { told.push(tok.id); node.setAttribute('data-for', tok.id); });
  const forA = h('td', null, menu(a));
  const cell = build(forA);
  const first = cell.firstChild;
  // Made for a: not told again while the same description is given.
  patch(cell, forA);
  assert.deepEqual(told, []);
  patch(cell, h('td', null, menu(b)));
  assert.equal(cell.firstChild, first, 'the node is kept');
  assert.equal(first.getAttribute('data-for'), 'b');
  assert.deepEqual(told, ['b']);
  patch(cell, h('td', null, menu(a)));
  assert.equal(first.getAttribute('data-for'), 'a');
  assert.deepEqual(told, ['b', 'a']);
  assert.equal(made, 1);
  // Another key still makes a new node.
  patch(cell, h('td', null, keyed('other', () => build(h('span', null, 'x')))));
  assert.notEqual(cell.firstChild, first);
});

test('a node placed as it is (a spacer) is moved, never patched into another element', () => {
  const { root } = installDom();
  const spacer = build(h('tr', { class: 'virtual-spacer' }));
  patchChildren(root, [spacer, describe(1), describe(2)]);
  assert.equal(root.firstChild, spacer);
  patchChildren(root, [describe(3), describe(4), spacer]);
  assert.equal(spacer.getAttribute('class'), 'virtual-spacer');
  assert.equal(root.childNodes[2], spacer);
  assert.deepEqual(root.childNodes.slice(0, 2).map((r) => r.getAttribute('data-token-id')), ['3', '4']);
  patchChildren(root, [describe(5)]);
  assert.equal(root.childNodes.length, 1);
  assert.equal(root.firstChild.getAttribute('data-token-id'), '5');
});

test('a description cannot carry listeners (a reused node would keep the old ones)', () => {
  installDom();
  assert.throws(() => build(h('button', { on: { click: () => {} } })), /el\(\) only/);
});

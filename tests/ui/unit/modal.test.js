import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, makeEvent } from './fake-dom.js';
import { createModal, tabStops } from '../../../ui/js/views/modal.js';
import { el, append } from '../../../ui/js/lib/dom.js';

/** A dialog whose first and last tab stops are radio groups, the Export dialog's shape. */
function radioEdges({ firstChecked = 'b', lastChecked = null } = {}) {
  const { doc, root } = installDom();
  const modal = createModal({ host: root, title: 'Export', testid: 'm' });
  const radio = (name, v, checked) => el('input', { type: 'radio', name, value: v, checked, 'data-testid': `${name}-${v}` });
  append(modal.body, [
    radio('format', 'a', firstChecked === 'a'), radio('format', 'b', firstChecked === 'b'), radio('format', 'c', firstChecked === 'c'),
    el('input', { type: 'text', 'data-testid': 'middle' }),
    el('button', { type: 'button', tabindex: '-1', 'data-testid': 'skipped' }, 'Not a stop'),
    radio('where', 'x', lastChecked === 'x'), radio('where', 'y', lastChecked === 'y')]);
  modal.open();
  return { doc, root, modal };
}

const tab = (doc, shiftKey = false) => {
  const e = makeEvent('keydown', { key: 'Tab', shiftKey, target: doc.activeElement });
  doc.activeElement.dispatchEvent(e);
  return e;
};

test('tab stops are one per radio group (its checked radio, else its first) and skip tabindex=-1', () => {
  const { root } = radioEdges();
  const ids = tabStops(byTestId(root, 'm')).map((n) => n.getAttribute('data-testid'));
  assert.deepEqual(ids, ['format-b', 'middle', 'where-x']);
});

test('the dialog opens on its first real tab stop: the checked radio, not the unchecked one before it', () => {
  const { doc } = radioEdges();
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'format-b');
});

test('Shift+Tab on a checked radio that is the first stop wraps to the last stop instead of leaving the dialog', () => {
  const { doc } = radioEdges();
  const e = tab(doc, true);
  assert.equal(e.defaultPrevented, true, 'the browser must not move focus out of the dialog');
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'where-y', 'an unchecked last group is entered at its last radio');
});

test('Tab on any radio of the last group wraps to the first stop', () => {
  const { doc, root } = radioEdges({ lastChecked: 'y' });
  byTestId(root, 'where-y').focus();
  const e = tab(doc);
  assert.equal(e.defaultPrevented, true);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'format-b');
  // An unchecked radio of that group (focus put there by a click) is the same edge.
  byTestId(root, 'where-x').focus();
  assert.equal(tab(doc).defaultPrevented, true);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'format-b');
});

test('Shift+Tab wraps into a checked last group at its checked radio', () => {
  const { doc } = radioEdges({ lastChecked: 'x' });
  tab(doc, true);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'where-x');
});

test('Tab between the edges is left to the browser', () => {
  const { doc, root } = radioEdges();
  byTestId(root, 'middle').focus();
  assert.equal(tab(doc).defaultPrevented, false);
  assert.equal(tab(doc, true).defaultPrevented, false);
});

test('a dialog whose opener is gone returns focus to the list’s row, never to the page body', () => {
  const { doc, root } = installDom();
  const tbody = el('tbody', null, el('tr', { tabindex: '-1', 'data-testid': 'r1' }), el('tr', { tabindex: '0', 'data-testid': 'r2' }));
  append(root, [el('h1', { tabindex: '-1' }, 'API tokens'), el('table', null, tbody)]);
  const opener = el('button', { type: 'button' }, 'Open');
  root.appendChild(opener);
  opener.focus();
  const modal = createModal({ host: root, title: 'T', testid: 'm' });
  append(modal.body, [el('button', { type: 'button' }, 'x')]);
  modal.open();
  opener.remove();
  modal.close();
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'r2');
});

/** An opener button in the window and a dialog opened from it, with one button inside. */
/** @param {{ onCancel?: () => void, role?: string }} [o] */
function openedFrom(o = {}) {
  const { doc, root } = installDom();
  const opener = el('button', { type: 'button', 'data-testid': 'opener' }, 'Open');
  root.appendChild(opener);
  opener.focus();
  const first = createModal({ host: root, title: 'First', testid: 'first', onCancel: o.onCancel, role: o.role });
  append(first.body, [el('button', { type: 'button', 'data-testid': 'first-button' }, 'x')]);
  first.open();
  return { doc, root, first };
}

test('a dialog replaced by the next one hands it its open element: the window never leaves its modal state, and focus then returns to the first one’s opener', () => {
  let firstCancelled = 0;
  let nextCancelled = 0;
  const { doc, root, first } = openedFrom({ onCancel: () => { firstCancelled += 1; }, role: 'alertdialog' });
  const element = first.dialog;
  assert.equal(element.getAttribute('role'), 'alertdialog');
  const next = createModal({ host: root, title: 'Next', testid: 'next', className: 'modal-wide', onCancel: () => { nextCancelled += 1; } });
  append(next.body, [el('button', { type: 'button', 'data-testid': 'next-button' }, 'y')]);
  /** @type {boolean[]} */
  const openWhileOpening = [];
  first.replaceWith(() => {
    openWhileOpening.push(element.open);
    next.open();
    openWhileOpening.push(element.open);
  });
  assert.deepEqual(openWhileOpening, [true, true], 'the dialog element stays open while the next one opens');
  assert.equal(next.dialog, element, 'the next dialog is the same element');
  assert.equal(element.parentNode, root);
  assert.equal(root.querySelectorAll('dialog').length, 1, 'one dialog in the window');
  assert.equal(byTestId(root, 'first'), null, 'the first dialog is gone');
  assert.equal(element.getAttribute('data-testid'), 'next');
  assert.equal(element.getAttribute('class'), 'modal modal-wide');
  assert.equal(element.hasAttribute('role'), false, 'no attribute of the first one is left (its role)');
  assert.equal(element.getAttribute('aria-labelledby'), next.heading.getAttribute('id'), 'labelled by the next one’s heading');
  assert.equal(element.textContent.includes('First'), false, 'none of the first one’s content is left');
  assert.equal(first.isOpen(), false);
  assert.equal(next.isOpen(), true);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'next-button', 'focus is in the new dialog');
  // Esc reaches the next dialog only: the first one's listeners went with it.
  element.dispatchEvent(makeEvent('cancel', { cancelable: true }));
  assert.equal(nextCancelled, 1);
  assert.equal(firstCancelled, 0);
  first.close();
  assert.equal(element.open, true, 'closing the first one again leaves the element to the next one');
  next.close();
  assert.equal(element.open, false);
  assert.equal(element.parentNode, null);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'opener', 'not the replaced dialog’s (removed) controls');
});

test('a dialog opened elsewhere while another gives way opens on top, and the first then closes', () => {
  const { doc, root, first } = openedFrom();
  const other = el('div');
  root.appendChild(other);
  const next = createModal({ host: other, title: 'Next', testid: 'next' });
  append(next.body, [el('button', { type: 'button', 'data-testid': 'next-button' }, 'y')]);
  /** @type {string[]} */
  const open = [];
  first.replaceWith(() => {
    next.open();
    open.push(...['first', 'next'].filter((id) => byTestId(root, id)));
  });
  assert.deepEqual(open, ['first', 'next'], 'both dialogs are in the window while the next one opens: it never leaves its modal state');
  assert.equal(byTestId(root, 'first'), null, 'the first dialog is gone');
  assert.notEqual(next.dialog, first.dialog);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'next-button', 'focus stays in the new dialog');
  next.close();
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'opener');
});

test('a dialog replaced by nothing is a plain close: focus returns to its opener', () => {
  const { doc, root, first } = openedFrom();
  first.replaceWith(() => {});
  assert.equal(byTestId(root, 'first'), null);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'opener');
});

test('a dialog whose replacement fails to open still closes and returns focus', () => {
  const { doc, root, first } = openedFrom();
  assert.throws(() => first.replaceWith(() => { throw new Error('boom'); }), /boom/);
  assert.equal(byTestId(root, 'first'), null);
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'opener');
  // The next dialog opened afterwards is an ordinary one: its focus returns to where it was.
  const later = createModal({ host: root, title: 'Later', testid: 'later' });
  append(later.body, [el('button', { type: 'button' }, 'z')]);
  later.open();
  later.close();
  assert.equal(doc.activeElement.getAttribute('data-testid'), 'opener');
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, makeEvent } from './fake-dom.js';
import { el, replace } from '../../../ui/js/lib/dom.js';
import { useLanguage } from './catalogue.js';
import { NOW, iso, TOKEN, rot } from './rotation-fixtures.js';

// The expiry centre as a docked panel: its landmark, and focus across re-renders and the
// dialogs it opens (moved from rotation-views.test.js).
useLanguage('en');

test('the expiry centre is a panel, not a dialog: an aside named by its heading; focus moves in; Esc inside closes it and focus goes back to the opener', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root, doc } = installDom();
  const opener = el('button', { type: 'button', 'data-testid': 'expiry-open' }, 'Expiry');
  const slot = el('div');
  root.appendChild(opener);
  root.appendChild(slot);
  opener.focus();
  let closed = 0;
  openExpiryCentre({ host: slot, opener, getData: () => ({ tokens: [TOKEN], rotations: [], now: NOW, thresholds: [30], canManage: true }),
    onRotate() {}, onRetry() {}, onShowKey() {}, onCancel() {}, onComplete: async () => '', onClosed: () => { closed += 1; } });
  const panel = byTestId(root, 'expiry-centre');
  assert.equal(panel.tagName, 'ASIDE', 'a complementary region of the main screen');
  assert.equal(panel.parentNode, slot, 'docked where the workspace put the slot');
  assert.equal(root.querySelector('dialog'), null, 'no dialog: the rest of the window stays usable');
  assert.equal(panel.getAttribute('aria-modal'), null);
  const title = panel.querySelector(`[id="${panel.getAttribute('aria-labelledby')}"]`);
  assert.equal(title.textContent, 'Attention');
  assert.ok(panel.contains(doc.activeElement), 'focus moved into the panel');
  byTestId(root, 'expiry-rotate-days').dispatchEvent(makeEvent('keydown', { key: 'Escape' }));
  assert.equal(byTestId(root, 'expiry-centre'), null, 'Esc closed it');
  assert.equal(doc.activeElement, opener, 'focus is back on the Expiry button');
  assert.equal(closed, 1);
});

test('the panel re-renders without losing focus: the same control of the same token keeps it, a control that went away hands it to the heading', async () => {
  const { openExpiryCentre } = await import('../../../ui/js/views/expiry-centre.js');
  const { root, doc } = installDom();
  const data = { tokens: [TOKEN], rotations: [], now: NOW, thresholds: [30], canManage: true };
  const rotated = [];
  const centre = openExpiryCentre({ host: root, getData: () => data, onRotate: (ts) => rotated.push(ts.map((t) => t.id)), onRetry() {}, onShowKey() {},
    onCancel() {}, onComplete: async () => '' });
  const first = byTestId(root, 'expiry-rotate');
  first.focus();
  data.tokens = [TOKEN, { ...TOKEN, id: '8', name: 'Staging realtime captions with a very long name indeed', expiresAt: iso(3) }];
  centre.update();
  const now7 = byTestId(root.querySelector('[data-token-id="7"]'), 'expiry-rotate');
  assert.notEqual(now7, first, 'the list was rebuilt');
  assert.equal(doc.activeElement, now7, 'focus followed token 7’s Rotate… button');
  now7.click();
  assert.deepEqual(rotated, [['7']]);
  assert.ok(byTestId(root, 'expiry-centre'), 'Rotate… leaves the panel open behind the wizard');
  data.rotations = [rot({ state: 'planned' })];
  centre.update();
  assert.equal(doc.activeElement.tagName, 'H2', 'its button is gone (rotation in progress): the panel heading has focus');
  assert.ok(byTestId(root, 'expiry-centre').contains(doc.activeElement));
  const days = byTestId(root, 'expiry-rotate-days');
  days.focus();
  data.tokens = [TOKEN];
  centre.update();
  assert.equal(doc.activeElement, days, 'a kept field keeps focus');
  centre.close();
});

test('a dialog opened from the panel returns focus to the same control after the panel re-rendered, else to the panel heading', async () => {
  const { createModal } = await import('../../../ui/js/views/modal.js');
  const { root, doc } = installDom();
  const heading = el('h2', { tabindex: '-1' }, 'Expiry');
  const list = el('ul', null, el('li', { 'data-rotation-id': 'r1' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel')));
  const panel = el('aside', null, heading, list);
  root.appendChild(panel);
  /** @param {() => void} meanwhile */
  const roundTrip = (meanwhile) => {
    byTestId(root, 'expiry-cancel-rotation').focus();
    const modal = createModal({ host: root, title: 'Cancel?', testid: 'm' });
    modal.open();
    meanwhile();
    modal.close();
  };
  roundTrip(() => replace(list, el('li', { 'data-rotation-id': 'r1' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel'))));
  assert.equal(doc.activeElement, byTestId(root, 'expiry-cancel-rotation'), 'the re-rendered Cancel of the same rotation');
  roundTrip(() => replace(list, el('li', { 'data-rotation-id': 'r2' }, el('button', { type: 'button', 'data-testid': 'expiry-cancel-rotation' }, 'Cancel'))));
  assert.equal(doc.activeElement, heading, 'another rotation’s Cancel is not a stand-in: the panel heading');
});

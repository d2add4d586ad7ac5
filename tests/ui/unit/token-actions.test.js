import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom, byTestId, allByTestId, flush } from './fake-dom.js';
import { createTokenActions } from '../../../ui/js/views/token-actions.js';
import { useLanguage } from './catalogue.js';

const TOKEN = { id: '7', name: 'Productie', type: 'batch', createdAt: '2026-01-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z',
  expirySource: 'server', status: 'active', hasLocalKey: true };
const STATUS = { profiles: [{ id: 'w', name: 'Werk', baseUrl: 'https://api.scriptix.io', demo: false }], activeProfileId: 'w',
  vault: { available: true, message: null }, settings: { clipboardClearSeconds: 30 } };

function setup(ipcExtra = {}) {
  const { root } = installDom();
  const errors = [];
  const ipc = {
    onClipboardCleared: async () => () => {},
    orphansList: async () => [{ tokenId: '3', name: 'Oud' }, { tokenId: '4', name: '' }],
    ...ipcExtra,
  };
  const actions = createTokenActions({ ipc, host: root, status: STATUS, getTokens: () => [TOKEN], refresh: async () => {},
    leave: () => {}, showError: (m) => errors.push(m), rotation: { rotate: () => {}, checkHeld: () => {}, inRotation: () => false } });
  root.appendChild(actions.notices);
  root.appendChild(actions.toolbar);
  return { root, actions, errors };
}

test('in Dutch, the row menu, the selection buttons, the orphans notice and its clean-up speak Dutch, with Dutch plurals', async () => {
  useLanguage('nl');
  try {
    const asked = [];
    const { root, actions, errors } = setup({
      confirmNative: async (d) => { asked.push(d); return true; },
      orphansClean: async () => ({ removed: 1 }),
    });
    actions.setAccount({ canManageTokens: true });
    actions.selection.set(['7'], true);
    assert.equal(byTestId(root, 'delete-selected').textContent, 'Selectie verwijderen (1)');
    assert.equal(byTestId(root, 'rotate-selected').textContent, 'Selectie roteren (1)');

    const cell = actions.rowActions(TOKEN);
    root.appendChild(cell);
    const button = cell.querySelector('button');
    assert.equal(button.getAttribute('aria-label'), 'Acties voor “Productie” (ID 7)');
    button.click();
    const items = root.querySelectorAll('[role="menuitem"]').map((i) => i.textContent);
    assert.ok(items.some((x) => x.startsWith('Sleutel kopiëren')), items.join(' | '));
    assert.ok(items.some((x) => x.startsWith('Sleutel op dit apparaat vergeten…')), items.join(' | '));

    actions.afterRefresh();
    await flush();
    assert.equal(byTestId(root, 'orphans-text').textContent, '2 sleutels op dit apparaat horen bij tokens die niet meer bestaan.');
    byTestId(root, 'orphans-clean').click();
    await flush();
    assert.equal(asked[0].title, 'Sleutels van dit apparaat verwijderen?');
    assert.match(asked[0].message, /^De sleutels van Oud, ID 4 van dit apparaat verwijderen\?/);
    assert.equal(asked[0].okLabel, 'Verwijderen');
    assert.equal(byTestId(root, 'orphans-notice').textContent, '1 sleutel van dit apparaat verwijderd.');

    actions.copyKey({ ...TOKEN, hasLocalKey: false });
    assert.match(errors[0], /^Dit apparaat heeft de sleutel van “Productie” \(ID 7\) niet;/);
    actions.destroy();
  } finally {
    useLanguage('en');
  }
});

test('a row menu pointed at another token names that token and acts on it; an open one closes when its row shows another token', () => {
  const { root } = installDom();
  /** @type {string[][]} */
  const rotated = [];
  const actions = createTokenActions({ ipc: { onClipboardCleared: async () => () => {}, orphansList: async () => [] }, host: root, status: STATUS,
    getTokens: () => [TOKEN], refresh: async () => {}, leave: () => {}, showError: () => {},
    rotation: { rotate: (ts) => rotated.push(ts.map((x) => x.id)), checkHeld: () => {}, inRotation: () => false } });
  actions.setAccount({ canManageTokens: true });
  const cell = actions.rowActions(TOKEN);
  root.appendChild(cell);
  const button = cell.querySelector('button');
  assert.match(button.getAttribute('aria-label'), /Productie/);

  const other = { ...TOKEN, id: '9', name: 'Staging', hasLocalKey: false };
  actions.rebindRowActions(cell, other);
  assert.equal(cell.querySelector('button'), button, 'the same menu');
  assert.match(button.getAttribute('aria-label'), /Staging/);
  assert.match(cell.querySelector('[role="menu"]').getAttribute('aria-label'), /Staging/);
  button.click();
  assert.equal(byTestId(root, 'row-copy'), null, 'no Copy key: this device has no key for Staging');
  byTestId(root, 'row-rotate').click();
  assert.deepEqual(rotated, [['9']]);

  // Open, then its row shows another token: the menu closes.
  button.click();
  assert.equal(button.getAttribute('aria-expanded'), 'true');
  actions.rebindRowActions(cell, TOKEN);
  assert.equal(button.getAttribute('aria-expanded'), 'false');
  assert.match(button.getAttribute('aria-label'), /Productie/);

  // Open, then a refresh brings the same token anew: it stays open and acts on the new one.
  button.click();
  actions.rebindRowActions(cell, { ...TOKEN, name: 'Productie EU' });
  assert.equal(button.getAttribute('aria-expanded'), 'true');
  assert.match(button.getAttribute('aria-label'), /Productie EU/);
  button.click();
  button.click();
  byTestId(root, 'row-rotate').click();
  assert.deepEqual(rotated, [['9'], ['7']]);
  assert.ok(byTestId(root, 'row-copy'), 'Copy key: this device holds the key of token 7');
});

test('a row menu kept for the same token object takes the name its new description gives it (another language)', () => {
  const { root } = installDom();
  const actions = createTokenActions({ ipc: { onClipboardCleared: async () => () => {}, orphansList: async () => [] }, host: root, status: STATUS,
    getTokens: () => [TOKEN], refresh: async () => {}, leave: () => {}, showError: () => {},
    rotation: { rotate: () => {}, checkHeld: () => {}, inRotation: () => false } });
  const cell = actions.rowActions(TOKEN);
  const button = cell.querySelector('button');
  assert.match(button.getAttribute('aria-label'), /^Actions for “Productie”/);
  useLanguage('nl');
  try {
    actions.rebindRowActions(cell, TOKEN);
    assert.equal(button.getAttribute('aria-label'), 'Acties voor “Productie” (ID 7)');
  } finally {
    useLanguage('en');
  }
});

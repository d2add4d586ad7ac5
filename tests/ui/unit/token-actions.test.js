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

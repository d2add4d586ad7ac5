// The token table's unit-test fixtures (shared by token-table.test.js and row-window.test.js):
// a clock, tokens in a known order, and a table mounted in the fake DOM.
import { installDom, allByTestId } from './fake-dom.js';
import { createTokenTable } from '../../../ui/js/views/token-table.js';

export const NOW = new Date('2026-03-10T12:00:00Z');
export const iso = (days) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
/** n tokens whose default order (soonest expiry first) is id 1, 2, 3, … */
export const many = (n) => Array.from({ length: n }, (_, i) => ({
  id: String(i + 1), name: `Token ${i + 1}`, type: 'batch', createdAt: iso(-10), expiresAt: iso(10 + i),
  expirySource: 'server', status: 'active', hasLocalKey: false, notes: null,
}));
export const ids = (root) => allByTestId(root, 'token-row').map((r) => r.getAttribute('data-token-id'));
/** A list given to the table as a whole list of its own (no positions in a larger one). */
export const whole = (list) => ({ list, at: null });

export function mounted() {
  const { root } = installDom();
  const table = createTokenTable({ now: () => NOW });
  root.appendChild(table.element);
  return { root, table };
}

// Where a menu's list opens (ui/js/views/menu.js, place()): below its button when all of it
// fits there, else above when it fits there, else on the roomier side cut to the room left.
// Before, it opened below whenever 240 px were free, and a taller list ran off the window
// (tests/tests/journeys/menu_placement.rs drives the same in the real window).
import test from 'node:test';
import assert from 'node:assert/strict';
import { installDom } from './fake-dom.js';

const { root } = installDom();
const { createMenu } = await import('../../../ui/js/views/menu.js');

/**
 * Opens a menu whose button spans `top`..`bottom` and whose list is `tall` px high, in a
 * window `height` px high; returns the list's placement.
 * @param {{ top: number, bottom: number, tall: number, height: number }} o
 */
function placed(o) {
  const g = /** @type {any} */ (globalThis);
  g.innerHeight = o.height;
  g.innerWidth = 1100;
  const menu = createMenu({ label: 'More', menuLabel: 'Actions', testid: 'row-menu',
    items: () => [{ testid: 'a', label: 'A', run() {} }, { testid: 'b', label: 'B', run() {} }] });
  root.appendChild(menu.element);
  /** @type {any} */ (menu.button).getBoundingClientRect = () => ({ top: o.top, bottom: o.bottom, right: 1080 });
  const list = /** @type {any} */ (menu.element.querySelector('[role="menu"]'));
  const props = new Map([['max-height', 'left over from before']]);
  list.style = { setProperty: (k, v) => props.set(k, v), removeProperty: (k) => props.delete(k) };
  // Measured as opened: cut to max-height only if that was set before the measurement.
  list.getBoundingClientRect = () => ({ height: props.has('max-height') ? 0 : o.tall });
  menu.open();
  const out = { top: props.get('top'), bottom: props.get('bottom'), maxHeight: props.get('max-height') ?? null };
  menu.close(false);
  menu.element.parentNode?.removeChild(menu.element);
  return out;
}

test('a menu opens below its button when all of it fits there', () => {
  assert.deepEqual(placed({ top: 340, bottom: 364, tall: 265, height: 720 }), { top: '368px', bottom: 'auto', maxHeight: null });
});

test('a menu that would run past the window below opens above, though 240 px were free below', () => {
  // 615 − 364 = 251 px below: the old rule's 240 fitted, the list's 265 do not.
  assert.deepEqual(placed({ top: 340, bottom: 364, tall: 265, height: 615 }), { top: 'auto', bottom: `${615 - 340 + 4}px`, maxHeight: null });
});

test('a menu that fits on neither side opens on the roomier one, cut to the room there', () => {
  // 200 − 124 − 8 = 68 below, 100 − 8 = 92 above.
  assert.deepEqual(placed({ top: 100, bottom: 124, tall: 265, height: 200 }), { top: 'auto', bottom: `${200 - 100 + 4}px`, maxHeight: '92px' });
  // 300 − 64 − 8 = 228 below, 40 − 8 = 32 above.
  assert.deepEqual(placed({ top: 40, bottom: 64, tall: 265, height: 300 }), { top: '68px', bottom: 'auto', maxHeight: '228px' });
});

// The stylesheet's promises that no scan of one screen can prove for all: control
// boundaries at 3:1 in both themes (WCAG 1.4.11), and forced-colors / prefers-contrast
// rules for every component.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../../ui/styles.css', import.meta.url), 'utf8');

/** Every `--name: #hex` in the blocks that match `scope` (light: the first :root, dark: the dark :root blocks). */
function vars(dark) {
  const out = {};
  const re = /(@media \(prefers-color-scheme: dark\) \{\s*)?:root \{([^}]*)\}/g;
  for (const m of css.matchAll(re)) {
    if (Boolean(m[1]) !== dark) continue;
    for (const v of m[2].matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)) out[v[1]] = v[2];
  }
  return out;
}

function lum(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

for (const dark of [false, true]) {
  test(`control boundaries are at least 3:1 against every background (${dark ? 'dark' : 'light'})`, () => {
    const v = { ...vars(false), ...(dark ? vars(true) : {}) };
    for (const bg of ['bg', 'surface', 'surface-2']) {
      const r = ratio(v['control-border'], v[bg]);
      assert.ok(r >= 3, `--control-border on --${bg}: ${r.toFixed(2)}:1`);
    }
    assert.ok(ratio(v.accent, v.surface) >= 3, 'checked controls (accent) stand out too');
  });
}

test('inputs, selects, checkboxes, radios and framed buttons draw their boundary in --control-border', () => {
  for (const sel of ['input[type="search"]', 'select', 'textarea', 'input[type="checkbox"], input[type="radio"]', '.button, .button.secondary']) {
    const i = css.indexOf(sel);
    assert.ok(i >= 0, `${sel} is styled`);
  }
  assert.match(css, /input\[type="checkbox"\], input\[type="radio"\] \{[^}]*border: 2px solid var\(--control-border\)/);
  assert.match(css, /\.button, \.button\.secondary \{ border-color: var\(--control-border\); \}/);
});

test('forced colours give every component a system-colour boundary and focus, and prefers-contrast: more strengthens them', () => {
  const blocks = [...css.matchAll(/@media \(forced-colors: active\) \{([\s\S]*?)\n\}/g)].map((m) => m[1]).join('\n');
  for (const component of ['.button', 'input', 'select', 'textarea', '.key-block', '.radio-card', '.segment', '.choice', '.menu-list',
    '.menu-popup', 'dialog.modal', '.status-bar', '.demo-chip', '.nav-badge', '.notice', '.badge', '.chip', '.banner', '.env-chip',
    '.clipboard-status', 'kbd', '.status-cell']) {
    assert.ok(blocks.includes(component), `forced-colors covers ${component}`);
  }
  assert.match(blocks, /Highlight/);
  assert.match(css, /@media \(prefers-contrast: more\) \{[\s\S]*--control-border: var\(--text\)/);
});

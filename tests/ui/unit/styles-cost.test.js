// What the stylesheet keeps out of the window's frames (docs/performance.md). Two font
// weights, 400 and 600, and the weight of the elements the browser would make bold itself set:
// in WebKitGTK every (size, weight) pair on a screen is a font looked up before the first frame
// that lays text out in it (ui/styles.css, :root). No blurred shadow around dialogs: painted
// on the CPU, it took 5-8 ms of every frame that drew one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../../ui/styles.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '');

test('every font-weight in the stylesheet is 400 or 600', () => {
  const weights = [...css.matchAll(/font-weight:\s*([^;}\s!]+)/g)].map((m) => m[1]);
  assert.ok(weights.length > 20, `the stylesheet's weights were read (${weights.length})`);
  const other = weights.filter((w) => w !== '400' && w !== '600');
  assert.deepEqual(other, [], 'a weight other than 400 or 600 adds fonts to look up before a first frame');
  // The `font` shorthand can carry a weight too.
  for (const m of css.matchAll(/(?:^|[;{\s])font:\s*([^;}]+)/g)) {
    const w = m[1].match(/\b(bold|bolder|lighter|[1-9]00|[1-9][0-9]0)\b(?!\s*(?:px|rem|em|%))/);
    assert.ok(!w || w[1] === '400' || w[1] === '600', `font: ${m[1]} sets weight ${w?.[1]}`);
  }
});

test('the elements bold by default (headings, th, b, strong) are set to 600', () => {
  const rule = css.match(/(?:^|\n)([^{}\n]*\bstrong\b[^{}\n]*)\{([^}]*)\}/);
  assert.ok(rule, 'a rule for strong');
  const selectors = rule[1].split(',').map((s) => s.trim());
  for (const tag of ['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
    assert.ok(selectors.includes(tag), `${tag} is in "${rule[1].trim()}"`);
  }
  assert.match(rule[2], /font-weight:\s*600/);
});

test('dialogs draw no blurred shadow', () => {
  // The custom properties a shadow may use, as the light and dark themes define them.
  /** @type {Map<string, string[]>} */
  const vars = new Map();
  for (const m of css.matchAll(/--([\w-]+):\s*([^;}]+)/g)) vars.set(m[1], [...(vars.get(m[1]) ?? []), m[2].trim()]);
  /** @param {string} value @returns {string[]} the value with every var() replaced, once per definition */
  const resolved = (value) => {
    const m = value.match(/var\(--([\w-]+)\)/);
    if (!m) return [value];
    const defs = vars.get(m[1]);
    assert.ok(defs, `--${m[1]} is defined`);
    return defs.flatMap((d) => resolved(value.replace(m[0], d)));
  };
  let checked = 0;
  for (const m of css.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    if (!/dialog|\.modal\b/.test(m[1])) continue;
    const shadow = m[2].match(/box-shadow:\s*([^;]+)/);
    if (!shadow) continue;
    checked += 1;
    for (const value of resolved(shadow[1].trim())) {
      if (/^none\b/.test(value)) continue;
      // offset-x offset-y blur: a blur above 0 is what costs.
      for (const layer of value.split(/,(?![^(]*\))/)) {
        const lengths = layer.replace(/rgba?\([^)]*\)/g, '').trim().split(/\s+/).filter((x) => /^-?[\d.]/.test(x));
        assert.ok(lengths.length < 3 || parseFloat(lengths[2]) === 0, `${m[1].trim()} { box-shadow: ${shadow[1]} } (${value})`);
      }
    }
  }
  assert.ok(checked > 0, 'the dialogs\' shadow rules were read');
});

test('the body is positioned: no absolutely positioned element has the initial containing block', () => {
  // WebKit repaints the whole window after any layout while an element has it (the visually
  // hidden spans in every row, ui/styles.css). The journey painting.rs checks the same in the
  // window; this keeps the rule from being dropped or moved into a narrower selector.
  const rule = css.match(/(?:^|\n)body\s*\{([^}]*)\}/);
  assert.ok(rule, 'a rule for body');
  assert.match(rule[1], /(?:^|[;\s])position:\s*relative\b/);
  // Nothing is placed by offsets from the body (it is as tall as the content, not the window):
  // an element placed by offsets is a pseudo-element of a positioned element, or a visually
  // hidden text (absolutely positioned by its class) inside a positioned element (the token
  // table's rows place theirs at the table's corner).
  const rules = [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map((m) => ({ selectors: m[1].split(',').map((x) => x.trim()), body: m[2] }));
  let placed = 0;
  for (const r of rules) {
    if (!/(?:^|[;\s])(?:top|bottom|left|right|inset):/.test(r.body)) continue;
    const absolute = /position:\s*absolute/.test(r.body);
    for (const selector of r.selectors) {
      const hiddenIn = selector.match(/^(.+?)\s+\.visually-hidden$/)?.[1];
      if (!absolute && !hiddenIn) continue;
      const owner = selector.match(/^(.+)::(?:before|after)$/)?.[1] ?? hiddenIn;
      assert.ok(owner, `${selector} is placed by offsets from its containing block, which may be the body`);
      assert.ok(rules.some((o) => o.selectors.includes(owner) && /position:\s*(?:relative|absolute|fixed|sticky)/.test(o.body)),
        `${owner} is positioned, so ${selector} is placed inside it`);
      placed += 1;
    }
  }
  assert.ok(placed > 0, 'the placed pseudo-elements were read');
});

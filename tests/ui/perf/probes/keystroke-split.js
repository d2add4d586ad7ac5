// A filter keystroke split at a frame's start, for each style variant in turn (run.mjs
// --probe; docs/performance.md, twenty-fifth part on). `window.__variants` (set with --eval)
// maps a name to CSS added to the page while that variant is timed ('' = the page as it is).
// Five keystrokes that change the rows, nine passes (the first two not counted), the
// variants alternated in each pass. Per variant, mean ms: js (the input handler), style (a
// computed style read), layout (a forced layout), paint (to a task after the frame), all.
const done = arguments[arguments.length - 1];
(async () => {
  const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-testid="token-filter"]'));
  input.focus();
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const style = document.createElement('style');
  document.head.append(style);
  /** @type {Record<string, string>} */
  const variants = /** @type {any} */ (window).__variants ?? { page: '' };
  const pairs = [['test 0777', 'test 07'], ['test 07', 'te'], ['te', 'tes'], ['tes', 'test 0777'], ['test 0777', '']];
  /** @type {Record<string, number[][]>} */
  const out = {};
  for (let pass = 0; pass < 9; pass++) {
    for (const [name, css] of Object.entries(variants)) {
      style.textContent = css;
      for (const [a, b] of pairs) {
        input.value = a;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await frame();
        await new Promise((r) => setTimeout(r, 100));
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        input.value = b;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        const t1 = performance.now();
        getComputedStyle(/** @type {Element} */ (document.querySelector('[data-testid="token-row"]'))).color;
        const t2 = performance.now();
        document.body.getBoundingClientRect();
        const t3 = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        const t4 = performance.now();
        if (pass > 1) (out[name] ??= []).push([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0]);
      }
    }
  }
  done(summary(out));
})();

/** @param {Record<string, number[][]>} out */
function summary(out) {
  /** @param {number[]} a */
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  /** @type {Record<string, string>} */
  const res = {};
  for (const [k, v] of Object.entries(out)) {
    res[k] = ['js', 'style', 'layout', 'paint', 'all'].map((n, i) => `${n} ${mean(v.map((x) => x[i])).toFixed(2)}`).join(' ');
  }
  return res;
}

// One change's frame split at a frame's start, for each style variant in turn (run.mjs
// --probe; docs/performance.md, twenty-fifth part on). Set with --eval:
//   window.__variants  a name → CSS added to the page while that variant is timed ('' = the
//                      page as it is); alternated within each pass
//   window.__what      'keys' (default): five filter keystrokes that change the rows, nine
//                      passes; 'focus': focus moved down the first 20 rows (the keyboard's ↓,
//                      or the pointer over each row: the same style change), eight passes
// The first two passes are not counted. Per variant, mean ms: js (the change itself), style
// (a computed style read), layout (a forced layout), paint (to a task after the frame), all.
const done = arguments[arguments.length - 1];
(async () => {
  const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-testid="token-filter"]'));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const style = document.createElement('style');
  document.head.append(style);
  /** @type {Record<string, string>} */
  const variants = /** @type {any} */ (window).__variants ?? { page: '' };
  const focus = /** @type {any} */ (window).__what === 'focus';
  const pairs = [['test 0777', 'test 07'], ['test 07', 'te'], ['te', 'tes'], ['tes', 'test 0777'], ['test 0777', '']];
  /** @param {string} value @param {string} [inputType] */
  const type = (value, inputType) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
  };
  /** The changes of one pass: each sets the page up (not timed), then returns the change. */
  const changes = () => focus
    ? [...document.querySelectorAll('[data-testid="token-row"]')].slice(0, 20)
      .map((row) => async () => () => /** @type {HTMLElement} */ (row).focus({ preventScroll: true }))
    : pairs.map(([a, b]) => async () => {
      type(a);
      await frame();
      await new Promise((r) => setTimeout(r, 100));
      return () => type(b, 'insertText');
    });
  if (!focus) input.focus();
  /** @type {Record<string, number[][]>} */
  const out = {};
  for (let pass = 0; pass < (focus ? 8 : 9); pass++) {
    for (const [name, css] of Object.entries(variants)) {
      style.textContent = css;
      await frame();
      await new Promise((r) => setTimeout(r, 50));
      for (const setUp of changes()) {
        const change = await setUp();
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        change();
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
  /** @param {number[]} a */
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  /** @type {Record<string, string>} */
  const res = {};
  for (const [k, v] of Object.entries(out)) {
    res[k] = ['js', 'style', 'layout', 'paint', 'all'].map((n, i) => `${n} ${mean(v.map((x) => x[i])).toFixed(2)}`).join(' ');
  }
  done(res);
})();

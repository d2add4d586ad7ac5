// Focus moved down the list row by row (the keyboard's ↓, or the pointer over each row: the
// same style change), timed like keystroke-split.js for each style variant in turn
// (`window.__variants`, set with --eval; docs/performance.md, twenty-eighth part). The first
// 20 rows, eight passes (the first two not counted). Per variant, mean ms per row.
const done = arguments[arguments.length - 1];
(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const style = document.createElement('style');
  document.head.append(style);
  /** @type {Record<string, string>} */
  const variants = /** @type {any} */ (window).__variants ?? { page: '' };
  /** @type {Record<string, number[][]>} */
  const out = {};
  for (let pass = 0; pass < 8; pass++) {
    for (const [name, css] of Object.entries(variants)) {
      style.textContent = css;
      await frame();
      await new Promise((r) => setTimeout(r, 50));
      const rows = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[data-testid="token-row"]')].slice(0, 20));
      for (const row of rows) {
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        row.focus({ preventScroll: true });
        const t1 = performance.now();
        getComputedStyle(row).color;
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

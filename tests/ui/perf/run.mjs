// @ts-check
// Filter keystroke → next painted frame in real WebKitGTK (MiniBrowser driven by
// WebKitWebDriver over plain W3C WebDriver HTTP), the way scripts/bench's KEYSTROKE measures it
// in the app (tests/src/bin/perf/window.rs), without building the app. See README.md.
//   xvfb-run -a -s "-screen 0 1280x800x24" node tests/ui/perf/run.mjs [--runs 7] [--set mix|bench]
//     [--query "bulk 4"] [--tokens 10000] [--json]
import { spawn } from 'node:child_process';
import { serve } from './serve.mjs';
import { freePort, median, treeCpuMs, wd } from './webdriver.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(arg('runs', '7'));
const set = arg('set', 'mix');
const query = arg('query', set === 'bench' ? 'test 0777' : 'bulk 4');
const tokens = Number(arg('tokens', '10000'));
const warmup = Number(arg('warmup', '1'));
// Diagnostics: force style and layout right after the handler, to time them apart from paint.
const forceLayout = args.includes('--force-layout');
// Diagnostics: idle time between keystrokes (the bench sends the next one at once).
const pause = Number(arg('pause', '0'));

// SCRIPTED_KEYSTROKE from tests/src/bin/perf/window.rs (how scripts/bench timed a keystroke
// until run AC; --keys types as it does now), plus three performance.now() reads that split
// the sample: `js` (the input handler), `toFrame` (until the frame's rAF), `render` (style,
// layout, paint until the task after the frame).
const KEYSTROKE = `
    const [next, done] = [arguments[0], arguments[arguments.length - 1]];
    const input = document.querySelector('[data-testid="token-filter"]');
    input.focus();
    const t0 = performance.now();
    input.value = next;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    const t1 = performance.now();
    let layout = 0, style = 0;
    if (arguments.length > 2 && arguments[1]) {
      const row = document.querySelector('[data-testid="token-row"]');
      if (row) getComputedStyle(row).color;
      style = performance.now() - t1;
      document.body.getBoundingClientRect();
      layout = performance.now() - t1 - style;
    }
    let t2 = 0;
    requestAnimationFrame(() => { t2 = performance.now(); setTimeout(() => done({
        ms: performance.now() - t0,
        js: t1 - t0,
        toFrame: t2 - t1,
        render: performance.now() - t2,
        layout,
        style,
        rows: document.querySelectorAll('[data-testid="token-row"]').length,
        showing: document.querySelector('[data-testid="token-showing"]')?.textContent ?? '',
    }), 0); });`;




/** @param {number[]} xs @param {number} p */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  // Nearest rank, as tests/src/bin/perf/stats.rs.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}
/** @param {number[]} xs */
const summary = (xs) => ({ n: xs.length, median: +median(xs).toFixed(1), p95: +percentile(xs, 0.95).toFixed(1), max: +Math.max(...xs).toFixed(1) });

// The in-page half of --keys: from a key's keydown (the first listener to see it) to the
// task after the next frame, whatever the key did (typed a character, or Escape's clear).
// Split by two more reads: `js` until the app's handlers are done (an `input` listener on the
// window, after the field's; a key that sends none, Escape, counts to a task queued at its
// keydown, or to the frame when that comes first: its split is rough),
// `toFrame` from there to the frame's rAF (the wait for WebKit's next frame), `render` the
// frame's style, layout and paint to the task after it.
const KEYS_SETUP = `
    const input = document.querySelector('[data-testid="token-filter"]');
    window.__keys = [];
    let handled = 0;
    addEventListener('input', (e) => { if (e.target === input) handled = performance.now(); });
    addEventListener('keydown', (e) => {
      if (e.target !== input) return;
      const t0 = performance.now();
      handled = 0;
      setTimeout(() => { if (!handled) handled = performance.now(); }, 0);
      requestAnimationFrame(() => {
        const t2 = performance.now();
        const t1 = handled || t2;
        setTimeout(() => window.__keys.push({
          ms: performance.now() - t0, js: t1 - t0, toFrame: t2 - t1, render: performance.now() - t2, layout: 0, style: 0,
          value: input.value,
          rows: document.querySelectorAll('[data-testid="token-row"]').length,
          showing: document.querySelector('[data-testid="token-showing"]')?.textContent ?? '',
        }), 0);
      });
    }, true);`;
const keys = args.includes('--keys');

// --root DIR: serve another checkout (e.g. `git archive` of an older commit) to compare.
const server = await serve(arg('root', undefined));
const port = await freePort();
// Like the app on Linux (src-tauri/src/painting.rs): WebKit paints on the CPU unless --gpu.
const env = { ...process.env };
if (!args.includes('--gpu')) env.WEBKIT_SKIA_ENABLE_CPU_RENDERING ??= '1';
if (!args.includes('--gpu')) env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '1';
const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
const base = `http://127.0.0.1:${port}`;
let session = '';
try {
  for (let i = 0; ; i += 1) {
    try { await wd(base, 'GET', '/status'); break; } catch (e) { if (i > 100) throw e; await new Promise((ok) => setTimeout(ok, 100)); }
  }
  const created = await wd(base, 'POST', '/session', { capabilities: { alwaysMatch: {
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } });
  session = created.sessionId;
  const s = `/session/${session}`;
  await wd(base, 'POST', `${s}/window/rect`, { width: 1100, height: 720 });
  await wd(base, 'POST', `${s}/timeouts`, { script: 60_000 });
  await wd(base, 'POST', `${s}/url`, { url: `${server.url}/tests/ui/perf/filter.html?set=${set}&tokens=${tokens}${arg('page', '')}` });
  let ready = null;
  for (let i = 0; !ready; i += 1) {
    ready = await wd(base, 'POST', `${s}/execute/sync`, { script: 'return window.perfReady || null', args: [] });
    if (!ready) { if (i > 300) throw new Error('the harness page never became ready'); await new Promise((ok) => setTimeout(ok, 100)); }
  }
  const probe = arg('eval', '');
  if (probe) console.log('eval:', JSON.stringify(await wd(base, 'POST', `${s}/execute/sync`, { script: probe, args: [] })));
  // --probe FILE: an async script (calls its last argument when done), run before the samples.
  const probeFile = arg('probe', '');
  if (probeFile) {
    const { readFileSync } = await import('node:fs');
    const cpu0 = treeCpuMs(/** @type {number} */ (driver.pid));
    const t0 = Date.now();
    console.log('probe:', JSON.stringify(await wd(base, 'POST', `${s}/execute/async`, { script: readFileSync(probeFile, 'utf8'), args: [] })));
    console.log(`probe: browser CPU ${treeCpuMs(/** @type {number} */ (driver.pid)) - cpu0} ms in ${Date.now() - t0} ms`);
  }
  const inner = await wd(base, 'POST', `${s}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] });
  /** Sends one key to the filter and returns its sample. @param {string} key */
  async function typeKey(key) {
    await wd(base, 'POST', `${s}/element/${filterId}/value`, { text: key });
    for (let i = 0; ; i += 1) {
      const got = await wd(base, 'POST', `${s}/execute/sync`, { script: 'return window.__keys.shift() ?? null', args: [] });
      if (got) return got;
      if (i > 200) throw new Error('no frame after the key');
      await new Promise((ok) => setTimeout(ok, 5));
    }
  }
  /** @type {{ typing: any[], clearing: any[] }} */
  const samples = { typing: [], clearing: [] };
  let lastTyped = null;
  let cpuStart = 0;
  // --keys: real key events through WebDriver (Element Send Keys), as scripts/bench types
  // them: each character, then Escape (the app's way to clear the filter).
  const filterId = keys ? Object.values(await wd(base, 'POST', `${s}/element`, { using: 'css selector', value: '[data-testid="token-filter"]' }))[0] : null;
  if (keys) await wd(base, 'POST', `${s}/execute/sync`, { script: KEYS_SETUP, args: [] });
  for (let run = 0; run < (args.includes('--probe-only') ? 0 : warmup + runs); run += 1) {
    if (run === warmup) cpuStart = treeCpuMs(/** @type {number} */ (driver.pid));
    const steps = [...query].map((_, i) => query.slice(0, i + 1)).concat(['']);
    for (const value of steps) {
      if (pause) await new Promise((ok) => setTimeout(ok, pause));
      const r = keys
        ? await typeKey(value === '' ? '\uE00C' : value.slice(-1))
        : await wd(base, 'POST', `${s}/execute/async`, { script: KEYSTROKE, args: [value, forceLayout] });
      if (run < warmup) continue;
      (value === '' ? samples.clearing : samples.typing).push({ value, ...r });
      if (value !== '') lastTyped = { query: value, rows: r.rows, showing: r.showing };
    }
  }
  // --shot PREFIX: PNGs of the window with the query typed, then cleared (to look at).
  const shot = arg('shot', '');
  if (shot) {
    const { writeFileSync } = await import('node:fs');
    for (const [name, value] of [['typed', query], ['cleared', '']]) {
      await wd(base, 'POST', `${s}/execute/async`, { script: KEYSTROKE, args: [value, false] });
      writeFileSync(`${shot}-${name}.png`, Buffer.from(await wd(base, 'GET', `${s}/screenshot`), 'base64'));
    }
  }
  const all = [...samples.typing, ...samples.clearing];
  // The browser's CPU time per keystroke (all its processes and threads): what the work
  // costs, whatever else the machine is running (wall times grow with the load).
  const cpuPerKeystroke = +((treeCpuMs(/** @type {number} */ (driver.pid)) - cpuStart) / Math.max(1, all.length)).toFixed(1);
  const report = {
    set, tokens: ready.tokens, viewport: inner, query, runs, cpuPerKeystroke,
    all: summary(all.map((x) => x.ms)),
    typing: summary(samples.typing.map((x) => x.ms)),
    clearing: summary(samples.clearing.map((x) => x.ms)),
    split: Object.fromEntries(['js', 'style', 'layout', 'toFrame', 'render'].map((k) => [k, {
      typing: summary(samples.typing.map((x) => x[k])), clearing: summary(samples.clearing.map((x) => x[k])) }])),
    perStep: Object.fromEntries([...new Set(all.map((x) => x.value))].map((v) => {
      const xs = all.filter((x) => x.value === v);
      return [v === '' ? '(clear)' : v, { rows: xs[0].rows, ms: summary(xs.map((x) => x.ms)), js: +median(xs.map((x) => x.js)).toFixed(1), render: +median(xs.map((x) => x.render)).toFixed(1), style: +median(xs.map((x) => x.style)).toFixed(1), layout: +median(xs.map((x) => x.layout)).toFixed(1), toFrame: +median(xs.map((x) => x.toFrame)).toFixed(1) }];
    })),
    last: lastTyped,
  };
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.tokens} tokens (${set}), viewport ${inner.join('×')}, "${query}" typed and cleared, ${runs} runs (+${warmup} warm-up)`);
    console.log(`  browser CPU per keystroke ${cpuPerKeystroke} ms (all processes and threads)`);
    for (const k of ['all', 'typing', 'clearing']) { const x = /** @type {any} */ (report)[k]; console.log(`  ${k.padEnd(9)} median ${x.median} ms  p95 ${x.p95} ms  max ${x.max} ms  (n=${x.n})`); }
    for (const [k, v] of Object.entries(report.split)) if (!keys || !['style', 'layout'].includes(k)) console.log(`  ${k.padEnd(9)} typing median ${v.typing.median} p95 ${v.typing.p95} | clearing median ${v.clearing.median} p95 ${v.clearing.p95}`);
    for (const [k, v] of Object.entries(report.perStep)) console.log(`    ${JSON.stringify(k).padEnd(12)} rows ${String(v.rows).padStart(3)}  median ${v.ms.median}  p95 ${v.ms.p95}  js ${v.js}${keys ? '' : `  style ${v.style} layout ${v.layout}`} toFrame ${v.toFrame} render ${v.render}`);
    console.log(`  last: ${JSON.stringify(report.last)}`);
  }
} finally {
  if (session) await wd(base, 'DELETE', `/session/${session}`).catch(() => {});
  driver.kill('SIGTERM');
  server.close();
}

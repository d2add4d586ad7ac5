// @ts-check
// Create → reveal in real WebKitGTK (issue 16), the way scripts/bench's create_to_reveal
// measures it in the app (tests/src/bin/perf/window.rs), without building the app: the filter
// harness page (filter.html: the real workspace and create dialog, a stub ipc whose
// token_create answers at once) with 12 or 10,000 tokens. Each sample opens "New token",
// types a name, picks Batch and 1 year through WebDriver, then times the click on Create →
// the key's text in the page → the next frame's rAF → the task after it (painted), closes the
// reveal and waits for the list refresh that follows. See README.md.
//   xvfb-run -a -s "-screen 0 1280x800x24" node tests/ui/perf/create.mjs [--runs 5] [--creates 3]
//     [--tokens 12,10000] [--set bench|mix] [--delay MS] [--base DIR] [--force-layout] [--shot PREFIX] [--json]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serve } from './serve.mjs';
import { freePort, median, treeCpuMs, wd } from './webdriver.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
/** Rounds: each loads every page once (variants alternate round by round). */
const runs = Number(arg('runs', '5'));
/** Creates timed per page load, after one warm-up create. */
const creates = Number(arg('creates', '3'));
const totals = arg('tokens', '12,10000').split(',').map(Number);
const set = arg('set', 'bench');
/** token_create answers after this many ms (default at once; the app's Rust steps take ~10 ms). */
const delay = Number(arg('delay', '0'));
const root = arg('root', repoRoot);
/** Another checkout (its ui/ and locales/), timed alongside as `…@base`. */
const baseRoot = arg('base', '');
// Diagnostics: force style, then layout, as soon as the key is in the page, to time them
// apart from the frame (they then run there, not in the frame).
const forceLayout = args.includes('--force-layout');

/**
 * The harness's own files (this page, its stub ipc and lists) come from this checkout
 * whatever the checkout served, so an older one is timed with the same harness.
 * @returns {Map<string, { type: string, body: string }>}
 */
function harnessPages() {
  /** @type {Map<string, { type: string, body: string }>} */
  const pages = new Map();
  for (const dir of ['tests/ui/perf', 'tests/ui/preview']) {
    for (const f of readdirSync(join(repoRoot, dir))) {
      if (!/\.(js|html)$/.test(f)) continue;
      pages.set(`/${dir}/${f}`, { type: f.endsWith('.html') ? 'text/html' : 'text/javascript', body: readFileSync(join(repoRoot, dir, f), 'utf8') });
    }
  }
  return pages;
}

// The bench's CREATE (tests/src/bin/perf/window.rs), plus the stub's call and answer times
// and the frame's rAF, to split click → answer → key in the page → frame → painted.
const CREATE = `
    const done = arguments[arguments.length - 1];
    const t0 = performance.now();
    const shown = () => {
        const key = document.querySelector('[data-testid="reveal-key"]');
        return key && key.textContent.trim().length > 0;
    };
    const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        const dom = performance.now() - t0;
        let style = 0, layout = 0;
        if (arguments[0]) {
            getComputedStyle(document.querySelector('[data-testid="reveal-key"]')).color;
            style = performance.now() - t0 - dom;
            document.body.getBoundingClientRect();
            layout = performance.now() - t0 - dom - style;
        }
        requestAnimationFrame(() => { const frame = performance.now() - t0; setTimeout(() => {
            const ms = performance.now() - t0;
            // The floor: one more frame, with nothing changed, timed the same way.
            requestAnimationFrame(() => setTimeout(() => done({ ms, dom, frame, idle: performance.now() - t0 - ms,
                style, layout, called: window.perfCreate.called - t0, answered: window.perfCreate.answered - t0,
                focused: document.activeElement?.getAttribute('data-testid') ?? null }), 0));
        }, 0); });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.querySelector('[data-testid="create-submit"]').click();`;

const PAINTED = `
    const data = performance.getEntriesByName('list-data').at(-1);
    const painted = performance.getEntriesByName('list-painted').filter(p => data && p.startTime >= data.startTime)[0];
    return data && painted ? painted.startTime - data.startTime : null;`;

const server = await serve(root, harnessPages());
const baseServer = baseRoot ? await serve(baseRoot, harnessPages()) : null;
const variants = totals.flatMap((n) => [server, baseServer].filter((x) => x !== null).map((from) => ({ n,
  from: /** @type {{ url: string }} */ (from), label: `${n}${from === baseServer ? '@base' : ''}` })));

const env = { ...process.env };
if (!args.includes('--gpu')) env.WEBKIT_SKIA_ENABLE_CPU_RENDERING ??= '1';
if (!args.includes('--gpu')) env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '1';
const port = await freePort();
const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
const base = `http://127.0.0.1:${port}`;
const pause = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));
/** @type {Record<string, any[]>} */
const samples = Object.fromEntries(variants.map((v) => [v.label, []]));
let session = '';
try {
  for (let i = 0; ; i += 1) {
    try { await wd(base, 'GET', '/status'); break; } catch (e) { if (i > 100) throw e; await pause(100); }
  }
  ({ sessionId: session } = await wd(base, 'POST', '/session', { capabilities: { alwaysMatch: {
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } }));
  const s = `/session/${session}`;
  await wd(base, 'POST', `${s}/window/rect`, { width: 1100, height: 720 });
  await wd(base, 'POST', `${s}/timeouts`, { script: 60_000 });
  /** @param {string} testid @returns {Promise<string>} the element's WebDriver id (waits for it) */
  const find = async (testid) => {
    for (let i = 0; ; i += 1) {
      try { return (await wd(base, 'POST', `${s}/element`, { using: 'css selector', value: `[data-testid="${testid}"]` }))[ELEMENT]; } catch (e) {
        if (i > 200) throw e;
        await pause(50);
      }
    }
  };
  const click = async (/** @type {string} */ testid) => wd(base, 'POST', `${s}/element/${await find(testid)}/click`, {});
  const sync = (/** @type {string} */ script) => wd(base, 'POST', `${s}/execute/sync`, { script, args: [] });
  for (let run = 0; run < runs; run += 1) {
    for (const { n, from, label } of variants) {
      await wd(base, 'POST', `${s}/url`, { url: `${from.url}/tests/ui/perf/filter.html?set=${set}&tokens=${n}&createDelay=${delay}` });
      for (let i = 0; !(await sync('return window.perfReady || null')); i += 1) {
        if (i > 300) throw new Error('the harness page never became ready');
        await pause(100);
      }
      for (let c = 0; c < 1 + creates; c += 1) {
        await click('new-token');
        await find('create-dialog');
        await wd(base, 'POST', `${s}/element/${await find('create-name')}/value`, { text: `Perf create ${c}` });
        await click('create-type-batch');
        await click('create-expiry-1');
        const cpu0 = treeCpuMs(/** @type {number} */ (driver.pid));
        const r = await wd(base, 'POST', `${s}/execute/async`, { script: CREATE, args: [forceLayout] });
        const cpu = treeCpuMs(/** @type {number} */ (driver.pid)) - cpu0;
        if (c > 0) samples[label].push({ ...r, cpu });
        // --shot PREFIX: the window with the first round's reveal, per page (to look at).
        const shot = arg('shot', '');
        if (shot && run === 0 && c === 1) writeFileSync(`${shot}-${label}.png`, Buffer.from(await wd(base, 'GET', `${s}/screenshot`), 'base64'));
        await sync('performance.clearMarks();');
        // A vault-saved key closes at once; then the list refresh that follows is waited out.
        while ((await wd(base, 'POST', `${s}/elements`, { using: 'css selector', value: '[data-testid="reveal-dialog"]' })).length > 0) {
          await click('reveal-close').catch(() => {});
          await pause(100);
        }
        for (let i = 0; (await sync(PAINTED)) === null; i += 1) {
          if (i > 600) throw new Error('the list never painted after the reveal closed');
          await pause(50);
        }
      }
    }
  }
} finally {
  if (session) await wd(base, 'DELETE', `/session/${session}`).catch(() => {});
  driver.kill('SIGTERM');
  server.close();
  baseServer?.close();
}

const report = Object.fromEntries(variants.map(({ label }) => {
  const xs = samples[label];
  const med = (/** @type {(x: any) => number} */ f) => +median(xs.map(f)).toFixed(1);
  return [label, { n: xs.length, total: med((x) => x.ms), toDom: med((x) => x.dom), domToFrame: med((x) => x.ms - x.dom),
    toCall: med((x) => x.called), answerToDom: med((x) => x.dom - x.answered), domToRaf: med((x) => x.frame - x.dom),
    rafToPainted: med((x) => x.ms - x.frame), idle: med((x) => x.idle), style: med((x) => x.style), layout: med((x) => x.layout), cpu: med((x) => x.cpu), focused: [...new Set(xs.map((x) => x.focused))].join(' '), all: xs.map((x) => Math.round(x.ms)) }];
}));
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`create → reveal, ${runs} rounds × ${creates} creates per page (+1 warm-up), set ${set}, token_create answers ${delay ? `after ${delay} ms` : 'at once'}; medians in ms`);
  console.log('variant        total  click→DOM  DOM→frame | click→call  answer→DOM  DOM→rAF  rAF→painted  idle frame   CPU  (samples)');
  /** @param {unknown} x @param {number} w */
  const col = (x, w) => String(x).padStart(w);
  for (const [v, r] of Object.entries(report)) {
    console.log(`${v.padEnd(13)} ${col(r.total, 6)} ${col(r.toDom, 10)} ${col(r.domToFrame, 10)} | ${col(r.toCall, 10)} ${col(r.answerToDom, 11)} ${col(r.domToRaf, 8)} ${col(r.rafToPainted, 12)} ${col(r.idle, 11)} ${col(r.cpu, 5)}  ${r.all.join(' ')}  (focus on ${r.focused})`);
  }
  if (forceLayout) for (const [v, r] of Object.entries(report)) console.log(`${v.padEnd(13)} forced at the key: style ${r.style} ms, layout ${r.layout} ms`);
  console.log('DOM→frame = DOM→rAF + rAF→painted (the bench\'s "rest"); idle frame: the next frame, with nothing changed (rAF, then the task after it);');
  console.log('CPU: the browser\'s (all processes and threads, ms) during the timed script.');
}

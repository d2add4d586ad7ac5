// @ts-check
// First frame of the real start page in real WebKitGTK (issue 16): a fresh MiniBrowser per
// sample (a cold page), `ui/index.html` booting `ui/js/main.js` against a stub Tauri bridge
// that answers app_status (signed in), i18n_catalogue (the English .ftl files) and
// tokens_cached (12 demo tokens, or --tokens N of --set bench|mix) at once. Reads the page's
// User Timing marks (ui/js/lib/perf.js) and prints medians of list-data → list-rendered →
// list-frame per variant, to bisect what holds the first frame; `--base DIR` times another
// checkout alongside (A/B in one run). See README.md.
//   xvfb-run -a -s "-screen 0 1280x800x24" node tests/ui/perf/start.mjs [--runs 7]
//     [--variants full,nocss,...] [--tokens 12[,10000]] [--set bench|mix] [--base DIR] [--shot PREFIX] [--fonts] [--json]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serve } from './serve.mjs';
import { freePort, median, treeCpuMs, wd } from './webdriver.mjs';
import { createFakeIpc } from '../preview/fake-ipc.js';
import { benchTokens, mixTokens } from './sets.js';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(arg('runs', '7'));
/** Token counts of the cached list; several (`--tokens 12,10000`) alternate like variants (`full/12`…). */
const totals = arg('tokens', '12').split(',').map(Number);
const root = arg('root', repoRoot);
/** Another checkout, timed variant by variant alongside `root` (`full@base`…). */
const baseRoot = arg('base', '');

// ---- the stub bridge: the three start answers at once, everything else never answers
// (like a backend busy elsewhere; the first frame does not wait for those).
const now = new Date();
const status = await /** @type {any} */ (createFakeIpc('main', now)).appStatus();
/** `--set bench` (default: the list scripts/bench uses, in name order) or `mix` (sets.js). */
const set = arg('set', 'bench');
if (!['bench', 'mix'].includes(set)) throw new Error(`unknown set ${set} (bench or mix)`);
/** @param {number} n */
const tokensOf = (n) => (set === 'mix' ? mixTokens(now, n) : benchTokens(now, n));
/** The English catalogue of a checkout. @param {string} dir */
function catalogueOf(dir) {
  const locales = join(dir, 'locales/en');
  return { tag: 'en', sources: readdirSync(locales).filter((f) => f.endsWith('.ftl')).sort().map((f) => readFileSync(join(locales, f), 'utf8')) };
}
/** @param {number} n @param {{ tag: string, sources: string[] }} catalogue */
const bridge = (n, catalogue) => `// stub Tauri bridge for start.mjs (never loaded by the app)
window.__TAURI_INTERNALS__ = (() => {
  const answers = ${JSON.stringify({ app_status: status, i18n_catalogue: catalogue,
    tokens_cached: { profileId: status.activeProfileId, tokens: tokensOf(n), fetchedAt: now.toISOString(), fromCache: true } })};
  return {
    invoke: (cmd) => cmd in answers ? Promise.resolve(structuredClone(answers[cmd]))
      : cmd === 'perf_mark' || cmd === 'plugin:event|listen' ? Promise.resolve(null) : new Promise(() => {}),
    transformCallback: () => 0,
  };
})();
// the same for a --base checkout from before the app dropped withGlobalTauri
window.__TAURI__ = { core: { invoke: window.__TAURI_INTERNALS__.invoke }, event: { listen: async () => () => {} } };
`;

// ---- the stylesheet, as top-level rules (comments dropped), to serve reduced copies.
const ONE_FONT = ':root { --font: "DejaVu Sans"; --mono: "DejaVu Sans Mono"; }';
/**
 * Variant → stylesheet of a checkout (null: none; absent: the real file).
 * @param {string} dir
 * @returns {Record<string, string | null>}
 */
function sheetsOf(dir) {
  const css = readFileSync(join(dir, 'ui/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  /** @type {string[]} */
  const rules = [];
  for (let i = 0, depth = 0, start = 0; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    else if (css[i] === '}' && --depth === 0) { rules.push(css.slice(start, i + 1).trim()); start = i + 1; }
}
/** @param {(r: string) => boolean} drop */
const without = (drop) => rules.filter((r) => !drop(r)).join('\n');
const half = rules.length >> 1;
return {
  nocss: null,
  'css-first-half': rules.slice(0, half).join('\n'),
  'css-second-half': rules.slice(half).join('\n'),
  'css-no-media': without((r) => r.startsWith('@media')),
  'css-no-has': without((r) => r.includes(':has(')),
  'css-no-shadow': without((r) => /box-shadow|filter:/.test(r)),
  'css-no-dialog': without((r) => /dialog|::backdrop|\.modal/.test(r)),
  'css-no-table': without((r) => /table|token-|col-/.test(r)),
  'css-no-transition': without((r) => /transition|animation/.test(r)),
  'css-no-vars': css.replace(/var\(--[\w-]+\)/g, 'initial'),
  'one-font': `${css}\n${ONE_FONT}`,
  // Which font lookup: each family of --font / --mono alone, through fontconfig.
  'font-system-ui': `${css}\n:root { --font: system-ui; }`,
  'font-no-system-ui': `${css}\n:root { --font: -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif; }`,
  'font-system-ui-sans': `${css}\n:root { --font: system-ui, sans-serif; }`,
  'font-absent-first': `${css}\n:root { --font: -apple-system, "Segoe UI", system-ui, sans-serif; }`,
  'font-sans-serif': `${css}\n:root { --font: sans-serif; }`,
  'font-dejavu': `${css}\n:root { --font: "DejaVu Sans"; }`,
  // The system font named before system-ui (what the app could set once it knows the name).
  'font-named-first': `${css}\n:root { --font: "DejaVu Sans", system-ui, sans-serif; }`,
  'mono-dejavu': `${css}\n:root { --mono: "DejaVu Sans Mono"; }`,
  'mono-monospace': `${css}\n:root { --mono: monospace; }`,
  // How many distinct fonts (family × size × weight × style) the first frame resolves.
  'one-size': `${css}\n* { font-size: 14px !important; font-weight: 400 !important; font-style: normal !important; }`,
  'one-family': `${css}\n* { font-family: system-ui !important; }`,
  'one-font-all': `${css}\n* { font: 400 14px system-ui !important; }`,
};
}
const sheets = sheetsOf(root);

/**
 * The real index.html under /ui/ (so every relative URL is the app's), the bridge first.
 * @param {string} index @param {Record<string, string | null>} sheets @param {string} v @param {number} n tokens
 */
function pageOf(index, sheets, v, n) {
  let html = index.replace('<head>', `<head>\n    <base href="/ui/">\n    <script src="/__start/bridge-${v}-${n}.js"></script>`);
  // `frozen`: Object.prototype frozen before any other script, as Tauri's freezePrototype does.
  if (v === 'frozen') html = html.replace('<head>\n    <base href="/ui/">', '<head>\n    <base href="/ui/">\n    <script src="/__start/freeze.js"></script>');
  if (v === 'warm-fonts') html = html.replace('</head>', `${WARM}</head>`).replace('<div id="app" class="root">', `<div id="app" class="root">${WARM_BODY}`);
  if (v in sheets) html = sheets[v] === null ? html.replace('<link rel="stylesheet" href="styles.css">', '') : html.replace('href="styles.css"', `href="/__start/${v}.css"`);
  return html;
}
// The first screen's fonts (`--fonts` on the full page), each drawn once, hidden, in the page's
// own HTML: laid out while the modules load, before the list's first frame needs them.
const FIRST_FONTS = ['600 10px', '400 12px', '500 12px', '550 12px', '600 12px', '650 12px', '400 13px', '600 13px',
  '400 14px', '550 14px', '600 14px', '700 14px', '400 15px', '500 15px', '550 15px', '650 15px', '550 16px', '650 16px'];
const WARM = `<style>.fw { position: absolute; visibility: hidden; height: 0; overflow: hidden; }
${FIRST_FONTS.map((f, i) => `.fw${i} { font: ${f} var(--font); }`).join('\n')}
.fwm { font: 400 13px var(--mono); }</style>`;
const WARM_BODY = `<div class="fw" aria-hidden="true">${FIRST_FONTS.map((_, i) => `<span class="fw${i}">Ag</span>`).join('')}<span class="fwm">Ag</span></div>`;
const HELLO = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hello</title></head>
<body><p>Hello, world</p><script>performance.mark('list-rendered');
requestAnimationFrame(() => { performance.mark('list-frame'); setTimeout(() => performance.mark('list-painted'), 0); });</script></body></html>`;

const all = ['full', 'frozen', 'empty-list', 'warm-fonts', 'prerendered', 'prerendered-static', ...Object.keys(sheets), 'hello'];
const asked = arg('variants', all.join(',')).split(',');
for (const v of asked) if (!all.includes(v)) throw new Error(`unknown variant ${v} (one of ${all.join(', ')})`);
/**
 * A server for one checkout with the generated pages of the asked variants.
 * @param {string} dir
 */
function serveCheckout(dir) {
  const index = readFileSync(join(dir, 'ui/index.html'), 'utf8');
  const sheetsHere = sheetsOf(dir);
  const catalogue = catalogueOf(dir);
  /** @type {Map<string, { type: string, body: string }>} */
  const pages = new Map();
  const capture = asked.some((v) => v.startsWith('prerendered')) && !asked.includes('full');
  for (const v of capture ? [...asked, 'full'] : asked) {
    if (v === 'frozen') pages.set('/__start/freeze.js', { type: 'text/javascript', body: 'Object.freeze(Object.prototype);' });
    if (v === 'hello') { pages.set('/__start/hello.html', { type: 'text/html', body: HELLO }); continue; }
    for (const n of totals) {
      pages.set(`/__start/${v}-${n}.html`, { type: 'text/html', body: pageOf(index, sheetsHere, v, n) });
      pages.set(`/__start/bridge-${v}-${n}.js`, { type: 'text/javascript', body: bridge(v === 'empty-list' ? 0 : n, catalogue) });
    }
    if (typeof sheetsHere[v] === 'string') pages.set(`/__start/${v}.css`, { type: 'text/css', body: /** @type {string} */ (sheetsHere[v]) });
  }
  return serve(dir, pages).then((server) => ({ ...server, index, sheets: sheetsHere, pages }));
}
const server = await serveCheckout(root);
const baseServer = baseRoot ? await serveCheckout(baseRoot) : null;
/**
 * Every page to time, run after run: each variant with each token count (labelled `v/n` when
 * there are several) in `root`, and as `…@base` in `--base` (hello once: it has no list).
 */
const variants = asked.flatMap((name) => (name === 'hello' ? [{ label: name, name, from: server, n: 0 }]
  : totals.flatMap((n) => [server, baseServer].filter((x) => x !== null).map((from) => ({ name, n, from: /** @type {{ url: string }} */ (from),
    label: `${name}${totals.length > 1 ? `/${n}` : ''}${from === baseServer ? '@base' : ''}` })))));


// The marks of one cold page: performance.now() of each, navigation start = 0.
const READ = `const done = arguments[arguments.length - 1];
  const read = () => {
    const m = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    if (m('list-painted') === null) { setTimeout(read, 20); return; }
    const nav = performance.getEntriesByType('navigation')[0];
    done({ responseEnd: nav?.responseEnd ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      modulesLoaded: m('modules-loaded'), status: m('status'), listData: m('list-data'), listRendered: m('list-rendered'),
      listFrame: m('list-frame'), listPainted: m('list-painted'), prePainted: m('pre-painted'),
      fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null, rows: document.querySelectorAll('[data-testid="token-row"]').length,
      // Characters outside ASCII on the page (a glyph missing from the first font walks the whole font-family list).
      chars: [...new Set((document.body.innerText + [...document.querySelectorAll('[placeholder]')].map((e) => e.placeholder).join('')).replace(/[\x00-\x7f]/g, ''))]
        .map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).sort().join(' '),
      // Every font the page's text is drawn in (family, size, weight, style), for --fonts.
      fonts: [...new Set([...document.querySelectorAll('body *')]
        .filter((e) => e.matches('input, button') || [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()))
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => { const s = getComputedStyle(e); return [s.fontFamily, s.fontSize, s.fontWeight, s.fontStyle].join(' | '); }))].sort() });
  };
  read();`;

const env = { ...process.env };
if (!args.includes('--gpu')) env.WEBKIT_SKIA_ENABLE_CPU_RENDERING ??= '1';
if (!args.includes('--gpu')) env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '1';
const port = await freePort();
const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
const base = `http://127.0.0.1:${port}`;
/**
 * Runs `use` with a fresh MiniBrowser session (a cold page, 1100×720), closed after.
 * @param {(session: string) => Promise<void>} use  gets the session's path, `/session/<id>`
 */
async function inColdWindow(use) {
  const { sessionId } = await wd(base, 'POST', '/session', { capabilities: { alwaysMatch: {
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } });
  const s = `/session/${sessionId}`;
  try {
    await wd(base, 'POST', `${s}/window/rect`, { width: 1100, height: 720 });
    await wd(base, 'POST', `${s}/timeouts`, { script: 30_000 });
    await use(s);
  } finally {
    await wd(base, 'DELETE', s).catch(() => {});
  }
}
/** @type {Record<string, any[]>} */
const samples = Object.fromEntries(variants.map((v) => [v.label, []]));
try {
  for (let i = 0; ; i += 1) {
    try { await wd(base, 'GET', '/status'); break; } catch (e) { if (i > 100) throw e; await new Promise((ok) => setTimeout(ok, 100)); }
  }
  // `prerendered`: the main screen as the modules rendered it (one warm-up page per count and
  // checkout), put into index.html's #app, as Rust could serve it; the modules then boot as
  // usual and replace it. `pre-painted` marks the frame that shows the HTML's list.
  if (asked.includes('prerendered') || asked.includes('prerendered-static')) {
    for (const from of [server, baseServer]) {
      if (!from) continue;
      for (const n of totals) {
        await inColdWindow(async (s) => {
          await wd(base, 'POST', `${s}/url`, { url: `${from.url}/__start/full-${n}.html` });
          await wd(base, 'POST', `${s}/execute/async`, { script: READ, args: [] });
          const app = await wd(base, 'POST', `${s}/execute/sync`, { script: 'return document.getElementById("app").outerHTML', args: [] });
          const pre = pageOf(from.index, from.sheets, 'prerendered', n).replace(/<div id="app" class="root">[\s\S]*?<\/div>/,
            () => `${app}\n    <script>requestAnimationFrame(() => { performance.mark('pre-frame'); setTimeout(() => performance.mark('pre-painted'), 0); });</script>`);
          from.pages.set(`/__start/prerendered-${n}.html`, { type: 'text/html', body: pre });
          // The HTML alone (no modules): what the window shows before they run (--shot).
          from.pages.set(`/__start/prerendered-static-${n}.html`, { type: 'text/html', body: pre
            .replace(/ *<script type="module"[^\n]*\n/, '').replace(/ *<link rel="modulepreload"[^\n]*\n/g, '')
            .replace("performance.mark('pre-painted'), 0)", "{ performance.mark('pre-painted'); performance.mark('list-painted'); }, 0)") });
        });
      }
    }
  }
  // Variants interleaved run by run, so the machine's load spreads over all of them.
  for (let run = 0; run < runs; run += 1) {
    for (const { label, name, from, n } of variants) {
      await inColdWindow(async (s) => {
        const cpu0 = treeCpuMs(/** @type {number} */ (driver.pid));
        await wd(base, 'POST', `${s}/url`, { url: `${from.url}/__start/${name === 'hello' ? name : `${name}-${n}`}.html` });
        const r = await wd(base, 'POST', `${s}/execute/async`, { script: READ, args: [] });
        // The browser's CPU (all processes and threads) from navigation to the marks read.
        samples[label].push({ ...r, cpu: treeCpuMs(/** @type {number} */ (driver.pid)) - cpu0 });
        const shot = arg('shot', '');
        if (shot && run === 0) writeFileSync(`${shot}-${label.replace('/', '-')}.png`, Buffer.from(await wd(base, 'GET', `${s}/screenshot`), 'base64'));
      });
    }
  }
} finally {
  driver.kill('SIGTERM');
  server.close();
  baseServer?.close();
}

const report = Object.fromEntries(variants.map(({ label: v }) => {
  const xs = samples[v];
  // A mark the page does not set (the static HTML has only pre-painted) gives NaN.
  const med = (/** @type {(x: any) => number} */ f) => +(median(xs.map(f)) ?? NaN).toFixed(1);
  // The hello page has no list-data mark: its data → rendered is 0.
  return [v, { n: xs.length, rows: xs[0]?.rows, toFrame: med((x) => x.listFrame), renderedToFrame: med((x) => x.listFrame - x.listRendered),
    toData: med((x) => x.listData ?? x.listRendered), dataToRendered: med((x) => x.listRendered - (x.listData ?? x.listRendered)),
    dataToFrame: med((x) => x.listFrame - (x.listData ?? x.listRendered)),
    modulesToStatus: med((x) => (x.status ?? NaN) - (x.modulesLoaded ?? NaN)),
    toRendered: med((x) => x.listRendered), domContentLoaded: med((x) => x.domContentLoaded), toPainted: med((x) => x.listPainted),
    prePainted: med((x) => x.prePainted ?? NaN), fcp: med((x) => x.fcp ?? NaN),
    cpu: med((x) => x.cpu), all: xs.map((x) => Math.round(x.listFrame)), chars: xs[0]?.chars, fonts: xs[0]?.fonts }];
}));
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`first frame, ${runs} cold pages per variant, medians in ms after navigation start (${totals.join(', ')} tokens)`);
  console.log('variant             rows  DCL   data  rendered  frame  painted  modules→status  data→rendered  rendered→frame  data→frame  CPU  (frames)');
  /** @param {unknown} x @param {number} w */
  const col = (x, w) => String(x).padStart(w);
  for (const [v, r] of Object.entries(report)) {
    if (args.includes('--chars')) console.log(`  ${v} non-ASCII: ${r.chars}`);
    if (args.includes('--fonts')) console.log(`  ${v} fonts (${r.fonts?.length}):\n    ${r.fonts?.join('\n    ')}`);
    console.log(`${v.padEnd(19)} ${col(r.rows, 4)} ${col(r.domContentLoaded, 5)} ${col(r.toData, 6)} ${col(r.toRendered, 9)} ${col(r.toFrame, 6)} ${col(r.toPainted, 8)} ${col(r.modulesToStatus, 15)}`
      + ` ${col(r.dataToRendered, 14)} ${col(r.renderedToFrame, 15)} ${col(r.dataToFrame, 11)} ${col(r.cpu, 4)}  ${r.all.join(' ')}`);
  }
  for (const [v, r] of Object.entries(report)) {
    if (!Number.isNaN(r.prePainted)) console.log(`${v}: the HTML's list painted at ${r.prePainted} ms (first contentful paint ${r.fcp}); the modules' list painted at ${r.toPainted}`);
  }
  console.log('CPU: the browser\'s (all processes and threads, ms) from navigation until the marks were read.');
}

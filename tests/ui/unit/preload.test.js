import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ui = join(dirname(fileURLToPath(import.meta.url)), '../../../ui');

/** Every module reachable from main.js through static imports, relative to ui/. */
function importGraph(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join(ui, file), 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gms)) {
      walk(normalize(join(dirname(file), m[1])));
    }
  };
  walk(entry);
  seen.delete(entry);
  return [...seen].sort();
}

test('index.html preloads exactly the modules main.js imports', () => {
  const html = readFileSync(join(ui, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
  assert.deepEqual(preloaded, importGraph('js/main.js'), `update ui/index.html (${relative(process.cwd(), ui)})`);
});

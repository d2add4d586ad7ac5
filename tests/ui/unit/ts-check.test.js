// @ts-check
// The type check in scripts/test (tsc -p tests/ui/tsconfig.json, strict) covers a file only when
// it opts in with `// @ts-check` on its first line (checkJs is off so that the vendored
// @fluent/bundle, kept byte for byte, is not checked): every module of ours must.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const js = join(dirname(fileURLToPath(import.meta.url)), '../../../ui/js');

/** @param {string} dir @returns {string[]} */
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsFiles(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

test('every module in ui/js opts in to the type check on its first line', () => {
  const files = jsFiles(js);
  assert.ok(files.length > 60, `found ${files.length} modules`);
  const missing = files.filter((f) => readFileSync(f, 'utf8').split('\n', 1)[0].trim() !== '// @ts-check')
    .map((f) => relative(js, f));
  assert.deepEqual(missing, []);
});

// The message catalogue (locales/README.md): every language has every message with the same
// arguments, every message is used, every id the code asks for exists, the vendored
// @fluent/bundle is the pinned release unchanged, and the pseudo-locale matches Rust's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '../../../ui/vendor/fluent-bundle/index.js';
import { pseudoText, t, hasMessage, useCatalogue, intlLocale, language, splitEntries } from '../../../ui/js/lib/i18n.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const LANGUAGES = ['en', 'nl'];

/** @param {string} dir @param {(file: string) => boolean} keep @returns {string[]} */
function walk(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'target' || name === 'vendor') continue;
    if (statSync(path).isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** The sources of one language's .ftl files. @param {string} lang */
function sources(lang) {
  const dir = join(root, 'locales', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Message id → the `$variables` it uses, from the FTL text (terms start with "-"). @param {string} lang */
function messages(lang) {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const source of sources(lang)) {
    const resource = new FluentResource(source);
    for (const entry of resource.body) {
      const vars = new Set();
      const visit = (/** @type {any} */ node) => {
        if (!node || typeof node !== 'object') return;
        if (node.type === 'var') vars.add(node.name);
        for (const value of Object.values(node)) visit(value);
      };
      visit(entry.value);
      visit(entry.attributes);
      assert.ok(!out.has(entry.id), `${lang}: ${entry.id} is defined twice`);
      out.set(entry.id, [...vars].sort());
    }
  }
  return out;
}

test('every language has exactly the messages of English, each with the same arguments', () => {
  const english = messages('en');
  assert.ok(english.size > 20);
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    const other = messages(lang);
    assert.deepEqual([...other.keys()].sort(), [...english.keys()].sort(), `${lang} has other message ids than English`);
    for (const [id, vars] of english) assert.deepEqual(other.get(id), vars, `${lang}: ${id} uses other arguments than English`);
  }
});

test('every message is used by the code, and every id the window asks for exists', () => {
  const code = [
    ...walk(join(root, 'ui'), (f) => f.endsWith('.js')),
    ...walk(join(root, 'src-tauri'), (f) => f.endsWith('.rs') && !f.includes('/i18n/')),
  ].map((f) => readFileSync(f, 'utf8')).join('\n');
  const english = messages('en');
  const ids = [...english.keys()].filter((id) => !id.startsWith('-'));
  const unused = ids.filter((id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`));
  assert.deepEqual(unused, [], 'messages no code uses (remove them, or use them)');
  const asked = [...code.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]);
  assert.ok(asked.length > 10);
  const unknown = [...new Set(asked.filter((id) => !english.has(id)))];
  assert.deepEqual(unknown, [], 'ids the window asks for that no catalogue has');
});

test('the vendored @fluent/bundle is the pinned npm release, unchanged', () => {
  const pinned = JSON.parse(readFileSync(join(root, 'tests/package.json'), 'utf8')).devDependencies['@fluent/bundle'];
  const installed = JSON.parse(readFileSync(join(root, 'tests/node_modules/@fluent/bundle/package.json'), 'utf8')).version;
  assert.equal(installed, pinned, 'run npm ci --prefix tests');
  assert.match(readFileSync(join(root, 'ui/vendor/fluent-bundle/README.md'), 'utf8'), new RegExp(`@fluent/bundle ${pinned.replace(/\./g, '\\.')}`));
  const vendored = readdirSync(join(root, 'ui/vendor/fluent-bundle')).filter((f) => f.endsWith('.js'));
  assert.ok(vendored.length >= 8);
  for (const file of vendored) {
    assert.equal(readFileSync(join(root, 'ui/vendor/fluent-bundle', file), 'utf8'),
      readFileSync(join(root, 'tests/node_modules/@fluent/bundle/esm', file), 'utf8'), `${file} differs from the release`);
  }
});

// The same table is in src-tauri/core/src/i18n/tests.rs.
test('the pseudo-locale accents letters and doubles vowels, like Rust does', () => {
  assert.equal(pseudoText('Sign in'), 'Şīīɠƞ īīƞ');
  assert.equal(pseudoText('Keys: 3 (OK).'), 'Ķḗḗẏş: 3 (ǾǾĶ).');
  const sentence = 'Leave as is unless your organization runs its own Scriptix server.';
  assert.ok([...pseudoText(sentence)].length / sentence.length >= 1.3);
});

test('a catalogue formats messages with arguments in its language; Intl follows; an unknown id shows itself', () => {
  useCatalogue({ tag: 'nl', sources: sources('nl') });
  assert.equal(language(), 'nl');
  assert.equal(intlLocale(), 'nl');
  assert.equal(t('signin-need-server', { url: 'https://api.scriptix.io' }), 'Vul het serveradres in, meestal https://api.scriptix.io.');
  assert.equal(t('window-title-tokens'), 'API-tokens — Scriptix Keys');
  assert.equal(t('no-such-message'), 'no-such-message');
  useCatalogue({ tag: 'en-XA', sources: sources('en') });
  assert.equal(intlLocale(), 'en');
  assert.equal(t('signin-submit'), 'Şīīɠƞ īīƞ');
  assert.equal(t('signin-need-server', { url: 'https://x.test' }), 'ḖḖƞŧḗḗř ŧħḗḗ şḗḗřṽḗḗř ȧȧḓḓřḗḗşş, ŭŭşŭŭȧȧŀŀẏ https://x.test.');
  useCatalogue({ tag: 'en', sources: sources('en') });
});

/**
 * What `t` gave when the whole catalogue was parsed up front: the same bundle built eagerly.
 * @param {string} tag @param {string[]} srcs
 */
function eager(tag, srcs) {
  const bundle = new FluentBundle(tag === 'en-XA' ? 'en' : tag, { useIsolating: false, transform: tag === 'en-XA' ? pseudoText : undefined });
  for (const source of srcs) bundle.addResource(new FluentResource(source));
  return (/** @type {string} */ id, /** @type {any} */ args) => {
    const m = bundle.getMessage(id);
    return m?.value ? bundle.formatPattern(m.value, args ?? null, []) : id;
  };
}

test('messages parsed on first use format exactly as the whole catalogue parsed up front', () => {
  for (const [tag, lang] of [['en', 'en'], ['nl', 'nl'], ['en-XA', 'en']]) {
    const want = eager(tag, sources(lang));
    for (const args of [undefined, 'numbers', 'words']) {
      // Each pass starts unparsed, so every message is its own first use.
      useCatalogue({ tag, sources: sources(lang) });
      for (const [id, vars] of messages(lang)) {
        const a = args === 'numbers' ? Object.fromEntries(vars.map((v, i) => [v, i + 1]))
          : args === 'words' ? Object.fromEntries(vars.map((v) => [v, `<${v}>`])) : undefined;
        assert.equal(t(id, a), want(id, a), `${tag}: ${id} ${JSON.stringify(a)}`);
        assert.equal(t(id, a), want(id, a), `${tag}: ${id} asked again`);
      }
    }
  }
  useCatalogue({ tag: 'en', sources: sources('en') });
});

test('the lazy catalogue: comments between entries, an id defined twice, a message placing another, terms', () => {
  const srcs = [
    '### Resource comment\n\n-brand = Keys\n# About greet\ngreet = Hello { -brand }\n    and more\n\n## Group\nboth = { greet }, { $n ->\n    [one] one\n   *[other] { $n } many\n}\nplain = Plain\n',
    'plain = Second plain\nattr-only =\n    .title = Title\n# trailing comment\n',
  ];
  const { entries, terms } = splitEntries(srcs);
  assert.deepEqual([...entries.keys()], ['greet', 'both', 'plain', 'attr-only']);
  assert.match(terms, /^-brand = Keys/);
  assert.equal(entries.get('plain'), 'plain = Plain\n', 'the first of two wins, as FluentBundle keeps the first');
  useCatalogue({ tag: 'en', sources: srcs });
  const want = eager('en', srcs);
  // `both` first: the message it places is parsed with it.
  for (const id of ['both', 'greet', 'plain', 'attr-only', 'missing']) {
    for (const a of [{ n: 1 }, { n: 7 }]) assert.equal(t(id, a), want(id, a), id);
  }
  assert.equal(t('both', { n: 1 }), 'Hello Keys\nand more, one');
  assert.equal(hasMessage('attr-only'), false);
  assert.equal(hasMessage('plain'), true);
  useCatalogue({ tag: 'en', sources: sources('en') });
});

test('a message placed by a term is found though it was never asked for', () => {
  const srcs = ['-product = { product-name } Pro\nuses-term = Try { -product }\nproduct-name = Keys\n'];
  useCatalogue({ tag: 'en', sources: srcs });
  assert.equal(t('uses-term'), 'Try Keys Pro');
  assert.equal(t('uses-term'), eager('en', srcs)('uses-term'));
  useCatalogue({ tag: 'en', sources: sources('en') });
});

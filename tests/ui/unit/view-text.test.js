// A small static check over ui/js/views: a view renders text from the catalogue (`t('id')`),
// never from an English string literal. It reads each module's string and template literals
// with their code context and flags those that look like text for people: a capitalised
// word ("Sign in"), a sentence ("… again."), or an ellipsis. Literals in non-text places
// (class names, test ids, tag names, attribute names, event keys, comparisons) are skipped;
// NOT_TEXT lists the few text-like literals that are not language (symbols, brand names).
// Limitation: an all-lowercase phrase without punctuation ("copied") is not recognised; the
// pseudo-locale journey shows those (they stay unaccented).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const views = join(dirname(fileURLToPath(import.meta.url)), '../../../ui/js/views');

/** Text-like literals that are not language. */
const NOT_TEXT = new Set(['Scriptix Keys', 'Scriptix', 'OK', 'Bitwarden (CSV)', 'KeePassXC (CSV)', 'Esc', 'Enter', 'Escape', 'Tab', 'Home', 'End',
  'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Delete', 'Backspace', 'Shift', 'Ctrl', 'Alt', 'Meta',
  // aria-keyshortcuts values (key names as ARIA spells them) and the keys shown beside menu items.
  'Control+F', 'Control+K', 'Control+N', 'F5 Control+R', 'Ctrl+C']);

/** Code right before a literal that makes it a non-text value. */
const NON_TEXT_CONTEXT = [
  /(?:^|[{,\s])(?:class|type|role|autocomplete|inputmode|name|id|for|href|rel|method|key|keys|kind|tone|testid|view|state|format|spellcheck|tabindex|width|height|viewBox|d|fill|stroke)\s*:\s*$/,
  /'(?:data-[a-z-]+|aria-(?:controls|describedby|labelledby|live|current|pressed|expanded|hidden|haspopup|invalid|required|modal|sort|selected|checked|busy|atomic|relevant|orientation|owns|activedescendant|level))'\s*:\s*$/,
  /\b(?:el|querySelector|querySelectorAll|closest|getElementById|addEventListener|removeEventListener|getAttribute|removeAttribute|hasAttribute|setAttribute|toggleAttribute|uid|t|tEarly|byTestId|createElementNS|createElement|matches)\(\s*$/,
  /\btEarly\(\s*LIT\s*,\s*$/, // the English stand-in for a missing catalogue
  /\bclassList\.(?:add|remove|toggle|contains)\([^)]*$/,
  /(?:===|!==|==|!=|case)\s*$/,
  /\b(?:import|from|export)\s[^;]*$/,
];

/**
 * The string and template literals of a module with the code before each (comments skipped).
 * @param {string} src
 * @returns {{ text: string, before: string, line: number }[]}
 */
export function literals(src) {
  const out = [];
  let code = '';
  let i = 0;
  const line = (/** @type {number} */ at) => src.slice(0, at).split('\n').length;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') { i = src.indexOf('\n', i); if (i < 0) break; continue; }
    if (c === '/' && src[i + 1] === '*') { i = src.indexOf('*/', i + 2) + 2; if (i < 2) break; continue; }
    if (c === "'" || c === '"' || c === '`') {
      const start = i;
      let text = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') { text += src[i + 1]; i += 2; continue; }
        if (c === '`' && src[i] === '$' && src[i + 1] === '{') {
          // A placeable: skip to its closing brace (nested braces counted), keep a gap.
          let depth = 1;
          i += 2;
          while (i < src.length && depth > 0) { if (src[i] === '{') depth++; else if (src[i] === '}') depth--; i++; }
          text += ' … ';
          continue;
        }
        text += src[i];
        i++;
      }
      out.push({ text, before: code.slice(-80), line: line(start) });
      code += ' LIT ';
      i++;
      continue;
    }
    code += c;
    i++;
  }
  return out;
}

/** @param {string} text */
export function looksLikeText(text) {
  const s = text.replace(/ … /g, ' ').trim();
  if (!/[A-Za-z]{2,}/.test(s) || NOT_TEXT.has(s)) return false;
  if (/^[a-z0-9_.:/#?=&\-[\]"' ]*$/.test(s) && !/[.!?:]$/.test(s)) return false; // identifiers, class lists, selectors, URLs
  if (s.includes('…')) return true;
  if (/\b[A-Z][a-z]{2,}/.test(s)) return true; // a capitalised word
  return /[a-z]{2,} [a-z]{2,}.*[.!?]$/.test(s); // a sentence
}

/** @param {string} src */
export function textLiterals(src) {
  return literals(src).filter((l) => looksLikeText(l.text) && !NON_TEXT_CONTEXT.some((re) => re.test(l.before)));
}

test('the checker finds English text and passes catalogue lookups and non-text values', () => {
  const found = textLiterals(`
    // 'Comment text is ignored.'
    const a = el('button', { class: 'button primary', 'data-testid': 'x-submit', type: 'submit' }, 'Sign in');
    const b = el('p', null, t('signin-need-email'));
    status.textContent = \`Saved \${n} keys.\`;
    input.setAttribute('aria-label', 'Show password');
    if (e.key === 'Enter') go();
    const c = tEarly('boot-retry', 'Try again');
    const d = 'Scriptix Keys';
    label.textContent = 'Loading…';
  `).map((l) => l.text);
  assert.deepEqual(found, ['Sign in', 'Saved  …  keys.', 'Show password', 'Loading…']);
});

test('views render no English string literals', () => {
  const files = readdirSync(views).filter((f) => f.endsWith('.js'));
  const problems = [];
  for (const file of files) {
    for (const l of textLiterals(readFileSync(join(views, file), 'utf8'))) problems.push(`${file}:${l.line}: ${JSON.stringify(l.text)}`);
  }
  assert.deepEqual(problems, [], 'use t(\'message-id\') with the text in locales/*/…ftl');
});


// Loads a language's .ftl files from locales/ into ui/js/lib/i18n.js, the way main.js does
// with Rust's `i18n_catalogue`, so unit tests render real text instead of message ids.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCatalogue } from '../../../ui/js/lib/i18n.js';

const locales = join(dirname(fileURLToPath(import.meta.url)), '../../../locales');

/** The sources of one language's .ftl files, in file-name order. @param {string} lang */
export function catalogueSources(lang) {
  const dir = join(locales, lang);
  return readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Use the catalogue of `lang` (English by default). @param {string} [lang] */
export function useLanguage(lang = 'en') {
  useCatalogue({ tag: lang, sources: catalogueSources(lang) });
}

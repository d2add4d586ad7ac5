// @ts-check
//! The window's side of the message catalogue (locales/README.md): the `.ftl` files of the
//! language in use, from Rust's `i18n_catalogue`, formatted with @fluent/bundle; the locale
//! for every `Intl` formatter; and a signal when the language changes, so open screens
//! render again without a restart.
//! Must not: format secrets (arguments are names, counts and dates), or throw: a message the
//! catalogue lacks shows its id (a test keeps every id present in every language).

import { FluentBundle, FluentResource } from '../../vendor/fluent-bundle/index.js';

/** @typedef {{ tag: string, sources: string[] }} Catalogue */
/** @typedef {Record<string, string | number | Date>} Args */

const PSEUDO = 'en-XA';
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'];

/**
 * The pseudo-locale's transform, the same as Rust's (`core/src/i18n/pseudo.rs`): accented
 * letters, doubled vowels (about 35% longer).
 * @param {string} text
 */
export function pseudoText(text) {
  let out = '';
  for (const c of text) {
    const i = PLAIN.indexOf(c);
    if (i < 0) { out += c; continue; }
    out += ACCENTED[i];
    if ('aeiouAEIOU'.includes(c)) out += ACCENTED[i];
  }
  return out;
}

let tag = 'en';
/**
 * The part of @fluent/bundle's FluentBundle this module calls, typed here: the vendored copy
 * is the release's JavaScript without its .d.ts files, so the checker would infer
 * `formatPattern`'s arguments from their defaults (`null`).
 * @typedef {{ getMessage(id: string): { value: unknown } | undefined,
 *   formatPattern(pattern: unknown, args: Args | null, errors: Error[]): string }} Bundle
 */
/** @type {Bundle | null} */
let bundle = null;
/** @type {Set<() => void>} */
const listeners = new Set();

/**
 * Use a catalogue from `i18n_catalogue`; `<html lang>` follows. Listeners run when the
 * language changed (not on the first load).
 * @param {Catalogue} catalogue
 */
export function useCatalogue(catalogue) {
  const changed = bundle !== null && catalogue.tag !== tag;
  tag = catalogue.tag;
  const next = new FluentBundle(tag === PSEUDO ? 'en' : tag, {
    useIsolating: false,
    transform: tag === PSEUDO ? pseudoText : undefined,
  });
  for (const source of catalogue.sources) next.addResource(new FluentResource(source));
  bundle = /** @type {Bundle} */ (/** @type {unknown} */ (next));
  if (globalThis.document) document.documentElement.lang = tag;
  if (changed) for (const listener of [...listeners]) listener();
}

/**
 * The message `id` in the language in use.
 * @param {string} id
 * @param {Args} [args]
 * @returns {string}
 */
export function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return id;
  return bundle.formatPattern(message.value, args ?? null, []);
}

/**
 * Whether the catalogue in use has the message `id` (an error's code may be newer than the
 * catalogue of an older window, or not yet translated: the caller then keeps its English).
 * @param {string} id
 */
export function hasMessage(id) {
  return !!bundle?.getMessage(id)?.value;
}

/**
 * A coded message from Rust, `{ code, args }`, in the language in use; an argument that is
 * itself `{ code, args }` (an error that carries the error that caused it) is formatted first.
 * Null when the catalogue lacks any of the ids (the caller then keeps Rust's English sentence).
 * @param {{ code: string, args?: Record<string, unknown> }} coded
 * @returns {string | null}
 */
export function tCoded(coded) {
  if (typeof coded.code !== 'string' || !hasMessage(coded.code)) return null;
  /** @type {Args} */
  const args = {};
  for (const [name, value] of Object.entries(coded.args ?? {})) {
    if (value && typeof value === 'object' && 'code' in value) {
      const inner = tCoded(/** @type {{ code: string, args?: Record<string, unknown> }} */ (value));
      if (inner === null) return null;
      args[name] = inner;
    } else if (typeof value === 'string' || typeof value === 'number') {
      args[name] = value;
    }
  }
  return t(coded.code, args);
}

/**
 * The message `id` cut around its argument `name`, for a view that shows that argument
 * differently (as code, in bold): the text before each place it appears, and after the last.
 * Each language keeps its own word order; joined with the argument, the parts are the message.
 * @param {string} id
 * @param {string} name
 * @param {Args} [args]  the other arguments
 * @returns {string[]}
 */
export function tAround(id, name, args) {
  const mark = '\u0000';
  return t(id, { ...args, [name]: mark }).split(mark);
}

/**
 * For the few texts that show when the catalogue itself may not have loaded (the start-up
 * problem screen, IPC's own failures): the message in the language in use, else `english`.
 * @param {string} id
 * @param {string} english
 */
export function tEarly(id, english) {
  return hasMessage(id) ? t(id) : english;
}

/** The language in use: `en`, `nl`, or `en-XA` (tests). */
export function language() {
  return tag;
}

/** The locale for `Intl` formatters (the pseudo-locale formats as English). */
export function intlLocale() {
  return tag === PSEUDO ? 'en' : tag;
}

/**
 * Run `listener` whenever the language changes; returns the unsubscribe.
 * @param {() => void} listener
 */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

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
 *   addResource(resource: FluentResource): Error[],
 *   formatPattern(pattern: unknown, args: Args | null, errors: Error[]): string }} Bundle
 */
/** @type {Bundle | null} */
let bundle = null;
/** @type {Set<() => void>} */
const listeners = new Set();

/**
 * Each entry's text by id, not yet parsed. The catalogue is ~130 KB of Fluent and a screen
 * uses a few dozen of its ~900 messages: parsing all of it took ~10 ms of the start, before
 * the first frame. An entry is parsed the first time it is asked for (`message`); terms
 * (`-brand`), which messages refer to, are parsed with the catalogue.
 * @type {Map<string, string>}
 */
let unparsed = new Map();

/** The start of each message and term, as @fluent/bundle's own parser finds them. */
const ENTRY_START = /^(-?[a-zA-Z][\w-]*) *= */gm;

/**
 * Splits Fluent sources into one text per entry, from its start to the next entry's start
 * (the comments in between go with it; the parser skips them). The first entry of an id
 * wins, as FluentBundle keeps the first of two. Terms are returned together.
 * @param {string[]} sources
 * @returns {{ entries: Map<string, string>, terms: string }}
 */
export function splitEntries(sources) {
  /** @type {Map<string, string>} */
  const entries = new Map();
  /** @type {string[]} */
  const terms = [];
  for (const source of sources) {
    /** @type {RegExpExecArray[]} */
    const starts = [];
    ENTRY_START.lastIndex = 0;
    for (let m = ENTRY_START.exec(source); m !== null; m = ENTRY_START.exec(source)) starts.push(m);
    starts.forEach((m, i) => {
      const text = source.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : source.length);
      if (m[1].startsWith('-')) terms.push(text);
      else if (!entries.has(m[1])) entries.set(m[1], text);
    });
  }
  return { entries, terms: terms.join('\n') };
}

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
  const { entries, terms } = splitEntries(catalogue.sources);
  if (terms) next.addResource(new FluentResource(terms));
  unparsed = entries;
  bundle = /** @type {Bundle} */ (/** @type {unknown} */ (next));
  if (globalThis.document) document.documentElement.lang = tag;
  if (changed) for (const listener of [...listeners]) listener();
}

/**
 * The catalogue's message `id`, parsed on first use (a message it places is parsed by `t`
 * when formatting reports it unknown).
 * @param {string} id
 */
function message(id) {
  if (!bundle) return undefined;
  const text = unparsed.get(id);
  if (text !== undefined) {
    unparsed.delete(id);
    bundle.addResource(new FluentResource(text));
  }
  return bundle.getMessage(id);
}

/**
 * The message `id` in the language in use.
 * @param {string} id
 * @param {Args} [args]
 * @returns {string}
 */
export function t(id, args) {
  const found = message(id);
  if (!bundle || !found?.value) return id;
  for (;;) {
    /** @type {Error[]} */
    const errors = [];
    const text = bundle.formatPattern(found.value, args ?? null, errors);
    // A message this one places (directly, in a term's text, as a call's argument) that is
    // not parsed yet: parse it and format again.
    const missing = errors.map((e) => /^Unknown message: (.+)$/.exec(e.message)?.[1] ?? '').filter((m) => unparsed.has(m));
    if (missing.length === 0) return text;
    for (const m of missing) message(m);
  }
}

/**
 * Whether the catalogue in use has the message `id` (an error's code may be newer than the
 * catalogue of an older window, or not yet translated: the caller then keeps its English).
 * @param {string} id
 */
export function hasMessage(id) {
  return !!message(id)?.value;
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

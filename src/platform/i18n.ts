// UI text from _locales/<language>/messages.json, in the browser's language (English, the
// default locale, where a translation is missing). docs/architecture.md, "Translating", says how to add one.
import type english from '../../_locales/en/messages.json';
import { browser } from './browser';

/** A message name from the English file, the complete one: a name it lacks is a type error. */
export type MessageKey = keyof typeof english;
/** Messages with plural forms (`<base>_one`, `<base>_other`, and `_few`, `_many` where a language has them). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The text of `key`, its `$1`, `$2`… (named placeholders in messages.json) filled in. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}

let rules: Intl.PluralRules | undefined;

/** A count's text in the language's plural form for it; the count is `$1`, then `more`. */
export function tn(base: PluralKey, count: number, ...more: (string | number)[]): string {
  rules ??= new Intl.PluralRules(t('langCode'));
  // A form this language does not need falls back to `_other`, which every language has.
  return browser.i18n.getMessage(`${base}_${rules.select(count)}`, [String(count), ...more.map(String)]) || t(`${base}_other`, count, ...more);
}

/**
 * A message with elements in it ("Featured in <a>issue #93</a>"): each substitution is one of
 * `parts`, so translators can move it anywhere in the sentence.
 */
export function tParts<T>(key: MessageKey, ...parts: (T | string)[]): (string | T)[] {
  // A private-use character marks each part: Chrome drops NULs from substitutions.
  const marked = t(key, ...parts.map((_, i) => `\uE000${i}\uE000`));
  return marked
    .split('\uE000')
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)]! : piece))
    .filter((piece) => piece !== '');
}

/** The page's title, language and writing direction, in the language its text is shown in. */
export function localizePage(title: MessageKey): void {
  document.title = t(title);
  document.documentElement.lang = t('langCode');
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
}

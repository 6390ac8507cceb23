// Every curator-facing text, from _locales/<language>/messages.json. Core returns codes and
// values; the files in src/text word them with `t`. Where the words come from is set once per
// entry point: the browser's language in the pages (src/platform/i18n.ts), English in Node
// (src/text/english.ts). docs/architecture.md, "Translating", says how to add a language.
import type english from '../../_locales/en/messages.json';

/** A message name from the English file, the complete one: a name it lacks is a type error. */
export type MessageKey = keyof typeof english;
/** Messages with plural forms (`<base>_one`, `<base>_other`, and `_few`, `_many` where a language has them). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Words a message name with its substitutions, as `browser.i18n.getMessage` does ('' for an unknown name). */
export type MessageSource = (name: string, substitutions: string[]) => string;

let source: MessageSource | undefined;
let rules: Intl.PluralRules | undefined;

/** Where `t` takes its words from; each entry point calls this once, before anything is shown. */
export function useMessages(messages: MessageSource): void {
  source = messages;
  rules = undefined;
}

function message(name: string, substitutions: (string | number)[]): string {
  if (!source) throw new Error('No message source: the entry point must call useMessages (src/text/t.ts) first.');
  return source(name, substitutions.map(String));
}

/** The text of `key`, its `$1`, `$2`… (named placeholders in messages.json) filled in. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return message(key, substitutions);
}

/** A count's text in the language's plural form for it; the count is `$1`, then `more`. */
export function tn(base: PluralKey, count: number, ...more: (string | number)[]): string {
  rules ??= new Intl.PluralRules(t('langCode'));
  // A form this language does not need falls back to `_other`, which every language has.
  return message(`${base}_${rules.select(count)}`, [count, ...more]) || t(`${base}_other`, count, ...more);
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

// Chrome's `i18n.getMessage`, over a messages.json object: for the command line and the tests,
// which have no browser to ask. Pages ask the browser (src/platform/i18n.ts).

/** One entry of a `_locales/<language>/messages.json` file. */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The text of `name` as Chrome gives it: names are case-blind, `$name$` becomes its placeholder's
 * content, `$1`…`$9` the substitutions, `$$` a dollar sign, and an unknown name gives ''.
 */
export function formatMessage(messages: Record<string, LocaleMessage>, name: string, substitutions: readonly string[] = []): string {
  if (name === '@@ui_locale') return messages.langCode?.message ?? 'en';
  if (name === '@@bidi_dir') return 'ltr';
  const entry = Object.entries(messages).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([key, { content }]) => [key.toLowerCase(), content]));
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, key: string) => placeholders[key.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

// The browser's language for every text of the extension's pages and its worker: `t` (src/text/t.ts)
// asks `browser.i18n`, which picks _locales/<language>/messages.json (English where a
// translation is missing).
import { t, useMessages } from '../text/t';
import { browser } from './browser';

/** Words every `t` on this page in the browser's language; each entry point calls it first. */
export function useBrowserMessages(): void {
  // A page asks for the same words many times (each row's labels), and each call crosses into the
  // extension bindings: words without substitutions are asked once.
  const plain = new Map<string, string>();
  useMessages((name, substitutions) => {
    if (substitutions.length > 0) return browser.i18n.getMessage(name, substitutions);
    const known = plain.get(name);
    if (known !== undefined) return known;
    const text = browser.i18n.getMessage(name);
    plain.set(name, text);
    return text;
  });
}

/** The page's title, language and writing direction, in the language its text is shown in. */
export function localizePage(title: Parameters<typeof t>[0]): void {
  document.title = t(title);
  document.documentElement.lang = t('langCode');
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
}

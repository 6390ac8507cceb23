// The browser's language for every text of the extension's pages and its worker: `t` (src/text/t.ts)
// asks `browser.i18n`, which picks _locales/<language>/messages.json (English where a
// translation is missing).
import { t, useMessages } from '../text/t';
import { browser } from './browser';

/** Words every `t` on this page in the browser's language; each entry point calls it first. */
export function useBrowserMessages(): void {
  useMessages((name, substitutions) => browser.i18n.getMessage(name, substitutions));
}

/** The page's title, language and writing direction, in the language its text is shown in. */
export function localizePage(title: Parameters<typeof t>[0]): void {
  document.title = t(title);
  document.documentElement.lang = t('langCode');
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
}

import german from '../../_locales/de/messages.json';
import { useBrowserMessages } from '../../src/platform/i18n';
import { formatMessage } from '../../src/text/message-format';
import { useMessages } from '../../src/text/t';

/** Words every `t` from `_locales/de` until `useBrowserMessages` (the English fake browser) is back: call that in `afterEach`. */
export function speakGerman(): void {
  useMessages((name, substitutions) => formatMessage(german, name, substitutions));
}

/** The English of the test setup (the fake browser), back after `speakGerman`. */
export const speakEnglish = useBrowserMessages;

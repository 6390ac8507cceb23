// The English messages as a message source, for the command line and the tests (Node has no
// `browser.i18n`). Only Node entry points import this: pages would carry the whole file for nothing.
import messages from '../../_locales/en/messages.json';
import { formatMessage } from './message-format';
import type { MessageSource } from './t';

/** `_locales/en/messages.json`, worded as Chrome words it. */
export const englishMessages: MessageSource = (name, substitutions) => formatMessage(messages, name, substitutions);

import { afterEach, describe, expect, it } from 'vitest';
import german from '../../../_locales/de/messages.json';
import { DOMAIN_KEYWORDS } from '../../../src/core/emoji-suggest';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { emojiNameText, NAMES_WITH_TEXT } from '../../../src/text/emoji-name-text';
import { formatMessage } from '../../../src/text/message-format';
import { useMessages } from '../../../src/text/t';

describe('the names of suggested emoji in the UI', () => {
  const names = Object.values(DOMAIN_KEYWORDS).map(({ name }) => name);
  afterEach(() => useBrowserMessages());

  it('has a message for every emoji of the keyword map, and none for an emoji that is gone', () => {
    expect([...NAMES_WITH_TEXT].sort()).toEqual([...names].sort());
  });

  it('says in English exactly what core calls each emoji', () => {
    for (const name of names) expect(emojiNameText(name)).toBe(name);
  });

  it('says it in German in German', () => {
    useMessages((name, substitutions) => formatMessage(german, name, substitutions));
    expect(emojiNameText('wheel of dharma')).toBe('Dharma-Rad');
    expect(emojiNameText('locked')).toBe('geschlossenes Schloss');
  });

  it('falls back to core’s name for an emoji with no message yet, and stays empty for none', () => {
    expect(emojiNameText('unicorn')).toBe('unicorn');
    expect(emojiNameText('')).toBe('');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emojiData } from '../../../../src/ui/emoji-data';
import { emojiPickerLabels } from '../../../../src/ui/emoji-picker-labels';
import { speakEnglish, speakGerman } from '../../german';

const root = join(import.meta.dirname, '../../../..');
/** Each language of `_locales`, as its `langCode` message names it (what `t('langCode')` gives). */
const langCodes = readdirSync(join(root, '_locales')).map(
  (locale) => (JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as { langCode: { message: string } }).langCode.message,
);

describe('the emoji picker in the UI’s language', () => {
  it('has emoji data and labels for every language of _locales', async () => {
    for (const langCode of langCodes) {
      expect(emojiData(langCode).locale, langCode).toBe(langCode);
      if (langCode !== 'en') expect(await emojiPickerLabels(langCode), langCode).toBeDefined();
    }
  });

  it('in German: German data, in a cache of its own, and German labels', async () => {
    expect(emojiData('de')).toEqual({ locale: 'de', dataSource: expect.stringMatching(/emoji-picker-element-data\/de\/cldr\/data\.json$/) });
    const labels = await emojiPickerLabels('de');
    expect(labels?.searchLabel).toBe('Suchen');
    expect(labels?.categories['smileys-emotion']).toBe('Smileys und Emoticons');
  });

  it('in German: addresses the curator as the extension does ("Sie"), where the picker’s own German says "du"', async () => {
    speakGerman();
    try {
      const labels = await emojiPickerLabels('de');
      expect(labels?.skinToneLabel).toBe('Wählen Sie einen Hautton (jetzt {skinTone})');
      expect(labels?.emojiUnsupportedMessage).toBe('Ihr Browser unterstützt keine farbigen Emojis.');
      const sentences = [labels?.searchDescription, labels?.skinToneDescription, labels?.skinToneLabel, labels?.emojiUnsupportedMessage];
      expect(sentences.filter((text) => /\b(du|dein|deine|wähle|nutze)\b/i.test(text ?? ''))).toEqual([]);
    } finally {
      speakEnglish();
    }
  });

  it('in English: English data, and the picker’s built-in English labels', async () => {
    expect(emojiData('en')).toEqual({ locale: 'en', dataSource: expect.stringMatching(/emoji-picker-element-data\/en\/emojibase\/data\.json$/) });
    expect(await emojiPickerLabels('en')).toBeUndefined();
  });

  it('a regional code takes its language’s data, and a language without data English', () => {
    expect(emojiData('de-AT').locale).toBe('de');
    expect(emojiData('fr')).toEqual(emojiData('en'));
  });
});

import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, DOMAIN_KEYWORDS, emojiName, words } from '../../../../src/core/emoji-suggest';

const library = {
  '🔒': { name: 'locked', words: 'security lock privacy' },
  '🔑': { name: 'key', words: 'security secret secrets' },
  '📦': { name: 'package', words: 'package container' },
};

const emojiFor = (index: ReturnType<typeof buildKeywordIndex>, word: string) => (index.words.get(words(word)[0]!) ?? []).map((m) => m.emoji);

describe('buildKeywordIndex', () => {
  it('maps every keyword, stemmed, to its emoji', () => {
    const index = buildKeywordIndex(library);
    expect(emojiFor(index, 'security')).toEqual(['🔒', '🔑']);
    expect(emojiFor(index, 'locking')).toEqual(['🔒']);
    expect(emojiFor(index, 'containers')).toEqual(['📦']);
    expect(emojiFor(index, 'secret')).toEqual(['🔑']);
  });

  it('matches on keywords, not on the words of the name', () => {
    expect(buildKeywordIndex(library).words.has('locked')).toBe(false);
  });

  it('weighs a word few emoji share above one several share', () => {
    const index = buildKeywordIndex(library);
    const weight = (word: string, emoji: string) => index.words.get(words(word)[0]!)!.find((m) => m.emoji === emoji)!.weight;
    expect(weight('secret', '🔑')).toBeGreaterThan(weight('security', '🔑'));
  });

  it('names each emoji, with or without VS16', () => {
    const index = buildKeywordIndex({ ...library, '🛡️': { name: 'shield', words: 'protection' } });
    expect(emojiName(index, '🔑')).toBe('key');
    expect(emojiName(index, '🛡')).toBe('shield');
    expect(emojiName(index, '🦄')).toBe('');
  });
});

describe('DOMAIN_KEYWORDS', () => {
  const index = buildKeywordIndex(DOMAIN_KEYWORDS);

  it.each([
    ['security', '🔒'],
    ['release', '🎉'],
    ['tutorial', '📚'],
    ['podcast', '🎙️'],
    ['containers', '📦'],
    ['helm', '☸️'],
  ])('points %s to %s', (word, emoji) => {
    expect(emojiFor(index, word)).toContain(emoji);
  });

  it('lists each word at most twice, so no word is a guess between many emoji', () => {
    const crowded = [...index.words].filter(([, matches]) => matches.length > 2).map(([word]) => word);
    expect(crowded).toEqual([]);
  });

  it('names every emoji and gives it words that survive `words`', () => {
    for (const [emoji, { name, words: keywords }] of Object.entries(DOMAIN_KEYWORDS)) {
      expect(name, emoji).not.toBe('');
      expect(words(keywords).length, emoji).toBeGreaterThan(0);
    }
  });
});

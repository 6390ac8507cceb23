import emojilib from 'emojilib';
import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, emojiName, words } from '../../../../src/core/emoji-suggest';

const library = {
  '🔒': ['locked', 'security', 'lock', 'privacy'],
  '🔐': ['locked_with_key', 'security', 'secret'],
  '📦': ['package', 'container', 'box'],
};

const emojiFor = (index: ReturnType<typeof buildKeywordIndex>, word: string) => (index.words.get(words(word)[0]!) ?? []).map((m) => m.emoji);

describe('buildKeywordIndex', () => {
  it('maps every keyword word, split on underscores and stemmed, to its emoji', () => {
    const index = buildKeywordIndex(library);
    expect(emojiFor(index, 'security')).toEqual(['🔒', '🔐']);
    expect(emojiFor(index, 'locking')).toEqual(['🔒', '🔐']);
    expect(emojiFor(index, 'key')).toEqual(['🔐']);
    expect(emojiFor(index, 'containers')).toEqual(['📦']);
    expect(index.words.has('with')).toBe(false);
  });

  it('weighs a word of the name above a tag, and a word few emoji share above a common one', () => {
    const index = buildKeywordIndex(library);
    const weight = (word: string, emoji: string) => index.words.get(words(word)[0]!)!.find((m) => m.emoji === emoji)!.weight;
    expect(weight('package', '📦')).toBeGreaterThan(weight('box', '📦'));
    expect(weight('secret', '🔐')).toBeGreaterThan(weight('security', '🔐'));
  });

  it('names each emoji by its first keyword', () => {
    const index = buildKeywordIndex(library);
    expect(emojiName(index, '🔐')).toBe('locked with key');
    expect(emojiName(index, '🦄')).toBe('');
  });

  it('reads the real emojilib', () => {
    const index = buildKeywordIndex(emojilib);
    expect(emojiFor(index, 'podcast')).toContain('🎙️');
    expect(emojiFor(index, 'containers')).toContain('📦');
    // The archive writes 🛡 without VS16; emojilib keys it with.
    expect(emojiName(index, '🛡')).toBe('shield');
  });
});

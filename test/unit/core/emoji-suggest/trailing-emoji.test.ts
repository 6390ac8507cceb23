import { describe, expect, it } from 'vitest';
import { emojiKey, splitTrailingEmoji, trailingEmoji } from '../../../../src/core/emoji-suggest';

describe('trailingEmoji', () => {
  it.each([
    ['Give it a listen today! 🔊', ['🔊']],
    ['Try it right away.🎛⚡', ['🎛', '⚡']],
    ['Clear and concise 😚👌', ['😚', '👌']],
    ['Spaced out 🎉 🚀', ['🎉', '🚀']],
    ['Trailing whitespace 🔒 \n', ['🔒']],
    ['🔒', ['🔒']],
  ])('reads the emoji at the end of %j', (text, expected) => {
    expect(trailingEmoji(text)).toEqual(expected);
  });

  it('keeps ZWJ sequences, skin tones, VS16, keycaps and flags whole', () => {
    expect(trailingEmoji('To the moon 🧑🏼‍🚀')).toEqual(['🧑🏼‍🚀']);
    expect(trailingEmoji('Helm ☸️')).toEqual(['☸️']);
    expect(trailingEmoji('Shielded 🛡')).toEqual(['🛡']);
    expect(trailingEmoji('Step one 1️⃣')).toEqual(['1️⃣']);
    expect(trailingEmoji('From London 🇬🇧')).toEqual(['🇬🇧']);
    expect(trailingEmoji('Family 👩‍👩‍👧‍👦🏳️‍🌈')).toEqual(['👩‍👩‍👧‍👦', '🏳️‍🌈']);
  });

  it.each(['No emoji here.', 'An emoji 🔒 in the middle.', 'After the emoji 🤔.', 'Kubernetes™', 'Docker®', ''])('finds none in %j', (text) => {
    expect(trailingEmoji(text)).toEqual([]);
  });
});

describe('splitTrailingEmoji', () => {
  it('hands back the text before the emoji, trimmed', () => {
    expect(splitTrailingEmoji('Read it today! 🔊')).toEqual({ body: 'Read it today!', emoji: ['🔊'] });
    expect(splitTrailingEmoji('right away.🎛⚡')).toEqual({ body: 'right away.', emoji: ['🎛', '⚡'] });
    expect(splitTrailingEmoji('plain text  ')).toEqual({ body: 'plain text', emoji: [] });
  });
});

describe('emojiKey', () => {
  it('treats an emoji with and without VS16 as one', () => {
    expect(emojiKey('🛡️')).toBe(emojiKey('🛡'));
    expect(emojiKey('🏳️‍🌈')).toBe('🏳‍🌈');
  });
});

describe('splitTrailingEmoji on long blurbs', () => {
  it('reads only the end, and still gets a run of emoji longer than that end', () => {
    const long = `${'word '.repeat(2000)}end. 🔊`;
    expect(splitTrailingEmoji(long)).toEqual({ body: `${'word '.repeat(2000)}end.`, emoji: ['🔊'] });
    const many = `Intro ${'👩‍💻'.repeat(40)}`;
    expect(splitTrailingEmoji(many).emoji).toHaveLength(40);
    expect(splitTrailingEmoji(many).body).toBe('Intro');
  });

  // The last splits are kept for the editor's renders: what one caller does with its answer must not reach the next.
  it('answers the same blurb alike after a caller changed its answer', () => {
    const first = splitTrailingEmoji('Kept for the next render 🔊');
    first.emoji.push('🚀');
    expect(splitTrailingEmoji('Kept for the next render 🔊')).toEqual({ body: 'Kept for the next render', emoji: ['🔊'] });
  });
});

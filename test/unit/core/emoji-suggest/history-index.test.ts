import { describe, expect, it } from 'vitest';
import { blurbsWith, buildHistoryIndex, emojiWith, historyEntry } from '../../../../src/core/emoji-suggest';

describe('historyEntry', () => {
  it('joins the title and the blurb without its emoji', () => {
    expect(historyEntry('Falco 0.30', 'Runtime security, now faster. 🔒⚡')).toEqual({
      text: 'Falco 0.30\nRuntime security, now faster.',
      emoji: ['🔒', '⚡'],
    });
  });

  it('skips a blurb that ends without emoji', () => {
    expect(historyEntry('Tweet of the week', 'We love this!')).toBeNull();
  });
});

describe('buildHistoryIndex', () => {
  const index = buildHistoryIndex([
    { text: 'Podcast about Helm, the Helm podcast', emoji: ['🎙'] },
    { text: 'Another podcast', emoji: ['🔊'] },
    { text: 'Shields up', emoji: ['🛡'] },
    { text: 'Security podcast', emoji: ['🛡️', '🎙'] },
  ]);

  it('counts the emoji each word was written with, once per blurb', () => {
    expect(emojiWith(index, 'podcast')).toEqual(
      new Map([
        ['🎙', 2],
        ['🔊', 1],
        ['🛡', 1],
      ]),
    );
    expect(emojiWith(index, 'helm')).toEqual(new Map([['🎙', 1]]));
    expect(blurbsWith(index, 'podcast')).toBe(3);
    expect(blurbsWith(index, 'helm')).toBe(1);
    expect(blurbsWith(index, 'etcd')).toBe(0);
    expect(emojiWith(index, 'etcd')).toEqual(new Map());
  });

  it('ranks the curator’s emoji by use, one emoji with or without VS16', () => {
    expect([...index.overall]).toEqual([
      ['🎙', 2],
      ['🛡', 2],
      ['🔊', 1],
    ]);
  });

  it('remembers how the curator writes each emoji', () => {
    expect(index.forms.get('🛡')).toBe('🛡');
  });
});

import { describe, expect, it } from 'vitest';
import { buildHistoryIndex, buildKeywordIndex, type HistoryEntry, SUGGESTION_LIMIT, suggestEmoji } from '../../../../src/core/emoji-suggest';

const keywords = buildKeywordIndex({
  '🔒': { name: 'locked', words: 'security lock' },
  '🛡️': { name: 'shield', words: 'security protection' },
  '📦': { name: 'package', words: 'package container' },
  '🚀': { name: 'rocket', words: 'launch fast' },
  '⚡': { name: 'high voltage', words: 'fast speed' },
});
const noHistory = buildHistoryIndex([]);
const suggest = (text: string, entries: HistoryEntry[] = [], limit?: number) => suggestEmoji(text, { keywords, history: buildHistoryIndex(entries) }, limit);

describe('suggestEmoji', () => {
  it('suggests emoji whose keywords match the words of the text', () => {
    expect(suggest('Shipping containers')).toEqual(['📦']);
    expect(suggest('A security review')).toEqual(['🔒', '🛡️']);
  });

  it('adds the emoji the curator wrote beside the same words', () => {
    const history = [{ text: 'Supply chain security', emoji: ['🔐'] }];
    expect(suggest('A security review', history)).toContain('🔐');
    expect(suggest('Supply chain attestations', history)).toEqual(['🔐']);
  });

  it('ranks a domain word above a single past blurb, the weaker hint on the archive', () => {
    const history = [{ text: 'Supply chain security', emoji: ['🔐'] }];
    expect(suggest('A security review', history)).toEqual(['🔒', '🛡️', '🔐']);
  });

  it('counts a word the curator wrote in few blurbs above one in every blurb', () => {
    const history = [
      { text: 'Kubernetes podcast', emoji: ['🎙'] },
      { text: 'Kubernetes operators', emoji: ['🤖'] },
      { text: 'Kubernetes at scale', emoji: ['📈'] },
    ];
    expect(suggest('Kubernetes podcast episode', history)[0]).toBe('🎙');
  });

  it('adds up words that point to the same emoji', () => {
    // "fast" alone ties 🚀 and ⚡; "speed" tips it.
    expect(suggest('Fast, with speed')[0]).toBe('⚡');
    expect(suggest('Fast launch')[0]).toBe('🚀');
  });

  it('never suggests an emoji the text already ends with, written with or without VS16', () => {
    expect(suggest('A security review 🔒')).toEqual(['🛡️']);
    expect(suggest('A security review 🛡')).toEqual(['🔒']);
  });

  it('writes an emoji the way the curator does', () => {
    expect(suggest('Security', [{ text: 'Shields', emoji: ['🛡'] }])).toContain('🛡');
  });

  it('suggests nothing rather than the curator’s favourites when no word matches', () => {
    const history = [
      { text: 'alpha', emoji: ['🎉'] },
      { text: 'beta', emoji: ['👀'] },
    ];
    expect(suggest('Nothing in common', history)).toEqual([]);
    expect(suggest('', history)).toEqual([]);
    expect(suggestEmoji('Nothing in common', { keywords, history: noHistory })).toEqual([]);
  });

  it(`returns at most ${SUGGESTION_LIMIT} distinct emoji unless asked for another number`, () => {
    const history = ['🎉', '👀', '🤔', '✨', '🔥', '🧰', '🐳'].map((emoji) => ({ text: 'security', emoji: [emoji] }));
    const row = suggest('Security, fast', history);
    expect(SUGGESTION_LIMIT).toBe(3);
    expect(row).toHaveLength(3);
    expect(new Set(suggest('Security, fast', history, 6)).size).toBe(6);
    expect(suggest('Security, fast', history, 2)).toHaveLength(2);
  });

  it('prefers the curator’s favourite among equal keyword matches, the same way every time', () => {
    const history = [
      { text: 'unrelated', emoji: ['🛡'] },
      { text: 'other', emoji: ['🛡'] },
    ];
    // 🔒 and 🛡️ match "security" equally (and in that order without history); the curator has used 🛡 twice.
    expect(suggest('Security', history)).toEqual(['🛡', '🔒']);
    expect(suggest('Security', history)).toEqual(suggest('Security', history));
  });
});

import { describe, expect, it } from 'vitest';
import { buildHistoryIndex, buildKeywordIndex, type HistoryEntry, suggestEmoji } from '../../../../src/core/emoji-suggest';

const keywords = buildKeywordIndex({
  '🔒': ['locked', 'security', 'lock'],
  '🛡️': ['shield', 'security', 'protection'],
  '📦': ['package', 'container', 'box'],
  '🚀': ['rocket', 'launch', 'fast'],
  '⚡': ['high_voltage', 'fast', 'speed'],
});
const noHistory = buildHistoryIndex([]);
const suggest = (text: string, entries: HistoryEntry[] = [], limit?: number) => suggestEmoji(text, { keywords, history: buildHistoryIndex(entries) }, limit);

describe('suggestEmoji', () => {
  it('suggests emoji whose keywords match the words of the text', () => {
    expect(suggest('Shipping containers')).toEqual(['📦']);
    expect(suggest('A security review')).toEqual(['🔒', '🛡️']);
  });

  it('puts the curator’s own habit above a keyword match', () => {
    const history = [{ text: 'Supply chain security', emoji: ['🔐'] }];
    expect(suggest('A security review', history)[0]).toBe('🔐');
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

  it('fills the row with the curator’s most used emoji when no word matches', () => {
    const history = [
      { text: 'alpha', emoji: ['🎉'] },
      { text: 'beta', emoji: ['👀'] },
      { text: 'gamma', emoji: ['👀'] },
    ];
    expect(suggest('Nothing in common', history)).toEqual(['👀', '🎉']);
    expect(suggest('', history)).toEqual(['👀', '🎉']);
  });

  it('is empty only with no history and no matching word', () => {
    expect(suggestEmoji('Nothing in common', { keywords, history: noHistory })).toEqual([]);
  });

  it('returns at most `limit` distinct emoji', () => {
    const history = ['🎉', '👀', '🤔', '✨', '🔥', '🧰', '🐳'].map((emoji) => ({ text: 'security', emoji: [emoji] }));
    const row = suggest('Security, fast', history);
    expect(row).toHaveLength(6);
    expect(new Set(row).size).toBe(6);
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

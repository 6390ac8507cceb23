import type { HistoryEntry } from './history-entry';
import { emojiKey } from './trailing-emoji';
import { words } from './words';

/**
 * What the curator's past blurbs say about their emoji habits. Kept for as long as suggestions
 * show (the popup's whole life), so it holds each word once and, per word, only which blurbs held
 * it: most words are in one blurb, stored as a plain number. A map of emoji counts per word took
 * three times the memory (docs/performance.md, the popup's heap).
 */
export interface HistoryIndex {
  /** word → the past blurbs that held it, by their place in `emoji`: one place, or several in order. */
  words: Map<string, number | number[]>;
  /** Each past blurb's emoji (emojiKey, each once, in the blurb's order), by place. */
  emoji: readonly (readonly string[])[];
  /** emojiKey → how often the curator used it, most used first: the row's fallback. */
  overall: Map<string, number>;
  /** emojiKey → the emoji as the curator writes it (🛡 rather than 🛡️). */
  forms: Map<string, string>;
  /** How many past blurbs there are: how rare a word is depends on it. */
  size: number;
}

const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Counts which emoji the curator ended blurbs with, word by word. */
export function buildHistoryIndex(entries: readonly HistoryEntry[]): HistoryIndex {
  const index = {
    words: new Map<string, number | number[]>(),
    emoji: [] as string[][],
    overall: new Map<string, number>(),
    forms: new Map<string, string>(),
    size: entries.length,
  };
  // Blurbs ending with the same emoji share one list.
  const lists = new Map<string, string[]>();
  for (const [place, entry] of entries.entries()) {
    const keys = [...new Set(entry.emoji.map(emojiKey))];
    const list = lists.get(keys.join(' ')) ?? keys;
    lists.set(keys.join(' '), list);
    index.emoji.push(list);
    for (const emoji of entry.emoji) if (!index.forms.has(emojiKey(emoji))) index.forms.set(emojiKey(emoji), emoji);
    for (const key of keys) add(index.overall, key);
    for (const word of new Set(words(entry.text))) {
      const held = index.words.get(word);
      if (held === undefined) index.words.set(word, place);
      else if (typeof held === 'number') index.words.set(word, [held, place]);
      else held.push(place);
    }
  }
  // A list grown by push keeps room to grow (about 100 bytes for a few places): copied, it has none.
  for (const [word, held] of index.words) if (typeof held !== 'number') index.words.set(word, held.slice());
  // Sorted once here so the fallback row is a slice, not a sort per keystroke.
  index.overall = new Map([...index.overall].sort((a, b) => b[1] - a[1]));
  return index;
}

/** How many past blurbs held `word`. */
export function blurbsWith(index: HistoryIndex, word: string): number {
  const held = index.words.get(word);
  return held === undefined ? 0 : typeof held === 'number' ? 1 : held.length;
}

/** emojiKey → how many past blurbs with `word` ended with that emoji, in the order first met. */
export function emojiWith(index: HistoryIndex, word: string): Map<string, number> {
  const counts = new Map<string, number>();
  const held = index.words.get(word);
  for (const place of held === undefined ? [] : typeof held === 'number' ? [held] : held) {
    for (const key of index.emoji[place] ?? []) add(counts, key);
  }
  return counts;
}

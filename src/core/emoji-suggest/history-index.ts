import type { HistoryEntry } from './history-entry';
import { emojiKey } from './trailing-emoji';
import { words } from './words';

/** What the curator's past blurbs say about their emoji habits. */
export interface HistoryIndex {
  /** word → emojiKey → how many past blurbs with the word ended with that emoji. */
  words: Map<string, Map<string, number>>;
  /** word → how many past blurbs held it: a word in every blurb tells nothing. */
  blurbs: Map<string, number>;
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
  const index: HistoryIndex = { words: new Map(), blurbs: new Map(), overall: new Map(), forms: new Map(), size: entries.length };
  for (const entry of entries) {
    const keys = [...new Set(entry.emoji.map(emojiKey))];
    for (const emoji of entry.emoji) if (!index.forms.has(emojiKey(emoji))) index.forms.set(emojiKey(emoji), emoji);
    for (const key of keys) add(index.overall, key);
    for (const word of new Set(words(entry.text))) {
      add(index.blurbs, word);
      const counts = index.words.get(word) ?? new Map<string, number>();
      index.words.set(word, counts);
      for (const key of keys) add(counts, key);
    }
  }
  // Sorted once here so the fallback row is a slice, not a sort per keystroke.
  index.overall = new Map([...index.overall].sort((a, b) => b[1] - a[1]));
  return index;
}

import type { HistoryIndex } from './history-index';
import type { KeywordIndex } from './keyword-index';
import { emojiKey, splitTrailingEmoji } from './trailing-emoji';
import { words } from './words';

/** The two indexes suggestions are looked up in. */
export interface SuggestionIndexes {
  keywords: KeywordIndex;
  history: HistoryIndex;
}

// The curator's own habits beat a dictionary: one past blurb with the word outweighs a keyword.
const T = new Proxy({}, { get: (_t, k) => ((globalThis as any).__tune ?? {})[k] }) as any;
const HISTORY_WEIGHT = () => T.h ?? 3;
const KEYWORD_WEIGHT = () => T.k ?? 1;
// Shrinks evidence from words seen in few blurbs: one blurb with "listen" is a hint, not a rule.
const HISTORY_PRIOR = () => T.p ?? 1;

interface Candidate {
  emoji: string;
  score: number;
}

/**
 * Up to `limit` emoji for a blurb, best first: from the curator's past blurbs with the same
 * words and from emoji keywords, never one the text already ends with. When no word matches,
 * the curator's most used emoji fill the row. Only index lookups, so it can run per keystroke.
 */
export function suggestEmoji(text: string, { keywords, history }: SuggestionIndexes, limit = 6): string[] {
  const { body, emoji: present } = splitTrailingEmoji(text);
  const candidates = new Map<string, Candidate>();
  const credit = (key: string, emoji: string, score: number) => {
    const candidate = candidates.get(key);
    if (candidate) candidate.score += score;
    else candidates.set(key, { emoji: history.forms.get(key) ?? emoji, score });
  };
  const all = words(body);
  const tf = new Map<string, number>();
  for (const w of all) tf.set(w, (tf.get(w) ?? 0) + 1);
  const N = history.size;
  const firstLine = new Set(words(body.split('\n')[0] ?? ''));
  for (const [word, t] of tf) {
    const counts = history.words.get(word);
    const seen = history.blurbs.get(word) ?? 0;
    let ww = 1;
    if (T.tf) ww *= 1 + Math.log(t);
    if (T.rar) ww *= 1 - Math.log(1 + seen) / Math.log(2 + N);
    if (T.title && firstLine.has(word)) ww *= T.title;
    if (counts) for (const [key, n] of counts) credit(key, key, ww * (HISTORY_WEIGHT() * n) / (seen + HISTORY_PRIOR()));
    for (const { emoji, weight } of keywords.words.get(word) ?? []) credit(emojiKey(emoji), emoji, ww * KEYWORD_WEIGHT() * weight * (1 + (T.boost ?? 0) * Math.log(1 + (history.overall.get(emojiKey(emoji)) ?? 0))));
  }
  if (T.prior) for (const [key, n] of history.overall) credit(key, key, T.prior * n / Math.max(1, N));
  const used = (key: string) => history.overall.get(key) ?? 0;
  // Stable sort: equal scores keep first-found order after the curator's favourites, so the
  // same text always gives the same row.
  const ranked = [...candidates].sort(([a, x], [b, y]) => y.score - x.score || used(b) - used(a));
  const skip = new Set(present.map(emojiKey));
  const result: string[] = [];
  const take = (key: string, emoji: string) => {
    if (result.length < limit && !skip.has(key)) {
      skip.add(key);
      result.push(emoji);
    }
  };
  for (const [key, { emoji }] of ranked) take(key, emoji);
  for (const key of history.overall.keys()) take(key, history.forms.get(key) ?? key);
  return result;
}

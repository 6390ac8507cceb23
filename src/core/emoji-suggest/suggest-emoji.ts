import { blurbsWith, emojiWith, type HistoryIndex } from './history-index';
import type { KeywordIndex } from './keyword-index';
import { emojiKey, splitTrailingEmoji } from './trailing-emoji';
import { words } from './words';

/** The two indexes suggestions are looked up in. */
export interface SuggestionIndexes {
  keywords: KeywordIndex;
  history: HistoryIndex;
}

// Measured on the archive (test/unit/core/emoji-suggest/archive.test.ts): the curator rarely
// ends two blurbs with the same words with the same emoji (120 of 176 emoji are used once), so
// a past blurb is a weaker hint than a domain word. History adds to the domain map's scores,
// decides between its ties and fills the row where the map says nothing. Ranked above the map
// it cost hits (top 3, of 255): 42 with the best past emoji always first, 29 with history weighed
// like the map, 47 as here.
const HISTORY_WEIGHT = 0.1;
// Shrinks evidence from words seen in few blurbs: one blurb with "listen" is a hint, not a rule.
const HISTORY_PRIOR = 1;

/** How many emoji a row shows: a short row of good ones beats a long row to read through. */
export const SUGGESTION_LIMIT = 3;

// A word the blurb repeats is what it is about, but the third "cluster" says little new.
const repeats = (count: number) => 1 + Math.log(count);

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const add = (scores: Map<string, number>, key: string, score: number) => scores.set(key, (scores.get(key) ?? 0) + score);

/** emojiKey → score from the curator's past blurbs: words rare in the history count most. */
function historyScores(counts: Map<string, number>, history: HistoryIndex): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [word, count] of counts) {
    const seen = blurbsWith(history, word);
    if (seen === 0) continue;
    // "kubernetes" is in most blurbs and says nothing about any one of them.
    const rarity = Math.log((history.size + 1) / seen);
    for (const [key, n] of emojiWith(history, word)) add(scores, key, (repeats(count) * rarity * n) / (seen + HISTORY_PRIOR));
  }
  return scores;
}

/** emojiKey → score from the domain keyword map. */
function keywordScores(counts: Map<string, number>, keywords: KeywordIndex, forms: Map<string, string>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [word, count] of counts) {
    for (const match of keywords.words.get(word) ?? []) {
      const key = emojiKey(match.emoji);
      forms.set(key, match.emoji);
      add(scores, key, repeats(count) * match.weight);
    }
  }
  return scores;
}

/**
 * Up to `limit` emoji for a blurb, best first: from the newsletter's domain words and the
 * emoji the curator wrote beside the same words before, never one the text already ends with.
 * Empty when neither knows the text's words: no row is better than a row of the curator's
 * favourites, which are not about this text.
 * Only index lookups, so it can run as the curator types.
 */
export function suggestEmoji(text: string, { keywords, history }: SuggestionIndexes, limit = SUGGESTION_LIMIT): string[] {
  const { body, emoji: present } = splitTrailingEmoji(text);
  const counts = wordCounts(body);
  const forms = new Map<string, string>();
  const scores = keywordScores(counts, keywords, forms);
  for (const [key, score] of historyScores(counts, history)) add(scores, key, HISTORY_WEIGHT * score);
  const used = (key: string) => history.overall.get(key) ?? 0;
  const skip = new Set(present.map(emojiKey));
  // Stable sort: equal scores go to the curator's favourite, then to the first found, so the
  // same text always gives the same row.
  return (
    [...scores]
      .filter(([key]) => !skip.has(key))
      .sort(([a, x], [b, y]) => y - x || used(b) - used(a))
      .slice(0, limit)
      // The curator's spelling of an emoji (🛡 rather than 🛡️) wins over the map's.
      .map(([key]) => history.forms.get(key) ?? forms.get(key) ?? key)
  );
}

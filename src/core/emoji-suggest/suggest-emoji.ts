import type { HistoryIndex } from './history-index';
import type { KeywordIndex } from './keyword-index';
import { emojiKey, splitTrailingEmoji } from './trailing-emoji';
import { words } from './words';

/** The two indexes suggestions are looked up in. */
export interface SuggestionIndexes {
  keywords: KeywordIndex;
  history: HistoryIndex;
}

// The curator's own habits beat a dictionary: a word they once wrote beside an emoji counts
// three times a keyword. Tuned by leave-one-issue-out on the archive (test/unit/core/emoji-suggest).
const HISTORY_WEIGHT = 3;
// Shrinks evidence from words seen in few blurbs: one blurb with "listen" is a hint, not a rule.
const HISTORY_PRIOR = 1;
// A keyword match for an emoji the curator already uses (🔒 for "security") beats one for an
// emoji they never pick (🔏): emojilib offers 🫛 for "pod", and this curator means Kubernetes.
const HABIT_BOOST = 5;

interface Candidate {
  emoji: string;
  score: number;
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Scores every emoji a word of the text points to, in the order first found. */
function candidatesFor(text: string, { keywords, history }: SuggestionIndexes): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const credit = (key: string, emoji: string, score: number) => {
    const candidate = candidates.get(key);
    if (candidate) candidate.score += score;
    else candidates.set(key, { emoji: history.forms.get(key) ?? emoji, score });
  };
  for (const [word, count] of wordCounts(text)) {
    // A word the blurb repeats is what it is about, but the third "cluster" says little new.
    const weight = 1 + Math.log(count);
    const seen = history.blurbs.get(word) ?? 0;
    for (const [key, n] of history.words.get(word) ?? []) {
      credit(key, key, (weight * HISTORY_WEIGHT * n) / (seen + HISTORY_PRIOR));
    }
    for (const match of keywords.words.get(word) ?? []) {
      const key = emojiKey(match.emoji);
      const habit = 1 + HABIT_BOOST * Math.log(1 + (history.overall.get(key) ?? 0));
      credit(key, match.emoji, weight * match.weight * habit);
    }
  }
  return candidates;
}

/**
 * Up to `limit` emoji for a blurb, best first: from the curator's past blurbs with the same
 * words and from emoji keywords, never one the text already ends with. The curator's most used
 * emoji fill what is left of the row, so it is empty only for a curator with no history and a
 * text no keyword matches. Only index lookups, so it can run as the curator types.
 */
export function suggestEmoji(text: string, indexes: SuggestionIndexes, limit = 6): string[] {
  const { body, emoji: present } = splitTrailingEmoji(text);
  const { history } = indexes;
  const used = (key: string) => history.overall.get(key) ?? 0;
  // Stable sort: equal scores go to the curator's favourite, then to the first found, so the
  // same text always gives the same row.
  const ranked = [...candidatesFor(body, indexes)].sort(([a, x], [b, y]) => y.score - x.score || used(b) - used(a));
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

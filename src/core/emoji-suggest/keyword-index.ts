import { emojiKey } from './trailing-emoji';
import { words } from './words';

/** One emoji a word points to, and how strongly. */
export interface KeywordMatch {
  emoji: string;
  /** Higher for a word in the emoji's own name and for a word that few emoji share. */
  weight: number;
}

/** Emoji keywords turned around for lookups: word → emoji, plus each emoji's name. */
export interface KeywordIndex {
  words: Map<string, KeywordMatch[]>;
  /** emojiKey → the emoji's main keyword in words ("locked with key"), for labels. */
  names: Map<string, string>;
}

// A word in the name ("locked_with_key") says more about the emoji than a loose tag ("secret").
const NAME_WEIGHT = 1;
const TAG_WEIGHT = 0.6;

/**
 * Inverts an emojilib-shaped library (emoji → keywords, the first being its name) into a
 * word → emoji index. Keywords go through `words`, so they meet a blurb's words stem to stem.
 */
export function buildKeywordIndex(library: Record<string, string[]>): KeywordIndex {
  const found = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  for (const [emoji, keywords] of Object.entries(library)) {
    const [name = ''] = keywords;
    names.set(emojiKey(emoji), name.replaceAll('_', ' '));
    keywords.forEach((keyword, i) => {
      for (const word of words(keyword.replaceAll('_', ' '))) {
        const byEmoji = found.get(word) ?? new Map<string, number>();
        found.set(word, byEmoji);
        byEmoji.set(emoji, Math.max(byEmoji.get(emoji) ?? 0, i === 0 ? NAME_WEIGHT : TAG_WEIGHT));
      }
    });
  }
  const index = new Map<string, KeywordMatch[]>();
  for (const [word, byEmoji] of found) {
    // "face" names 200 emoji and picks none of them; "podcast" names two.
    const specificity = 1 / Math.sqrt(byEmoji.size);
    const matches = [...byEmoji].map(([emoji, weight]) => ({ emoji, weight: weight * specificity }));
    index.set(
      word,
      matches.sort((a, b) => b.weight - a.weight),
    );
  }
  return { words: index, names };
}

/** An emoji's main keyword ("locked with key"), or '' when the library does not know it. */
export function emojiName(index: KeywordIndex, emoji: string): string {
  return index.names.get(emojiKey(emoji)) ?? '';
}

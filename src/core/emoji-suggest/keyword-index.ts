import type { DomainEmoji } from './domain-keywords';
import { emojiKey } from './trailing-emoji';
import { words } from './words';

/** One emoji a word points to, and how strongly. */
export interface KeywordMatch {
  emoji: string;
  /** Lower for a word that several emoji share: it says less about any one of them. */
  weight: number;
}

/** Domain keywords turned around for lookups: word → emoji, plus each emoji's name. */
export interface KeywordIndex {
  words: Map<string, KeywordMatch[]>;
  /** emojiKey → the emoji's name ("locked"), for labels. */
  names: Map<string, string>;
}

/**
 * Inverts a keyword map (emoji → name and words, like `DOMAIN_KEYWORDS`) into a word → emoji
 * index. Keywords go through `words`, so they meet a blurb's words stem to stem.
 */
export function buildKeywordIndex(library: Readonly<Record<string, DomainEmoji>>): KeywordIndex {
  const found = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const [emoji, { name, words: keywords }] of Object.entries(library)) {
    names.set(emojiKey(emoji), name);
    for (const word of new Set(words(keywords))) found.set(word, [...(found.get(word) ?? []), emoji]);
  }
  const index = new Map<string, KeywordMatch[]>();
  // A word listed under two emoji gives each of them less than a word only one of them has.
  for (const [word, emoji] of found)
    index.set(
      word,
      emoji.map((one) => ({ emoji: one, weight: 1 / Math.sqrt(emoji.length) })),
    );
  return { words: index, names };
}

/** An emoji's name ("locked"), or '' when the keyword map does not know it. */
export function emojiName(index: KeywordIndex, emoji: string): string {
  return index.names.get(emojiKey(emoji)) ?? '';
}

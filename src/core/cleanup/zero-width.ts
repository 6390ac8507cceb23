import type { TitleRule } from './title-rules';

/** Zero width space, word joiner and BOM: invisible, and they break search and comparison. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu;
/**
 * A zero width joiner outside an emoji sequence. Inside one (👩‍💻, 🏳️‍🌈, 👨🏽‍💻) it glues the
 * pictographs into one glyph, so it stays when it follows a pictograph (or skin tone, with an
 * optional emoji presentation selector) and precedes another. ZWJ in Indic scripts goes too:
 * the brief is "keep it simple", and it only changes glyph shaping, not the words.
 */
const STRAY_ZWJ = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Removes zero-width characters, keeping the joiner inside emoji sequences. */
export const zeroWidth: TitleRule = {
  id: 'zero-width',
  apply: (title) => title.replace(INVISIBLE, '').replace(STRAY_ZWJ, ''),
};

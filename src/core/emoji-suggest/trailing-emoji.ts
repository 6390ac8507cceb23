// The archive's blurbs end with their emoji (`today! 🔊`, `right away.🎛⚡`): that tail is what the
// curator chose for the item, and what a suggestion must not offer again.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Extended_Pictographic covers the text-default emoji the archive writes bare (🛡 🏷 🗓 without
// VS16); it also covers ©, ® and ™, which end plenty of product names and are not the curator's emoji.
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\u20E3/u;
const NOT_EMOJI = /^[\u00A9\u00AE\u2122]$/u;
const SPACE = /^\s+$/u;

const isEmoji = (grapheme: string) => PICTOGRAPHIC.test(grapheme) && !NOT_EMOJI.test(grapheme);

/** A blurb split into its words and the emoji at its end. */
export interface SplitBlurb {
  /** The text before the emoji, trailing whitespace removed. */
  body: string;
  /** The trailing emoji in order, each one whole grapheme (ZWJ sequences and VS16 kept). */
  emoji: string[];
}

/** Only a blurb's end can hold its emoji; segmenting just the end keeps long archives cheap. */
const TAIL = 64;

/** The emoji run at the end of `parts` (graphemes), and where it starts. */
function trailingRun(parts: readonly string[]): { end: number; emoji: string[] } {
  const emoji: string[] = [];
  let end = parts.length;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (isEmoji(part)) {
      emoji.unshift(part);
      end = i;
    } else if (!SPACE.test(part)) break;
  }
  return { end, emoji };
}

const segments = (text: string) => [...graphemes.segment(text)].map((s) => s.segment);

/**
 * The editor splits every blurb of the draft on each render (its rows, its counts), and segmenting
 * is the costly part: the last blurbs split are kept. Enough for a draft; an archive walk only cycles it.
 */
const recent = new Map<string, SplitBlurb>();
const RECENT_LIMIT = 256;

/** Splits the run of emoji (spaces between them allowed) off the end of a blurb. */
export function splitTrailingEmoji(text: string): SplitBlurb {
  const known = recent.get(text);
  if (known) return { body: known.body, emoji: [...known.emoji] };
  const split = splitOnce(text);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(text, split);
  return { body: split.body, emoji: [...split.emoji] };
}

function splitOnce(text: string): SplitBlurb {
  const trimmed = text.trimEnd();
  let cut = Math.max(0, trimmed.length - TAIL);
  // Never start the tail inside a surrogate pair.
  if (cut > 0 && /[\uDC00-\uDFFF]/.test(trimmed[cut]!)) cut--;
  let parts = segments(trimmed.slice(cut));
  let { end, emoji } = trailingRun(parts);
  // A run of emoji as long as the tail (or one the cut split): segment the whole text after all.
  if (cut > 0 && end <= 1) {
    cut = 0;
    parts = segments(trimmed);
    ({ end, emoji } = trailingRun(parts));
  }
  return { body: (trimmed.slice(0, cut) + parts.slice(0, end).join('')).trimEnd(), emoji };
}

/** The emoji a blurb ends with (`🎛⚡` → ['🎛', '⚡']); [] when it ends with text. */
export function trailingEmoji(text: string): string[] {
  return splitTrailingEmoji(text).emoji;
}

/**
 * The identity of an emoji for comparing: the archive writes 🛡 where the keyword map writes 🛡️, and the
 * curator means one emoji by both.
 */
export function emojiKey(emoji: string): string {
  return emoji.replaceAll('\uFE0F', '');
}

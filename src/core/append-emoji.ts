/**
 * Adds an emoji at the end of a blurb or headline, after one space, the way the archive's
 * blurbs end (`today! 🔊`). Trailing whitespace is dropped so the emoji is the last thing.
 */
export function appendEmoji(text: string, emoji: string): string {
  const body = text.replace(/\s+$/u, '');
  return body === '' ? emoji : `${body} ${emoji}`;
}

/** CommonMark's line endings: LF, CR LF, or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/;

/** Splits text on any CommonMark line ending, so a typed `\r\n` or `\r` counts as one break. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Single-line fields (title, headline) are written with each line break as one space. */
export function oneLine(text: string): string {
  return splitLines(text).join(' ');
}

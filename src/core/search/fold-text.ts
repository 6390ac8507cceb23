// Search compares words case- and accent-insensitively: "Kubernetes", "KUBERNETES" and
// "Kübernetes" are one word to a curator typing into a search box.

const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;

/** `Déjà Vu` → `deja vu`: lowercased, decomposed (NFD) and stripped of combining marks. */
export function foldText(text: string): string {
  // Lowercase first: `İ` lowercases to `i` plus a combining dot, which the strip then removes.
  return text.toLowerCase().normalize('NFD').replace(MARKS, '');
}

/**
 * How many UTF-16 units of `word` make up its first `foldedLength` folded characters: where a
 * highlight of a matched prefix ends in the text as written (`Ünterstützung`, 3 → `Ünt`).
 */
export function originalPrefixLength(word: string, foldedLength: number): number {
  let folded = 0;
  let end = 0;
  for (const char of word) {
    // Marks after the last counted letter belong to it (`e` + U+0301 is one `é`).
    if (folded >= foldedLength && !IS_MARK.test(char)) break;
    folded += foldText(char).length;
    end += char.length;
  }
  return end;
}

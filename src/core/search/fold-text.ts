// Search compares words case- and accent-insensitively: "Kubernetes", "KUBERNETES" and
// "Kübernetes" are one word to a curator typing into a search box.

const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;
const FINAL_SIGMA = /ς/g;
const NON_ASCII = /[^\0-\x7f]/;

/** `Déjà Vu` → `deja vu`: lowercased, decomposed (NFD), stripped of combining marks; `ς` read as `σ`. */
export function foldText(text: string): string {
  // Most text is ASCII, which has no marks to strip: search folds every item it reads.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Lowercase first: `İ` lowercases to `i` plus a combining dot, which the strip then removes.
  // Σ lowercases to ς or σ by what follows it, so a word folded alone and the same word folded
  // within its text could differ; Unicode's case folding maps ς to σ, and so does this.
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(FINAL_SIGMA, 'σ');
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

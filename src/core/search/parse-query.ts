import { wordSpans } from './word-spans';

/** What a query asks for: every term as the start of some word, every phrase as whole words in a row. */
export interface SearchQuery {
  /** Folded words, each matching any word it begins (`kube` finds `Kubernetes`). */
  terms: string[];
  /** Folded word sequences from quotes, matching only those whole words, consecutively. */
  phrases: string[][];
}

// Straight and typographic double quotes: a blurb pasted into the box may bring either.
const PHRASE = /["“”„]([^"“”„]*)["“”„]/g;

const folded = (text: string) => wordSpans(text).map((span) => span.folded);

/** Reads `kube "service mesh"` as the term `kube` and the phrase `service mesh`. */
export function parseQuery(query: string): SearchQuery {
  const phrases: string[][] = [];
  const rest = query.replace(PHRASE, (_, inner: string) => {
    const words = folded(inner);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  // An unclosed quote is read as plain words: the curator is probably still typing.
  const terms = [...new Set(folded(rest))];
  return { terms, phrases };
}

/** Whether the query asks for anything at all. */
export const isEmptyQuery = (query: SearchQuery) => query.terms.length === 0 && query.phrases.length === 0;

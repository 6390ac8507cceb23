// Word tokens for matching a blurb against emoji keywords and against the curator's past blurbs.
// Both sides go through the same function, so a crude stemmer is enough: it only has to map the
// forms of one word to one token ("containers" and "container", "scaling" and "scale").

/** Words that say nothing about what a link is about; matching on them would only add noise. */
const STOP_WORDS = new Set(
  `a about after again all also am an and any are as at be been before being both but by can
  could did do does doing done don down each even ever every few for from get gets got had has
  have having he her here hers him his how however i if in into is it its itself just let lets
  like make makes made many may me more most much must my new no nor not now of off on once one
  only or other our ours out over own per quite really same see she should since so some still
  such than that the their theirs them then there these they this those though through to too
  under until up upon us use used uses using very via was way we well were what when where which
  while who whom why will with within without would yet you your yours yourself week weeks
  https http www com href nbsp amp quot`.split(/\s+/),
);

const MIN_LENGTH = 3;
const VOWEL = /[aeiouy]/;
// Porter's undoubling: "running" → "runn" → "run", but "install" and "process" keep theirs.
const DOUBLED = /([^aeiouylsz])\1$/;

// Without a vowel left the "suffix" was part of the word: "string", "spring", "bed".
const stemOk = (stem: string) => stem.length >= MIN_LENGTH && VOWEL.test(stem);

function dropPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (/[^sui]s$/.test(word) && word.length > MIN_LENGTH) return word.slice(0, -1);
  return word;
}

function dropVerbEnding(word: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix) || word.endsWith('eed')) continue;
    const stem = word.slice(0, -suffix.length);
    if (!stemOk(stem)) return word;
    if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
    return DOUBLED.test(stem) ? stem.slice(0, -1) : stem;
  }
  return word;
}

/** A crude stem: plural, -ing, -ed and a final silent e removed, so a word's forms meet. */
export function stem(word: string): string {
  const base = dropVerbEnding(dropPlural(word));
  // "scale", "scaled" and "scaling" all become "scal".
  return base.length > MIN_LENGTH && base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
}

// Blurbs are HTML-flavoured Markdown: tag names, attributes and entities are not the curator's words.
const MARKUP = /<[^>]*>|&#?\w+;|\]\([^)]*\)|https?:\/\/\S+/gu;
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const wordSegments = new Intl.Segmenter('en', { granularity: 'word' });
const HAS_LETTER = /\p{L}/u;
// Two ideographs make a word ("監視", monitoring); two Latin letters rarely say anything.
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const longEnough = (token: string) => token.length >= MIN_LENGTH || (token.length === 2 && DENSE_SCRIPT.test(token));

// Scripts written without spaces need a dictionary to find word boundaries (の監視 → の, 監視);
// the segmenter is slow, so only such runs go through it.
function* tokens(text: string): Generator<string> {
  for (const [run] of text.matchAll(TOKEN)) {
    if (!DENSE_SCRIPT.test(run)) yield run;
    else for (const { segment, isWordLike } of wordSegments.segment(run)) if (isWordLike) yield segment;
  }
}

/** The stemmed content words of a text, lowercased, in order, repeats kept. */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const token of tokens(text.replace(MARKUP, ' ').toLowerCase())) {
    if (longEnough(token) && HAS_LETTER.test(token) && !STOP_WORDS.has(token)) result.push(stem(token));
  }
  return result;
}

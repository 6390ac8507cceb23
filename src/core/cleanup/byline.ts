import { isLongEnough } from './site-match';
import type { TitleRule } from './title-rules';
import { comparable, segmentsOf } from './title-segments';

/** "by Mara Voss": a byline segment, at most a few words after "by". */
const BY = /^by\s+\S+(?:\s+\S+){0,4}$/iu;

/**
 * Drops a byline at the end of a title: a segment "by Author" (newsletters: "Title - by Mara
 * Voss") or the page's author's name alone ("Debugging DNS | Priya Natarajan").
 */
export const byline: TitleRule = {
  id: 'byline',
  apply(title, context) {
    const author = comparable(context.author ?? '');
    const segments = segmentsOf(title);
    const last = segments.at(-1)!;
    if (segments.length < 2 || !(BY.test(last.text.trim()) || (author !== '' && comparable(last.text) === author))) return title;
    const head = title.slice(0, segments.at(-2)!.end).trim();
    return isLongEnough(head) ? head : title;
  },
};

import type { TitleRule } from './title-rules';

/** Longest title kept, in UTF-16 units, ellipsis included: far beyond a real headline. */
export const MAX_TITLE_LENGTH = 300;
const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts a title longer than MAX_TITLE_LENGTH at a grapheme boundary and adds `…`. One grapheme
 * longer than the whole budget (a letter under thousands of combining marks) is cut at a code
 * point instead: a broken accent beats a 10,000-character title.
 */
export const lengthCap: TitleRule = {
  id: 'length-cap',
  apply(title) {
    if (title.length <= MAX_TITLE_LENGTH) return title;
    const budget = MAX_TITLE_LENGTH - ELLIPSIS.length;
    let end = 0;
    for (const { segment, index } of graphemes.segment(title)) {
      if (index + segment.length > budget) break;
      end = index + segment.length;
    }
    let kept = title.slice(0, end);
    if (end === 0) {
      kept = '';
      for (const codePoint of title) {
        if (kept.length + codePoint.length > budget) break;
        kept += codePoint;
      }
    }
    return kept.trimEnd() + ELLIPSIS;
  },
};

import { articleNames } from './article-names';
import { pageSiteNameMatcher } from './page-site-names';
import { isLongEnough } from './site-match';
import type { TitleRule } from './title-rules';
import { comparable, segmentsOf } from './title-segments';

/**
 * When one run of the title's segments is what the page calls the article (its heading, JSON-LD
 * headline, og:title), that run is the title and the rest is the site, a section or a product,
 * whatever their names: "Google - Chapter 4" with `<h1>Chapter 4</h1>`, "Title - Help - Forum".
 */
export const headingSegment: TitleRule = {
  id: 'heading-segment',
  apply(title, context) {
    const isSiteName = pageSiteNameMatcher(context);
    const names = new Set([...articleNames(context), context.ogTitle ?? ''].map(comparable).filter((name) => isLongEnough(name)));
    const segments = segmentsOf(title);
    if (names.size === 0 || segments.length < 2 || names.has(comparable(title))) return title;
    // Longest runs first, so a heading that itself holds a separator is found whole.
    for (let size = segments.length - 1; size >= 1; size--) {
      for (let first = 0; first + size <= segments.length; first++) {
        const run = title.slice(segments[first]!.start, segments[first + size - 1]!.end).trim();
        if (names.has(comparable(run)) && !isSiteName(run)) return run;
      }
    }
    return title;
  },
};

import { articleNames } from './article-names';
import type { TitleRule } from './title-rules';
import { comparable, segmentsOf } from './title-segments';

/** Whether `name` is the whole title or one of its runs of segments. */
export function namesArticle(title: string, name: string): boolean {
  const wanted = comparable(name);
  const segments = segmentsOf(title);
  for (let first = 0; first < segments.length; first++) {
    for (let last = first; last < segments.length; last++) {
      if (comparable(title.slice(segments[first]!.start, segments[last]!.end)) === wanted) return true;
    }
  }
  return false;
}

/**
 * When og:title (a headline written for social cards) disagrees with what the page calls the
 * article, and the page's `<title>` agrees with it, the `<title>` is the article's name: "You
 * won't believe what slowed our builds" gives way to "Caching Go modules in CI | Ashgrove".
 */
export const articleTitle: TitleRule = {
  id: 'article-title',
  apply(title, context) {
    const { ogTitle = '', pageTitle = '' } = context;
    if (!ogTitle || !pageTitle || comparable(title) !== comparable(ogTitle) || comparable(ogTitle) === comparable(pageTitle)) return title;
    const names = articleNames(context);
    if (names.some((name) => namesArticle(ogTitle, name))) return title;
    return names.some((name) => namesArticle(pageTitle, name)) ? pageTitle : title;
  },
};

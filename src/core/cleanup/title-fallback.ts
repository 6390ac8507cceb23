import { articleNames } from './article-names';
import { isGenericTitle } from './generic-title';
import type { TitleRule } from './title-rules';

/** Longer than this, a title is keyword stuffing or a summary: the article's own name is better. */
export const MAX_PLAIN_TITLE = 150;

/**
 * When the title names no page (see isGenericTitle) or is far too long, the page's own name for
 * the article instead: JSON-LD headline, `dc:title`, its one `<h1>`, its one `.entry-title`.
 */
export const titleFallback: TitleRule = {
  id: 'title-fallback',
  apply(title, context) {
    const generic = isGenericTitle(title, context);
    if (!generic && [...title.trim()].length <= MAX_PLAIN_TITLE) return title;
    const better = articleNames(context).find((name) => !isGenericTitle(name, context) && (generic || name.length < title.trim().length));
    return better ?? title;
  },
};

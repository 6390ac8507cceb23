import { pageSiteNameMatcher } from './page-site-names';
import { isLongEnough } from './site-match';
import { siteWordMatcher } from './site-word-match';
import type { TitleRule } from './title-rules';

/** A name in brackets, guillemets or between `::` at the end: `Title [Site]`, `Title «Site»`, `Title :: Site ::`. */
const AT_END = /^(.+?)\s*(?:\[([^[\]]+)\]|«([^«»]+)»|::\s*([^:]+?)\s*::|【([^【】]+)】)\s*$/u;
/** The same in front: `[Site] Title`, `【Site】Title`. */
const IN_FRONT = /^\s*(?:\[([^[\]]+)\]|【([^【】]+)】)\s*(.+)$/u;

/**
 * Drops the site's name where sites set it apart with brackets instead of a separator:
 * "Chapter 3 [Archive of Tales]", "Статья «Северный Ветер»", "台北的容器化旅程 :: 雲端筆記 PIXLOG ::".
 * Only a bracketed part that names the site (siteNameMatcher or siteWordMatcher) goes.
 */
export const siteNameBrackets: TitleRule = {
  id: 'site-name-brackets',
  apply(title, context) {
    const strict = pageSiteNameMatcher(context);
    const loose = siteWordMatcher(context);
    const isSite = (name: string) => strict(name) || loose(name);
    const end = AT_END.exec(title);
    if (end) {
      const name = end.slice(2).find((part) => part !== undefined) ?? '';
      if (isSite(name) && isLongEnough(end[1]!)) return end[1]!.trim();
    }
    const front = IN_FRONT.exec(title);
    if (front) {
      const name = front[1] ?? front[2] ?? '';
      if (isSite(name) && isLongEnough(front[3]!)) return front[3]!.trim();
    }
    return title;
  },
};

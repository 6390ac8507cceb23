import { pageSiteNameMatcher } from './page-site-names';
import type { TitleContext } from './title-rules';

/**
 * What the page itself calls the article, best first: the JSON-LD headline, `dc:title`, its one
 * `<h1>` (a site logo set in an `<h1>` does not count), its one `.entry-title`/`.post-title`.
 * Headings are read only when there is exactly one: on a page of many, none is the article's.
 */
export function articleNames(context: TitleContext): string[] {
  const isSiteName = pageSiteNameMatcher(context);
  const clean = (texts: readonly string[] | undefined) =>
    (texts ?? []).map((text) => text.replace(/\s+/gu, ' ').trim()).filter((text) => text !== '' && !isSiteName(text));
  const single = (texts: string[]) => (new Set(texts).size === 1 ? [texts[0]!] : []);
  return [...clean([context.headline ?? '', context.dcTitle ?? '']), ...single(clean(context.headings)), ...single(clean(context.entryTitles))];
}

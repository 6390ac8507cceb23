import { isFrontPage } from './front-page';
import { siteNameMatcher } from './site-match';
import type { TitleContext } from './title-rules';

/**
 * Whether the title is nothing but the site's name (og:site_name, the host's name, a KNOWN_SITES
 * name) on a page below the site's front page: "GitHub" for a repository on github.com. Sites
 * give their own name as og:title where a page has none of its own, and it says nothing about
 * the page. On the front page the site's name is the right title: the archive links projects'
 * sites as "Kyverno", "Meshery", "KubeVela".
 */
export function isOnlySiteName(title: string, context: TitleContext): boolean {
  const text = title.replace(/\s+/gu, ' ').trim();
  return text !== '' && !isFrontPage(context.url) && siteNameMatcher(context)(text);
}

/**
 * The title an item starts from: the first non-empty candidate (best first: og:title, the page's
 * `<title>`, the tab's title) that is more than the site's name; the first non-empty one when
 * every candidate is only the site's name, so there is still something to edit.
 */
export function chooseTitle(candidates: readonly string[], context: TitleContext): string {
  const present = candidates.filter((candidate) => candidate.trim() !== '');
  return present.find((candidate) => !isOnlySiteName(candidate, context)) ?? present[0] ?? '';
}

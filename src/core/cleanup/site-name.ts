import { isLongEnough, siteNameMatcher } from './site-match';
import type { TitleRule } from './title-rules';

/**
 * Separators sites put between title and name; spaces required, so `owner/repo` or `1.30-rc`
 * never split. The lookbehind starts a match only at the first space of a run, which keeps a
 * long run of spaces (whitespace rule turned off) from backtracking quadratically.
 */
export const SEPARATOR = /(?<!\s)\s+(?:\||-|–|—|·|•|»|::|\/)\s+/gu;
/**
 * A site name in front is stripped only after one of these: "Kubernetes - What's new" on
 * kubernetes.io reads as a title about Kubernetes, "Kubernetes | What's new" as site, then title.
 */
const PREFIX_SEPARATOR = /^\s+(?:\||·|•|»|::)\s+$/u;

/**
 * `Title | Site`, `Title - Site`, `Title · GitHub`, `Site | Title`: drops the one segment that
 * names the site (see siteNameMatcher), trying the end first, never leaving a too-short title.
 */
export const siteName: TitleRule = {
  id: 'site-name',
  apply(title, context) {
    const isSiteName = siteNameMatcher(context);
    const separators = [...title.matchAll(SEPARATOR)];
    // Earliest first, so a site name that itself holds a separator ("Foo - Bar") is tried whole.
    for (const separator of separators) {
      const head = title.slice(0, separator.index).trim();
      if (isSiteName(title.slice(separator.index + separator[0].length)) && isLongEnough(head)) return head;
    }
    for (const separator of separators) {
      if (!PREFIX_SEPARATOR.test(separator[0])) continue;
      const rest = title.slice(separator.index + separator[0].length).trim();
      if (isSiteName(title.slice(0, separator.index)) && isLongEnough(rest)) return rest;
    }
    return title;
  },
};

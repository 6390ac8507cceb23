import { pageSiteNameMatcher } from './page-site-names';
import type { TitleContext } from './title-rules';

/** Longest segment taken for a site name with a product word ("Podline Player", "Stratus Docs Portal"). */
const MAX_PRODUCT_WORDS = 3;

/**
 * A looser test than siteNameMatcher: a short segment (at most three words) whose first or last
 * word alone names the site: "Podline Player" on share.podline.example, "雲端筆記 PIXLOG" on
 * kaede.pixlog.example, "Larkspur Notes" where og:site_name is "Larkspur".
 */
export function siteWordMatcher(context: TitleContext): (segment: string) => boolean {
  const isSiteName = pageSiteNameMatcher(context);
  return (segment) => {
    const list = segment.trim().split(/\s+/u);
    return list.length > 1 && list.length <= MAX_PRODUCT_WORDS && (isSiteName(list[0]!) || isSiteName(list.at(-1)!));
  };
}

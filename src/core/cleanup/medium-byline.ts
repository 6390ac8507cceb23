import { isHostOf } from './registrable-domain';
import { contextHost, isLongEnough } from './site-match';
import type { TitleRule } from './title-rules';

/** ` | by Author`, then at most a publication and "Medium", to the end. */
const BYLINE = /\s+\|\s+by\s+[^|]+(?:\s+\|\s+[^|]+){0,2}$/u;

/**
 * Medium titles read `Title | by Author | Publication | Medium`; the site-name rule alone would
 * leave the byline. Only on Medium (its hosts or og:site_name), where the `| by` form is Medium's.
 */
export const mediumByline: TitleRule = {
  id: 'medium-byline',
  apply(title, context) {
    const onMedium = isHostOf(contextHost(context), 'medium.com') || context.siteName?.trim().toLowerCase() === 'medium';
    if (!onMedium) return title;
    const head = title.replace(BYLINE, '');
    return head !== title && isLongEnough(head) ? head : title;
  },
};

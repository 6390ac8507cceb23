import { siteNameMatcher } from './site-match';
import { siteName } from './site-name';
import type { TitleContext, TitleRule } from './title-rules';

/**
 * siteNameMatcher that also knows the other names the page gives its site (`siteNames`:
 * application-name, the JSON-LD publisher or website, the breadcrumb trail's first step).
 */
export function pageSiteNameMatcher(context: TitleContext): (segment: string) => boolean {
  const matchers = [siteNameMatcher(context), ...(context.siteNames ?? []).map((name) => siteNameMatcher({ siteName: name }))];
  return (segment) => matchers.some((matches) => matches(segment));
}

/**
 * Drops the site's name where only the page's other signals give it: "Webhooks in five minutes |
 * Bluefin" with a JSON-LD publisher "Bluefin", "Configuring ingress | Ops Manual" under the
 * breadcrumbs "Ops Manual › Networking". Each name is stripped as the site-name rule would.
 */
export const pageSiteNames: TitleRule = {
  id: 'page-site-names',
  apply(title, context) {
    for (const name of context.siteNames ?? []) {
      const stripped = siteName.apply(title, { siteName: name });
      if (stripped !== title) return stripped;
    }
    return title;
  },
};

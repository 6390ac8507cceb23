// Apart from clip.ts, which the popup's first load holds: this one brings every title rule.
import { TITLE_RULES } from './cleanup/title-rule-table';
import type { TitleContext } from './cleanup/title-rules';
import { type Clip, type ClipOptions, clipWith, type PageCapture } from './clip';

/** The item to prefill from the tab and (when it ran) the page's capture, cleaned by every title rule (see clipWith). */
export function clipFrom(tab: { title?: string; url?: string }, capture: PageCapture | null, note = '', options: ClipOptions = {}): Clip {
  return clipWith(TITLE_RULES, titleContext(capture, capture?.url || tab.url || ''), tab, capture, note, options);
}

/** Words that open a breadcrumb trail without naming the site. */
const HOME_CRUMBS = new Set(['home', 'start', 'startseite', 'accueil', 'inicio', 'início', 'domů', '首页', 'ホーム', 'главная']);

/** The breadcrumb trail's first step, when there are several and it names something other than "Home". */
export function outerCrumb(breadcrumbs: readonly string[]): string {
  const first = breadcrumbs[0]?.trim() ?? '';
  return breadcrumbs.length > 1 && !HOME_CRUMBS.has(first.toLowerCase()) ? first : '';
}

/** What the title rules get to know about the page: every name it gives its site, and every name it gives the article. */
function titleContext(capture: PageCapture | null, url: string): TitleContext {
  return {
    siteName: capture?.siteName ?? '',
    url,
    siteNames: [capture?.appName ?? '', capture?.publisher ?? '', outerCrumb(capture?.breadcrumbs ?? [])].filter(Boolean),
    author: capture?.author ?? '',
    headings: capture?.headings ?? [],
    entryTitles: capture?.entryTitles ?? [],
    headline: capture?.headline ?? '',
    dcTitle: capture?.dcTitle ?? '',
    ogTitle: capture?.ogTitle ?? '',
    pageTitle: capture?.title ?? '',
  };
}

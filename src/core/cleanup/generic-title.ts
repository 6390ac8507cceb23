import { isFrontPage } from './front-page';
import { pageSiteNameMatcher } from './page-site-names';
import type { TitleContext } from './title-rules';
import { isAddress, segmentsOf } from './title-segments';

/** Titles that name no page: editors' and frameworks' defaults, and a section's name alone. */
const PLACEHOLDERS = new Set([
  'home',
  'homepage',
  'untitled',
  'untitled document',
  'untitled page',
  'document',
  'blog',
  'post',
  'article',
  'page',
  'index',
  'loading',
  'news',
  'welcome',
  'new tab',
  'startseite',
  'ohne titel',
  'accueil',
  'sans titre',
  'inicio',
  'início',
  'sem título',
  'sin título',
  'bez názvu',
  '首页',
  '无标题',
  'ホーム',
  '無題',
]);

/** Fewer characters than this say nothing about a page. */
const MIN_CHARACTERS = 3;

/**
 * Whether a title names no page: empty, an address, a placeholder ("Untitled", "Loading…"), or
 * made only of placeholders and the site's name ("Home | Westwind Times", "Northwind - Reliability
 * Handbook" on every chapter of a book) below the site's front page.
 */
export function isGenericTitle(title: string, context: TitleContext): boolean {
  const text = title.replace(/\s+/gu, ' ').trim();
  if ([...text].length < MIN_CHARACTERS || isAddress(text, context.url)) return true;
  const isSiteName = pageSiteNameMatcher(context);
  const home = isFrontPage(context.url);
  const placeholder = (segment: string) =>
    PLACEHOLDERS.has(
      segment
        .trim()
        .toLowerCase()
        .replace(/[.…]+$/u, ''),
    );
  return segmentsOf(text).every((segment) => placeholder(segment.text) || (!home && isSiteName(segment.text)));
}

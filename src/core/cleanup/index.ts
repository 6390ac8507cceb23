/**
 * Title and URL cleanup for clipped pages, and the key "already featured" compares. Pure: plain
 * strings in, plain data out. Each cleanup is a table of small rules (TITLE_RULES, URL_RULES)
 * the curator can turn off one by one, by id.
 */

export { chooseTitle, isOnlySiteName } from './choose-title';
export { type ChosenUrl, chooseUrl, type UrlChoice } from './choose-url';
export { type CleanTitleResult, cleanTitle } from './clean-title';
export { type CleanUrlResult, cleanUrl } from './clean-url';
export type { CleanupOptions } from './cleanup-options';
export { KNOWN_SITES, type KnownSite } from './known-sites';
export { MAX_TITLE_LENGTH } from './length-cap';
export { isSameSite, registrableDomain } from './registrable-domain';
export { TITLE_RULES } from './title-rule-table';
export type { TitleContext, TitleRule } from './title-rules';
export { rekey, urlKey } from './url-key';
export { applyUrlRules, URL_KEY_VERSION, URL_RULES, type UrlRule } from './url-rules';

/**
 * Title and URL cleanup for clipped pages, and the key "already featured" compares. Pure: plain
 * strings in, plain data out. Each cleanup is a table of small rules (TITLE_RULES, URL_RULES)
 * the curator can turn off one by one, by id.
 */
export type { CleanupOptions } from './cleanup-options';
export { cleanTitle, type CleanTitleResult } from './clean-title';
export { TITLE_RULES, type TitleContext, type TitleRule } from './title-rules';
export { MAX_TITLE_LENGTH } from './length-cap';
export { KNOWN_SITES, type KnownSite } from './known-sites';
export { cleanUrl, type CleanUrlResult } from './clean-url';
export { URL_RULES, applyUrlRules, type UrlRule } from './url-rules';
export { chooseUrl, type ChosenUrl } from './choose-url';
export { urlKey } from './url-key';
export { registrableDomain, isSameSite } from './registrable-domain';

/**
 * The Kubelist issue format (`docs/kubelist-format.md` in the shared folder beside the repo).
 * What the model's fields mean, for formatIssue and parseIssue alike:
 * - `title` is plain text on one line, exactly the link text readers see: Markdown syntax in it
 *   is escaped on export and unescaped on import; a line break in it is exported as a space.
 * - `headline`, `intro` and `commentary` are Markdown/HTML source, written as typed (entities
 *   and `<a>` tags pass through). Headline line breaks become spaces; intro and commentary
 *   line breaks (LF, CR LF or CR) are written as LF, and every line stays inside its block.
 * - `url` is exported only if it is http: or https: (see checkExportable), and headline, intro
 *   and commentary only if they hold no javascript:/data:/vbscript: link and no `on…=` handler.
 * So parseIssue(formatIssue(issue)).issue equals the issue with those line breaks normalised,
 * and formatIssue(parseIssue(file).issue) gives back every archived file byte for byte.
 */

export { escapePageText } from './escape-page-text';
export {
  checkExportable,
  ExportBlockedError,
  type ExportProblem,
  type ExportReason,
  type MarkupField,
} from './export-check';
export { type FormatOptions, formatIssue } from './format-issue';
export { DEFAULT_ISSUE_URL_BASE, FOOTER_FORM, HEADING_FORM } from './layout';
export { looksLikeMojibake, repairMojibake } from './mojibake';
export { type ParseOptions, type ParseResult, parseIssue } from './parse-issue';
export type { Gap, ParseProblem, ParseReason } from './parse-problem';
export { MAX_INPUT_CHARS } from './read-input';
export type { BrokenLink } from './scan-link';
export type { UnsafeMarkup } from './unsafe-markup';
export type { UrlProblem } from './url-policy';

import { isIsoDate } from './dates';
import { type Exporter, KUBELIST_MARKDOWN } from './export/exporters';
import { exportFileName } from './export-file-name';

/** Kubelist's own names: the ones the footer's Prev/Next links point at. */
export const DEFAULT_FILE_NAME_PATTERN = 'kubelist-{number}.md';
/** A pattern is written with Kubelist markdown's extension; other formats swap in their own. */
const PATTERN_EXTENSION = `.${KUBELIST_MARKDOWN.extension}`;
/** Longer names are cut or refused by some file systems once a folder's path is added. */
export const MAX_PATTERN_LENGTH = 100;

/** Path separators and what Windows refuses in a file name; a name with any of them would not download as typed. */
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/;

/**
 * Why `pattern` cannot name a downloaded issue, or null when it can. `{number}` is required: it is
 * what tells issues apart (a draft's date may still be empty, and two drafts may share one).
 */
export function checkFileNamePattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (pattern !== pattern.trim()) return 'starts or ends with a space';
  if (!pattern.includes('{number}')) return 'must contain {number}, so that each issue gets its own file';
  if (!pattern.endsWith(PATTERN_EXTENSION)) return `must end in ${PATTERN_EXTENSION}`;
  const forbidden = FORBIDDEN.exec(pattern);
  if (forbidden)
    return `may not contain ${/[\u0000-\u001f\u007f]/.test(forbidden[0]) ? 'control characters' : `“${forbidden[0]}”`} (not allowed in file names)`;
  const stray = /\{[^{}]*\}?|\}/.exec(pattern.replaceAll('{number}', '').replaceAll('{date}', ''));
  if (stray) return `has “${stray[0]}”, which is not a placeholder: use {number} or {date}`;
  if (pattern.startsWith('.')) return 'starts with a dot, which hides the file on most systems';
  return null;
}

/**
 * The file name for an issue exported as `exporter` under the curator's pattern: `{number}` is
 * the issue's number, `{date}` its date (YYYY-MM-DD; `undated` while the draft has none), and the
 * extension the exporter's. A pattern that cannot be used gives Kubelist's own name.
 */
export function issueFileName(pattern: string, issue: { number: number; date: string }, exporter: Exporter = KUBELIST_MARKDOWN): string {
  if (checkFileNamePattern(pattern) !== null) return exportFileName(issue.number, exporter.extension);
  const date = isIsoDate(issue.date) ? issue.date : 'undated';
  const stem = pattern.slice(0, -PATTERN_EXTENSION.length);
  return `${stem.replaceAll('{number}', String(issue.number)).replaceAll('{date}', date)}.${exporter.extension}`;
}

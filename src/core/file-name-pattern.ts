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

/** Why a pattern cannot name a downloaded issue, as a code the text layer words. */
export type FileNamePatternProblem =
  | { code: 'tooLong'; max: number }
  | { code: 'edgeSpace' }
  | { code: 'noNumber' }
  | { code: 'wrongExtension'; extension: string }
  | { code: 'forbiddenCharacter'; character: string }
  | { code: 'controlCharacter' }
  | { code: 'notPlaceholder'; text: string }
  | { code: 'leadingDot' };

/**
 * Why `pattern` cannot name a downloaded issue, or null when it can. `{number}` is required: it is
 * what tells issues apart (a draft's date may still be empty, and two drafts may share one).
 */
export function checkFileNamePattern(pattern: string): FileNamePatternProblem | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return { code: 'tooLong', max: MAX_PATTERN_LENGTH };
  if (pattern !== pattern.trim()) return { code: 'edgeSpace' };
  if (!pattern.includes('{number}')) return { code: 'noNumber' };
  if (!pattern.endsWith(PATTERN_EXTENSION)) return { code: 'wrongExtension', extension: PATTERN_EXTENSION };
  const forbidden = FORBIDDEN.exec(pattern);
  if (forbidden) return /[\u0000-\u001f\u007f]/.test(forbidden[0]) ? { code: 'controlCharacter' } : { code: 'forbiddenCharacter', character: forbidden[0] };
  const stray = /\{[^{}]*\}?|\}/.exec(pattern.replaceAll('{number}', '').replaceAll('{date}', ''));
  if (stray) return { code: 'notPlaceholder', text: stray[0] };
  if (pattern.startsWith('.')) return { code: 'leadingDot' };
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

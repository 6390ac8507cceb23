import { type Exporter, KUBELIST_MARKDOWN } from './export/exporters';
import { exportFileName } from './export-file-name';
import { issueFileName } from './file-name-pattern';
import type { Issue } from './issue';
import type { ExportProblem, FormatOptions } from './kubelist';

/** One file of an exported archive. */
export interface ArchiveFile {
  name: string;
  text: string;
  /** The issue's date, which the zip records as the file's time. */
  date: string;
}

/** An archived issue left out of the export, and why (each problem as a code, worded by `exportProblemText` in src/text). */
export interface UnexportedIssue {
  number: number;
  problems: ExportProblem[];
}

/** How the files are named and written, beside the exporter. */
export interface ArchiveFilesOptions {
  /**
   * The curator's file name pattern, for a template's files; without it, Kubelist's own
   * `kubelist-{n}` names, which every Kubelist footer links its neighbours by.
   */
  fileNamePattern?: string;
  /** What the export of one issue is given (the issue URL base). */
  format?: FormatOptions;
}

/**
 * The archive as files in the exporter's format (and extension), in number order: named
 * `kubelist-{n}.md` unless a file name pattern is given. An issue that cannot be exported
 * (say, an imported item whose link is `javascript:`) is listed in `unexported` so the curator
 * is told, rather than vanishing from the zip. A template that cannot be rendered throws
 * (`TemplateBrokenError`): every issue would fail alike.
 */
export function archiveFiles(
  issues: readonly Issue[],
  exporter: Exporter = KUBELIST_MARKDOWN,
  options: ArchiveFilesOptions = {},
): { files: ArchiveFile[]; unexported: UnexportedIssue[] } {
  const { fileNamePattern, format } = options;
  const nameOf = (issue: Issue) =>
    fileNamePattern === undefined ? exportFileName(issue.number, exporter.extension) : issueFileName(fileNamePattern, issue, exporter);
  const files: ArchiveFile[] = [];
  const unexported: UnexportedIssue[] = [];
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const problems = exporter.check(issue, format);
    if (problems.length > 0) unexported.push({ number: issue.number, problems });
    else files.push({ name: nameOf(issue), text: exporter.format(issue, format), date: issue.date });
  }
  return { files, unexported };
}

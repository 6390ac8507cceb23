import { type Exporter, KUBELIST_MARKDOWN } from './export/exporters';
import { exportFileName } from './export-file-name';
import type { Issue } from './issue';
import type { ExportProblem } from './kubelist';

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

/**
 * The archive as `kubelist-{n}.md` files (the exporter's extension), in number order: always these names, not the curator's
 * file name pattern, because every file's footer links its neighbours by them. An issue that cannot be exported
 * (say, an imported item whose link is `javascript:`) is listed in `unexported` so the curator
 * is told, rather than vanishing from the zip.
 */
export function archiveFiles(issues: readonly Issue[], exporter: Exporter = KUBELIST_MARKDOWN): { files: ArchiveFile[]; unexported: UnexportedIssue[] } {
  const files: ArchiveFile[] = [];
  const unexported: UnexportedIssue[] = [];
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const problems = exporter.check(issue);
    if (problems.length > 0) unexported.push({ number: issue.number, problems });
    else files.push({ name: exportFileName(issue.number, exporter.extension), text: exporter.format(issue), date: issue.date });
  }
  return { files, unexported };
}

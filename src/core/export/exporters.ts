import type { Issue } from '../issue';
import { checkExportable, type ExportProblem, type FormatOptions, formatIssue } from '../kubelist';

/** What an export needs beside the issue: Kubelist's options, and the section order templates group by. */
export interface ExportOptions extends FormatOptions {
  /** The newsletter's section names in their order (settings); Kubelist's format has no sections. */
  sections?: readonly string[];
}

/** One export format: how an issue becomes a downloaded file. */
export interface Exporter {
  id: string;
  /** The file name's extension, without its dot. */
  extension: string;
  /** The file's media type, as the download labels it. */
  mime: string;
  /** What keeps an issue from being written in this format; empty when it can be. */
  check(issue: Issue, options?: ExportOptions): ExportProblem[];
  format(issue: Issue, options?: ExportOptions): string;
}

/**
 * Every export format, the first the one the editor shows and the archive zip holds. To add a
 * format, add a row and a test; file names take its extension (`issueFileName`, `archiveFiles`).
 */
export const EXPORTERS: readonly Exporter[] = [
  { id: 'kubelist-markdown', extension: 'md', mime: 'text/markdown', check: checkExportable, format: formatIssue },
];

/** Kubelist's own markdown (`docs/kubelist-format.md`), the format of the published archive. */
export const KUBELIST_MARKDOWN: Exporter = EXPORTERS[0]!;

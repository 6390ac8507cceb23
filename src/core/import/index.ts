/** Reading Kubelist files into the archive: the import preview, its plan, and file checks. */

export type { MojibakeSample } from './mojibake-sample';
export {
  type ConflictChoice,
  type ConflictChoices,
  type FileOutcome,
  fileOutcome,
  type ImportEntry,
  type ImportPlan,
  planImport,
  planTotals,
} from './plan-import';
export { type ArchivedIssue, type FilePreview, type ImportPreview, type ImportSource, previewImport } from './preview-import';
export {
  type BlockedReason,
  type FileProblem,
  type FileReading,
  type FileReason,
  numberInFileName,
  readImportFile,
} from './read-import-file';
export { suspectMojibake } from './suspect-mojibake';

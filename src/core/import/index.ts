/** Reading Kubelist files into the archive: the import preview, its plan, and file checks. */
export { previewImport, type ArchivedIssue, type FilePreview, type ImportPreview, type ImportSource } from './preview-import';
export { fileOutcome, planImport, planTotals, type ConflictChoice, type ConflictChoices, type FileOutcome, type ImportEntry, type ImportPlan } from './plan-import';
export { numberInFileName, readImportFile, type FileProblem, type FileReading } from './read-import-file';
export type { MojibakeSample } from './mojibake-sample';
export { suspectMojibake } from './suspect-mojibake';

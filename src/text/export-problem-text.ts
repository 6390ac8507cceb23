// What stops an export (src/core/kubelist/export-check), worded for the editor, the archive zip,
// the import preview and the command line alike.
import type { ExportProblem, ExportReason } from '../core/kubelist';
import { t } from './t';
import { urlProblemText } from './url-problem-text';

/** A title short enough to name an item in a problem. */
const problemTitle = (title: string) => (title.length > 80 ? `${title.slice(0, 79)}…` : title);

function reasonText(reason: ExportReason): string {
  switch (reason.code) {
    case 'badNumber':
      return t('exportBadNumber', reason.number);
    case 'badDate':
      return t('exportBadDate', reason.date);
    case 'nulInIssue':
      return t('exportNulInIssue');
    case 'badIssueUrlBase':
      return t('exportBadIssueUrlBase', reason.base, urlProblemText(reason.url));
    case 'noTitle':
      return t('exportNoTitle');
    case 'badUrl':
      return urlProblemText(reason.url);
    case 'nulInItem':
      return t('exportNulInItem');
    case 'unsafeMarkup': {
      const field = t(reason.field === 'headline' ? 'markupHeadline' : reason.field === 'intro' ? 'markupIntro' : 'markupCommentary');
      return reason.found.kind === 'link' ? t('exportUnsafeLink', field, reason.found.scheme) : t('exportEventHandler', field, reason.found.attribute);
    }
  }
}

/** One problem that stops the export, as a sentence naming the item. */
export function exportProblemText(problem: ExportProblem): string {
  const why = reasonText(problem.reason);
  return problem.item === null ? t('exportIssueProblem', why) : t('exportItemProblem', problem.item, problemTitle(problem.title), why);
}

// The editor's words for what stops an export (src/core/kubelist/export-check), in the curator's
// language; core keeps the English sentence in `message` for the command line and the import.
import { type ExportProblem, type ExportReason, problemTitle, type UrlProblem } from '../../src/core/kubelist';
import { t } from '../../src/text/t';

/** Why a URL cannot be exported, as a clause. */
export function urlText(problem: UrlProblem): string {
  switch (problem.code) {
    case 'noUrl':
      return t('urlNoUrl');
    case 'scheme':
      return t('urlScheme', problem.scheme);
    case 'notAbsolute':
      return t('urlNotAbsolute');
    case 'whitespace':
      return t('urlWhitespace');
    case 'control':
      return t('urlControl');
    case 'noHost':
      return t('urlNoHost');
  }
}

function reasonText(reason: ExportReason): string {
  switch (reason.code) {
    case 'badNumber':
      return t('exportBadNumber', reason.number);
    case 'badDate':
      return t('exportBadDate', reason.date);
    case 'nulInIssue':
      return t('exportNulInIssue');
    case 'badIssueUrlBase':
      return t('exportBadIssueUrlBase', reason.base, urlText(reason.url));
    case 'noTitle':
      return t('exportNoTitle');
    case 'badUrl':
      return urlText(reason.url);
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

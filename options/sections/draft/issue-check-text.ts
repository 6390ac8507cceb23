// The editor's words for what src/core/issue-checks and issue-counts find, in the curator's
// language; core keeps an English wording of its own for tools without the translations.
import { earlierList, type IssueCheck, shortTitle } from '../../../src/core/issue-checks';
import type { CountNote } from '../../../src/core/issue-counts';
import { exportProblemText } from '../../../src/text/export-problem-text';
import { t, tn } from '../../../src/text/t';

/** One check before export, as a sentence. */
export function checkText(check: IssueCheck): string {
  const item = check.item ?? 0;
  switch (check.code) {
    case 'exportBlocked':
      return exportProblemText(check.problem);
    case 'noHeadline':
      return t('checkNoHeadline');
    case 'garbledIssueText':
      return t('checkGarbledIssueText');
    case 'emptyBlurb':
      return t('checkEmptyBlurb', item, shortTitle(check.title));
    case 'sameLinkAs':
      return t('checkSameLinkAs', item, shortTitle(check.title), check.first);
    case 'featuredBefore':
      return t('checkFeaturedBefore', item, shortTitle(check.title), earlierList(check.earlier));
    case 'siteNameLeft':
      return t('checkSiteNameLeft', item, shortTitle(check.title), check.cleaned);
    case 'titleOnlySiteName':
      return t('checkTitleOnlySiteName', item, shortTitle(check.title));
    case 'garbledItem':
      return t('checkGarbledItem', item, shortTitle(check.title));
  }
}

/** One note on a count far from the curator's usual, as a sentence. */
export function noteText(note: CountNote): string {
  switch (note.code) {
    case 'fewerItems':
      return tn('noteFewerItems', note.items, note.low, note.high);
    case 'moreItems':
      return tn('noteMoreItems', note.items, note.low, note.high);
    case 'blurbLength':
      return tn('noteBlurbLength', note.words, note.item, note.low, note.high);
  }
}

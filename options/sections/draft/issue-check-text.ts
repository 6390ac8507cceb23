// The editor's words for what src/core/issue-checks and issue-counts find, in the curator's
// language: the one wording of these codes (only the editor shows them).
import type { EarlierFeature, IssueCheck } from '../../../src/core/issue-checks';
import type { CountNote } from '../../../src/core/issue-counts';
import { exportProblemText } from '../../../src/text/export-problem-text';
import { t, tn } from '../../../src/text/t';

/** A title short enough to name an item in a sentence. */
export const shortTitle = (title: string) => (title.length > 60 ? `${title.slice(0, 57)}…` : title);

/** Earlier issues as a check lists them: "#93 (2020-12-02), #101 (2021-02-03)". */
const earlierList = (earlier: readonly EarlierFeature[]) => earlier.map((e) => `#${e.number} (${e.date})`).join(', ');

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
    case 'sectionOverLimit':
      return tn('checkSectionOverLimit', check.count, check.section, check.limit);
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

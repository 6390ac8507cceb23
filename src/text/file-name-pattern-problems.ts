import type { FileNamePatternProblem } from '../core/file-name-pattern';
import { t } from './t';

/** Why a file name pattern can't be used, as a phrase after "the pattern" ("must contain {number}…"). */
export function fileNamePatternProblemText(problem: FileNamePatternProblem): string {
  switch (problem.code) {
    case 'tooLong':
      return t('modelTooLong', problem.max);
    case 'edgeSpace':
      return t('modelPatternEdgeSpace');
    case 'noNumber':
      return t('modelPatternNoNumber');
    case 'wrongExtension':
      return t('modelPatternWrongExtension', problem.extension);
    case 'forbiddenCharacter':
      return t('modelPatternForbiddenCharacter', problem.character);
    case 'controlCharacter':
      return t('modelPatternControlCharacter');
    case 'notPlaceholder':
      return t('modelPatternNotPlaceholder', problem.text);
    case 'leadingDot':
      return t('modelPatternLeadingDot');
  }
}

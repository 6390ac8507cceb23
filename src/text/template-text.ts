import type { BuiltinId } from '../core/templates/builtin-templates';
import type { TemplateProblem } from '../core/templates/template-problem';
import { type MessageKey, t } from './t';

const BUILTIN_NAMES: Record<BuiltinId, MessageKey> = {
  kubelist: 'templateKubelist',
  'sectioned-weekly': 'templateSectionedWeekly',
  'plain-digest': 'templatePlainDigest',
  'html-email': 'templateHtmlEmail',
};

/** A built-in template's name, in the curator's language. */
export const builtinTemplateName = (id: BuiltinId): string => t(BUILTIN_NAMES[id]);

function problemText(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'unclosedTag':
      return t('templateUnclosedTag');
    case 'unclosedSection':
      return t('templateUnclosedSection', problem.name ?? '');
    case 'unopenedSection':
      return t('templateUnopenedSection', problem.name ?? '');
    case 'badDelimiters':
      return t('templateBadDelimiters');
    case 'unreadable':
      return t('templateUnreadable');
  }
}

/** "Line 4: the section “items” is opened here but not closed (add {{/items}})." */
export const templateProblemText = (problem: TemplateProblem): string => t('templateProblemAtLine', problem.line, problemText(problem));

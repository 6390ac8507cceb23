// Why a URL cannot be exported (src/core/kubelist/url-policy), worded for the export, import
// and the command line alike.
import type { UrlProblem } from '../core/kubelist';
import { t } from './t';

/** A URL problem as a clause: "its URL has no host". */
export function urlProblemText(problem: UrlProblem): string {
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

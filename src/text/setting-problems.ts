import type { BackupSettingsProblem } from '../core/backup/read-backup';
import type { SettingProblem } from '../core/model';
import { checkProblemText, gotText } from './check-problems';
import { settingLabel } from './setting-names';
import { t } from './t';

/** A setting that was not kept as given, named: "Issue day: should be a whole number…; the default is used." */
export const settingProblemText = ({ setting, problem }: SettingProblem): string =>
  t('modelSettingNotKept', settingLabel(setting), t('modelSettingDefaultUsed', checkProblemText(problem)));

/** A backup's setting that can't be used, as a phrase after its JSON path. */
export function backupSettingsProblemText(problem: BackupSettingsProblem): string {
  switch (problem.code) {
    case 'unusable':
      return t('modelSettingDefaultUsed', checkProblemText(problem.problem));
    case 'notASetting':
      return t('modelSettingUnknown');
    case 'settingsMissing':
      return t('modelSettingsMissing');
    case 'settingsNotObject':
      return t('modelSettingsNotObject', gotText(problem.got));
  }
}

import type { BackupSettingsProblem } from '../core/backup/read-backup';
import type { SettingName, SettingProblem } from '../core/model';
import { checkProblemText, gotText } from './check-problems';
import { type MessageKey, t } from './t';

/** Each setting's name, as the Settings section labels it. */
const NAME: Record<SettingName, MessageKey> = {
  newsletterName: 'settingNewsletterName',
  issueUrlBase: 'settingIssueUrlBase',
  weekday: 'settingIssueDay',
  recurringSlot: 'settingRecurringSlot',
  headlineEmoji: 'headlineEmoji',
  disabledRules: 'modelSettingCleanupRules',
  fileNamePattern: 'fileNamePattern',
};

/** A setting's name in the curator's language. */
export const settingName = (setting: SettingName): string => t(NAME[setting]);

/** A setting that was not kept as given, named: "Issue day: should be a whole number…; the default is used." */
export const settingProblemText = ({ setting, problem }: SettingProblem): string =>
  t('modelSettingNotKept', settingName(setting), t('modelSettingDefaultUsed', checkProblemText(problem)));

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

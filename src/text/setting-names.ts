import type { SettingName } from '../core/model';
import { type MessageKey, t } from './t';

/**
 * Each setting's name, as the Settings section labels it and as it reads inside a sentence
 * ("Issue day" / "issue day"; German capitalizes both). A new setting is a type error here
 * until it has both.
 */
const NAMES: Record<SettingName, { label: MessageKey; inSentence: MessageKey }> = {
  newsletterName: { label: 'settingNewsletterName', inSentence: 'backupSettingNewsletterName' },
  issueUrlBase: { label: 'settingIssueUrlBase', inSentence: 'backupSettingIssueUrlBase' },
  weekday: { label: 'settingIssueDay', inSentence: 'backupSettingWeekday' },
  recurringSlot: { label: 'settingRecurringSlot', inSentence: 'backupSettingRecurringSlot' },
  headlineEmoji: { label: 'headlineEmoji', inSentence: 'backupSettingHeadlineEmoji' },
  disabledRules: { label: 'modelSettingCleanupRules', inSentence: 'backupSettingDisabledRules' },
  fileNamePattern: { label: 'fileNamePattern', inSentence: 'backupSettingFileNamePattern' },
  quickTarget: { label: 'settingQuickTarget', inSentence: 'backupSettingQuickTarget' },
  templates: { label: 'settingTemplates', inSentence: 'backupSettingTemplates' },
  sections: { label: 'settingSections', inSentence: 'backupSettingSections' },
  exportTemplate: { label: 'settingExportTemplate', inSentence: 'backupSettingExportTemplate' },
  yourName: { label: 'settingYourName', inSentence: 'backupSettingYourName' },
};

/** A setting's name as a label, first in a sentence: "Issue day". */
export const settingLabel = (setting: SettingName): string => t(NAMES[setting].label);

/** A setting's name inside a sentence: "issue day". */
export const settingNameInSentence = (setting: SettingName): string => t(NAMES[setting].inSentence);

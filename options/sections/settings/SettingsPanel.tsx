import type { ComponentChildren } from 'preact';
import type { Settings } from '../../../src/core/model';
import { openShortcutSettings } from '../../../src/platform/shortcuts';
import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import { CleanupRules } from './CleanupRules';
import { FileNameSetting } from './FileNameSetting';
import { SectionsSetting } from './SectionsSetting';
import type { SettingsStore } from './settings-store';
import { weekdayNames } from './weekday-names';

/** The newsletter's settings: saved with the data, each change as it is made; `children` are settings kept apart (sync). */
export function SettingsPanel({ settings: store, children }: { settings: SettingsStore; children?: ComponentChildren }) {
  const { settings, status } = useStore(store.store);
  const text = (key: 'newsletterName' | 'issueUrlBase' | 'recurringSlot' | 'headlineEmoji' | 'yourName', label: string, hint: string) => (
    <div class="setting">
      <label for={`setting-${key}`}>{label}</label>
      <input id={`setting-${key}`} value={settings[key]} onChange={(e) => void store.change({ [key]: e.currentTarget.value })} />
      <p class="note">{hint}</p>
    </div>
  );
  return (
    <main class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('navSettings')}</h2>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {text('newsletterName', t('settingNewsletterName'), t('settingNewsletterNameHint'))}
      {text('issueUrlBase', t('settingIssueUrlBase'), t('settingIssueUrlBaseHint'))}
      {text('yourName', t('settingYourName'), t('settingYourNameHint'))}
      <div class="setting">
        <label for="setting-weekday">{t('settingIssueDay')}</label>
        <select
          id="setting-weekday"
          value={settings.weekday}
          onChange={(e) => void store.change({ weekday: Number(e.currentTarget.value) as Settings['weekday'] })}
        >
          {weekdayNames().map((day, n) => (
            <option key={day} value={n}>
              {day}
            </option>
          ))}
        </select>
        <p class="note">{t('settingIssueDayHint')}</p>
      </div>
      <fieldset class="setting">
        <legend>{t('settingQuickTarget')}</legend>
        {(['issue', 'pool'] as const).map((target) => (
          <label key={target}>
            <input
              type="radio"
              name="setting-quickTarget"
              checked={settings.quickTarget === target}
              onChange={() => void store.change({ quickTarget: target })}
            />{' '}
            {t(target === 'issue' ? 'settingQuickTargetIssue' : 'settingQuickTargetPool')}
          </label>
        ))}
        <p class="note">{t('settingQuickTargetHint')}</p>
      </fieldset>
      {text('recurringSlot', t('settingRecurringSlot'), t('settingRecurringSlotHint'))}
      <SectionsSetting sections={settings.sections} onChange={(sections, renamed) => void store.change({ sections }, renamed)} />
      {text('headlineEmoji', t('headlineEmoji'), t('settingHeadlineEmojiHint'))}
      <FileNameSetting pattern={settings.fileNamePattern} onChange={(fileNamePattern) => void store.change({ fileNamePattern })} />
      <CleanupRules disabled={settings.disabledRules} onChange={(disabledRules) => void store.change({ disabledRules })} />
      <div class="setting">
        <button type="button" onClick={() => void openShortcutSettings()}>
          {t('changeShortcutsButton')}
        </button>
      </div>
      {children}
    </main>
  );
}

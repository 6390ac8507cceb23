import { TITLE_RULES, URL_RULES } from '../../src/core/cleanup';
import type { Settings } from '../../src/core/settings';
import { openShortcutSettings } from '../../src/platform/shortcuts';
import { useStore } from '../../src/ui/store';
import type { DeskStore } from '../desk-store';
import { FileNameSetting } from './FileNameSetting';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The newsletter's settings: saved with the data, each change as it is made. */
export function SettingsPanel({ desk }: { desk: DeskStore }) {
  const { settings, settingsStatus } = useStore(desk.store);
  const text = (key: 'newsletterName' | 'issueUrlBase' | 'recurringSlot' | 'headlineEmoji', label: string, hint: string) => (
    <div class="setting">
      <label for={`setting-${key}`}>{label}</label>
      <input id={`setting-${key}`} value={settings[key]} onChange={(e) => void desk.changeSettings({ [key]: e.currentTarget.value })} />
      <p class="note">{hint}</p>
    </div>
  );
  const toggleRule = (id: string, on: boolean) => {
    const off = new Set(settings.disabledRules);
    if (on) off.delete(id);
    else off.add(id);
    void desk.changeSettings({ disabledRules: [...off] });
  };
  const rules = (title: string, list: readonly { id: string; description: string }[]) => (
    <fieldset>
      <legend>{title}</legend>
      {list.map((rule) => (
        <label key={rule.id} class="check">
          <input type="checkbox" checked={!settings.disabledRules.includes(rule.id)} onChange={(e) => toggleRule(rule.id, e.currentTarget.checked)} />{' '}
          {rule.description}
        </label>
      ))}
    </fieldset>
  );
  return (
    <main class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <p class="status" role="status" aria-live="polite">
        {settingsStatus}
      </p>
      {text('newsletterName', 'Newsletter name', 'Shown at the top of the editor.')}
      {text('issueUrlBase', 'Issue base URL', 'Each issue’s heading links to this address followed by its number.')}
      <div class="setting">
        <label for="setting-weekday">Issue day</label>
        <select id="setting-weekday" value={settings.weekday} onChange={(e) => void desk.changeSettings({ weekday: Number(e.currentTarget.value) as Settings['weekday'] })}>
          {WEEKDAYS.map((day, n) => (
            <option key={day} value={n}>
              {day}
            </option>
          ))}
        </select>
        <p class="note">The next draft is dated on this day of the week.</p>
      </div>
      {text('recurringSlot', 'Recurring last item', 'Kept last in every issue (empty: none).')}
      {text('headlineEmoji', 'Headline emoji', 'Offered at the end of each headline (empty: none).')}
      <FileNameSetting pattern={settings.fileNamePattern} onChange={(fileNamePattern) => void desk.changeSettings({ fileNamePattern })} />
      {rules('Title cleanup', TITLE_RULES)}
      {rules('Address cleanup', URL_RULES)}
      <div class="setting">
        <button type="button" onClick={() => void openShortcutSettings()}>
          Change keyboard shortcuts
        </button>
      </div>
    </main>
  );
}

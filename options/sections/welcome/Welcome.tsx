import { useEffect, useState } from 'preact/hooks';
import { type Shortcut, shortcuts } from '../../../src/platform/shortcuts';
import { t, tParts } from '../../../src/text/t';
import type { SettingsStore } from '../settings/settings-store';
import { NewsletterSetup } from './NewsletterSetup';

/** The first-run page: the newsletter's own settings, the three steps, the keys as the browser has them bound now, and how to change them. */
export function Welcome({ settings }: { settings: SettingsStore }) {
  const [keys, setKeys] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void shortcuts().then(setKeys, () => setKeys([]));
  }, []);
  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
      <NewsletterSetup settings={settings} />
      <h3>{t('welcomeStepsHeading')}</h3>
      <ol class="steps">
        <li>
          <strong>{t('welcomeClipTitle')}</strong> {t('welcomeClip')}
        </li>
        <li>
          <strong>{t('welcomeWriteTitle')}</strong> {t('welcomeWrite')}
        </li>
        <li>
          <strong>{t('welcomeExportTitle')}</strong> {tParts('welcomeExport', <a href="#draft">{t('navDraft')}</a>, <code>kubelist-{'{number}'}.md</code>)}
        </li>
      </ol>
      <h3>{t('shortcutKeys')}</h3>
      {keys === null ? (
        <p class="note">{t('readingShortcuts')}</p>
      ) : (
        <table class="shortcuts">
          <tbody>
            {keys.map((key) => (
              <tr key={key.name}>
                <th scope="row">{key.shortcut || t('shortcutNotSet')}</th>
                <td>{key.description}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('keyCtrlEnter')}</th>
              <td>{t('shortcutAddInPopup')}</td>
            </tr>
            <tr>
              <th scope="row">Alt+↑ / Alt+↓</th>
              <td>{t('shortcutMoveItem')}</td>
            </tr>
          </tbody>
        </table>
      )}
      {/* A suggested key the browser or another extension already holds leaves the command unbound. */}
      {keys?.some((key) => key.shortcut === '') && <p class="note warn">{t('shortcutTaken')}</p>}
      <p class="note">{t('changeShortcuts', 'chrome://extensions/shortcuts')}</p>
      <p class="note">{t('changeShortcutsFirefox', 'about:addons')}</p>
    </main>
  );
}

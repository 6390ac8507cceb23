import { useEffect, useRef, useState } from 'preact/hooks';
import { type CheckProblem, DEFAULT_SETTINGS, readSettings, type Settings } from '../../../src/core/model';
import { checkProblemText } from '../../../src/text/check-problems';
import { t } from '../../../src/text/t';
import { useStore } from '../../../src/ui/store';
import type { SettingsStore } from '../settings/settings-store';
import { weekdayNames } from '../settings/weekday-names';

type SetupFields = Pick<Settings, 'newsletterName' | 'issueUrlBase' | 'weekday'>;
type Problems = Partial<Record<keyof SetupFields, CheckProblem>>;

/**
 * The settings a newsletter is set up with. Kubelist's values are the stored defaults, so a
 * curator who has not chosen yet sees empty fields (with examples) rather than Kubelist's; one
 * button fills them in for a curator who does write Kubelist.
 */
const KUBELIST: SetupFields = {
  newsletterName: DEFAULT_SETTINGS.newsletterName,
  issueUrlBase: DEFAULT_SETTINGS.issueUrlBase,
  weekday: DEFAULT_SETTINGS.weekday,
};

function startingValues(settings: Settings): SetupFields {
  const chosen = settings.newsletterName !== KUBELIST.newsletterName || settings.issueUrlBase !== KUBELIST.issueUrlBase;
  return chosen
    ? { newsletterName: settings.newsletterName, issueUrlBase: settings.issueUrlBase, weekday: settings.weekday }
    : { ...KUBELIST, newsletterName: '', issueUrlBase: '' };
}

/** What keeps each field from being saved as typed; nothing is saved while any field has one. */
function problemsOf(fields: SetupFields, settings: Settings): Problems {
  const problems: Problems = {};
  for (const { setting, problem } of readSettings({ ...settings, ...fields }).problems) {
    if (setting in fields) problems[setting as keyof SetupFields] = problem;
  }
  return problems;
}

/** The first-run form: the newsletter's name, its issues' address and its day, saved together. */
export function NewsletterSetup({ settings: store }: { settings: SettingsStore }) {
  const { settings, status } = useStore(store.store);
  const [fields, setFields] = useState<SetupFields>(() => startingValues(settings));
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState(false);
  // The stored settings arrive after the first render: until the curator types, show them.
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) setFields(startingValues(settings));
  }, [settings]);
  const set = (patch: Partial<SetupFields>) => {
    touched.current = true;
    setFields({ ...fields, ...patch });
    setSaved(false);
  };
  async function save(event: Event) {
    event.preventDefault();
    const found = problemsOf(fields, settings);
    setProblems(found);
    if (Object.keys(found).length) return;
    await store.change(fields);
    setSaved(true);
  }
  const field = (key: 'newsletterName' | 'issueUrlBase', label: string, example: string, hint: string) => (
    <div class="setting">
      <label for={`setup-${key}`}>{label}</label>
      <input
        id={`setup-${key}`}
        value={fields[key]}
        placeholder={example}
        aria-invalid={problems[key] ? 'true' : undefined}
        aria-describedby={`setup-${key}-note`}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
      <p class={problems[key] ? 'note error' : 'note'} id={`setup-${key}-note`}>
        {problems[key] ? t('setupFieldProblem', label, checkProblemText(problems[key])) : hint}
      </p>
    </div>
  );
  return (
    <form class="setup" aria-labelledby="setup-heading" onSubmit={(e) => void save(e)} noValidate>
      <h3 id="setup-heading">{t('setupHeading')}</h3>
      <p class="note">{t('setupIntro')}</p>
      {field('newsletterName', t('settingNewsletterName'), t('setupNameExample'), t('settingNewsletterNameHint'))}
      {field('issueUrlBase', t('settingIssueUrlBase'), t('setupAddressExample'), t('settingIssueUrlBaseHint'))}
      <div class="setting">
        <label for="setup-weekday">{t('settingIssueDay')}</label>
        <select id="setup-weekday" value={fields.weekday} onChange={(e) => set({ weekday: Number(e.currentTarget.value) })}>
          {weekdayNames().map((day, n) => (
            <option key={day} value={n}>
              {day}
            </option>
          ))}
        </select>
      </div>
      <div class="setup-actions">
        <button type="submit" class="primary">
          {t('setupSave')}
        </button>
        <button type="button" onClick={() => set(KUBELIST)}>
          {t('setupUseKubelist')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {saved ? (status === t('settingsSaved') ? t('setupSaved') : status) : ''}
      </p>
      <p class="note">
        {t('setupImportLead')} <a href="#import">{t('setupImportLink')}</a>
      </p>
    </form>
  );
}

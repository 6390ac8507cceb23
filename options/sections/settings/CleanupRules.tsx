import { useEffect, useState } from 'preact/hooks';
import { TITLE_RULES, URL_RULES } from '../../../src/core/cleanup';
import { t } from '../../../src/text/t';
import { ruleText } from './cleanup-rule-text';

const ALL_RULES = [...TITLE_RULES, ...URL_RULES];

/**
 * The cleanup rules, behind an "Advanced" disclosure: a curator sets the newsletter up once and
 * rarely needs 24 checkboxes, so the summary says how many rules are on, it opens by itself when
 * any is off (what changed is never hidden; it never closes under the curator's hand), and it
 * offers every rule back in one click.
 */
export function CleanupRules({ disabled, onChange }: { disabled: readonly string[]; onChange: (disabledRules: string[]) => void }) {
  const off = new Set(disabled.filter((id) => ALL_RULES.some((rule) => rule.id === id)));
  const [open, setOpen] = useState(off.size > 0);
  const anyOff = off.size > 0;
  useEffect(() => {
    if (anyOff) setOpen(true);
  }, [anyOff]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    onChange([...next]);
  };
  const rules = (title: string, list: readonly { id: string }[]) => (
    <fieldset>
      <legend>{title}</legend>
      {list.map((rule) => (
        <label key={rule.id} class="check">
          <input type="checkbox" checked={!off.has(rule.id)} onChange={(e) => toggle(rule.id, e.currentTarget.checked)} /> {ruleText(rule)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <details class="advanced" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('advancedCleanup')} <span class="summary-note">{t('rulesOn', ALL_RULES.length - off.size, ALL_RULES.length)}</span>
      </summary>
      <p class="note">{t('advancedCleanupHint')}</p>
      {rules(t('titleCleanup'), TITLE_RULES)}
      {rules(t('addressCleanup'), URL_RULES)}
      {off.size > 0 && (
        <button type="button" onClick={() => onChange(disabled.filter((id) => !off.has(id)))}>
          {t('turnAllRulesOn')}
        </button>
      )}
    </details>
  );
}

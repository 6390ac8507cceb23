import { useEffect, useState } from 'preact/hooks';
import { MAX_SECTION_LIMIT, type Section, sectionList } from '../../../src/core/model';
import { moveInList } from '../../../src/core/move-in-list';
import type { SectionRename } from '../../../src/storage';
import { checkProblemText } from '../../../src/text/check-problems';
import { t } from '../../../src/text/t';

interface Props {
  sections: readonly Section[];
  onChange(sections: Section[], renamed: SectionRename[]): void;
}

/**
 * The sections, in their order: add, rename (the items go along), limit, move, remove.
 * A list the check refuses (a blank name, one given twice) is shown with why and not saved, so
 * the stored sections are never swapped for the default.
 */
export function SectionsSetting({ sections, onChange }: Props) {
  const [problem, setProblem] = useState('');
  const [added, setAdded] = useState('');
  // A restore, a sync or another page changes what is stored; what was refused is forgotten.
  useEffect(() => setProblem(''), [sections]);
  const save = (next: Section[], renamed: SectionRename[] = []) => {
    const refused = sectionList(next);
    setProblem(!refused ? '' : refused.code === 'blank' ? t('settingSectionsBlank') : t('settingSectionsRefused', checkProblemText(refused)));
    if (!refused) onChange(next, renamed);
    return !refused;
  };
  const edit = (index: number, patch: Partial<Section>) => sections.map((each, i) => (i === index ? { ...each, ...patch } : each));
  const limitOf = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed));
  return (
    <fieldset class="setting sections-setting">
      <legend>{t('settingSections')}</legend>
      <p class="note">{t('settingSectionsHint')}</p>
      {sections.length > 0 && (
        <ol class="section-rows" aria-label={t('settingSections')}>
          {sections.map((section, index) => (
            <li key={`${index}-${section.name}`} class="section-row">
              <input
                aria-label={t('sectionNameLabel', index + 1)}
                value={section.name}
                onChange={(e) => {
                  const to = e.currentTarget.value;
                  if (!save(edit(index, { name: to }), [{ from: section.name, to }])) e.currentTarget.value = section.name;
                }}
              />
              <input
                type="number"
                min={1}
                max={MAX_SECTION_LIMIT}
                aria-label={t('sectionLimitLabel', section.name)}
                placeholder={t('sectionNoLimit')}
                value={section.limit ?? ''}
                onChange={(e) => void save(edit(index, { limit: limitOf(e.currentTarget.value) }))}
              />
              <button
                type="button"
                disabled={index === 0}
                aria-label={t('sectionMoveUp', section.name)}
                onClick={() => save(moveInList(sections, index, index - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === sections.length - 1}
                aria-label={t('sectionMoveDown', section.name)}
                onClick={() => save(moveInList(sections, index, index + 1))}
              >
                ↓
              </button>
              <button type="button" aria-label={t('sectionRemove', section.name)} onClick={() => save(sections.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        class="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (save([...sections, { name: added.trim(), limit: null }])) setAdded('');
        }}
      >
        <input aria-label={t('sectionNewLabel')} value={added} onInput={(e) => setAdded(e.currentTarget.value)} />
        <button type="submit">{t('sectionAdd')}</button>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

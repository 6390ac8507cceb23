import './templates.css';
import { useState } from 'preact/hooks';
import type { Issue } from '../../../src/core/issue';
import { BUILTIN_TEMPLATES, type BuiltinTemplate } from '../../../src/core/templates/builtin-templates';
import type { Template } from '../../../src/core/templates/template';
import { t } from '../../../src/text/t';
import { builtinTemplateName } from '../../../src/text/template-text';
import { useStore } from '../../../src/ui/store';
import type { SettingsStore } from '../settings/settings-store';
import { TemplateEditor } from './TemplateEditor';
import { newTemplateId, withCopy, withoutTemplate, withSaved } from './templates-edit';

interface Props {
  settings: SettingsStore;
  /** The current draft, for the preview; null before it has loaded. */
  issue: Issue | null;
}

const kindLabel = (template: BuiltinTemplate | Template) => t(template.kind === 'html' ? 'templateKindHtml' : 'templateKindMarkdown');

/**
 * Settings → Templates: the built-ins and the curator's copies, which one the export uses, and
 * the editor of a copy. Templates are settings: saved with the data, backed up and synced.
 */
export function TemplatesSection({ settings: store, issue }: Props) {
  const { settings } = useStore(store.store);
  const { templates, exportTemplate } = settings;
  const [editing, setEditing] = useState<string | null>(null);
  const open = templates.find((each) => each.id === editing) ?? null;

  const copy = (source: BuiltinTemplate | Template, name: string) => {
    const id = newTemplateId();
    void store.change({ templates: withCopy(templates, source, t('templateCopyName', name), id) });
    setEditing(id);
  };
  const remove = (id: string) => {
    void store.change(withoutTemplate(templates, exportTemplate, id));
    if (editing === id) setEditing(null);
  };

  return (
    <section class="templates-settings" aria-labelledby="templates-heading">
      <h3 id="templates-heading">{t('settingTemplates')}</h3>
      <p class="note">{t('templatesIntro')}</p>
      <div class="setting">
        <label for="setting-exportTemplate">{t('settingExportTemplate')}</label>
        <select id="setting-exportTemplate" value={exportTemplate} onChange={(e) => void store.change({ exportTemplate: e.currentTarget.value })}>
          {BUILTIN_TEMPLATES.map((each) => (
            <option key={each.id} value={each.id}>
              {builtinTemplateName(each.id)}
            </option>
          ))}
          {templates.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name}
            </option>
          ))}
        </select>
      </div>
      <ul class="template-list">
        {BUILTIN_TEMPLATES.map((each) => {
          const name = builtinTemplateName(each.id);
          return (
            <li key={each.id}>
              <span class="template-name">{name}</span> <span class="note">{t('templateBuiltIn', kindLabel(each))}</span>
              <button type="button" aria-label={t('templateCopyLabel', name)} onClick={() => copy(each, name)}>
                {t('templateCopy')}
              </button>
            </li>
          );
        })}
        {templates.map((each) => (
          <li key={each.id}>
            <span class="template-name">{each.name}</span> <span class="note">{kindLabel(each)}</span>
            <button type="button" aria-label={t('templateEditLabel', each.name)} aria-pressed={editing === each.id} onClick={() => setEditing(each.id)}>
              {t('templateEdit')}
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <TemplateEditor
          template={open}
          issue={issue}
          newsletterName={settings.newsletterName}
          issueUrlBase={settings.issueUrlBase}
          onSave={(changed) => void store.change({ templates: withSaved(templates, changed) })}
          onDelete={() => remove(open.id)}
        />
      )}
    </section>
  );
}

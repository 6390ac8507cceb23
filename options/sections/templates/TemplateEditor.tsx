import { useEffect, useState } from 'preact/hooks';
import type { Issue } from '../../../src/core/issue';
import type { Template } from '../../../src/core/templates/template';
import { t } from '../../../src/text/t';
import { templateProblemText } from '../../../src/text/template-text';
import { useTemplateEngine } from '../../shared/use-template-engine';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  template: Template;
  issue: Issue | null;
  newsletterName: string;
  issueUrlBase: string;
  onSave(template: Template): void;
  onDelete(): void;
}

/** One of the curator's templates: its name and body, with the current draft through it beside them as it is typed. */
export function TemplateEditor({ template, issue, newsletterName, issueUrlBase, onSave, onDelete }: Props) {
  const [name, setName] = useState(template.name);
  const [body, setBody] = useState(template.body);
  useEffect(() => {
    setName(template.name);
    setBody(template.body);
  }, [template.id]);
  const { engine, error } = useTemplateEngine(true);
  const problem = engine ? engine.checkTemplate(body) : null;
  const edited = { ...template, name, body };
  const changed = name !== template.name || body !== template.body;

  return (
    <div class="template-editor">
      <div class="template-form">
        <div class="setting">
          <label for="template-name">{t('templateName')}</label>
          <input id="template-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="setting">
          <label for="template-body">{t(template.kind === 'html' ? 'templateBodyHtml' : 'templateBodyMarkdown')}</label>
          <textarea
            id="template-body"
            rows={20}
            spellcheck={false}
            wrap="off"
            value={body}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'template-problem' : 'template-body-hint'}
            onInput={(e) => setBody(e.currentTarget.value)}
          />
          {problem ? (
            <p id="template-problem" class="error" role="alert">
              {templateProblemText(problem)}
            </p>
          ) : (
            <p id="template-body-hint" class="note">
              {t('templateBodyHint')}
            </p>
          )}
        </div>
        <div class="template-actions">
          <button
            type="button"
            class="primary"
            disabled={!changed || problem !== null || name.trim() === ''}
            onClick={() => onSave({ ...edited, name: name.trim() })}
          >
            {t('templateSave')}
          </button>
          <button type="button" onClick={onDelete}>
            {t('templateDelete')}
          </button>
        </div>
      </div>
      <div class="template-preview">
        <h4>{t('templatePreview')}</h4>
        {engine ? (
          <TemplatePreview engine={engine} template={edited} issue={issue} newsletterName={newsletterName} issueUrlBase={issueUrlBase} />
        ) : error ? (
          <p class="error" role="alert">
            {t('templateLoadFailed', error)}
          </p>
        ) : (
          <p class="note">{t('rendering')}</p>
        )}
      </div>
    </div>
  );
}

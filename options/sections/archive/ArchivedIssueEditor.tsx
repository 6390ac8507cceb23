import { t } from '../../../src/text/t';
import type { ArchiveStore, IssueEdit } from './archive-store';

interface Props {
  edit: IssueEdit;
  archive: ArchiveStore;
}

/** A published issue reopened to fix a typo: its headline, intro and items' words, saved together. */
export function ArchivedIssueEditor({ edit, archive }: Props) {
  const id = (name: string) => `archived-edit-${name}`;
  return (
    <form
      class="archived-edit"
      aria-labelledby="archived-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void archive.saveEdit();
      }}
    >
      <label for={id('headline')}>{t('fieldHeadline')}</label>
      <input id={id('headline')} dir="auto" value={edit.headline} onInput={(event) => archive.editIssue('headline', event.currentTarget.value)} />
      <label for={id('intro')}>{t('fieldIntro')}</label>
      <textarea id={id('intro')} dir="auto" rows={4} value={edit.intro} onInput={(event) => archive.editIssue('intro', event.currentTarget.value)} />
      <ol class="archived-edit-items" aria-label={t('itemsList')}>
        {edit.items.map((item, index) => (
          <li key={item.id}>
            <fieldset>
              <legend>{t('itemN', index + 1)}</legend>
              <label for={id(`${item.id}-title`)}>{t('fieldTitle')}</label>
              <input
                id={id(`${item.id}-title`)}
                aria-label={t('itemTitleN', index + 1)}
                dir="auto"
                value={item.title}
                onInput={(event) => archive.editItem(item.id, 'title', event.currentTarget.value)}
              />
              <label for={id(`${item.id}-url`)}>{t('fieldUrl')}</label>
              <input
                id={id(`${item.id}-url`)}
                aria-label={t('itemUrlN', index + 1)}
                type="url"
                spellcheck={false}
                value={item.url}
                onInput={(event) => archive.editItem(item.id, 'url', event.currentTarget.value)}
              />
              <label for={id(`${item.id}-commentary`)}>{t('fieldCommentary')}</label>
              <textarea
                id={id(`${item.id}-commentary`)}
                aria-label={t('itemCommentaryN', index + 1)}
                dir="auto"
                rows={3}
                value={item.commentary}
                onInput={(event) => archive.editItem(item.id, 'commentary', event.currentTarget.value)}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <div class="archived-edit-actions">
        <button type="submit" class="primary">
          {t('saveIssueEdit')}
        </button>
        <button type="button" onClick={archive.cancelEdit}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

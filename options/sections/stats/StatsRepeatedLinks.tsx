import type { RepeatedLinks } from '../../../src/core/archive-stats';
import { t, tn } from '../../../src/text/t';
import { routeHash } from '../../route';

const times = (n: number) => (n === 2 ? t('featuredTwice') : tn('featuredTimes', n));
/** Only web links become clickable: an imported file may hold any scheme. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * Links featured more than once, the most repeated first, each with its latest issues, linking to
 * the item there. The list and each link's issues are bounded (`REPEATED_SHOWN`, `APPEARANCES_SHOWN`).
 */
export function StatsRepeatedLinks({ repeated: { total, links } }: { repeated: RepeatedLinks }) {
  return (
    <section class="stats-block repeated-block" aria-labelledby="repeated-heading">
      <h3 id="repeated-heading">
        {t('repeatedLinks')} <span class="note">({total})</span>
      </h3>
      {links.length === 0 ? (
        <p class="note">{t('noRepeatedLinks')}</p>
      ) : (
        <>
          {links.length < total && <p class="note">{t('repeatedLinksShown', links.length)}</p>}
          <ul class="repeated-links" aria-label={t('repeatedLinks')}>
            {links.map(({ key, count, appearances }) => (
              <li key={key}>
                {isWebLink(appearances.at(-1)!.url) ? (
                  <a class="repeated-url" href={appearances.at(-1)!.url} target="_blank" rel="noreferrer">
                    {key}
                  </a>
                ) : (
                  <span class="repeated-url">{key}</span>
                )}{' '}
                <span class="note">({times(count)})</span>
                <ul>
                  {count > appearances.length && <li class="note">{tn('earlierAppearances', count - appearances.length)}</li>}
                  {appearances.map(({ number, date, ordinal, title }) => (
                    <li key={`${number}/${ordinal}`}>
                      <a href={routeHash({ view: 'archive', number, item: ordinal })}>#{number}</a> <span class="note">{date}</span>{' '}
                      <span dir="auto">{title}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

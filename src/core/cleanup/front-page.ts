/**
 * A site's front page (`https://kyverno.io/`): no path and no query. There the site's own name is
 * the page's name, so the title rules let it stand.
 */
export function isFrontPage(url: string | undefined): boolean {
  try {
    const { pathname, search } = new URL(url ?? '');
    return pathname === '/' && search === '';
  } catch {
    return false;
  }
}

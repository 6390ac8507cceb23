/**
 * Runs inside the page on "Add link to issue": the visible text of the link that was
 * right-clicked (Chrome's menu event does not carry it). Self-contained, like capturePage.
 */
export function linkTextFor(href: string): string {
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    if ((link as HTMLAnchorElement).href !== href) continue;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = link.getAttribute('aria-label') ?? link.getAttribute('title') ?? link.querySelector('img')?.alt ?? '';
    if (text || label) return (text || label).slice(0, 1000);
  }
  return '';
}

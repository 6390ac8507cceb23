/**
 * Puts HTML on the clipboard with a plain-text alternative, so an email editor (Buttondown,
 * Substack, Gmail…) pastes headings, links and lists, and a plain field pastes the text. The
 * parts may still be on their way: the write starts within the click, as the browser wants,
 * and waits for them.
 */
export async function copyRichText(html: Promise<string>, text: Promise<string>): Promise<void> {
  const blob = (part: Promise<string>, type: string) => part.then((value) => new Blob([value], { type }));
  await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob(html, 'text/html'), 'text/plain': blob(text, 'text/plain') })]);
}

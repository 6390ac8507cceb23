import { readArchive } from '../kubelist/archive';
import { parseIssue } from '../../../../src/core/kubelist';
import { splitTrailingEmoji } from '../../../../src/core/emoji-suggest/trailing-emoji';
import { it } from 'vitest';
it('explore', () => {
  const counts = new Map<string, number>(); let items = 0, withE = 0, multi = 0;
  const tails = new Map<string, number>();
  for (const [, text] of readArchive()) for (const item of parseIssue(text).issue.items) {
    items++;
    const { emoji } = splitTrailingEmoji(item.commentary);
    if (emoji.length) withE++; if (emoji.length > 1) multi++;
    for (const e of emoji) counts.set(e, (counts.get(e) ?? 0) + 1);
    const t = item.commentary.trimEnd().slice(-3);
    if (!emoji.length) tails.set(t, (tails.get(t) ?? 0) + 1);
  }
  console.log(items, withE, multi, counts.size);
  console.log([...counts].sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e}:${n}:${[...e].map(c=>c.codePointAt(0)!.toString(16)).join('-')}`).join(' '));
  console.log([...tails].filter(([t]) => /[^\x00-\x7f’”“…—–é]/.test(t)).map(([t,n])=>JSON.stringify(t)+n).join(' '));
});

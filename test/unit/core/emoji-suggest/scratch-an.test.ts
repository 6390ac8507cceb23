import emojilib from 'emojilib';
import { readArchive } from '../kubelist/archive';
import { parseIssue } from '../../../../src/core/kubelist';
import { buildHistoryIndex, buildKeywordIndex, historyEntry, suggestEmoji, emojiKey, words, type HistoryEntry } from '../../../../src/core/emoji-suggest';
import { it } from 'vitest';
const T: any = ((globalThis as any).__tune = {});
it('an', () => {
  const keywords = buildKeywordIndex(emojilib);
  const issues = [...readArchive()].map(([n, text]) => ({ n, entries: parseIssue(text).issue.items.map((i) => historyEntry(i.title, i.commentary)).filter((e): e is HistoryEntry => e !== null) }));
  const empty = buildHistoryIndex([]);
  const ranksK: number[] = [];
  let reach = 0;
  const lines: string[] = [];
  Object.assign(T, { h: 3, k: 1, p: 1 });
  for (const held of issues) for (const e of held.entries) {
    const real = new Set(e.emoji.map(emojiKey));
    const ws = new Set(words(e.text));
    const via = [...ws].filter((w) => (keywords.words.get(w) ?? []).some((m) => real.has(emojiKey(m.emoji))));
    if (via.length) reach++;
    const s = suggestEmoji(e.text, { keywords, history: empty }, 1000).map(emojiKey);
    const r = s.findIndex((x) => real.has(x));
    ranksK.push(r);
    if (via.length) lines.push(`${e.emoji.join('')} rank=${r} via=${via.join(',')} top=${s.slice(0, 6).join('')} | ${e.text.split('\n')[0]}`);
  }
  console.log('kwReach', reach, 'top6', ranksK.filter((r) => r >= 0 && r < 6).length, 'top12', ranksK.filter((r) => r >= 0 && r < 12).length);
  console.log(lines.join('\n'));
});

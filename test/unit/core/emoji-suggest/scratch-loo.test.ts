import emojilib from 'emojilib';
import { readArchive } from '../kubelist/archive';
import { parseIssue } from '../../../../src/core/kubelist';
import { buildHistoryIndex, buildKeywordIndex, historyEntry, suggestEmoji, emojiKey, type HistoryEntry } from '../../../../src/core/emoji-suggest';
import { it } from 'vitest';
const T: any = ((globalThis as any).__tune = {});
it('loo', () => {
  const issues = [...readArchive()].map(([n, text]) => ({ n, entries: parseIssue(text).issue.items.map((i) => historyEntry(i.title, i.commentary)).filter((e): e is HistoryEntry => e !== null) }));
  const histories = issues.map((held) => buildHistoryIndex(issues.filter((i) => i !== held).flatMap((i) => i.entries)));
  const empty = buildHistoryIndex([]);
  const n = issues.reduce((a, i) => a + i.entries.length, 0);
  const run = (label: string, tune: object) => {
    for (const k of Object.keys(T)) delete T[k];
    Object.assign(T, { h: 3, k: 1, p: 1 }, tune);
    const keywords = buildKeywordIndex(emojilib);
    let hit = 0, first = 0, kw = 0;
    issues.forEach((held, i) => { for (const e of held.entries) { const real = new Set(e.emoji.map(emojiKey)); const s = suggestEmoji(e.text, { keywords, history: histories[i]! }).map(emojiKey); if (s.some((x) => real.has(x))) hit++; if (real.has(s[0]!)) first++;
      if (suggestEmoji(e.text, { keywords, history: empty }).map(emojiKey).some((x) => real.has(x))) kw++; } });
    console.log(label, (hit / n).toFixed(3), (first / n).toFixed(3), 'kwonly', (kw / n).toFixed(3));
  };
  const base = { tf: true, rar: true };
  for (const boost of [0, 1, 3, 10]) for (const prior of [0, 3, 10]) for (const title of [1, 2]) run(`boost${boost} prior${prior} title${title}`, { ...base, boost, prior, title });
});
});

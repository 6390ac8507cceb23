import emojilib from 'emojilib';
import { readArchive } from '../kubelist/archive';
import { parseIssue } from '../../../../src/core/kubelist';
import { buildHistoryIndex, buildKeywordIndex, historyEntry, suggestEmoji, emojiKey, type HistoryEntry } from '../../../../src/core/emoji-suggest';
import { it } from 'vitest';
it('loo', () => {
  const keywords = buildKeywordIndex(emojilib);
  const issues = [...readArchive()].map(([n, text]) => ({ n, entries: parseIssue(text).issue.items.map((i) => historyEntry(i.title, i.commentary)).filter((e): e is HistoryEntry => e !== null) }));
  const empty = buildHistoryIndex([]);
  let items = 0, hit = 0, hitKw = 0, hitHist = 0, hitFirst = 0;
  const t0 = performance.now();
  for (const held of issues) {
    const history = buildHistoryIndex(issues.filter((i) => i !== held).flatMap((i) => i.entries));
    for (const e of held.entries) {
      items++;
      const real = new Set(e.emoji.map(emojiKey));
      const s = suggestEmoji(e.text, { keywords, history }).map(emojiKey);
      if (s.some((x) => real.has(x))) hit++;
      if (real.has(s[0]!)) hitFirst++;
      if (suggestEmoji(e.text, { keywords, history: empty }).map(emojiKey).some((x) => real.has(x))) hitKw++;
      if (suggestEmoji(e.text, { keywords: { words: new Map(), names: new Map() }, history }).map(emojiKey).some((x) => real.has(x))) hitHist++;
    }
  }
  console.log({ items, hit, rate: hit / items, first: hitFirst / items, kwOnly: hitKw / items, histOnly: hitHist / items, ms: performance.now() - t0 });
});

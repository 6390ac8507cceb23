// An export must mean, to any CommonMark reader, one ordered list of links whose texts are the
// titles and whose destinations are the URLs, and it must read back into the same model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, IssueItem } from '../../../../src/core/issue';
import { formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { readExport, readers } from './commonmark';

const TITLE_BITS = [
  'a',
  'Zz',
  ' ',
  '  ',
  '[',
  ']',
  '[x]',
  '[25]',
  '[a](b)',
  '![i](j)',
  '](',
  '(',
  ')',
  '*',
  '**',
  '_',
  '~~',
  '`',
  '``',
  '<',
  '<script>',
  '</b>',
  '<http://x.y>',
  '<a@b.c>',
  '>',
  '&',
  '&amp;',
  '&#35;',
  '&#x1F600;',
  '&copy',
  '\\',
  '\\[',
  '\\*',
  '!',
  '#',
  '|',
  ':',
  '"',
  "'",
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u00a0',
  '\u2028',
  'é',
  '中',
  '👩‍💻',
  '🏳️‍🌈',
  '1. ',
  '- ',
  '---',
  '# ',
  '> ',
];
const LINE_BITS = [
  'word',
  'Text ',
  ' ',
  '1. ',
  '2) ',
  '# ',
  '## x',
  '> ',
  '>',
  '---',
  '***',
  '===',
  '- ',
  '* ',
  '+ ',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<pre>',
  '```',
  '~~~',
  '    ',
  '\t',
  '[x]: /u',
  '[25]: https://e.com',
  '[a]',
  '| a | b |',
  '|---|---|',
  '&amp;',
  '<a href="https://x.y">y</a>',
  'emoji 🔊',
  'é',
  '\r',
  ':',
  '\\',
  '`',
  '_',
  '### [ << Prev ](kubelist-1.md)',
];
const URL_BITS = [
  '/',
  'a',
  '(',
  ')',
  '((',
  '))',
  '[',
  ']',
  '<',
  '>',
  ' ',
  '%20',
  'é',
  '中',
  '?q=1',
  '&',
  '&amp;',
  '&#41;',
  '#frag',
  '\\',
  '\\(',
  '"',
  "'",
  '`',
  '*',
  '_',
  '|',
  '{',
  '}',
  '^',
  '~',
  '👩‍💻',
  '%',
  '\u00a0',
  ':',
  '@',
];

const pieces = (bits: string[], maxLength: number) => fc.array(fc.constantFrom(...bits), { maxLength }).map((a) => a.join(''));
const title = pieces(TITLE_BITS, 14).filter((t) => t.trim() !== '');
const block = fc.array(pieces(LINE_BITS, 4), { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'));
const url = fc
  .tuple(fc.constantFrom('http://', 'https://', 'HTTPS://'), fc.constantFrom('example.com', 'bücher.de', '127.0.0.1:8080', '[::1]'), pieces(URL_BITS, 12))
  .map(([scheme, host, path]) => scheme + host + path)
  .filter((u) => !/\s$/.test(u));
const item: fc.Arbitrary<IssueItem> = fc.record({ title, url, commentary: block });
const date = fc.integer({ min: 0, max: 20000 }).map((days) => new Date(Date.UTC(2000, 0, 1 + days)).toISOString().slice(0, 10));
const issue: fc.Arbitrary<Issue> = fc.record({
  number: fc.integer({ min: 1, max: 99999 }),
  date,
  headline: pieces(TITLE_BITS, 8),
  intro: block,
  items: fc.array(item, { minLength: 1, maxLength: 6 }),
});

/** Titles and the headline are one line: each line break is written as a space. */
const asOneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');
/** Intro and commentary line breaks are written as LF. */
const withLf = (text: string) => text.replace(/\r\n?/g, '\n');
function asExported(x: Issue): Issue {
  const items = x.items.map((i) => ({ title: asOneLine(i.title), url: i.url, commentary: withLf(i.commentary) }));
  return { ...x, headline: asOneLine(x.headline), intro: withLf(x.intro), items };
}

function expectCommonMarkShape(markdown: string, items: IssueItem[]): void {
  for (const [name, md] of readers) {
    const read = readExport(md, markdown);
    expect(read.blocks, name).toEqual(['h2', 'h4', 'blockquote', 'ol', 'h3']);
    expect(read.items, name).toEqual(items.map((i) => ({ href: md.normalizeLink(i.url), text: asOneLine(i.title), linkIsWholeParagraph: true })));
  }
}

describe('exports read by CommonMark', () => {
  it('are one ordered list of links with the titles as text and the URLs as href, and parse back to the model', () => {
    fc.assert(
      fc.property(issue, (x) => {
        const markdown = formatIssue(x);
        expectCommonMarkShape(markdown, x.items);
        expect(parseIssue(markdown)).toEqual({ issue: asExported(x), problems: [] });
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 400) },
    );
  });

  const base: Issue = { number: 7, date: '2024-05-01', headline: 'Hi 👋', intro: 'Intro', items: [] };
  const fixed: Array<[string, string, string]> = [
    ['a lone ]', 'Fix ] in titles', 'https://example.com/a'],
    ['an unbalanced [', 'Array[ of things', 'https://example.com/a'],
    ['a link inside the title', 'See [this](https://evil.example) now', 'https://example.com/a'],
    ['backticks', 'Use `kubectl` and ``', 'https://example.com/a'],
    ['a script tag', '<script>alert(1)</script>', 'https://example.com/a'],
    ['an autolink', 'Go <https://evil.example>', 'https://example.com/a'],
    ['a newline and a tab', 'Line one\nLine two\twith tab', 'https://example.com/a'],
    ['backslashes', 'C:\\path\\ and \\* and end \\', 'https://example.com/a'],
    ['emphasis and strikethrough', '*not em* _nor this_ ~~nor this~~', 'https://example.com/a'],
    ['zero-width and bidi controls', 'a\u200bb\u200dc\u202ed\u2066e\u2069', 'https://example.com/a'],
    ['an emoji ZWJ sequence', 'Team 👩‍👩‍👧‍👦 and 🏳️‍🌈', 'https://example.com/a'],
    ['entities', 'AT&amp;T &#35; &copy; & plain', 'https://example.com/a?x=1&amp;y=2'],
    ['a very long title', 'Long '.repeat(4000), 'https://example.com/a'],
    ['parentheses in the URL', 'Wiki', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['an unbalanced parenthesis in the URL', 'Wiki', 'https://example.com/a)b(c'],
    ['spaces, < and > in the URL', 'Spaces', 'https://example.com/a b/<c>'],
    ['non-ASCII in the URL', 'Unicode', 'https://bücher.de/straße?q=中文#été'],
    ['a backslash at the end of the URL', 'Slash', 'https://example.com/a\\'],
  ];
  it.each(fixed)('survive %s', (_, itemTitle, itemUrl) => {
    const x = { ...base, items: [{ title: itemTitle, url: itemUrl, commentary: 'Blurb 🔊' }] };
    const markdown = formatIssue(x);
    expectCommonMarkShape(markdown, x.items);
    expect(parseIssue(markdown)).toEqual({ issue: asExported(x), problems: [] });
  });

  const commentaries = ['1. not an item', '# not a heading', '> not a quote', '---', '<div>', '', '    code', '[x]: /defined'];
  it.each(commentaries)('keep a commentary line %j inside its item', (line) => {
    const items = [
      { title: 'First [x]', url: 'https://example.com/1', commentary: `Start\n${line}\nEnd` },
      { title: 'Second', url: 'https://example.com/2', commentary: line },
    ];
    const x = { ...base, intro: `Intro\n${line}`, items };
    const markdown = formatIssue(x);
    expectCommonMarkShape(markdown, items);
    expect(parseIssue(markdown).issue).toEqual(x);
  });

  it('writes hard-wrapped plain lines bare, as the archive does, and indents lines that would escape', () => {
    const items = [{ title: 'T', url: 'https://example.com/', commentary: 'One\nTwo\n1. three\nFour' }];
    expect(formatIssue({ ...base, intro: 'A\nB\n# C', items })).toBe(
      [
        '## [Kubelist Issue #7 for 2024-05-01](https://kubelist.com/issue/7)',
        '',
        '#### Hi 👋',
        '',
        '> A',
        'B',
        '> # C',
        '',
        '1. [T](https://example.com/)',
        '',
        '    One',
        'Two',
        '    1. three',
        '    Four',
        '',
        '### [ << Prev ](kubelist-6.md) ------------- [ Next >> ](kubelist-8.md)',
      ].join('\n'),
    );
  });

  it('escapes only what would change the meaning of a title', () => {
    const line = (t: string, intro = 'Intro') => formatIssue({ ...base, intro, items: [{ title: t, url: 'https://e.com/', commentary: '' }] }).split('\n')[6];
    expect(line('TBS[25]: Composition 101 & more! | #1 *')).toBe('1. [TBS[25]: Composition 101 & more! | #1 *](https://e.com/)');
    expect(line('a ] b [ c')).toBe('1. [a \\] b \\[ c](https://e.com/)');
    expect(line('see [x](y)')).toBe('1. [see \\[x\\](y)](https://e.com/)');
    expect(line('*a* `b` <i> &amp; \\!')).toBe('1. [\\*a\\* \\`b\\` \\<i> \\&amp; \\\\!](https://e.com/)');
    // A reference definition elsewhere in the issue could turn `[25]` into a link of its own.
    expect(line('TBS[25]', 'See [25]: https://x.y')).toBe('1. [TBS\\[25\\]](https://e.com/)');
  });

  it('writes the heading link with a configurable base', () => {
    const markdown = formatIssue({ ...base, items: [] }, { issueUrlBase: 'https://news.example/issues/' });
    expect(markdown.split('\n')[0]).toBe('## [Kubelist Issue #7 for 2024-05-01](https://news.example/issues/7)');
    expect(parseIssue(markdown, { issueUrlBase: 'https://news.example/issues/' }).problems).toEqual([]);
    expect(parseIssue(markdown).problems).toEqual([
      { line: 1, reason: { code: 'headingLink', url: 'https://news.example/issues/7', expected: 'https://kubelist.com/issue/7' } },
    ]);
  });
});

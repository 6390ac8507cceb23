import { describe, expect, it } from 'vitest';
import { foldText, parseQuery, urlWordSpans, wordSpans } from '../../../../src/core/search';
import { originalPrefixLength } from '../../../../src/core/search/fold-text';
import { foldedWords, urlWordsStart } from '../../../../src/core/search/word-spans';

describe('foldText', () => {
  it('lowercases and strips accents, precomposed or combining', () => {
    expect(foldText('Déjà Vu')).toBe('deja vu');
    expect(foldText('Ku\u0308bernetes')).toBe('kubernetes');
    expect(foldText('ÅNGSTRÖM')).toBe('angstrom');
  });

  it('reads the Greek final sigma as σ, as Unicode case folding does, wherever Σ stands', () => {
    // Lowercased, Σ becomes ς or σ by what follows it: alone at a word's end, or before "'Α".
    expect(foldText('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldText("ΟΔΟΣ'Α")).toBe("οδοσ'α");
    expect(foldText('οδος')).toBe('οδοσ');
  });

  it('folds the Turkish dotted capital I to a plain i (lowercase before stripping marks)', () => {
    expect(foldText('İstanbul')).toBe('istanbul');
  });

  it('folds other scripts the same way: case, and marks such as Greek tonos or kana voicing', () => {
    expect(foldText('Кубернетес')).toBe('кубернетес');
    // The final ς reads as σ (below).
    expect(foldText('Κυβερνήτης')).toBe('κυβερνητησ');
    // Voiced kana decompose into base + mark, so バ finds ハ too: looser, never stricter.
    expect(foldText('バ')).toBe('ハ');
  });
});

describe('originalPrefixLength', () => {
  it('maps a folded prefix back onto the text as written, marks included', () => {
    expect(originalPrefixLength('Ünterstützung', 3)).toBe(3);
    expect(originalPrefixLength('U\u0308nt', 1)).toBe(2);
    expect(originalPrefixLength('kube', 10)).toBe(4);
  });
});

describe('wordSpans', () => {
  it('splits on anything but letters, digits and marks, keeping offsets into the original', () => {
    const text = 'K8s: "Crème-brûlée" 🎉 v1.10';
    expect(wordSpans(text).map(({ start, end, folded }) => [text.slice(start, end), folded])).toEqual([
      ['K8s', 'k8s'],
      ['Crème', 'creme'],
      ['brûlée', 'brulee'],
      ['v1', 'v1'],
      ['10', '10'],
    ]);
  });

  it('reads a URL as host and path words, without its scheme and www', () => {
    expect(urlWordSpans('https://www.Example.com/blog/2021/k3s-intro?utm=x').map((s) => s.folded)).toEqual([
      'example',
      'com',
      'blog',
      '2021',
      'k3s',
      'intro',
      'utm',
      'x',
    ]);
  });
});

describe('parseQuery', () => {
  it('reads quoted phrases (straight or typographic quotes) apart from loose words', () => {
    expect(parseQuery('Kube "Service  Mesh" “pod security” écho')).toEqual({
      terms: ['kube', 'echo'],
      phrases: [
        ['service', 'mesh'],
        ['pod', 'security'],
      ],
    });
  });

  it('reads an unclosed quote as plain words, and drops repeated words and punctuation', () => {
    expect(parseQuery('helm "chart helm, !!')).toEqual({ terms: ['helm', 'chart'], phrases: [] });
    expect(parseQuery('  "" 🎉 ')).toEqual({ terms: [], phrases: [] });
  });
});

describe('foldedWords', () => {
  // Search tests each item's fields with `foldedWords`, highlights with `wordSpans`: they must
  // find the same words, or a hit would show no mark (or a mark would show on no hit).
  const TEXTS = [
    'Déjà Vu, the Crème de la crème!',
    "Ku\u0308bernetes 1.30: İstanbul & ΟΔΟΣ'Α ΟΔΟΣ.",
    'a \u0301b, x.\u0301y — e\u0301\u0323 \u0323z 🎉kube',
    'バ ハ 漢字 Кубернетес κυβερνήτης 100%',
    '',
  ];

  it('gives the words wordSpans gives, folded, between single spaces', () => {
    for (const text of TEXTS) {
      expect(foldedWords(foldText(text))).toBe(
        ` ${wordSpans(text)
          .map((span) => span.folded)
          .join(' ')} `,
      );
    }
  });

  it("starts where a URL's words start, as urlWordSpans does", () => {
    const url = 'https://www.Kubernetes.io/Blog/2024/Ünterstützung?x=ÉTÉ';
    expect(foldedWords(foldText(url.slice(urlWordsStart(url))))).toBe(
      ` ${urlWordSpans(url)
        .map((span) => span.folded)
        .join(' ')} `,
    );
  });
});

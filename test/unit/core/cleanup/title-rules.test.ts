import { describe, expect, it } from 'vitest';
import { cleanTitle, MAX_TITLE_LENGTH, TITLE_RULES, type TitleContext } from '../../../../src/core/cleanup';
import { lazyTitleRule } from './rules';

/**
 * Through the whole table: the rule's id is reported, and turning it off undoes its change. A more
 * general rule may do the same work further down the table (`overlapping`): it goes off too.
 */
function expectPipeline(id: string, input: string, expected: string, context: TitleContext = {}, overlapping: string[] = []) {
  const cleaned = cleanTitle(input, context);
  expect(cleaned.title).toBe(expected);
  expect(cleaned.applied).toContain(id);
  const without = cleanTitle(input, context, { disabled: [id, ...overlapping] });
  expect(without.title).not.toBe(expected);
  expect(without.applied).not.toContain(id);
}

const GITHUB: TitleContext = { siteName: 'GitHub', url: 'https://github.com/kubernetes-sigs/kind' };
const MEDIUM: TitleContext = { url: 'https://medium.com/itnext/kubernetes-networking-1a2b3c' };
const K8S: TitleContext = { siteName: 'Kubernetes', url: 'https://kubernetes.io/blog/2024/04/17/kubernetes-v1-30-release/' };

describe('TITLE_RULES', () => {
  it('has unique ids and runs in the documented order', () => {
    const ids = TITLE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'article-title',
      'title-fallback',
      'address-title',
      'lone-surrogates',
      'control-chars',
      'bidi-controls',
      'zero-width',
      'nfc',
      'whitespace',
      'notification-counter',
      'github-prefix',
      'medium-byline',
      'site-name',
      'page-site-names',
      'site-name-brackets',
      'site-name-words',
      'byline',
      'document-id',
      'heading-segment',
      'length-cap',
    ]);
  });
});

describe('lone-surrogates', () => {
  const rule = lazyTitleRule('lone-surrogates');
  it('replaces a high or low surrogate without its partner with U+FFFD', () => {
    expect(rule.apply('a\uD800b', {})).toBe('a\uFFFDb');
    expect(rule.apply('a\uDC00b', {})).toBe('a\uFFFDb');
    expect(rule.apply('end\uD83D', {})).toBe('end\uFFFD');
    expect(rule.apply('\uDE00\uD83D', {})).toBe('\uFFFD\uFFFD'); // reversed pair is two lone halves
  });
  it('keeps well-formed pairs', () => {
    expect(rule.apply('Ship it 🚢 👩‍💻', {})).toBe('Ship it 🚢 👩‍💻');
  });
  it('runs in the pipeline', () => expectPipeline('lone-surrogates', 'Broken \uD83D title', 'Broken \uFFFD title'));
});

describe('control-chars', () => {
  const rule = lazyTitleRule('control-chars');
  it('removes C0 controls, DEL and C1 controls', () => {
    expect(rule.apply('a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg', {})).toBe('abcdefg');
  });
  it('leaves tab, line breaks and NEL to the whitespace rule', () => {
    expect(rule.apply('a\tb\nc\rd\u0085e', {})).toBe('a\tb\nc\rd\u0085e');
  });
  it('leaves ordinary text alone', () => expect(rule.apply('Ordinary title', {})).toBe('Ordinary title'));
  it('runs in the pipeline', () => expectPipeline('control-chars', 'Hello\u0000 World\u0008', 'Hello World'));
});

describe('bidi-controls', () => {
  const rule = lazyTitleRule('bidi-controls');
  it('removes embeddings, overrides, isolates and direction marks', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(rule.apply(`a${all}b`, {})).toBe('ab');
  });
  it('keeps right-to-left text itself', () => {
    expect(rule.apply('שלום עולם', {})).toBe('שלום עולם');
    expect(rule.apply('مرحبا Kubernetes', {})).toBe('مرحبا Kubernetes');
  });
  it('runs in the pipeline', () => expectPipeline('bidi-controls', 'invoice\u202Efdp.exe', 'invoicefdp.exe'));
});

describe('zero-width', () => {
  const rule = lazyTitleRule('zero-width');
  it('removes zero width space, word joiner and BOM', () => {
    expect(rule.apply('\uFEFFKuber\u200Bnetes\u2060!', {})).toBe('Kubernetes!');
  });
  it('removes a joiner that is not between two pictographs', () => {
    expect(rule.apply('a\u200Db', {})).toBe('ab');
    expect(rule.apply('👩\u200Da', {})).toBe('👩a');
    expect(rule.apply('a\u200D👩', {})).toBe('a👩');
    expect(rule.apply('\u200D', {})).toBe('');
  });
  it('keeps the joiner inside emoji sequences', () => {
    for (const emoji of ['👩‍💻', '🏳️‍🌈', '👨‍👩‍👧', '👨🏽‍💻', '❤️‍🔥', '🧑‍🦰', '🏴‍☠️']) expect(rule.apply(`x ${emoji} y`, {})).toBe(`x ${emoji} y`);
  });
  it('keeps the zero width non-joiner, which Persian spelling needs', () => {
    expect(rule.apply('می\u200Cخواهم', {})).toBe('می\u200Cخواهم');
  });
  it('runs in the pipeline', () => expectPipeline('zero-width', 'Zero\u200B width\u200D joiner 👩‍💻', 'Zero width joiner 👩‍💻'));
});

describe('nfc', () => {
  const rule = lazyTitleRule('nfc');
  it('composes decomposed characters', () => {
    expect(rule.apply('Cafe\u0301', {})).toBe('Caf\u00E9');
    expect(rule.apply('A\u030Angstr\u00F6m', {})).toBe('\u00C5ngstr\u00F6m');
  });
  it('leaves composed text alone', () => expect(rule.apply('Caf\u00E9', {})).toBe('Caf\u00E9'));
  it('runs in the pipeline', () => expectPipeline('nfc', 'Cafe\u0301 Kubernetes', 'Caf\u00E9 Kubernetes'));
});

describe('whitespace', () => {
  const rule = lazyTitleRule('whitespace');
  it('turns runs of spaces, tabs and line breaks into one space and trims', () => {
    expect(rule.apply('  Kubernetes\t\n in\r\n  production  ', {})).toBe('Kubernetes in production');
    expect(rule.apply('a\u00A0\u2028b\u0085c\u3000d', {})).toBe('a b c d');
  });
  it('leaves single spaces alone', () => expect(rule.apply('One space each', {})).toBe('One space each'));
  it('runs in the pipeline', () => expectPipeline('whitespace', 'GitOps  —  Comparison\nPull and Push ', 'GitOps — Comparison Pull and Push'));
});

describe('notification-counter', () => {
  const rule = lazyTitleRule('notification-counter');
  it('removes an unread counter in front', () => {
    expect(rule.apply('(2) Home / X', {})).toBe('Home / X');
    expect(rule.apply('(99+) Inbox', {})).toBe('Inbox');
    expect(rule.apply('(123) Notifications', {})).toBe('Notifications');
  });
  it('keeps numbers in parentheses that are not a counter', () => {
    expect(rule.apply('(2024) State of Kubernetes', {})).toBe('(2024) State of Kubernetes'); // a year, not a counter
    expect(rule.apply('Kubernetes (2)', {})).toBe('Kubernetes (2)');
    expect(rule.apply('(2)Kubernetes', {})).toBe('(2)Kubernetes');
    expect(rule.apply('(a) Kubernetes', {})).toBe('(a) Kubernetes');
  });
  it('runs in the pipeline', () => expectPipeline('notification-counter', '(12) Kubernetes networking explained', 'Kubernetes networking explained'));
});

describe('github-prefix', () => {
  const rule = lazyTitleRule('github-prefix');
  it('removes “GitHub - ” before owner/repo, with or without a description', () => {
    expect(rule.apply('GitHub - kubernetes-sigs/kind: Kubernetes IN Docker - local clusters for testing Kubernetes', GITHUB)).toBe(
      'kubernetes-sigs/kind: Kubernetes IN Docker - local clusters for testing Kubernetes',
    );
    expect(rule.apply('GitHub - deislabs/oras', {})).toBe('deislabs/oras');
  });
  it('keeps “GitHub - ” when no owner/repo follows, or the page is not on GitHub', () => {
    expect(rule.apply('GitHub - Where the world builds software', GITHUB)).toBe('GitHub - Where the world builds software');
    expect(rule.apply('GitHub - owner/repo: mirrored here', { url: 'https://example.com/mirror' })).toBe('GitHub - owner/repo: mirrored here');
  });
  it('runs in the pipeline', () =>
    expectPipeline(
      'github-prefix',
      'GitHub - Comcast/kuberhealthy: A Kubernetes operator for synthetic monitoring',
      'Comcast/kuberhealthy: A Kubernetes operator for synthetic monitoring',
      GITHUB,
    ));
});

describe('medium-byline', () => {
  const rule = lazyTitleRule('medium-byline');
  it('removes “| by Author”, a publication and “| Medium” on Medium', () => {
    expect(rule.apply('Kubernetes Networking Demystified | by Jane Doe | Medium', MEDIUM)).toBe('Kubernetes Networking Demystified');
    expect(rule.apply('Kubernetes Networking Demystified | by Jane Doe | ITNEXT | Medium', MEDIUM)).toBe('Kubernetes Networking Demystified');
    expect(rule.apply('Pods, explained | by Jane Doe | ITNEXT', { url: 'https://itnext.io/pods-1a2b', siteName: 'Medium' })).toBe('Pods, explained');
  });
  it('does nothing off Medium, or when the title would be too short', () => {
    expect(rule.apply('Kubernetes Networking Demystified | by Jane Doe | Medium', { url: 'https://example.com/post' })).toBe(
      'Kubernetes Networking Demystified | by Jane Doe | Medium',
    );
    expect(rule.apply('Go | by Jane Doe | Medium', MEDIUM)).toBe('Go | by Jane Doe | Medium');
    expect(rule.apply('Stand by me', MEDIUM)).toBe('Stand by me');
  });
  it('runs in the pipeline (the site-name rule alone would leave the byline)', () => {
    expectPipeline('medium-byline', 'Kubernetes Networking Demystified | by Jane Doe | Medium', 'Kubernetes Networking Demystified', MEDIUM, ['byline']);
    expect(cleanTitle('Kubernetes Networking Demystified | by Jane Doe | Medium', MEDIUM, { disabled: ['medium-byline', 'byline'] }).title).toBe(
      'Kubernetes Networking Demystified | by Jane Doe',
    );
  });
});

describe('site-name', () => {
  const rule = lazyTitleRule('site-name');
  it.each([
    ['og:site_name', 'Scaling etcd | Example Site', { siteName: 'Example Site', url: 'https://example.com/etcd' }, 'Scaling etcd'],
    ['host words, loosely', 'My post - Example Blog', { url: 'https://blog.example.com/my-post' }, 'My post'],
    ['host with decoration words', 'Pods | The Kubernetes Authors', { url: 'https://kubernetes.io/docs/concepts/workloads/pods/' }, 'Pods'],
    ['host written out', 'Release notes - example.com', { url: 'https://www.example.com/notes' }, 'Release notes'],
    ['known site', 'Kubernetes 1.30 - What’s new - DEV Community', { url: 'https://dev.to/someone/k8s-130' }, 'Kubernetes 1.30 - What’s new'],
    ['middle dot', 'Release v0.23.0 · kubernetes-sigs/kind · GitHub', GITHUB, 'Release v0.23.0 · kubernetes-sigs/kind'],
    ['site name holding a separator', 'Scaling etcd - Foo - Bar', { siteName: 'Foo - Bar' }, 'Scaling etcd'],
    ['prefix after a pipe', 'Example | What we learned running Kubernetes', { url: 'https://example.com/post' }, 'What we learned running Kubernetes'],
    ['the site’s name inside the title', 'Docker vs. Kubernetes - Docker', { url: 'https://www.docker.com/blog/x/' }, 'Docker vs. Kubernetes'],
  ])('strips the site name: %s', (_, title, context, expected) => {
    expect(rule.apply(title, context)).toBe(expected);
  });

  it.each([
    // On kubernetes.io a " - " after a version is the title's own punctuation, not a site suffix.
    ['separator inside the title', 'Kubernetes 1.30 - What’s new', K8S],
    // "Kubernetes - …" reads as a title about Kubernetes: a prefix goes only after | · • » ::.
    ['site name in front of a dash', 'Kubernetes - What’s new in 1.30', K8S],
    // From the archive: k3d.io's title starts with its own name, and " - " is the title's.
    ['product name in front of a dash', 'k3d + k3d - manage k3s clusters with k3d', { url: 'https://k3d.io/' }],
    ['a known site name off its host', 'Why I left - YouTube', { url: 'https://example.com/why' }],
    ['a too-short remainder', 'Go | Example', { url: 'https://example.com/go' }],
    ['decoration alone', 'Release notes - Blog', { url: 'https://blog.example.com/notes' }],
    ['no context', 'Scaling etcd | Example', {}],
    ['no separator', 'Kubernetes', K8S],
    ['no spaces around the slash', 'kubernetes/kubernetes', GITHUB],
  ])('keeps the title: %s', (_, title, context) => {
    expect(rule.apply(title, context)).toBe(title);
  });

  it('strips one site segment, not everything that follows the title', () => {
    expect(rule.apply('Issues · kubernetes/kubernetes · GitHub', GITHUB)).toBe('Issues · kubernetes/kubernetes');
  });
  it('runs in the pipeline', () =>
    expectPipeline('site-name', 'Kubernetes v1.30: Uwubernetes | Kubernetes', 'Kubernetes v1.30: Uwubernetes', K8S, ['site-name-words']));
});

describe('length-cap', () => {
  const rule = lazyTitleRule('length-cap');
  it(`keeps titles up to ${MAX_TITLE_LENGTH} characters`, () => {
    const title = 'k'.repeat(MAX_TITLE_LENGTH);
    expect(rule.apply(title, {})).toBe(title);
  });
  it('cuts longer ones and ends them with “…”', () => {
    const capped = rule.apply('k'.repeat(MAX_TITLE_LENGTH + 1), {});
    expect(capped).toBe(`${'k'.repeat(MAX_TITLE_LENGTH - 1)}…`);
  });
  it('never splits a grapheme: an emoji family straddling the limit goes whole', () => {
    const title = `${'k'.repeat(MAX_TITLE_LENGTH - 4)}👨‍👩‍👧 and more`;
    expect(rule.apply(title, {})).toBe(`${'k'.repeat(MAX_TITLE_LENGTH - 4)}…`);
  });
  it('trims the space before the ellipsis', () => {
    expect(rule.apply(`${'k'.repeat(MAX_TITLE_LENGTH - 2)} word`, {})).toBe(`${'k'.repeat(MAX_TITLE_LENGTH - 2)}…`);
  });
  it('cuts one enormous grapheme (stacked combining marks) at a code point', () => {
    const capped = rule.apply(`a${'\u0301'.repeat(5000)}`, {});
    expect(capped.length).toBe(MAX_TITLE_LENGTH);
    expect(capped.endsWith('…')).toBe(true);
  });
  it('runs in the pipeline', () => expectPipeline('length-cap', 'k '.repeat(400), `${'k '.repeat(149)}k…`));
});

/**
 * One curator journey, as data, for every browser that runs it: three loopback pages clipped
 * through the popup (a site name taken off a title, tracking parameters taken off two addresses,
 * blurbs with and without an emoji from the picker), then the issue filled in and reordered in
 * the editor. `threeClipsMarkdown` is the issue the journey must export, byte for byte, in any
 * browser: the addresses are the test server's, so the text takes its origin.
 */

/** An emoji chosen in the picker by searching for a word. */
export interface Picked {
  emoji: string;
  search: string;
}

export interface JourneyClip {
  /** The page's path as served and clipped, tracking parameters and all. */
  path: string;
  html: string;
  /** The title the popup offers once its cleanup ran. */
  title: string;
  /** The address the popup offers: the path without its tracking parameters. */
  cleanPath: string;
  /** What the curator types into the blurb; `picked` is appended after a space. */
  typed: string;
  picked?: Picked;
}

const page = (title: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body><h1>${title}</h1></body></html>`;

/** In clipping order. */
export const THREE_CLIPS: readonly JourneyClip[] = [
  {
    path: '/posts/gitops-drift?utm_source=newsletter&utm_medium=email&id=7',
    html: page('GitOps drift, explained | Example Blog', '<meta property="og:site_name" content="Example Blog">'),
    title: 'GitOps drift, explained',
    cleanPath: '/posts/gitops-drift?id=7',
    typed: 'Drift is what happens between two syncs. This post shows how to see it before it bites.',
    picked: { emoji: '🔌', search: 'electric plug' },
  },
  {
    path: '/notes/kubelet-memory.html',
    html: page('Why the kubelet ran out of memory'),
    title: 'Why the kubelet ran out of memory',
    cleanPath: '/notes/kubelet-memory.html',
    typed: 'Eviction thresholds, read from the source, with a graph of one bad night.',
  },
  {
    path: '/talks/service-mesh?utm_campaign=kubecon&utm_content=talk',
    html: page('Service meshes, five years on'),
    title: 'Service meshes, five years on',
    cleanPath: '/talks/service-mesh',
    typed: 'A talk that asks what the sidecar was for, and answers honestly.',
    picked: { emoji: '🎸', search: 'guitar' },
  },
];

/** The blurb a clip ends up with. */
export const blurbOf = (clip: JourneyClip) => (clip.picked ? `${clip.typed} ${clip.picked.emoji}` : clip.typed);

/** What the curator writes in the editor. The headline's emoji comes from its picker. */
export const THREE_CLIPS_ISSUE = {
  number: 200,
  date: '2026-12-02',
  headline: 'Three links, two browsers',
  headlinePicked: { emoji: '🔊', search: 'speaker high' } satisfies Picked,
  intro: 'Three posts from this week, clipped in two browsers and exported the same way.',
};

/** `{ path: html }` for `startServer`. */
export const threeClipsPages = (): Record<string, string> => Object.fromEntries(THREE_CLIPS.map((clip) => [clip.path, clip.html]));

/**
 * The exported issue once the editor moved the last clip to the top (clips 3, 1, 2), written out
 * by hand in the Kubelist format rather than by the extension's own formatter.
 */
export function threeClipsMarkdown(origin: string): string {
  const [drift, kubelet, mesh] = THREE_CLIPS as [JourneyClip, JourneyClip, JourneyClip];
  const { number, date, headline, headlinePicked, intro } = THREE_CLIPS_ISSUE;
  const item = (clip: JourneyClip) => `1. [${clip.title}](${origin}${clip.cleanPath})\n\n    ${blurbOf(clip)}\n`;
  return [
    `## [Kubelist Issue #${number} for ${date}](https://kubelist.com/issue/${number})\n`,
    `#### ${headline} ${headlinePicked.emoji}\n`,
    `> ${intro}\n`,
    `${item(mesh)}${item(drift)}${item(kubelet)}`,
    `### [ << Prev ](kubelist-${number - 1}.md) ------------- [ Next >> ](kubelist-${number + 1}.md)`,
  ].join('\n');
}

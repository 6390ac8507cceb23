// The title corpus through the capture function in happy-dom: a fast companion to the reference,
// test/e2e/title-corpus.test.ts, which serves the same pages to Chromium under their own host names.
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { capturePage } from '../../../src/content/capture-page';
import { clipFrom } from '../../../src/core/page-clip';
import { readCapture } from '../../../src/core/read-capture';
import { TITLE_CASES } from '../../fixtures/title-corpus/cases';
import { corpusPage, scoreTitles, TITLES_RIGHT_GOAL } from '../../fixtures/title-corpus/score';

/** The capture function's own source run inside the page, as `executeScript({ func })` does. */
async function captureIn(html: string, url: string): Promise<unknown> {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: false } });
  try {
    window.document.write(html);
    return await window.eval(`(${capturePage.toString()})()`);
  } finally {
    await window.happyDOM.close();
  }
}

it('gives the title a curator wants on the corpus pages', async () => {
  const got = new Map<string, string>();
  for (const titleCase of TITLE_CASES) {
    const html = corpusPage(titleCase);
    const capture = readCapture(await captureIn(html, titleCase.url));
    // Chromium names a tab without a <title> after its address, without the scheme.
    const tab = { title: capture?.title || titleCase.url.replace(/^https?:\/\//, ''), url: titleCase.url };
    got.set(titleCase.file, clipFrom(tab, capture).title);
  }
  const score = scoreTitles(got);
  console.info([score.summary, ...score.misses].join('\n'));
  expect(score.total).toBeGreaterThanOrEqual(60);
  expect(score.share, score.misses.join('\n')).toBeGreaterThanOrEqual(TITLES_RIGHT_GOAL);
});
